#include "ui/editors/EditorDialog.h"

#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

#include <nlohmann/json.hpp>

#include "ui/net/Logging.h"

namespace paimon::ui {
namespace {

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

// The body indented for reading; a body that is not JSON as it is.
QString readableBody(const std::string& body) {
    auto j = nlohmann::ordered_json::parse(body, nullptr, false);
    if (j.is_discarded()) return q(body);
    return q(j.dump(2));
}

}  // namespace

QString writePreviewText(const WriteOperation& op, const Catalog& catalog) {
    QString text = EditorDialog::tr("What will be done:") + QLatin1Char('\n');
    for (const std::string& line : describeWrite(op))
        text += QStringLiteral("  • ") + q(line) + QLatin1Char('\n');
    const RestRequests* requests = catalog.restRequests();
    if (!requests) {
        text += QLatin1Char('\n') +
                EditorDialog::tr(
                    "This is a local warehouse: the change is written to its files "
                    "directly, with no HTTP request. The same change over REST would "
                    "be:") +
                QLatin1Char('\n');
    }
    const RestRequests overRest;  // a warehouse folder: the same change to a REST catalog
    for (const RestRequest& r : previewRequests(op, requests ? *requests : overRest)) {
        text +=
            QLatin1Char('\n') + q(r.method) + QLatin1Char(' ') + q(r.target()) + QLatin1Char('\n');
        if (r.body) {
            text += EditorDialog::tr("Content-Type: application/json (sent compact: %1 bytes)")
                        .arg(r.body->size()) +
                    QLatin1String("\n\n") + readableBody(*r.body) + QLatin1Char('\n');
        }
    }
    return text;
}

EditorDialog::EditorDialog(Target target, QWidget* parent)
    : QDialog(parent), target_(std::move(target)) {
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowModality(Qt::WindowModal);
    form_ = new QWidget;
    formLayout_ = new QVBoxLayout(form_);
    formLayout_->setContentsMargins(0, 0, 0, 0);

    banner_ = new QLabel;
    banner_->setObjectName(QStringLiteral("banner"));
    banner_->setWordWrap(true);
    banner_->setTextFormat(Qt::PlainText);
    banner_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    banner_->hide();

    preview_ = new QPlainTextEdit;
    preview_->setObjectName(QStringLiteral("preview"));
    preview_->setReadOnly(true);
    preview_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    preview_->setLineWrapMode(QPlainTextEdit::NoWrap);
    preview_->setMinimumHeight(140);
    preview_->hide();

    previewToggle_ = new QPushButton(tr("&Preview"));
    previewToggle_->setObjectName(QStringLiteral("previewToggle"));
    previewToggle_->setCheckable(true);
    previewToggle_->setToolTip(tr("Show exactly what will be sent (Ctrl+P)"));
    previewToggle_->setShortcut(QKeySequence(tr("Ctrl+P")));
    reload_ = new QPushButton(tr("&Reload"));
    reload_->setObjectName(QStringLiteral("reload"));
    reload_->hide();
    apply_ = new QPushButton;
    apply_->setObjectName(QStringLiteral("apply"));
    cancel_ = new QPushButton(tr("Cancel"));
    cancel_->setObjectName(QStringLiteral("cancel"));
    for (QPushButton* b : {previewToggle_, reload_, apply_, cancel_})
        b->setAutoDefault(false);  // Enter in a field must not send anything
    setApplyText(tr("&Apply"));
    apply_->setToolTip(tr("Send the change (Ctrl+Enter)"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(previewToggle_);
    buttons->addStretch();
    buttons->addWidget(reload_);
    buttons->addWidget(apply_);
    buttons->addWidget(cancel_);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(form_, 1);
    layout->addWidget(banner_);
    layout->addWidget(preview_, 1);
    layout->addLayout(buttons);

    connect(previewToggle_, &QPushButton::toggled, this, [this](bool on) {
        preview_->setVisible(on);
        if (on) updatePreview();
    });
    connect(apply_, &QPushButton::clicked, this, &EditorDialog::apply);
    connect(cancel_, &QPushButton::clicked, this, &EditorDialog::reject);
    connect(reload_, &QPushButton::clicked, this, [this] {
        reload_->hide();
        reload();
    });
    for (auto key : {Qt::CTRL | Qt::Key_Return, Qt::CTRL | Qt::Key_Enter}) {
        auto* s = new QShortcut(QKeySequence(key), this);
        connect(s, &QShortcut::activated, this, &EditorDialog::apply);
    }

    if (target_.profile.readOnly) {
        showBanner(tr("The connection “%1” is read-only: nothing can be sent from here.")
                       .arg(target_.profile.name),
                   Banner::Info);
        apply_->setEnabled(false);
    }
}

EditorDialog::~EditorDialog() {
    *alive_ = false;
    pending_.cancel();
}

QString EditorDialog::bannerText() const {
    return banner_->isVisible() || !banner_->text().isEmpty() ? banner_->text() : QString();
}

QString EditorDialog::previewText() {
    updatePreview();
    return preview_->toPlainText();
}

QAbstractButton* EditorDialog::applyButton() const {
    return apply_;
}
QAbstractButton* EditorDialog::reloadButton() const {
    return reload_;
}
QAbstractButton* EditorDialog::previewButton() const {
    return previewToggle_;
}

void EditorDialog::setApplyText(const QString& text) {
    applyText_ = text;
    if (!confirmArmed_) apply_->setText(text);
}

void EditorDialog::formChanged() {
    if (confirmArmed_) {
        confirmArmed_ = false;
        apply_->setText(applyText_);
        showBanner({}, Banner::None);
    }
    if (preview_->isVisible()) updatePreview();
}

void EditorDialog::showBanner(const QString& text, Banner kind) {
    banner_->setText(text);
    banner_->setVisible(kind != Banner::None && !text.isEmpty());
    switch (kind) {
        case Banner::Error:
            banner_->setStyleSheet(
                QStringLiteral("QLabel{background:#fdecea;color:#611a15;border:1px solid #f1aeb5;"
                               "border-radius:3px;padding:6px}"));
            break;
        case Banner::Warning:
            banner_->setStyleSheet(
                QStringLiteral("QLabel{background:#fff4e5;color:#663c00;border:1px solid #ffcc80;"
                               "border-radius:3px;padding:6px}"));
            break;
        default:
            banner_->setStyleSheet(QStringLiteral(
                "QLabel{border:1px solid palette(mid);border-radius:3px;padding:6px}"));
            break;
    }
}

void EditorDialog::updatePreview() {
    Result<WriteOperation> op = operation();
    QString text;
    if (!op) {
        text = tr("Nothing can be sent yet:\n%1").arg(q(op.error().message));
    } else {
        text = writePreviewText(*op, *target_.catalog);
    }
    if (preview_->toPlainText() != text) preview_->setPlainText(text);
}

void EditorDialog::apply() {
    if (busy_) return;
    if (target_.profile.readOnly) {
        showBanner(
            tr("The connection “%1” is read-only: nothing was sent.").arg(target_.profile.name),
            Banner::Error);
        return;
    }
    Result<WriteOperation> op = operation();
    if (!op) return showBanner(q(op.error().message), Banner::Error);
    if (auto e = checkWrite(*op)) return showBanner(q(e->message), Banner::Error);
    if (target_.profile.production && !confirmArmed_) {
        confirmArmed_ = true;
        previewToggle_->setChecked(true);
        updatePreview();
        apply_->setText(tr("&Send to production"));
        showBanner(tr("“%1” is a production connection. Check the request below, then press "
                      "“Send to production” to send it.")
                       .arg(target_.profile.name),
                   Banner::Warning);
        return;
    }
    confirmArmed_ = false;
    apply_->setText(applyText_);
    send(*op);
}

void EditorDialog::send(const WriteOperation& op) {
    setBusy(true);
    showBanner(tr("Sending…"), Banner::Info);
    std::weak_ptr<bool> alive = alive_;
    pending_ = submitWrite(*target_.catalog, op, [this, alive, op](const Result<Unit>& r) {
        if (alive.expired() || !*alive.lock()) return;
        finished(op, r);
    });
}

void EditorDialog::finished(const WriteOperation& op, const Result<Unit>& result) {
    pending_ = {};
    setBusy(false);
    qCInfo(lcEditor).noquote() << QString::fromStdString(describeWrite(op).front()) << "on"
                               << target_.profile.id << ":"
                               << (result ? QStringLiteral("applied")
                                          : QString::fromStdString(result.error().describe()));
    if (result) {
        emit applied(target_.profile.id, op);
        accept();
        return;
    }
    const Error& e = result.error();
    if (e.kind == ErrorKind::Cancelled) {
        showBanner(tr("Stopped waiting. The catalog may still have made the change: refresh the "
                      "navigator (F5) to see. Everything in the form is kept."),
                   Banner::Warning);
        return;
    }
    QString text = tr("The catalog refused the change. Everything you typed is kept.\n%1")
                       .arg(q(e.describe()));
    if (e.kind == ErrorKind::Network || e.kind == ErrorKind::Timeout || e.kind == ErrorKind::Tls) {
        text = tr("The catalog could not be reached; the change may not have arrived. Everything "
                  "you typed is kept; press Apply to try again.\n%1")
                   .arg(q(e.describe()));
    } else if (isConflict(e)) {
        text += QLatin1Char('\n') +
                tr("Someone else may have changed the catalog since this form was filled. Press "
                   "Reload to load the current state; your edits are kept where they still "
                   "apply.");
        reload_->show();
    }
    showBanner(text, Banner::Error);
}

bool EditorDialog::isConflict(const Error& error) const {
    return error.kind == ErrorKind::Conflict || error.kind == ErrorKind::AlreadyExists;
}

void EditorDialog::reload() {
    emit treeReloadRequested(target_.profile.id);
    showBanner(tr("The navigator is loading the current state again."), Banner::Info);
}

void EditorDialog::setBusy(bool busy) {
    busy_ = busy;
    form_->setEnabled(!busy);
    apply_->setEnabled(!busy && !target_.profile.readOnly);
    reload_->setEnabled(!busy);
    cancel_->setText(busy ? tr("Stop waiting") : tr("Cancel"));
    if (busy) {
        setCursor(Qt::BusyCursor);
    } else {
        unsetCursor();
    }
}

void EditorDialog::reject() {
    if (busy_) {
        // The request may already be on the wire; stop waiting for it, keep the form.
        pending_.cancel();
        return;
    }
    QDialog::reject();
}

void EditorDialog::closeEvent(QCloseEvent* event) {
    if (busy_) {
        event->ignore();
        reject();
        return;
    }
    QDialog::closeEvent(event);
}

}  // namespace paimon::ui
