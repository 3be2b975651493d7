#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

#include "ui/editors/EditorDialog.h"

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace paimon::ui {

// What a view of a table's life asks an editor for (TablePane's tabs → EditorLauncher).
struct HistoryEdit {
    enum class Kind {
        CreateTag,
        DeleteTag,
        CreateBranch,
        DropBranch,
        RenameBranch,
        FastForward,
        ResetConsumer,
        Rollback,
        DropPartitions,
        MarkPartitionsDone,
        RollbackSchema,
    };
    Kind kind = Kind::CreateTag;
    Identifier table;  // as shown: t, or t$branch_b
    // CreateTag: the selected one; Rollback: the target; RollbackSchema: the schema id
    std::optional<int64_t> snapshotId;
    std::optional<int64_t> latestSnapshot;  // Rollback's guard; a new consumer's default
    QString name;                           // the tag, branch or consumer it is about
    QStringList tags;                       // CreateBranch: the tags to start from
    std::vector<PartitionSpec> partitions;  // the partitions a drop or mark-done is about
};

// Create a tag: its name, the snapshot (empty: the latest) and an optional retention time in
// Paimon's duration form, checked before anything is sent.
class TagEditor : public EditorDialog {
    Q_OBJECT
public:
    TagEditor(Target target, const HistoryEdit& edit, QWidget* parent = nullptr);
    Result<WriteOperation> operation() const override;
    QLineEdit* nameEdit() const { return name_; }
    QLineEdit* snapshotEdit() const { return snapshot_; }
    QLineEdit* retainEdit() const { return retain_; }

private:
    Identifier table_;
    QLineEdit* name_;
    QLineEdit* snapshot_;
    QLineEdit* retain_;
};

// Create a branch (empty, or from a tag), or rename one.
class BranchEditor : public EditorDialog {
    Q_OBJECT
public:
    BranchEditor(Target target, const HistoryEdit& edit, QWidget* parent = nullptr);
    Result<WriteOperation> operation() const override;
    QLineEdit* nameEdit() const { return name_; }
    QComboBox* fromTagBox() const { return fromTag_; }

private:
    Identifier table_;
    QString renaming_;  // the branch renamed; empty when creating
    QLineEdit* name_;
    QComboBox* fromTag_ = nullptr;
};

// Move a consumer to another next snapshot, or delete it.
class ConsumerEditor : public EditorDialog {
    Q_OBJECT
public:
    ConsumerEditor(Target target, const HistoryEdit& edit, QWidget* parent = nullptr);
    Result<WriteOperation> operation() const override;
    QLineEdit* idEdit() const { return id_; }
    QLineEdit* nextEdit() const { return next_; }
    QCheckBox* deleteBox() const { return delete_; }

private:
    Identifier table_;
    QLineEdit* id_;
    QLineEdit* next_;
    QCheckBox* delete_;
};

// Delete a tag, drop or fast-forward a branch, roll back, drop partitions or mark them done:
// what it discards said in words, and for all but a tag's deletion and a mark the name typed to
// confirm. A rollback is sent with the latest
// snapshot the view showed, so that a commit made meanwhile makes the server refuse it.
class HistoryConfirmDialog : public EditorDialog {
    Q_OBJECT
public:
    HistoryConfirmDialog(Target target, const HistoryEdit& edit, QWidget* parent = nullptr);
    Result<WriteOperation> operation() const override;
    QLineEdit* confirmEdit() const { return confirm_; }
    QString expectedConfirmation() const { return expected_; }

private:
    HistoryEdit edit_;
    QString expected_;  // empty: no typed confirmation
    QLineEdit* confirm_ = nullptr;
};

// The editor for `edit`, or null for an edit that needs none.
EditorDialog* createHistoryEditor(EditorDialog::Target target, const HistoryEdit& edit,
                                  QWidget* parent);

}  // namespace paimon::ui

Q_DECLARE_METATYPE(paimon::ui::HistoryEdit)
