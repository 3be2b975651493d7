#pragma once

#include <QLineEdit>

#include <optional>

#include "core/model/CatalogObjects.h"
#include "ui/editors/EditorDialog.h"
#include "ui/editors/ObjectDialogs.h"

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QTableView;
class QTabWidget;

namespace paimon::ui {

class ColumnGridModel;
class OptionsGrid;

// Create a table by form, or alter one: the same form filled with the table's current schema;
// Apply turns the difference into one alter request (SchemaDiff). Before anything is sent the
// schema goes through the same rules as the catalog's (SchemaRules).
class TableEditor : public EditorDialog {
    Q_OBJECT
public:
    // Create in `database` when `table` is empty; otherwise alter that table (loaded first).
    TableEditor(Target target, const QString& database, const QString& table,
                QWidget* parent = nullptr);

    Result<WriteOperation> operation() const override;
    bool isCreate() const { return create_; }
    bool isLoaded() const { return create_ || base_.has_value(); }

    QLineEdit* nameEdit() const { return name_; }
    ColumnGridModel* columns() const { return columns_; }
    QTableView* columnView() const { return columnView_; }
    OptionsGrid* optionsGrid() const { return options_; }
    QPlainTextEdit* commentEdit() const { return comment_; }
    QTabWidget* tabs() const { return tabs_; }
    QLabel* keysLabel() const { return keys_; }

    // Opens the type builder for the current column (Ctrl+T).
    void buildType();

signals:
    void loaded();

protected:
    void reload() override;
    bool isConflict(const Error& error) const override;

private:
    void load(bool keepEdits);
    void fill(const Schema& schema);
    Result<Schema> formSchema() const;
    int currentColumn() const;

    bool create_;
    QString database_;
    QString table_;
    QLineEdit* name_;
    QTabWidget* tabs_;
    ColumnGridModel* columns_;
    QTableView* columnView_;
    QLabel* keys_;
    OptionsGrid* options_;
    QPlainTextEdit* comment_;
    std::optional<TableInfo> base_;  // alter: what the form was filled from
    Cancellation loading_;
};

}  // namespace paimon::ui
