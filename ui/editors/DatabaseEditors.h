#pragma once

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>

#include <optional>

#include "ui/editors/EditorDialog.h"

namespace paimon::ui {

class OptionsGrid;

// Create a database (name, comment, options), or alter one: the form is filled with its
// current options, and Apply sends exactly the keys that were removed and the ones that were
// set or changed. The comment is the database's `comment` option.
class DatabaseEditor : public EditorDialog {
    Q_OBJECT
public:
    // Create when `database` is empty; otherwise alter it (its options are loaded first).
    DatabaseEditor(Target target, const QString& database, QWidget* parent = nullptr);

    Result<WriteOperation> operation() const override;
    bool isCreate() const { return create_; }
    bool isLoaded() const { return base_.has_value() || create_; }

    QLineEdit* nameEdit() const { return name_; }
    QLineEdit* commentEdit() const { return comment_; }
    OptionsGrid* optionsGrid() const { return options_; }

signals:
    void loaded();

protected:
    void reload() override;

private:
    void load(bool keepEdits);
    void fill(const Options& options);
    Result<Options> formOptions() const;  // grid plus comment

    bool create_;
    QString database_;
    QLineEdit* name_;
    QLineEdit* comment_;
    OptionsGrid* options_;
    std::optional<Options> base_;  // alter: the options the form was filled from
    Cancellation loading_;
};

// Drop a database: says how many tables it holds, refuses a non-empty one unless cascade is
// ticked, and then asks for the database's name to be typed.
class DropDatabaseDialog : public EditorDialog {
    Q_OBJECT
public:
    DropDatabaseDialog(Target target, const QString& database, QWidget* parent = nullptr);

    Result<WriteOperation> operation() const override;
    QCheckBox* cascadeBox() const { return cascade_; }
    QLineEdit* confirmEdit() const { return confirm_; }
    QLabel* countLabel() const { return count_; }
    // The number of tables, once counted.
    std::optional<int> tableCount() const { return tables_; }

signals:
    void counted();

private:
    void updateState();

    QString database_;
    QLabel* count_;
    QCheckBox* cascade_;
    QLabel* confirmLabel_;
    QLineEdit* confirm_;
    std::optional<int> tables_;
    Cancellation counting_;
};

}  // namespace paimon::ui
