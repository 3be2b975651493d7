#include "ui/main/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>

#include "ui/activity/ActivityLogModel.h"
#include "ui/activity/ActivityLogPane.h"
#include "ui/compare/CompareDialog.h"
#include "ui/connection/AppSettings.h"
#include "ui/connection/ConnectionRegistry.h"
#include "ui/connection/ConnectionService.h"
#include "ui/connection/ConnectionsDialog.h"
#include "ui/connection/SecretStore.h"
#include "ui/details/DetailsPanel.h"
#include "ui/editors/EditorDialog.h"
#include "ui/editors/EditorLauncher.h"
#include "ui/editors/HistoryEditors.h"
#include "ui/export/ExportDialog.h"
#include "ui/navigator/CatalogTreeModel.h"
#include "ui/navigator/NavigatorController.h"
#include "ui/navigator/NavigatorIcons.h"
#include "ui/navigator/NavigatorView.h"
#include "ui/search/QuickOpen.h"

namespace paimon::ui {

namespace {
// "&Connections…" → "Connections", "连接(&C)…" → "连接": a menu text as a toolbar button's.
QString toolbarText(QString text) {
    static const QRegularExpression cjkAccelerator(QStringLiteral("\\(&[^&)]\\)"));
    text.remove(cjkAccelerator);
    text.replace(QLatin1String("&&"), QLatin1String("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    if (text.endsWith(QChar(0x2026))) text.chop(1);
    if (text.endsWith(QLatin1String("..."))) text.chop(3);
    return text.trimmed();
}
}  // namespace

MainWindow::MainWindow(QSettings* settings, SecretStore* secrets, QWidget* parent)
    : QMainWindow(parent),
      settings_(settings),
      registry_(new ConnectionRegistry(settings, secrets, this)),
      activity_(new ActivityLogModel(this)) {
    setWindowTitle(tr("Paimon Catalog Browser"));
    setWindowIcon(NavigatorIcons::application());
    connections_ = new ConnectionService(
        ConnectionService::keychainOpener(
            registry_, [this](const QString& name) { return observerFor(name); }),
        this);
    model_ = new CatalogTreeModel(connections_, this);
    details_ = new DetailsPanel(model_);
    details_->setObjectName(QStringLiteral("details"));
    navigator_ = new NavigatorController(model_, details_, this);
    editors_ = new EditorLauncher(model_, this);

    splitter_ = new QSplitter(Qt::Horizontal);
    splitter_->setObjectName(QStringLiteral("mainSplitter"));
    splitter_->addWidget(navigator_->view());
    splitter_->addWidget(details_);
    splitter_->setSizes({440, 760});
    setCentralWidget(splitter_);

    activityPane_ = new ActivityLogPane(activity_);
    activityDock_ = new QDockWidget(tr("Activity log"), this);
    activityDock_->setObjectName(QStringLiteral("activityDock"));
    activityDock_->setWidget(activityPane_);
    addDockWidget(Qt::BottomDockWidgetArea, activityDock_);
    resizeDocks({activityDock_}, {170}, Qt::Vertical);

    createMenus();

    connect(navigator_, &NavigatorController::currentChanged, this,
            [this](const QModelIndex& source) {
                details_->showNode(source);
                editors_->setCurrent(source);
            });
    connect(navigator_, &NavigatorController::firstTableShown, this, &MainWindow::firstTableShown);
    connect(navigator_, &NavigatorController::exportOpened, this, &MainWindow::exportOpened);
    connect(editors_, &EditorLauncher::editorOpened, this, &MainWindow::editorOpened);
    connect(editors_, &EditorLauncher::applied, this, &MainWindow::writeApplied);
    connect(details_, &DetailsPanel::historyEditRequested, editors_,
            [this](const HistoryEdit& edit) {
                if (!editors_->launchHistory(edit)) {
                    statusBar()->showMessage(editors_->whyNotWritable(), 10000);
                }
            });
    connect(model_, &CatalogTreeModel::busyChanged, this, [this](int pending) {
        if (pending > 0) {
            statusBar()->showMessage(tr("%n request(s) in flight", nullptr, pending));
        } else {
            statusBar()->clearMessage();
        }
    });
    connect(model_, &CatalogTreeModel::loadFailed, this,
            [this](const QModelIndex&, const QString& message) {
                statusBar()->showMessage(message, 10000);
            });
    connect(connections_, &ConnectionService::opened, this,
            [this](const QString&, const QStringList& notices) {
                updateActions();
                if (!notices.isEmpty())
                    statusBar()->showMessage(notices.join(QLatin1Char(' ')), 15000);
            });
    connect(registry_, &ConnectionRegistry::profileSaved, model_,
            &CatalogTreeModel::updateConnection);
    connect(registry_, &ConnectionRegistry::profileSaved, this, [this] { updateActions(); });
    connect(registry_, &ConnectionRegistry::profileRemoved, model_,
            &CatalogTreeModel::removeConnection);
    resize(1200, 760);
}

MainWindow::~MainWindow() = default;

QuickOpen* MainWindow::openQuickOpen(const QString& text) {
    if (!quickOpen_) {
        quickOpen_ = new QuickOpen(model_, this);
        connect(quickOpen_, &QuickOpen::openRequested, navigator_, &NavigatorController::reveal);
    }
    quickOpen_->show();
    quickOpen_->raise();
    quickOpen_->activateWindow();
    quickOpen_->edit()->setFocus();
    if (!text.isEmpty()) {
        quickOpen_->search(text);
    } else {
        quickOpen_->edit()->selectAll();
    }
    return quickOpen_;
}

CompareDialog* MainWindow::openCompare() {
    if (!compare_) {
        compare_ = new CompareDialog(model_, this);
        connect(compare_, &CompareDialog::applied, this, &MainWindow::writeApplied);
        // Where the navigator stands is the left side's start; the right side is chosen.
        const QModelIndex current = navigator_->currentSource();
        if (current.isValid()) {
            const auto kind =
                static_cast<NodeKind>(current.data(CatalogTreeModel::KindRole).toInt());
            compare_->setLeft(current.data(CatalogTreeModel::ConnectionIdRole).toString(),
                              current.data(CatalogTreeModel::DatabaseRole).toString(),
                              kind == NodeKind::Table || kind == NodeKind::Column
                                  ? current.data(CatalogTreeModel::TableRole).toString()
                                  : QString());
        }
    }
    compare_->show();
    compare_->raise();
    compare_->activateWindow();
    return compare_;
}

void MainWindow::compareWhenOpen(const QString& left, const QString& right) {
    auto* poll = new QTimer(this);
    auto waited = std::make_shared<int>(0);
    poll->setInterval(100);
    connect(poll, &QTimer::timeout, this, [this, poll, waited, left, right] {
        const bool open = model_->catalogFor(model_->connectionIndex(left)) &&
                          model_->catalogFor(model_->connectionIndex(right));
        if (!open && ++*waited < 300) return;
        poll->stop();
        poll->deleteLater();
        CompareDialog* dialog = openCompare();
        dialog->setLeft(left);
        dialog->setRight(right);
        auto shown = std::make_shared<QMetaObject::Connection>();
        *shown = connect(dialog, &CompareDialog::busyChanged, this, [this, shown](bool busy) {
            if (busy) return;
            disconnect(*shown);
            emit comparisonShown();
        });
        dialog->compare();
    });
    poll->start();
}

void MainWindow::createMenus() {
    auto* connections = new QAction(tr("&Connections…"), this);
    connections->setObjectName(QStringLiteral("connections"));
    connections->setShortcut(QKeySequence(tr("Ctrl+Shift+O")));
    connect(connections, &QAction::triggered, this, &MainWindow::showConnections);
    auto* openFolder = new QAction(tr("Open &warehouse folder…"), this);
    openFolder->setObjectName(QStringLiteral("openFolder"));
    openFolder->setShortcut(QKeySequence::Open);
    connect(openFolder, &QAction::triggered, this, &MainWindow::openWarehouseFolder);
    auto* quit = new QAction(tr("&Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    QAction* activity = activityDock_->toggleViewAction();
    activity->setShortcut(QKeySequence(tr("Ctrl+Shift+L")));
    auto* about = new QAction(tr("&About"), this);
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Paimon Catalog Browser"),
                           tr("<h3>Paimon Catalog Browser %1</h3><p>Browse and export Apache "
                              "Paimon REST catalogs, Alibaba Cloud DLF among them.</p>")
                               .arg(QApplication::applicationVersion()));
    });

    NavigatorController* nav = navigator_;
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addActions({connections, openFolder, nav->closeConnectionAction()});
    file->addSeparator();
    file->addAction(nav->exportAction());
    file->addSeparator();
    file->addAction(quit);
    // Quick open (Ctrl+K): any name in every open connection, loaded or not.
    auto* quickOpen = new QAction(tr("&Quick open…"), this);
    quickOpen->setObjectName(QStringLiteral("quickOpen"));
    quickOpen->setShortcut(QKeySequence(tr("Ctrl+K")));
    connect(quickOpen, &QAction::triggered, this, [this] { openQuickOpen(QString()); });
    connect(nav, &NavigatorController::searchEverywhereRequested, this, &MainWindow::openQuickOpen);
    menuBar()
        ->addMenu(tr("&Edit"))
        ->addActions({nav->copyNameAction(), nav->findAction(), quickOpen});
    menuBar()
        ->addMenu(tr("&View"))
        ->addActions({nav->refreshAction(), nav->detailsAction(), activity});
    // Writes: on the navigator's current node. Delete and F2 only while the tree has focus,
    // so that they keep their meaning in the filter box.
    for (auto edit : {EditorLauncher::Edit::Rename, EditorLauncher::Edit::Drop}) {
        editors_->action(edit)->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        nav->view()->addAction(editors_->action(edit));
    }
    menuBar()->addMenu(tr("&Catalog"))->addActions(editors_->actions());
    auto* compare = new QAction(tr("Co&mpare…"), this);
    compare->setObjectName(QStringLiteral("compare"));
    compare->setShortcut(QKeySequence(tr("Ctrl+Shift+D")));
    connect(compare, &QAction::triggered, this, [this] { openCompare(); });
    menuBar()->addMenu(tr("&Tools"))->addAction(compare);
    menuBar()->addMenu(tr("&Help"))->addAction(about);
    nav->setContextActions(editors_->actions(), connections);

    QToolBar* bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connections->setIcon(NavigatorIcons::connection());
    openFolder->setIcon(NavigatorIcons::warehouse());
    bar->addActions({connections, openFolder, nav->refreshAction()});
    bar->addSeparator();
    bar->addAction(editors_->action(EditorLauncher::Edit::NewTable));
    bar->addSeparator();
    // Toolbar buttons show the menu text without its accelerator, in either form ("&New",
    // and "新建(&N)" as Chinese and Japanese write it) and without the ellipsis.
    for (QAction* a : bar->actions()) {
        if (!a->text().isEmpty()) a->setIconText(toolbarText(a->text()));
    }
    bar->addWidget(nav->filterEdit());
}

void MainWindow::updateActions() {
    navigator_->updateActions();
    editors_->updateActions();
}

CatalogConnector::Observer MainWindow::observerFor(const QString& connectionName) {
    QPointer<ActivityLogModel> log(activity_);
    return [log, connectionName](const RequestRecord& record) {
        if (log) log->append(connectionName, record);
    };
}

void MainWindow::openConnection(const QString& profileId) {
    const ConnectionProfile* p = registry_->find(profileId);
    if (!p) return;
    navigator_->showConnection(model_->addConnection(*p));
}

QString MainWindow::ensureRestProfile(const QString& name, const QString& uri,
                                      const QString& warehouse) {
    for (const auto& p : registry_->profiles()) {
        if (p.kind == ProfileKind::Rest && p.uri == uri && p.warehouse == warehouse &&
            p.auth == AuthKind::None) {
            return p.id;
        }
    }
    ConnectionProfile p;
    p.id = ConnectionProfile::newId();
    p.name = name;
    p.uri = uri;
    p.warehouse = warehouse;
    registry_->save(p, {}, [](const SecretStore::Outcome&) {});
    return p.id;
}

void MainWindow::expandFirstDatabase(const QString& profileId, const QString& database,
                                     const QString& table) {
    navigator_->expandFirstDatabase(profileId, database, table);
}

QModelIndex MainWindow::currentSourceIndex() const {
    return navigator_->currentSource();
}

NavigatorFilterModel* MainWindow::filterModel() const {
    return navigator_->filterModel();
}

NavigatorView* MainWindow::view() const {
    return navigator_->view();
}

QLineEdit* MainWindow::filterEdit() const {
    return navigator_->filterEdit();
}

void MainWindow::showConnections() {
    ConnectionsDialog dialog(registry_, observerFor(tr("(test)")), this);
    connect(&dialog, &ConnectionsDialog::openRequested, this, &MainWindow::openConnection);
    dialog.exec();
}

void MainWindow::openWarehouseFolder() {
    QString folder = QFileDialog::getExistingDirectory(this, tr("Open warehouse folder"));
    if (folder.isEmpty()) return;
    openConnection(ensureFolderProfile(folder));
}

QString MainWindow::ensureFolderProfile(const QString& folder) {
    for (const auto& p : registry_->profiles()) {
        if (p.kind == ProfileKind::LocalWarehouse && p.warehouse == folder) return p.id;
    }
    ConnectionProfile p;
    p.id = ConnectionProfile::newId();
    p.kind = ProfileKind::LocalWarehouse;
    p.name = QFileInfo(folder).fileName().isEmpty() ? folder : QFileInfo(folder).fileName();
    p.warehouse = folder;
    registry_->save(p, {}, [](const SecretStore::Outcome&) {});
    return p.id;
}

void MainWindow::restoreSession() {
    restoreGeometry(settings_->value(settings::kWindowGeometry).toByteArray());
    restoreState(settings_->value(settings::kWindowState).toByteArray());
    splitter_->restoreState(settings_->value(settings::kWindowSplitter).toByteArray());
    const QStringList open = settings_->value(settings::kOpenConnections).toStringList();
    for (const auto& id : open)
        openConnection(id);
}

void MainWindow::saveSession() {
    settings_->setValue(settings::kWindowGeometry, saveGeometry());
    settings_->setValue(settings::kWindowState, saveState());
    settings_->setValue(settings::kWindowSplitter, splitter_->saveState());
    settings_->setValue(settings::kOpenConnections, model_->connectionIds());
    settings_->sync();
}

void MainWindow::closeEvent(QCloseEvent* event) {
    saveSession();
    event->accept();
}

EditorDialog* MainWindow::currentEditor() const {
    return editors_->current();
}

void MainWindow::writeApplied(const QString& profileId, const WriteOperation& op) {
    navigator_->writeApplied(profileId, op);
    editors_->updateActions();
    const auto words = describeWrite(op);
    statusBar()->showMessage(tr("Done: %1").arg(QString::fromStdString(words.front())), 10000);
}

}  // namespace paimon::ui
