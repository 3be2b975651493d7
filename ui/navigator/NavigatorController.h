#pragma once

#include <QObject>
#include <QPointer>

#include "core/catalog/WriteOperation.h"

class QAction;
class QLineEdit;
class QMenu;
class QTimer;

namespace paimon::ui {

class CatalogTreeModel;
class DetailsPanel;
class ExportDialog;
class NavigatorFilterModel;
class NavigatorView;

// The navigator pane and its actions: the tree, its filter box (names loaded: at once; names
// not loaded: asked of the server once typing pauses), Refresh, Copy name, Show details, Close
// connection and Export, the context menu, and the tree's side of a write of this app (rows
// change in place, the new object is selected).
class NavigatorController : public QObject {
    Q_OBJECT
public:
    NavigatorController(CatalogTreeModel* model, DetailsPanel* details, QWidget* window);

    NavigatorView* view() const { return view_; }
    NavigatorFilterModel* filterModel() const { return filter_; }
    QLineEdit* filterEdit() const { return filterEdit_; }

    QAction* refreshAction() const { return refresh_; }
    QAction* copyNameAction() const { return copyName_; }
    QAction* findAction() const { return find_; }
    QAction* detailsAction() const { return details_; }
    QAction* closeConnectionAction() const { return closeConnection_; }
    QAction* exportAction() const { return export_; }
    // "Search everywhere" in the filter box: asks for Quick open with the filter's text.
    QAction* searchEverywhereAction() const { return searchEverywhere_; }
    // The context menu puts the window's write actions (and "Connections…") after its own.
    void setContextActions(const QList<QAction*>& writes, QAction* connections);

    // The current node as a source-model index.
    QModelIndex currentSource() const;
    void selectSource(const QModelIndex& source);
    // Adds the connection's row (once), expands it (which connects) and makes it current.
    void showConnection(const QModelIndex& connectionSource);
    // Once the connection lists its databases: expand the first, select its first table, show
    // its details; then emits firstTableShown.
    // With `database` and `table`, that database and that table instead of the first ones.
    void expandFirstDatabase(const QString& profileId, const QString& database = {},
                             const QString& table = {});
    // Shows a search's match in the tree, its ancestors expanded, and makes it current (the
    // filter is cleared first: it could hide it). kind is SearchHit::Kind as int.
    void reveal(const QString& profileId, int kind, const QString& database, const QString& name);
    // The tree after a write of this app succeeded.
    void writeApplied(const QString& profileId, const WriteOperation& op);

public slots:
    void refreshCurrent();
    void copyName();
    void focusFilter();
    void openDetails();
    void closeCurrentConnection();
    void exportDefinitions();
    void updateActions();

signals:
    // The current node changed (a source-model index).
    void currentChanged(const QModelIndex& source);
    void firstTableShown();
    void exportOpened(paimon::ui::ExportDialog* dialog);
    // The filter box's "search everywhere": Quick open with this text.
    void searchEverywhereRequested(const QString& text);

private:
    void expandMatches();
    QAction* make(const char* name, const QString& text, const QKeySequence& key,
                  void (NavigatorController::*slot)());

    CatalogTreeModel* model_;
    DetailsPanel* detailsPanel_;
    QWidget* window_;
    NavigatorFilterModel* filter_;
    NavigatorView* view_;
    QLineEdit* filterEdit_;
    QTimer* serverFilterTimer_;
    QAction* refresh_ = nullptr;
    QAction* copyName_ = nullptr;
    QAction* find_ = nullptr;
    QAction* details_ = nullptr;
    QAction* closeConnection_ = nullptr;
    QAction* export_ = nullptr;
    QAction* searchEverywhere_ = nullptr;
    QList<QAction*> contextWrites_;
    QPointer<QAction> contextConnections_;
};

}  // namespace paimon::ui
