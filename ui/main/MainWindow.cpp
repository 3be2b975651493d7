#include "ui/main/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
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

#include "core/util/Overloaded.h"

#include "ui/activity/ActivityLogModel.h"
#include "ui/activity/ActivityLogPane.h"
#include "ui/connection/ConnectionRegistry.h"
#include "ui/connection/ConnectionService.h"
#include "ui/connection/ConnectionsDialog.h"
#include "ui/connection/SecretStore.h"
#include "ui/details/DetailsPanel.h"
#include "ui/details/TablePane.h"
#include "ui/editors/DatabaseEditors.h"
#include "ui/editors/TableEditors.h"
#include "ui/export/ExportDialog.h"
#include "ui/navigator/CatalogTreeModel.h"
#include "ui/navigator/NavigatorFilterModel.h"
#include "ui/navigator/NavigatorIcons.h"
#include "ui/navigator/NavigatorView.h"

namespace paimon::ui {

using Kind = CatalogTreeModel::NodeKind;

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
    filter_ = new NavigatorFilterModel(this);
    filter_->setSourceModel(model_);
    view_ = new NavigatorView;
    view_->setObjectName(QStringLiteral("navigator"));
    view_->setModel(filter_);
    view_->header()->resizeSection(CatalogTreeModel::NameColumn, 250);
    details_ = new DetailsPanel(model_);
    details_->setObjectName(QStringLiteral("details"));

    splitter_ = new QSplitter(Qt::Horizontal);
    splitter_->setObjectName(QStringLiteral("mainSplitter"));
    splitter_->addWidget(view_);
    splitter_->addWidget(details_);
    splitter_->setSizes({440, 760});
    setCentralWidget(splitter_);

    activityPane_ = new ActivityLogPane(activity_);
    activityDock_ = new QDockWidget(tr("Activity log"), this);
    activityDock_->setObjectName(QStringLiteral("activityDock"));
    activityDock_->setWidget(activityPane_);
    addDockWidget(Qt::BottomDockWidgetArea, activityDock_);
    resizeDocks({activityDock_}, {170}, Qt::Vertical);

    filterEdit_ = new QLineEdit;
    filterEdit_->setObjectName(QStringLiteral("filter"));
    filterEdit_->setPlaceholderText(tr("Filter databases and tables (Ctrl+F)"));
    filterEdit_->setClearButtonEnabled(true);
    filterEdit_->setMaximumWidth(340);
    serverFilterTimer_ = new QTimer(this);
    serverFilterTimer_->setSingleShot(true);
    serverFilterTimer_->setInterval(250);
    connect(filterEdit_, &QLineEdit::textChanged, this, [this](const QString& text) {
        filter_->setFilterText(text);  // what is loaded: at once
        if (text.trimmed().isEmpty()) {
            // Cleared: back to paging the whole listing at once, not after a pause.
            serverFilterTimer_->stop();
            model_->setServerFilter(text);
        } else {
            serverFilterTimer_->start();  // what is not loaded: once typing pauses
        }
        expandMatches();
    });
    connect(serverFilterTimer_, &QTimer::timeout, this,
            [this] { model_->setServerFilter(filterEdit_->text()); });

    createActions();

