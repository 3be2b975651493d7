#pragma once

#include <QWidget>

#include <memory>

#include "core/export/Definitions.h"
#include "core/model/CatalogObjects.h"

class QComboBox;
class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QTableWidget;
class QTabWidget;

namespace paimon::ui {

// One table: its columns, keys and options, bookkeeping, and its definition as Flink SQL,
// Spark SQL or Paimon JSON (the core renderers) with Copy and Save.
class TablePane : public QWidget {
    Q_OBJECT
public:
    enum Tab { ColumnsTab, KeysTab, InfoTab, DefinitionTab };
    enum ColumnsColumn { ColName, ColType, ColNullable, ColKey, ColDefault, ColComment, ColCount };

    explicit TablePane(QWidget* parent = nullptr);

    void show(std::shared_ptr<const TableInfo> info);
    const TableInfo* shown() const { return info_.get(); }
    void selectColumn(const QString& name);
    void showTab(Tab tab);

    QTabWidget* tabs() const { return tabs_; }
    QTableWidget* columnsTable() const { return columns_; }
    QTableWidget* optionsTable() const { return options_; }
    QComboBox* formatBox() const { return format_; }
    QString definitionText() const;
    QString keysText() const;
    QString infoText() const;

public slots:
    void copyDefinition() const;
    void saveDefinition();  // asks for a file; written whole or not at all
    bool saveDefinitionTo(const QString& path, QString* problem) const;

private:
    void renderDefinition();
    DefinitionFormat currentFormat() const;

    std::shared_ptr<const TableInfo> info_;
    QLabel* title_;
    QTabWidget* tabs_;
    QTableWidget* columns_;
    QLabel* keys_;
    QTableWidget* options_;
    QFormLayout* info_form_;
    QComboBox* format_;
    QPlainTextEdit* definition_;
};

}  // namespace paimon::ui
