#include "ui/editors/HistoryEditors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>

#include "core/util/Duration.h"

namespace paimon::ui {
namespace {

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

Error badRequest(const QString& text) {
    return makeError(ErrorKind::BadRequest, text.toStdString());
}

QString tableText(const Identifier& id) {
    return q(id.database) + QLatin1Char('.') + q(id.object);
}

QLabel* wrapped(const QString& text) {
    auto* l = new QLabel(text);
    l->setWordWrap(true);
    l->setTextFormat(Qt::PlainText);
    return l;
}

// A non-negative snapshot id typed in a field, or nothing when it is empty.
Result<std::optional<int64_t>> snapshotField(const QLineEdit* edit, const QString& label) {
    const QString text = edit->text().trimmed();
    if (text.isEmpty()) return std::optional<int64_t>();
    bool ok = false;
    const qlonglong v = text.toLongLong(&ok);
    if (!ok || v < 0) {
        return badRequest(
            QCoreApplication::translate("paimon::ui::HistoryEditors",
                                        "%1 must be a snapshot id (a whole number), not “%2”.")
                .arg(label, text));
    }
    return std::optional<int64_t>(v);
}

QLineEdit* digitsEdit() {
    auto* e = new QLineEdit;
    e->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,19}")), e));
    return e;
}

}  // namespace

// ---- create tag ----

TagEditor::TagEditor(Target target, const HistoryEdit& edit, QWidget* parent)
    : EditorDialog(std::move(target), parent), table_(edit.table) {
    setObjectName(QStringLiteral("tagEditor"));
    setWindowTitle(tr("New tag on %1 — %2").arg(tableText(table_), profile().name));
    name_ = new QLineEdit;
    name_->setObjectName(QStringLiteral("tagName"));
    name_->setPlaceholderText(tr("e.g. release-2026-11"));
    snapshot_ = digitsEdit();
    snapshot_->setObjectName(QStringLiteral("snapshotId"));
    snapshot_->setPlaceholderText(tr("empty: the latest snapshot"));
    if (edit.snapshotId) snapshot_->setText(QString::number(*edit.snapshotId));
    retain_ = new QLineEdit;
    retain_->setObjectName(QStringLiteral("timeRetained"));
    retain_->setPlaceholderText(tr("optional: 7d, 12 h, 30min; empty keeps it until deleted"));
    auto* fields = new QFormLayout;
    fields->addRow(tr("&Tag name:"), name_);
    fields->addRow(tr("&Snapshot:"), snapshot_);
    fields->addRow(tr("&Keep for:"), retain_);
    formLayout()->addLayout(fields);
    formLayout()->addWidget(
        wrapped(tr("A tag keeps its snapshot readable after the snapshot "
                   "expires; with a retention time Paimon deletes the tag "
                   "when the time has passed.")));
    formLayout()->addStretch();
    setApplyText(tr("&Create tag"));
    for (QLineEdit* e : {name_, snapshot_, retain_})
        connect(e, &QLineEdit::textChanged, this, &TagEditor::formChanged);
    resize(520, 260);
    name_->setFocus();
}

Result<WriteOperation> TagEditor::operation() const {
    CreateTagRequest request;
    request.tagName = name_->text().toStdString();
    if (auto e = checkTagName(request.tagName)) {
        return badRequest(tr("Tag name: give the tag a name."));
    }
    auto snapshot = snapshotField(snapshot_, tr("Snapshot"));
    if (!snapshot) return snapshot.takeError();
    request.snapshotId = *snapshot;
    const QString retain = retain_->text().trimmed();
    if (!retain.isEmpty()) {
        if (auto parsed = parsePaimonDuration(retain.toStdString()); !parsed) {
            return badRequest(
                tr("Keep for: “%1” is not a duration such as 7d, 12 h or 30min.").arg(retain));
        }
        request.timeRetained = retain.toStdString();
    }
    return WriteOperation(write::CreateTag{table_, std::move(request)});
}

// ---- create or rename a branch ----