    connect(view_->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                onCurrentChanged(current);
                updateWriteActions();
            });
    connect(view_, &QTreeView::activated, this, [this](const QModelIndex& index) {
        const QModelIndex source = filter_->mapToSource(index);
        if (static_cast<Kind>(source.data(CatalogTreeModel::KindRole).toInt()) == Kind::Message) {
            model_->retry(source);
        }
    });
    connect(view_, &QWidget::customContextMenuRequested, this, [this](const QPoint& at) {
        QMenu menu;
        for (const char* name :
             {"refresh", "copyName", "openDetails", "export", "", "newDatabase", "newTable", "edit",
              "rename", "drop", "", "closeConnection", "connections"}) {
            if (!*name) {
                menu.addSeparator();
            } else if (auto* a = findChild<QAction*>(QLatin1String(name))) {
                menu.addAction(a);
            }
        }
        menu.exec(view_->viewport()->mapToGlobal(at));
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
                updateWriteActions();
                if (!notices.isEmpty())
                    statusBar()->showMessage(notices.join(QLatin1Char(' ')), 15000);
            });
    connect(model_, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex& parent) {
        if (!filterEdit_->text().isEmpty() && parent.isValid()) expandMatches();
    });
    connect(registry_, &ConnectionRegistry::profileSaved, model_,
            &CatalogTreeModel::updateConnection);
    connect(registry_, &ConnectionRegistry::profileSaved, this, [this] { updateWriteActions(); });
    connect(registry_, &ConnectionRegistry::profileRemoved, model_,
            &CatalogTreeModel::removeConnection);
    resize(1200, 760);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions() {
    auto make = [this](const char* name, const QString& text, const QKeySequence& key, auto slot) {
        auto* a = new QAction(text, this);
        a->setObjectName(QLatin1String(name));
        if (!key.isEmpty()) a->setShortcut(key);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    QAction* connections = make("connections", tr("&Connections…"),
                                QKeySequence(tr("Ctrl+Shift+O")), &MainWindow::showConnections);
    QAction* openFolder = make("openFolder", tr("Open &warehouse folder…"), QKeySequence::Open,
                               &MainWindow::openWarehouseFolder);
    QAction* closeConn = make("closeConnection", tr("C&lose connection"), QKeySequence(),
                              &MainWindow::closeCurrentConnection);
    QAction* quit = new QAction(tr("&Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    QAction* refresh =
        make("refresh", tr("&Refresh"), QKeySequence::Refresh, &MainWindow::refreshCurrent);
    refresh->setShortcutContext(Qt::WindowShortcut);
    QAction* copy = make("copyName", tr("&Copy name"), QKeySequence::Copy, &MainWindow::copyName);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    view_->addAction(copy);
    QAction* find = make("filter", tr("&Filter…"), QKeySequence::Find, &MainWindow::focusFilter);
    QAction* details = make("openDetails", tr("Show &details"), QKeySequence(tr("Ctrl+I")),
                            &MainWindow::openDetails);
    QAction* activity = activityDock_->toggleViewAction();
    activity->setShortcut(QKeySequence(tr("Ctrl+Shift+L")));
    QAction* about = new QAction(tr("&About"), this);
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Paimon Catalog Browser"),
                           tr("<h3>Paimon Catalog Browser %1</h3><p>Browse and export Apache "
                              "Paimon REST catalogs, Alibaba Cloud DLF among them.</p>")
                               .arg(QApplication::applicationVersion()));
    });

    QAction* exportAction = make("export", tr("&Export definitions…"),
                                 QKeySequence(tr("Ctrl+Shift+E")), &MainWindow::exportDefinitions);
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addActions({connections, openFolder, closeConn});
    file->addSeparator();
    file->addAction(exportAction);
    file->addSeparator();
    file->addAction(quit);
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addActions({copy, find});
    QMenu* viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->addActions({refresh, details, activity});

    // Writes: on the navigator's current node. Delete and F2 only while the tree has focus,
    // so that they keep their meaning in the filter box.
    QAction* newDb = make("newDatabase", tr("New &database…"), QKeySequence(tr("Ctrl+Shift+N")),
                          &MainWindow::newDatabase);
    QAction* newTbl = make("newTable", tr("&New table…"), QKeySequence::New, &MainWindow::newTable);
    QAction* editAction =
        make("edit", tr("&Edit…"), QKeySequence(tr("Ctrl+E")), &MainWindow::editCurrent);
    QAction* rename =
        make("rename", tr("Re&name table…"), QKeySequence(Qt::Key_F2), &MainWindow::renameCurrent);
    QAction* drop = make("drop", tr("&Drop…"), QKeySequence::Delete, &MainWindow::dropCurrent);
    for (QAction* a : {rename, drop}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        view_->addAction(a);
    }
    QMenu* catalogMenu = menuBar()->addMenu(tr("&Catalog"));
    catalogMenu->addActions({newDb, newTbl, editAction, rename, drop});
    updateWriteActions();
    menuBar()->addMenu(tr("&Help"))->addAction(about);

    QToolBar* bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connections->setIcon(NavigatorIcons::connection());
    openFolder->setIcon(NavigatorIcons::warehouse());
    bar->addAction(connections);
    bar->addAction(openFolder);
    bar->addAction(refresh);
    bar->addSeparator();
    bar->addAction(newTbl);
    bar->addSeparator();
    // Toolbar buttons show the menu text without its accelerator, in either form ("&New",
    // and "新建(&N)" as Chinese and Japanese write it) and without the ellipsis.
    for (QAction* a : bar->actions()) {
        if (!a->text().isEmpty()) a->setIconText(toolbarText(a->text()));
    }
    bar->addWidget(filterEdit_);

    // Escape in the filter clears it and goes back to the tree.
    auto* clear = new QAction(filterEdit_);
    clear->setShortcut(Qt::Key_Escape);
    clear->setShortcutContext(Qt::WidgetShortcut);
    connect(clear, &QAction::triggered, this, [this] {
        filterEdit_->clear();
        view_->setFocus();
    });
    filterEdit_->addAction(clear);
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
    QModelIndex source = model_->addConnection(*p);
    QModelIndex proxy = filter_->mapFromSource(source);
    view_->expand(proxy);
    view_->setCurrentIndex(proxy);
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
    registry_->save(p, {}, [](SecretStore::Outcome) {});
    return p.id;
}

