#pragma once

#include <QPersistentModelIndex>
#include <QStackedWidget>

#include "core/async/Cancellation.h"
#include "ui/editors/HistoryEditors.h"

class QLabel;

namespace paimon::ui {

class CatalogTreeModel;
class DatabasePane;
class TablePane;
class ViewPane;
class FunctionPane;

// The right side of the window: the details of the navigator's current node. Database details
// are fetched when shown; table details come from the model (loaded once, shared with the
// tree). Answers for a node that is no longer current are dropped.
class DetailsPanel : public QStackedWidget {
    Q_OBJECT
public:
    explicit DetailsPanel(CatalogTreeModel* model, QWidget* parent = nullptr);

    // A source-model index (not a proxy's).
    void showNode(const QModelIndex& sourceIndex);
    // Fetches what is shown again.
    void reload();

    // Shows branch `branch` of the table shown (its own table, t$branch_b), or the table
    // itself when `branch` is empty.
    void showBranch(const QString& branch);
    QString shownBranch() const { return branch_; }

    DatabasePane* databasePane() const { return database_; }
    TablePane* tablePane() const { return table_; }
    ViewPane* viewPane() const { return view_; }
    FunctionPane* functionPane() const { return function_; }
    QString messageText() const;

signals:
    // A change to the shown table's life was asked for (TablePane's history tabs).
    void historyEditRequested(const paimon::ui::HistoryEdit& edit);

private:
    void showMessage(const QString& text);
    // The table (or branch) info shown in the table pane, with its history from `index`'s
    // connection; `reload` loads the history again even when it is the same table.
    void showTable(const std::shared_ptr<const TableInfo>& info, const QModelIndex& index,
                   bool reload);
    void onTableLoaded(const QModelIndex& index);
    void onLoadFailed(const QModelIndex& index, const QString& message);

    CatalogTreeModel* model_;
    QLabel* message_;
    QLabel* connection_;
    DatabasePane* database_;
    TablePane* table_;
    ViewPane* view_;
    FunctionPane* function_;
    QPersistentModelIndex current_;
    quint64 generation_ = 0;
    Cancellation pending_;
    QString branch_;  // the branch shown of the current table; empty: the table itself
};

}  // namespace paimon::ui
