#pragma once

#include <QMainWindow>
#include <QPointer>

#include "core/catalog/WriteOperation.h"
#include "ui/connection/CatalogConnector.h"

class QDockWidget;
class QLineEdit;
class QSettings;
class QSplitter;

namespace paimon::ui {

class ActivityLogModel;
class ActivityLogPane;
class CatalogTreeModel;
class ConnectionRegistry;
class ConnectionService;
class DetailsPanel;
class EditorDialog;
class EditorLauncher;
class ExportDialog;
class NavigatorController;
class NavigatorFilterModel;
class NavigatorView;
class QuickOpen;
class CompareDialog;
class SecretStore;

// The browser window: the navigator on the left, the details of its current node on the
// right, the activity log docked below. A composition of panes; each pane does its own work.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(QSettings* settings, SecretStore* secrets, QWidget* parent = nullptr);
    ~MainWindow() override;

    CatalogTreeModel* model() const { return model_; }
    NavigatorFilterModel* filterModel() const;
    NavigatorView* view() const;
    DetailsPanel* details() const { return details_; }
    ActivityLogModel* activity() const { return activity_; }
    ActivityLogPane* activityPane() const { return activityPane_; }
    ConnectionRegistry* registry() const { return registry_; }
    ConnectionService* connections() const { return connections_; }
    QLineEdit* filterEdit() const;
    NavigatorController* navigator() const { return navigator_; }
    // Opens Quick open (Ctrl+K), searching for `text` at once when it is not empty.
    QuickOpen* openQuickOpen(const QString& text);
    // Compare (Ctrl+Shift+D): the left side starts at the navigator's current connection,
    // database or table.
    CompareDialog* openCompare();
    // Once both connections are open (within 30 s), Compare with `left` and `right` chosen,
    // compared; comparisonShown() follows the result.
    void compareWhenOpen(const QString& left, const QString& right);
    EditorLauncher* editors() const { return editors_; }

    // Adds the profile's connection to the navigator (once) and expands it, which connects.
    void openConnection(const QString& profileId);
    // A no-authentication REST profile for uri (found by uri, else created) and its id.
    QString ensureRestProfile(const QString& name, const QString& uri, const QString& warehouse);
    // The saved profile of a local warehouse folder, made when missing; its id.
    QString ensureFolderProfile(const QString& folder);
    // Once the connection lists its databases: expand the first, select its first table and
    // show its details. Emits firstTableShown when done.
    // With `database` and `table`, that database and that table instead of the first ones.
    void expandFirstDatabase(const QString& profileId, const QString& database = {},
                             const QString& table = {});

    // Window geometry, dock and splitter state, and open connections.
    void restoreSession();
    void saveSession();

    // The navigator's current node, as a source-model index.
    QModelIndex currentSourceIndex() const;
    // The editor open now (one at a time), or null.
    EditorDialog* currentEditor() const;

signals:
    void firstTableShown();
    void editorOpened(paimon::ui::EditorDialog* editor);
    void exportOpened(paimon::ui::ExportDialog* dialog);
    void comparisonShown();

public slots:
    void showConnections();
    void openWarehouseFolder();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void updateActions();
    CatalogConnector::Observer observerFor(const QString& connectionName);
    void writeApplied(const QString& profileId, const WriteOperation& op);

    QSettings* settings_;
    ConnectionRegistry* registry_;
    ConnectionService* connections_;
    CatalogTreeModel* model_;
    DetailsPanel* details_;
    NavigatorController* navigator_;
    QPointer<QuickOpen> quickOpen_;
    QPointer<CompareDialog> compare_;
    EditorLauncher* editors_;
    ActivityLogModel* activity_;
    ActivityLogPane* activityPane_;
    QDockWidget* activityDock_;
    QSplitter* splitter_;
};

}  // namespace paimon::ui
