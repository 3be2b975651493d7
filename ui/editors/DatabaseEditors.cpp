#include "ui/editors/DatabaseEditors.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QVBoxLayout>

#include "ui/editors/OptionsGrid.h"

namespace paimon::ui {
namespace {

constexpr const char* kCommentKey = "comment";

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

Error badRequest(const QString& text) {
    return makeError(ErrorKind::BadRequest, text.toStdString());
}

}  // namespace

// ---- create / alter ----

DatabaseEditor::DatabaseEditor(Target target, const QString& database, QWidget* parent)
    : EditorDialog(std::move(target), parent), create_(database.isEmpty()), database_(database) {
    setObjectName(QStringLiteral("databaseEditor"));
    setWindowTitle(create_ ? tr("New database — %1").arg(profile().name)
                           : tr("Edit database %1 — %2").arg(database, profile().name));
    name_ = new QLineEdit(database);
    name_->setObjectName(QStringLiteral("name"));
    name_->setReadOnly(!create_);
    name_->setPlaceholderText(tr("the new database's name"));
    comment_ = new QLineEdit;
    comment_->setObjectName(QStringLiteral("comment"));
    comment_->setPlaceholderText(tr("optional; stored as the database's comment option"));
    options_ = new OptionsGrid;

    auto* fields = new QFormLayout;
    fields->addRow(tr("&Name:"), name_);
    fields->addRow(tr("C&omment:"), comment_);
    formLayout()->addLayout(fields);
    auto* box = new QGroupBox(tr("Options"));
    auto* boxLayout = new QVBoxLayout(box);
    boxLayout->addWidget(options_);
    formLayout()->addWidget(box, 1);
    setApplyText(create_ ? tr("&Create") : tr("&Apply"));

    connect(name_, &QLineEdit::textChanged, this, &DatabaseEditor::formChanged);
    connect(comment_, &QLineEdit::textChanged, this, &DatabaseEditor::formChanged);
    connect(options_, &OptionsGrid::changed, this, &DatabaseEditor::formChanged);
    resize(560, 460);
    if (!create_) load(false);
}

void DatabaseEditor::load(bool keepEdits) {
    form()->setEnabled(false);
    showBanner(tr("Loading the database's current options…"), Banner::Info);
    std::weak_ptr<bool> alive = alive_;
    loading_ = catalog().getDatabase(
        database_.toStdString(), [this, alive, keepEdits](Result<DatabaseInfo> info) {
            if (alive.expired() || !*alive.lock()) return;
            form()->setEnabled(true);
            if (!info) {
                showBanner(tr("The database could not be loaded; nothing can be changed.\n%1")
                               .arg(q(info.error().describe())),
                           Banner::Error);
                return;
            }
            Options fresh = info->options;
            if (keepEdits && base_) {
                // The user's edits, replayed on the current options.
                if (auto edited = formOptions()) {
                    for (const auto& [k, v] : *base_)
                        if (!edited->count(k)) fresh.erase(k);
                    for (const auto& [k, v] : *edited) {
                        auto was = base_->find(k);
                        if (was == base_->end() || was->second != v) fresh[k] = v;
                    }
                }
                base_ = info->options;
                fill(fresh);
                showBanner(tr("Reloaded. Your edits are applied to the database's current "
                              "options; press Apply to send them."),
                           Banner::Info);
            } else {
                base_ = info->options;
                fill(fresh);
                showBanner({}, Banner::None);
            }
            emit loaded();
        });
}

void DatabaseEditor::fill(const Options& options) {
    Options rest = options;
    auto comment = rest.find(kCommentKey);
    comment_->setText(comment == rest.end() ? QString() : q(comment->second));
    if (comment != rest.end()) rest.erase(comment);
    options_->setOptions(rest);
    formChanged();
}

void DatabaseEditor::reload() {
    EditorDialog::reload();
    if (!create_) load(true);
}

Result<Options> DatabaseEditor::formOptions() const {
    auto grid = options_->options();
    if (!grid) return grid;
    Options out = std::move(grid).value();
    if (out.contains(kCommentKey)) {
        return badRequest(tr("Use the Comment field for the comment, not an option row."));
    }
    if (!comment_->text().isEmpty()) out[kCommentKey] = comment_->text().toStdString();
    return out;
}

Result<WriteOperation> DatabaseEditor::operation() const {
    auto options = formOptions();
    if (!options) return options.takeError();
    if (create_) {
        const QString name = name_->text();
        if (name.trimmed().isEmpty()) return badRequest(tr("Enter a name for the database."));
        if (name != name.trimmed()) {
            return badRequest(
                tr("The name starts or ends with a space; remove it, or the "
                   "database would be hard to tell apart."));
        }
        return WriteOperation(write::CreateDatabase{name.toStdString(), *options});
    }
    if (!base_) return badRequest(tr("The database's current options are not loaded yet."));
    write::AlterDatabase alter{database_.toStdString(), {}, {}};
    for (const auto& [k, v] : *base_)
        if (!options->count(k)) alter.removals.push_back(k);
    for (const auto& [k, v] : *options) {
        auto was = base_->find(k);
        if (was == base_->end() || was->second != v) alter.updates[k] = v;
    }
    if (alter.removals.empty() && alter.updates.empty())
        return badRequest(tr("Nothing to change: the options are as they were."));
    return WriteOperation(std::move(alter));
}

// ---- drop ----

DropDatabaseDialog::DropDatabaseDialog(Target target, const QString& database, QWidget* parent)
    : EditorDialog(std::move(target), parent), database_(database) {
    setObjectName(QStringLiteral("dropDatabase"));
    setWindowTitle(tr("Drop database %1 — %2").arg(database, profile().name));
    auto* what = new QLabel(tr("Drop the database “%1” of “%2”.").arg(database, profile().name));
    what->setWordWrap(true);
    count_ = new QLabel(tr("Counting its tables…"));
    count_->setObjectName(QStringLiteral("tableCount"));
    cascade_ = new QCheckBox(tr("Drop its &tables and their data too (cascade)"));
    cascade_->setObjectName(QStringLiteral("cascade"));
    confirmLabel_ = new QLabel(tr("Type the database's name to confirm:"));
    confirm_ = new QLineEdit;
    confirm_->setObjectName(QStringLiteral("confirmName"));
    confirm_->setPlaceholderText(database);
    formLayout()->addWidget(what);
    formLayout()->addWidget(count_);
    formLayout()->addWidget(cascade_);
    formLayout()->addWidget(confirmLabel_);
    formLayout()->addWidget(confirm_);
    formLayout()->addStretch();
    setApplyText(tr("&Drop"));
    connect(cascade_, &QCheckBox::toggled, this, &DropDatabaseDialog::updateState);
    connect(confirm_, &QLineEdit::textChanged, this, &DropDatabaseDialog::formChanged);
    updateState();

    std::weak_ptr<bool> alive = alive_;
    counting_ = catalog().listTables(
        database.toStdString(), std::nullopt,
        [this, alive](Result<std::vector<std::string>> names) {
            if (alive.expired() || !*alive.lock()) return;
            if (!names) {
                count_->setText(
                    tr("Its tables could not be counted: %1").arg(q(names.error().describe())));
            } else {
                tables_ = static_cast<int>(names->size());
                count_->setText(*tables_ == 0 ? tr("It holds no tables.")
                                              : tr("It holds %n table(s).", nullptr, *tables_));
            }
            updateState();
            emit counted();
        },
        1000);
    resize(480, 260);
}

void DropDatabaseDialog::updateState() {
    const bool askName = cascade_->isChecked() && tables_.value_or(1) > 0;
    confirmLabel_->setVisible(askName);
    confirm_->setVisible(askName);
    formChanged();
}

Result<WriteOperation> DropDatabaseDialog::operation() const {
    const bool cascade = cascade_->isChecked();
    if (!cascade && tables_.value_or(0) > 0) {
        return badRequest(
            tr("The database holds %n table(s). Tick “Drop its tables too” to drop "
               "them with it.",
               nullptr, *tables_));
    }
    if (cascade && tables_.value_or(1) > 0 && confirm_->text() != database_)
        return badRequest(tr("Type the database's name, “%1”, to confirm.").arg(database_));
    return WriteOperation(write::DropDatabase{database_.toStdString(), cascade});
}

}  // namespace paimon::ui