void MainWindow::expandFirstDatabase(const QString& profileId) {
    // Follows the loading step by step: databases, then the first one's tables, then the
    // first table's columns. Each step disconnects itself.
    auto databasesLoaded = std::make_shared<QMetaObject::Connection>();
    *databasesLoaded = connect(
        model_, &QAbstractItemModel::rowsInserted, this, [=, this](const QModelIndex& parent) {
            if (parent != model_->connectionIndex(profileId)) return;
            QModelIndex db = model_->index(0, 0, parent);
            if (static_cast<Kind>(db.data(CatalogTreeModel::KindRole).toInt()) != Kind::Database)
                return;
            disconnect(*databasesLoaded);
            auto tablesLoaded = std::make_shared<QMetaObject::Connection>();
            QPersistentModelIndex dbIndex(db);
            *tablesLoaded = connect(
                model_, &QAbstractItemModel::rowsInserted, this, [=, this](const QModelIndex& p) {
                    if (p != QModelIndex(dbIndex)) return;
                    QModelIndex table = model_->index(0, 0, p);
                    if (static_cast<Kind>(table.data(CatalogTreeModel::KindRole).toInt()) !=
                        Kind::Table)
                        return;
                    disconnect(*tablesLoaded);
                    auto shown = std::make_shared<QMetaObject::Connection>();
                    QPersistentModelIndex tableIndex(table);
                    *shown =
                        connect(model_, &CatalogTreeModel::tableLoaded, this,
                                [=, this](const QModelIndex& t) {
                                    if (t != QModelIndex(tableIndex)) return;
                                    disconnect(*shown);
                                    view_->expand(filter_->mapFromSource(t));
                                    QTimer::singleShot(0, this, [this] { emit firstTableShown(); });
                                });
                    view_->setCurrentIndex(filter_->mapFromSource(table));
                });
            view_->expand(filter_->mapFromSource(db));
        });
}

QModelIndex MainWindow::currentSourceIndex() const {
    return filter_->mapToSource(view_->currentIndex());
}

void MainWindow::onCurrentChanged(const QModelIndex& proxyIndex) {
    details_->showNode(filter_->mapToSource(proxyIndex));
}

void MainWindow::expandMatches() {
    if (filterEdit_->text().trimmed().isEmpty()) return;
    // Open the connections and databases that hold matches, so that they can be seen.
    int opened = 0;
    for (int c = 0; c < filter_->rowCount(); ++c) {
        QModelIndex conn = filter_->index(c, 0);
        if (!model_->catalogFor(filter_->mapToSource(conn))) continue;
        view_->expand(conn);
        for (int d = 0; d < filter_->rowCount(conn) && opened < 50; ++d) {
            QModelIndex db = filter_->index(d, 0, conn);
            if (filter_->rowCount(db) > 0 && !view_->isExpanded(db)) {
                view_->expand(db);
                ++opened;
            }
        }
    }
}

