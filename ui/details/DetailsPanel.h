#pragma once

#include <QPersistentModelIndex>
#include <QStackedWidget>

#include "core/async/Cancellation.h"

class QLabel;

namespace paimon::ui {

class CatalogTreeModel;
class DatabasePane;
class TablePane;

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

    DatabasePane* databasePane() const { return database_; }
    TablePane* tablePane() const { return table_; }
    QString messageText() const;

private:
    void showMessage(const QString& text);
    void onTableLoaded(const QModelIndex& index);
    void onLoadFailed(const QModelIndex& index, const QString& message);

    CatalogTreeModel* model_;
    QLabel* message_;
    QLabel* connection_;
    DatabasePane* database_;
    TablePane* table_;
    QPersistentModelIndex current_;
    quint64 generation_ = 0;
    Cancellation pending_;
};

}  // namespace paimon::ui