BranchEditor::BranchEditor(Target target, const HistoryEdit& edit, QWidget* parent)
    : EditorDialog(std::move(target), parent),
      table_{edit.table.database, edit.table.tableName()},
      renaming_(edit.kind == HistoryEdit::Kind::RenameBranch ? edit.name : QString()) {
    setObjectName(QStringLiteral("branchEditor"));
    name_ = new QLineEdit;
    name_->setObjectName(QStringLiteral("branchName"));
    auto* fields = new QFormLayout;
    if (renaming_.isEmpty()) {
        setWindowTitle(tr("New branch of %1 — %2").arg(tableText(table_), profile().name));
        fields->addRow(tr("&Branch name:"), name_);
        fromTag_ = new QComboBox;
        fromTag_->setObjectName(QStringLiteral("fromTag"));
        fromTag_->addItem(tr("(none: an empty branch with the table's schema)"), QString());
        for (const QString& tag : edit.tags)
            fromTag_->addItem(tag, tag);
        if (!edit.name.isEmpty()) fromTag_->setCurrentIndex(fromTag_->findData(edit.name));
        fields->addRow(tr("&From tag:"), fromTag_);
        connect(fromTag_, &QComboBox::currentIndexChanged, this, &BranchEditor::formChanged);
        setApplyText(tr("&Create branch"));
    } else {
        setWindowTitle(
            tr("Rename branch %1 of %2 — %3").arg(renaming_, tableText(table_), profile().name));
        name_->setText(renaming_);
        fields->addRow(tr("&New name:"), name_);
        setApplyText(tr("&Rename"));
    }
    formLayout()->addLayout(fields);
    formLayout()->addWidget(wrapped(tr("A branch is opened as the table “%1$branch_NAME”. Its "
                                       "name may not be “main”, only digits, or hold “$”.")
                                        .arg(q(table_.object))));
    formLayout()->addStretch();
    connect(name_, &QLineEdit::textChanged, this, &BranchEditor::formChanged);
    resize(520, 240);
    name_->setFocus();
    name_->selectAll();
}

Result<WriteOperation> BranchEditor::operation() const {
    const std::string name = name_->text().toStdString();
    if (auto e = checkBranchName(name)) {
        return badRequest(tr("Branch name: %1").arg(q(e->message)));
    }
    if (!renaming_.isEmpty()) {
        if (name_->text() == renaming_) return badRequest(tr("Type the branch's new name."));
        return WriteOperation(write::RenameBranch{table_, renaming_.toStdString(), name});
    }
    CreateBranchRequest request{name, std::nullopt};
    const QString tag = fromTag_->currentData().toString();
    if (!tag.isEmpty()) request.fromTag = tag.toStdString();
    return WriteOperation(write::CreateBranch{table_, std::move(request)});
}

// ---- reset a consumer ----

ConsumerEditor::ConsumerEditor(Target target, const HistoryEdit& edit, QWidget* parent)
    : EditorDialog(std::move(target), parent), table_(edit.table) {
    setObjectName(QStringLiteral("consumerEditor"));
    setWindowTitle(tr("Reset consumer of %1 — %2").arg(tableText(table_), profile().name));
    id_ = new QLineEdit(edit.name);
    id_->setObjectName(QStringLiteral("consumerId"));
    id_->setReadOnly(!edit.name.isEmpty());
    next_ = digitsEdit();
    next_->setObjectName(QStringLiteral("nextSnapshot"));
    if (edit.snapshotId) next_->setText(QString::number(*edit.snapshotId));
    delete_ = new QCheckBox(tr("&Delete the consumer instead"));
    delete_->setObjectName(QStringLiteral("deleteConsumer"));
    auto* fields = new QFormLayout;
    fields->addRow(tr("&Consumer:"), id_);
    fields->addRow(tr("&Next snapshot:"), next_);
    formLayout()->addLayout(fields);
    formLayout()->addWidget(delete_);
    formLayout()->addWidget(
        wrapped(tr("The consumer reads this snapshot next; Paimon keeps "
                   "the snapshots from the smallest consumer position on.")));
    formLayout()->addStretch();
    setApplyText(tr("&Reset"));
    connect(id_, &QLineEdit::textChanged, this, &ConsumerEditor::formChanged);
    connect(next_, &QLineEdit::textChanged, this, &ConsumerEditor::formChanged);
    connect(delete_, &QCheckBox::toggled, this, [this](bool on) {
        next_->setEnabled(!on);
        setApplyText(on ? tr("&Delete") : tr("&Reset"));
        formChanged();
    });
    resize(480, 240);
}