void MainWindow::showConnections() {
    ConnectionsDialog dialog(registry_, observerFor(tr("(test)")), this);
    connect(&dialog, &ConnectionsDialog::openRequested, this, &MainWindow::openConnection);
    dialog.exec();
}

void MainWindow::openWarehouseFolder() {
    QString folder = QFileDialog::getExistingDirectory(this, tr("Open warehouse folder"));
    if (folder.isEmpty()) return;
    for (const auto& p : registry_->profiles()) {
        if (p.kind == ProfileKind::LocalWarehouse && p.warehouse == folder)
            return openConnection(p.id);
    }
    ConnectionProfile p;
    p.id = ConnectionProfile::newId();
    p.kind = ProfileKind::LocalWarehouse;
    p.name = QFileInfo(folder).fileName().isEmpty() ? folder : QFileInfo(folder).fileName();
    p.warehouse = folder;
    QPointer<MainWindow> self(this);
    registry_->save(p, {}, [self, p](SecretStore::Outcome) {
        if (self) self->openConnection(p.id);
    });
}

void MainWindow::refreshCurrent() {
    QModelIndex source = currentSourceIndex();
    if (!source.isValid()) return;
    model_->refresh(source);
    const auto kind = static_cast<Kind>(source.data(CatalogTreeModel::KindRole).toInt());
    if (kind == Kind::Database) details_->reload();  // the database's own details too
}

void MainWindow::copyName() {
    QStringList names;
    for (const QModelIndex& i : view_->selectionModel()->selectedRows()) {
        const QModelIndex s = filter_->mapToSource(i);
        if (static_cast<Kind>(s.data(CatalogTreeModel::KindRole).toInt()) != Kind::Message) {
            names << s.data(CatalogTreeModel::NameRole).toString();
        }
    }
    if (!names.isEmpty()) QApplication::clipboard()->setText(names.join(QLatin1Char('\n')));
}

void MainWindow::focusFilter() {
    filterEdit_->setFocus();
    filterEdit_->selectAll();
}

void MainWindow::openDetails() {
    details_->showNode(currentSourceIndex());
    if (details_->currentWidget() == details_->tablePane()) {
        details_->tablePane()->tabs()->currentWidget()->setFocus();
    } else {
        details_->currentWidget()->setFocus();
    }
}

void MainWindow::closeCurrentConnection() {
    QModelIndex source = currentSourceIndex();
    if (!source.isValid()) return;
    model_->removeConnection(source.data(CatalogTreeModel::ConnectionIdRole).toString());
}

void MainWindow::restoreSession() {
    restoreGeometry(settings_->value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings_->value(QStringLiteral("window/state")).toByteArray());
    splitter_->restoreState(settings_->value(QStringLiteral("window/splitter")).toByteArray());
    const QStringList open =
        settings_->value(QStringLiteral("session/openConnections")).toStringList();
    for (const auto& id : open)
        openConnection(id);
}

void MainWindow::saveSession() {
    settings_->setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings_->setValue(QStringLiteral("window/state"), saveState());
    settings_->setValue(QStringLiteral("window/splitter"), splitter_->saveState());
    settings_->setValue(QStringLiteral("session/openConnections"), model_->connectionIds());
    settings_->sync();
}

void MainWindow::closeEvent(QCloseEvent* event) {
    saveSession();
    event->accept();
}

// ---- editors ----

EditorDialog* MainWindow::currentEditor() const {
    return editor_.data();
}

void MainWindow::updateWriteActions() {
    const QModelIndex source = currentSourceIndex();
    const ConnectionProfile* profile = source.isValid() ? model_->profileFor(source) : nullptr;
    const bool open = profile && model_->catalogFor(source);
    const bool writable = open && !profile->readOnly;
    const auto kind = static_cast<Kind>(source.data(CatalogTreeModel::KindRole).toInt());
    const bool inDatabase =
        source.isValid() && (kind == Kind::Database || kind == Kind::Table || kind == Kind::Column);
    const bool inTable = source.isValid() && (kind == Kind::Table || kind == Kind::Column);
    const QString why = !profile ? QString()
                        : profile->readOnly
                            ? tr("The connection “%1” is read-only.").arg(profile->name)
                        : !open ? tr("Connect first: expand the connection.")
                                : QString();
    auto set = [&](const char* name, bool on) {
        if (auto* a = findChild<QAction*>(QLatin1String(name))) {
            a->setEnabled(writable && on);
            a->setStatusTip(why);
        }
    };
    set("newDatabase", true);
    set("newTable", inDatabase);
    set("edit", inDatabase);
    set("rename", inTable);
    set("drop", source.isValid() && (kind == Kind::Database || kind == Kind::Table));
    if (auto* a = findChild<QAction*>(QStringLiteral("export"))) a->setEnabled(open);
}

