#pragma once

#include <QObject>

#include <optional>
#include <vector>

#include "core/catalog/SchemaUsage.h"
#include "core/model/Schema.h"
#include "ui/details/HistoryView.h"

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace paimon::ui {

// A table's "Schemas" tab: every schema version (id, time, columns, the snapshots that used it,
// what changed from the version before), and for the selected version the changes from any
// other one (SchemaDiff) with "Roll back to this schema…". A REST catalog serves only the
// current schema, which the tab says instead of guessing; it lists the schema ids the table's
// snapshots used instead. Loaded when the tab is first shown; the snapshots are counted after.
class SchemasView : public QObject {
    Q_OBJECT
public:
    enum Column { Id, Time, Columns, Snapshots, Changes, ColumnCount };
    SchemasView(QTabWidget* tabs, QObject* parent = nullptr);
    ~SchemasView() override;

    // The table whose versions the tab lists (loaded when the tab shows).
    void setSource(HistoryView::Source source);
    const std::optional<HistoryView::Source>& source() const { return source_; }
    int tabIndex() const { return tab_; }
    bool isLoaded() const { return loaded_; }
    // Whether the snapshots' schema ids are known (or failed to load).
    bool isUsageLoaded() const { return usageLoaded_; }

    QTableWidget* table() const { return table_; }
    QComboBox* compareBox() const { return compare_; }
    QString diffText() const;
    QLabel* statusLabel() const { return status_; }
    QPushButton* rollbackButton() const { return rollback_; }
    void rollbackSelected();

signals:
    void editRequested(const paimon::ui::HistoryEdit& edit);

private:
    void load();
    void loadUsage();
    void fill();
    void fillUsage();
    void showDiff();
    const TableSchema* selected() const;

    QTabWidget* tabs_;
    int tab_ = -1;
    std::optional<HistoryView::Source> source_;
    std::vector<TableSchema> versions_;
    std::vector<SchemaUsage> usage_;
    bool versionsServed_ = true;  // false: a REST catalog; the rows are the snapshots' schema ids
    bool usageLoaded_ = false;
    Cancellation usagePending_;
    bool loaded_ = false;
    bool loading_ = false;
    quint64 generation_ = 0;
    Cancellation pending_;
    QTableWidget* table_;
    QComboBox* compare_;
    QPlainTextEdit* diff_;
    QLabel* status_;
    QPushButton* rollback_;
};

}  // namespace paimon::ui
