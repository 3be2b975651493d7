#include "ui/export/ExportDialog.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QShortcut>
#include <QToolButton>
#include <QVBoxLayout>
#include <utility>

namespace paimon::ui {
namespace {

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

}  // namespace

ExportDialog::ExportDialog(std::shared_ptr<Catalog> catalog, ExportScope scope,
                           const QString& scopeText, QString suggestedName, QWidget* parent)
    : QDialog(parent),
      catalog_(std::move(catalog)),
      scope_(std::move(scope)),
      suggestedName_(std::move(suggestedName)) {
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export definitions"));
    setAttribute(Qt::WA_DeleteOnClose);
    auto* what = new QLabel(scopeText);
    what->setTextFormat(Qt::PlainText);
    what->setWordWrap(true);
    format_ = new QComboBox;
    format_->setObjectName(QStringLiteral("format"));
    format_->addItem(tr("Flink SQL"), static_cast<int>(DefinitionFormat::FlinkSql));
    format_->addItem(tr("Spark SQL"), static_cast<int>(DefinitionFormat::SparkSql));
    format_->addItem(tr("Paimon JSON (can be applied to another catalog)"),
                     static_cast<int>(DefinitionFormat::PaimonJson));
    single_ = new QRadioButton(tr("One &file"));
    split_ = new QRadioButton(tr("One file &per object, in a folder per database"));
    split_->setObjectName(QStringLiteral("split"));
    single_->setChecked(true);
    path_ = new QLineEdit;
    path_->setObjectName(QStringLiteral("path"));
    auto* browse = new QToolButton;
    browse->setText(tr("Browse…"));
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(path_, 1);
    pathRow->addWidget(browse);
    progress_ = new QProgressBar;
    progress_->setObjectName(QStringLiteral("progress"));
    progress_->setRange(0, 1);
    progress_->setValue(0);
    progress_->setFormat(tr("%v of %m definitions"));
    status_ = new QLabel(tr("Choose a format and where to write."));
    status_->setObjectName(QStringLiteral("status"));
    status_->setWordWrap(true);
    status_->setTextFormat(Qt::PlainText);
    failures_ = new QPlainTextEdit;
    failures_->setObjectName(QStringLiteral("failures"));
    failures_->setReadOnly(true);
    failures_->hide();
    export_ = new QPushButton(tr("&Export"));
    export_->setObjectName(QStringLiteral("export"));
    export_->setDefault(true);
    cancel_ = new QPushButton(tr("Close"));
    cancel_->setObjectName(QStringLiteral("cancel"));

    auto* form = new QFormLayout;
    form->addRow(tr("Export:"), what);
    form->addRow(tr("F&ormat:"), format_);
    form->addRow(tr("Files:"), single_);
    form->addRow(QString(), split_);
    auto* writeTo = new QLabel(tr("&Write to:"));
    writeTo->setBuddy(path_);
    form->addRow(writeTo, pathRow);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(export_);
    buttons->addWidget(cancel_);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(progress_);
    layout->addWidget(status_);
    layout->addWidget(failures_, 1);
    layout->addLayout(buttons);

    connect(format_, &QComboBox::currentIndexChanged, this, &ExportDialog::suggestPath);
    connect(split_, &QRadioButton::toggled, this, &ExportDialog::suggestPath);
    connect(path_, &QLineEdit::textEdited, this, [this] { pathEdited_ = true; });
    connect(browse, &QToolButton::clicked, this, &ExportDialog::browse);
    connect(export_, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(cancel_, &QPushButton::clicked, this, &ExportDialog::reject);
    for (auto key : {Qt::CTRL | Qt::Key_Return, Qt::CTRL | Qt::Key_Enter}) {
        auto* s = new QShortcut(QKeySequence(key), this);
        connect(s, &QShortcut::activated, this, &ExportDialog::startExport);
    }
    suggestPath();
    resize(560, 380);
}

ExportDialog::~ExportDialog() {
    *alive_ = false;
    if (job_) job_->cancel();
}

QString ExportDialog::statusText() const {
    return status_->text();
}

QString ExportDialog::failuresText() const {
    return failures_->toPlainText();
}

ExportSettings ExportDialog::settings() const {
    ExportSettings s;
    s.format = static_cast<DefinitionFormat>(format_->currentData().toInt());
    s.split = split_->isChecked();
    s.out = path_->text().toStdString();
    s.inFlight = 8;
    return s;
}

void ExportDialog::suggestPath() {
    if (pathEdited_) return;
    const ExportSettings s = settings();
    QString name = q(fileSafeName(suggestedName_.toStdString()));
    if (!s.split) name += QLatin1Char('.') + QLatin1String(definitionFileExtension(s.format));
    path_->setText(QDir::home().filePath(name));
}

void ExportDialog::browse() {
    const QString chosen =
        split_->isChecked()
            ? QFileDialog::getExistingDirectory(this, tr("Export into folder"), path_->text())
            : QFileDialog::getSaveFileName(this, tr("Export to file"), path_->text());
    if (chosen.isEmpty()) return;
    path_->setText(chosen);
    pathEdited_ = true;
}

void ExportDialog::startExport() {
    if (job_) return;
    if (path_->text().trimmed().isEmpty()) {
        status_->setText(tr("Choose where to write."));
        return;
    }
    failures_->clear();
    failures_->hide();
    for (QWidget* w : {static_cast<QWidget*>(format_), static_cast<QWidget*>(single_),
                       static_cast<QWidget*>(split_), static_cast<QWidget*>(path_)})
        w->setEnabled(false);
    export_->setEnabled(false);
    cancel_->setText(tr("Cancel"));
    status_->setText(tr("Finding the tables, views and functions…"));
    progress_->setRange(0, 0);  // busy until the count is known
    std::weak_ptr<bool> alive = alive_;
    job_ = TableExport::start(
        catalog_, scope_, settings(),
        [this, alive](const ExportProgress& p) {
            if (alive.expired() || !*alive.lock()) return;
            if (p.listing) {
                status_->setText(
                    tr("Finding the tables, views and functions… %1 so far").arg(p.total));
                return;
            }
            progress_->setRange(0, static_cast<int>(p.total));
            progress_->setValue(static_cast<int>(p.fetched));
            status_->setText(tr("Fetched %1 of %2 definitions").arg(p.fetched).arg(p.total));
        },
        [this, alive](Result<ExportReport> r) {
            if (alive.expired() || !*alive.lock()) return;
            done(std::move(r));
        });
}

void ExportDialog::done(Result<ExportReport> result) {
    job_.reset();
    for (QWidget* w : {static_cast<QWidget*>(format_), static_cast<QWidget*>(single_),
                       static_cast<QWidget*>(split_), static_cast<QWidget*>(path_)})
        w->setEnabled(true);
    export_->setEnabled(true);
    cancel_->setText(tr("Close"));
    if (progress_->maximum() == 0) progress_->setRange(0, 1);
    if (!result) {
        status_->setText(result.error().kind == ErrorKind::Cancelled
                             ? tr("Cancelled. No file was written.")
                             : tr("Nothing was exported: %1").arg(q(result.error().describe())));
        emit finished(false);
        return;
    }
    const ExportReport& r = *result;
    QString where = path_->text();
    const size_t tables = r.exported - r.views - r.functions;
    const QString what =
        r.views + r.functions == 0
            ? tr("%1 tables").arg(tables)
            : tr("%1 tables, %2 views and %3 functions").arg(tables).arg(r.views).arg(r.functions);
    status_->setText(
        r.failures.empty()
            ? tr("Exported %1 to %2.").arg(what, where)
            : tr("Exported %1 to %2; %3 failed (below).").arg(what, where).arg(r.failures.size()));
    if (!r.failures.empty()) {
        QStringList lines;
        for (const auto& f : r.failures)
            lines << q(f.what) + QStringLiteral(": ") + q(f.error.describe());
        failures_->setPlainText(lines.join(QLatin1Char('\n')));
        failures_->show();
    }
    emit finished(r.failures.empty());
}

void ExportDialog::reject() {
    if (job_) {
        job_->cancel();  // done() reports it; the dialog stays for the user to see
        return;
    }
    QDialog::reject();
}

}  // namespace paimon::ui