void MainWindow::openEditor(EditorDialog* editor, const QModelIndex& reloadNode) {
    if (editor_) editor_->close();
    editor_ = editor;
    connect(editor, &EditorDialog::applied, this, &MainWindow::writeApplied);
    QPersistentModelIndex node(reloadNode);
    connect(editor, &EditorDialog::treeReloadRequested, this, [this, node] {
        if (node.isValid()) model_->refresh(node);
    });
    editor->show();
    emit editorOpened(editor);
}

void MainWindow::selectSource(const QModelIndex& source) {
    if (!source.isValid()) return;
    const QModelIndex proxy = filter_->mapFromSource(source);
    if (!proxy.isValid()) return;  // hidden by the filter
    view_->setCurrentIndex(proxy);
    view_->scrollTo(proxy);
}

void MainWindow::writeApplied(const QString& profileId, const WriteOperation& op) {
    std::visit(
        Overloaded{
            [&](const write::CreateDatabase& w) {
                model_->databaseCreated(profileId, w.name);
                selectSource(model_->databaseIndex(profileId, w.name));
            },
            [&](const write::AlterDatabase& w) {
                const QModelIndex current = currentSourceIndex();
                if (current == model_->databaseIndex(profileId, w.name)) details_->reload();
            },
            [&](const write::DropDatabase& w) { model_->databaseDropped(profileId, w.name); },
            [&](const write::CreateTable& w) {
                model_->tableCreated(profileId, w.id);
                selectSource(model_->tableIndex(profileId, w.id));
            },
            [&](const write::AlterTable& w) { model_->tableAltered(profileId, w.id); },
            [&](const write::RenameTable& w) {
                model_->tableRenamed(profileId, w.from, w.to);
                selectSource(model_->tableIndex(profileId, w.to));
            },
            [&](const write::DropTable& w) { model_->tableDropped(profileId, w.id); },
        },
        op);
    const auto words = describeWrite(op);
    statusBar()->showMessage(tr("Done: %1").arg(QString::fromStdString(words.front())), 10000);
    updateWriteActions();
}

namespace {
// The current node's connection, if it is open and writable, as an editor's target.
std::optional<EditorDialog::Target> targetFor(const CatalogTreeModel* model,
                                              const QModelIndex& source) {
    const ConnectionProfile* profile = source.isValid() ? model->profileFor(source) : nullptr;
    auto catalog = source.isValid() ? model->catalogFor(source) : nullptr;
    if (!profile || !catalog) return std::nullopt;
    return EditorDialog::Target{*profile, catalog};
}
}  // namespace

void MainWindow::newDatabase() {
    const QModelIndex source = currentSourceIndex();
    auto target = targetFor(model_, source);
    if (!target || target->profile.readOnly) return;
    openEditor(new DatabaseEditor(*target, QString(), this),
               model_->connectionIndex(target->profile.id));
}

void MainWindow::newTable() {
    const QModelIndex source = currentSourceIndex();
    auto target = targetFor(model_, source);
    const QString db = source.data(CatalogTreeModel::DatabaseRole).toString();
    if (!target || target->profile.readOnly || db.isEmpty()) return;
    openEditor(new TableEditor(*target, db, QString(), this),
               model_->databaseIndex(target->profile.id, db.toStdString()));
}

