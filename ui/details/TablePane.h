#pragma once

#include <QWidget>

#include <memory>

#include "core/export/Definitions.h"
#include "core/model/CatalogObjects.h"
#include "ui/details/HistoryView.h"
#include "ui/details/PartitionsView.h"
#include "ui/details/SchemasView.h"

class QComboBox;
class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace paimon::ui {

class DefinitionBox;

// One table (or one of its branches): a summary of its latest snapshot, its columns, keys and
// options, bookkeeping, its definition as Flink SQL, Spark SQL or Paimon JSON (the core
// renderers) with Copy and Save, its life (HistoryView: snapshots, tags, branches,
// consumers) and, when it is partitioned, its partitions (PartitionsView).
class TablePane : public QWidget {
    Q_OBJECT
public:
    enum Tab {
        ColumnsTab,
        KeysTab,
        InfoTab,
        DefinitionTab,
        SnapshotsTab,
        TagsTab,
        BranchesTab,
        ConsumersTab,
        PartitionsTab,
        SchemasTab
    };
    enum ColumnsColumn { ColName, ColType, ColNullable, ColKey, ColDefault, ColComment, ColCount };

    explicit TablePane(QWidget* parent = nullptr);

    void show(std::shared_ptr<const TableInfo> info);
    // Where the table's life is read from; loaded again only when the table changes or
    // `reload` is set.
    void showHistory(HistoryView::Source source, bool reload);
    HistoryView* history() const { return history_; }
    // The Partitions tab, shown for partitioned tables only.
    PartitionsView* partitions() const { return partitions_; }
    // The Schemas tab: the table's schema versions.
    SchemasView* schemas() const { return schemas_; }
    const TableInfo* shown() const { return info_.get(); }
    void selectColumn(const QString& name);
    void showTab(Tab tab);

    QTabWidget* tabs() const { return tabs_; }
    QTableWidget* columnsTable() const { return columns_; }
    QTableWidget* optionsTable() const { return options_; }
    QComboBox* formatBox() const;
    QString definitionText() const;
    QString keysText() const;
    QString infoText() const;

signals:
    void editRequested(const paimon::ui::HistoryEdit& edit);
    // Show branch `branch` of the table, or the table itself when it is empty.
    void openBranchRequested(const QString& branch);

public slots:
    void copyDefinition() const;
    void saveDefinition();  // asks for a file; written whole or not at all
    bool saveDefinitionTo(const QString& path, QString* problem) const;

private:
    void renderDefinition();

    std::shared_ptr<const TableInfo> info_;
    QLabel* title_;
    QPushButton* backToMain_;
    QLabel* summary_;
    QTabWidget* tabs_;
    QTableWidget* columns_;
    QLabel* keys_;
    QTableWidget* options_;
    QFormLayout* info_form_;
    DefinitionBox* definition_;
    HistoryView* history_;
    PartitionsView* partitions_;
    SchemasView* schemas_;
};

}  // namespace paimon::ui