Result<WriteOperation> ConsumerEditor::operation() const {
    ResetConsumerRequest request;
    request.consumerId = id_->text().toStdString();
    if (request.consumerId.empty()) return badRequest(tr("Consumer: give the consumer's id."));
    if (!delete_->isChecked()) {
        auto next = snapshotField(next_, tr("Next snapshot"));
        if (!next) return next.takeError();
        if (!*next)
            return badRequest(tr("Next snapshot: give a snapshot id, or delete the consumer."));
        request.nextSnapshotId = *next;
    }
    return WriteOperation(write::ResetConsumer{table_, std::move(request)});
}

// ---- confirmations ----

HistoryConfirmDialog::HistoryConfirmDialog(Target target, const HistoryEdit& edit, QWidget* parent)
    : EditorDialog(std::move(target), parent), edit_(edit) {
    setObjectName(QStringLiteral("historyConfirm"));
    const QString table = tableText(edit.table);
    QString what;
    QString ask;
    switch (edit.kind) {
        case HistoryEdit::Kind::DeleteTag:
            setWindowTitle(tr("Delete tag %1 — %2").arg(edit.name, profile().name));
            what = tr("Delete the tag “%1” of %2. Its snapshot stays while it has not expired; "
                      "once it has, the tag was the last way to read it.")
                       .arg(edit.name, table);
            setApplyText(tr("&Delete tag"));
            break;
        case HistoryEdit::Kind::DropBranch:
            setWindowTitle(tr("Drop branch %1 — %2").arg(edit.name, profile().name));
            what = tr("Drop the branch “%1” of %2 with its snapshots, tags and consumers. Data "
                      "files written on it stay until Paimon's orphan-file cleanup.")
                       .arg(edit.name, table);
            ask = tr("Type the branch's name to confirm:");
            expected_ = edit.name;
            setApplyText(tr("&Drop branch"));
            break;
        case HistoryEdit::Kind::FastForward:
            setWindowTitle(tr("Fast-forward to %1 — %2").arg(edit.name, profile().name));
            what = tr("Make the main branch of %1 the history of branch “%2”: main's snapshots, "
                      "schemas and tags from the branch's first snapshot on are replaced by the "
                      "branch's. This cannot be undone.")
                       .arg(table, edit.name);
            ask = tr("Type the branch's name to confirm:");
            expected_ = edit.name;
            setApplyText(tr("&Fast-forward"));
            break;
        case HistoryEdit::Kind::Rollback: {
            const QString to = edit.snapshotId ? tr("snapshot %1").arg(*edit.snapshotId)
                                               : tr("tag “%1”").arg(edit.name);
            setWindowTitle(tr("Roll back %1 — %2").arg(table, profile().name));
            what = tr("Roll %1 back to %2. Every later snapshot and every tag of a later snapshot "
                      "is deleted: this discards history and cannot be undone. Data files stay "
                      "until Paimon's orphan-file cleanup.")
                       .arg(table, to);
            if (edit.latestSnapshot) {
                what += QLatin1Char(' ') +
                        tr("The server refuses the rollback if snapshot %1 is no longer the "
                           "latest.")
                            .arg(*edit.latestSnapshot);
            }
            ask = tr("Type the table's name to confirm:");
            expected_ = q(edit.table.object);
            setApplyText(tr("&Roll back"));
            break;
        }
        case HistoryEdit::Kind::RollbackSchema:
            setWindowTitle(tr("Roll back the schema of %1 — %2").arg(table, profile().name));
            what = tr("Roll the schema of %1 back to schema %2: every later schema version is "
                      "deleted. The catalog refuses while a snapshot, tag or changelog still "
                      "uses one of them.")
                       .arg(table)
                       .arg(edit.snapshotId.value_or(0));
            ask = tr("Type the table's name to confirm:");
            expected_ = q(edit.table.object);
            setApplyText(tr("&Roll back schema"));
            break;
        case HistoryEdit::Kind::DropPartitions:
        case HistoryEdit::Kind::MarkPartitionsDone: {
            const bool drop = edit.kind == HistoryEdit::Kind::DropPartitions;
            const int n = static_cast<int>(edit.partitions.size());
            QStringList names;
            for (const PartitionSpec& spec : edit.partitions)
                names << q(partitionName(spec));
            const QString listed =
                n <= 10 ? names.join(QLatin1String(", "))
                        : names.mid(0, 10).join(QLatin1String(", ")) + QLatin1String(", …");
            if (drop) {
                setWindowTitle(
                    tr("Drop %n partition(s) of %1 — %2", nullptr, n).arg(table, profile().name));
                what = tr("Drop %n partition(s) of %1 with their data: %2. On a warehouse "
                          "folder or a filesystem-backed server the partitions' files leave the "
                          "table in one commit (they stay on disk until Paimon's orphan-file "
                          "cleanup); another server decides itself what a drop does. Older "
                          "snapshots and tags still read the data.",
                          nullptr, n)
                           .arg(table, listed);
                ask = tr("Type the table's name to confirm:");
                expected_ = q(edit.table.object);
                setApplyText(tr("&Drop partitions"));
            } else {
                setWindowTitle(
                    tr("Mark %n partition(s) done — %1", nullptr, n).arg(profile().name));
                what =
                    tr("Mark %n partition(s) of %1 done: %2. On a warehouse folder this writes "
                       "each partition's _SUCCESS file, which tells the jobs waiting for it that "
                       "the partition is complete.",
                       nullptr, n)
                        .arg(table, listed);
                setApplyText(tr("&Mark done"));
            }
            break;
        }
        default:
            break;
    }
    formLayout()->addWidget(wrapped(what));
    if (!expected_.isEmpty()) {
        confirm_ = new QLineEdit;
        confirm_->setObjectName(QStringLiteral("confirmName"));
        confirm_->setPlaceholderText(expected_);
        formLayout()->addWidget(new QLabel(ask));
        formLayout()->addWidget(confirm_);
        connect(confirm_, &QLineEdit::textChanged, this, &HistoryConfirmDialog::formChanged);
    }
    formLayout()->addStretch();
    resize(500, 230);
    if (confirm_) confirm_->setFocus();
}