void MainWindow::editCurrent() {
    const QModelIndex source = currentSourceIndex();
    auto target = targetFor(model_, source);
    const QString db = source.data(CatalogTreeModel::DatabaseRole).toString();
    const QString table = source.data(CatalogTreeModel::TableRole).toString();
    if (!target || target->profile.readOnly || db.isEmpty()) return;
    if (table.isEmpty()) {
        openEditor(new DatabaseEditor(*target, db, this),
                   model_->databaseIndex(target->profile.id, db.toStdString()));
    } else {
        openEditor(new TableEditor(*target, db, table, this),
                   model_->tableIndex(target->profile.id, {db.toStdString(), table.toStdString()}));
    }
}

void MainWindow::renameCurrent() {
    const QModelIndex source = currentSourceIndex();
    auto target = targetFor(model_, source);
    const QString db = source.data(CatalogTreeModel::DatabaseRole).toString();
    const QString table = source.data(CatalogTreeModel::TableRole).toString();
    if (!target || target->profile.readOnly || table.isEmpty()) return;
    openEditor(new RenameTableDialog(*target, {db.toStdString(), table.toStdString()},
                                     model_->loadedDatabases(target->profile.id), this),
               model_->databaseIndex(target->profile.id, db.toStdString()));
}

void MainWindow::dropCurrent() {
    const QModelIndex source = currentSourceIndex();
    auto target = targetFor(model_, source);
    const auto kind = static_cast<Kind>(source.data(CatalogTreeModel::KindRole).toInt());
    const QString db = source.data(CatalogTreeModel::DatabaseRole).toString();
    if (!target || target->profile.readOnly) return;
    if (kind == Kind::Database) {
        openEditor(new DropDatabaseDialog(*target, db, this),
                   model_->connectionIndex(target->profile.id));
    } else if (kind == Kind::Table) {
        const QString table = source.data(CatalogTreeModel::TableRole).toString();
        openEditor(new DropTableDialog(*target, {db.toStdString(), table.toStdString()}, this),
                   model_->databaseIndex(target->profile.id, db.toStdString()));
    }
}

void MainWindow::exportDefinitions() {
    const QModelIndex source = currentSourceIndex();
    auto catalog = source.isValid() ? model_->catalogFor(source) : nullptr;
    const ConnectionProfile* profile = source.isValid() ? model_->profileFor(source) : nullptr;
    if (!catalog || !profile) return;
    const auto kind = static_cast<Kind>(source.data(CatalogTreeModel::KindRole).toInt());
    ExportScope scope;
    QString text, name;
    // Several tables selected (of this connection): those; else the current node's scope.
    for (const QModelIndex& i : view_->selectionModel()->selectedRows()) {
        const QModelIndex s = filter_->mapToSource(i);
        if (static_cast<Kind>(s.data(CatalogTreeModel::KindRole).toInt()) == Kind::Table &&
            s.data(CatalogTreeModel::ConnectionIdRole) == profile->id) {
            scope.tables.push_back({s.data(CatalogTreeModel::DatabaseRole).toString().toStdString(),
                                    s.data(CatalogTreeModel::TableRole).toString().toStdString()});
        }
    }
    const QString db = source.data(CatalogTreeModel::DatabaseRole).toString();
    if (scope.tables.size() > 1) {
        text = tr("%1 selected tables of “%2”").arg(scope.tables.size()).arg(profile->name);
        name = profile->name + QStringLiteral("-tables");
    } else if (kind == Kind::Table || kind == Kind::Column) {
        scope.tables = {
            {db.toStdString(), source.data(CatalogTreeModel::TableRole).toString().toStdString()}};
        text = tr("the table %1.%2 of “%3”")
                   .arg(db, source.data(CatalogTreeModel::TableRole).toString(), profile->name);
        name = db + QLatin1Char('.') + source.data(CatalogTreeModel::TableRole).toString();
    } else if (kind == Kind::Database) {
        scope.tables.clear();
        scope.databases = {db.toStdString()};
        text = tr("every table of the database %1 of “%2”").arg(db, profile->name);
        name = db;
    } else {
        scope.tables.clear();
        scope.allDatabases = true;
        text = tr("every table of every database of “%1”").arg(profile->name);
        name = profile->name;
    }
    auto* dialog = new ExportDialog(catalog, scope, text, name, this);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
    emit exportOpened(dialog);
}

}  // namespace paimon::ui