Result<WriteOperation> HistoryConfirmDialog::operation() const {
    if (confirm_ && confirm_->text() != expected_) {
        return badRequest(tr("Type “%1” to confirm.").arg(expected_));
    }
    const Identifier base{edit_.table.database, edit_.table.tableName()};
    const std::string name = edit_.name.toStdString();
    switch (edit_.kind) {
        case HistoryEdit::Kind::DeleteTag:
            return WriteOperation(write::DeleteTag{edit_.table, name});
        case HistoryEdit::Kind::DropBranch:
            return WriteOperation(write::DropBranch{base, name});
        case HistoryEdit::Kind::FastForward:
            return WriteOperation(write::FastForward{base, name});
        case HistoryEdit::Kind::Rollback: {
            RollbackRequest request{edit_.snapshotId ? RollbackTarget::toSnapshot(*edit_.snapshotId)
                                                     : RollbackTarget::toTag(name),
                                    edit_.latestSnapshot};
            return WriteOperation(write::Rollback{edit_.table, std::move(request)});
        }
        case HistoryEdit::Kind::DropPartitions:
            // Strict: a partition the view showed and the server no longer has is an error.
            return WriteOperation(write::DropPartitions{edit_.table, {edit_.partitions, false}});
        case HistoryEdit::Kind::MarkPartitionsDone:
            return WriteOperation(write::MarkPartitionsDone{edit_.table, edit_.partitions});
        case HistoryEdit::Kind::RollbackSchema:
            return WriteOperation(write::RollbackSchema{edit_.table, edit_.snapshotId.value_or(0)});
        default:
            return badRequest(tr("Nothing to confirm."));
    }
}

EditorDialog* createHistoryEditor(EditorDialog::Target target, const HistoryEdit& edit,
                                  QWidget* parent) {
    switch (edit.kind) {
        case HistoryEdit::Kind::CreateTag:
            return new TagEditor(std::move(target), edit, parent);
        case HistoryEdit::Kind::CreateBranch:
        case HistoryEdit::Kind::RenameBranch:
            return new BranchEditor(std::move(target), edit, parent);
        case HistoryEdit::Kind::ResetConsumer:
            return new ConsumerEditor(std::move(target), edit, parent);
        case HistoryEdit::Kind::DeleteTag:
        case HistoryEdit::Kind::DropBranch:
        case HistoryEdit::Kind::FastForward:
        case HistoryEdit::Kind::Rollback:
        case HistoryEdit::Kind::DropPartitions:
        case HistoryEdit::Kind::MarkPartitionsDone:
        case HistoryEdit::Kind::RollbackSchema:
            return new HistoryConfirmDialog(std::move(target), edit, parent);
    }
    return nullptr;
}

}  // namespace paimon::ui
