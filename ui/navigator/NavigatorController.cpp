#include "ui/navigator/NavigatorController.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QStyle>
#include <QTimer>

#include "core/catalog/Search.h"
#include "core/util/Overloaded.h"
#include "ui/details/DetailsPanel.h"
#include "ui/details/TablePane.h"
#include "ui/export/ExportDialog.h"
#include "ui/navigator/CatalogTreeModel.h"
#include "ui/navigator/NavigatorFilterModel.h"
#include "ui/navigator/NavigatorView.h"
#include "ui/navigator/NodeKinds.h"

namespace paimon::ui {

namespace {
NodeKind kindAt(const QModelIndex& source) {
    return static_cast<NodeKind>(source.data(CatalogTreeModel::KindRole).toInt());
}
}  // namespace

NavigatorController::NavigatorController(CatalogTreeModel* model, DetailsPanel* details,
                                         QWidget* window)
    : QObject(window),
      model_(model),
      detailsPanel_(details),
      window_(window),
      filter_(new NavigatorFilterModel(this)),
      view_(new NavigatorView),
      filterEdit_(new QLineEdit),
      serverFilterTimer_(new QTimer(this)) {
    filter_->setSourceModel(model_);
    view_->setObjectName(QStringLiteral("navigator"));
    view_->setModel(filter_);
    view_->header()->resizeSection(CatalogTreeModel::NameColumn, 250);
    view_->setContextMenuPolicy(Qt::CustomContextMenu);

    filterEdit_->setObjectName(QStringLiteral("filter"));
    filterEdit_->setPlaceholderText(tr("Filter databases, tables, views and functions (Ctrl+F)"));
    filterEdit_->setClearButtonEnabled(true);
    filterEdit_->setMaximumWidth(340);
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
    // Escape in the filter clears it and goes back to the tree.
    auto* clear = new QAction(filterEdit_);
    clear->setShortcut(Qt::Key_Escape);
    clear->setShortcutContext(Qt::WidgetShortcut);
    connect(clear, &QAction::triggered, this, [this] {
        filterEdit_->clear();
        view_->setFocus();
    });
    filterEdit_->addAction(clear);
    // Names not loaded anywhere, in every open connection: Quick open, with what is typed.
    searchEverywhere_ = new QAction(tr("Search everywhere (Ctrl+K)"), this);
    searchEverywhere_->setObjectName(QStringLiteral("searchEverywhere"));
    searchEverywhere_->setIcon(
        filterEdit_->style()->standardIcon(QStyle::SP_FileDialogContentsView));
    searchEverywhere_->setToolTip(searchEverywhere_->text());
    connect(searchEverywhere_, &QAction::triggered, this,
            [this] { emit searchEverywhereRequested(filterEdit_->text()); });
    filterEdit_->addAction(searchEverywhere_, QLineEdit::TrailingPosition);

    refresh_ = make("refresh", tr("&Refresh"), QKeySequence::Refresh,
                    &NavigatorController::refreshCurrent);
    refresh_->setShortcutContext(Qt::WindowShortcut);
    copyName_ =
        make("copyName", tr("&Copy name"), QKeySequence::Copy, &NavigatorController::copyName);
    copyName_->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    view_->addAction(copyName_);
    find_ = make("filter", tr("&Filter…"), QKeySequence::Find, &NavigatorController::focusFilter);
    details_ = make("openDetails", tr("Show &details"), QKeySequence(tr("Ctrl+I")),
                    &NavigatorController::openDetails);
    closeConnection_ = make("closeConnection", tr("C&lose connection"), QKeySequence(),
                            &NavigatorController::closeCurrentConnection);
    export_ = make("export", tr("&Export definitions…"), QKeySequence(tr("Ctrl+Shift+E")),
                   &NavigatorController::exportDefinitions);

    connect(view_->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                updateActions();
                emit currentChanged(filter_->mapToSource(current));
            });
    connect(view_, &QTreeView::activated, this, [this](const QModelIndex& index) {
        const QModelIndex source = filter_->mapToSource(index);
        if (kindAt(source) == NodeKind::Message) model_->retry(source);
    });
    connect(view_, &QWidget::customContextMenuRequested, this, [this](const QPoint& at) {
        QMenu menu;
        menu.addActions({refresh_, copyName_, details_, export_});
        menu.addSeparator();
        menu.addActions(contextWrites_);
        menu.addSeparator();
        menu.addAction(closeConnection_);
        if (contextConnections_) menu.addAction(contextConnections_);
        menu.exec(view_->viewport()->mapToGlobal(at));
    });
    connect(model_, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex& parent) {
        if (!filterEdit_->text().isEmpty() && parent.isValid()) expandMatches();
    });
    updateActions();
}

QAction* NavigatorController::make(const char* name, const QString& text, const QKeySequence& key,
                                   void (NavigatorController::*slot)()) {
    auto* a = new QAction(text, this);
    a->setObjectName(QLatin1String(name));
    if (!key.isEmpty()) a->setShortcut(key);
    connect(a, &QAction::triggered, this, slot);
    return a;
}

void NavigatorController::setContextActions(const QList<QAction*>& writes, QAction* connections) {
    contextWrites_ = writes;
    contextConnections_ = connections;
}

void NavigatorController::updateActions() {
    const QModelIndex source = currentSource();
    const bool open = source.isValid() && model_->catalogFor(source);
    export_->setEnabled(open && model_->actionsOf(source).testFlag(NodeAction::Export));
    closeConnection_->setEnabled(source.isValid());
}

QModelIndex NavigatorController::currentSource() const {
    return filter_->mapToSource(view_->currentIndex());
}

void NavigatorController::selectSource(const QModelIndex& source) {
    if (!source.isValid()) return;
    const QModelIndex proxy = filter_->mapFromSource(source);
    if (!proxy.isValid()) return;  // hidden by the filter
    view_->setCurrentIndex(proxy);
    view_->scrollTo(proxy);
}

void NavigatorController::reveal(const QString& profileId, int kind, const QString& database,
                                 const QString& name) {
    if (!filterEdit_->text().isEmpty()) filterEdit_->clear();
    std::optional<NodeKind> folder;
    switch (static_cast<SearchHit::Kind>(kind)) {
        case SearchHit::Kind::Database:
            break;
        case SearchHit::Kind::Table:
            folder = NodeKind::TablesFolder;
            break;
        case SearchHit::Kind::View:
            folder = NodeKind::ViewsFolder;
            break;
        case SearchHit::Kind::Function:
            folder = NodeKind::FunctionsFolder;
            break;
    }
    const QModelIndex source =
        model_->reveal(profileId, database.toStdString(), folder, name.toStdString());
    if (!source.isValid()) return;
    for (QModelIndex a = source.parent(); a.isValid(); a = a.parent())
        view_->expand(filter_->mapFromSource(a));
    selectSource(source);
    view_->setFocus();
}

void NavigatorController::showConnection(const QModelIndex& connectionSource) {
    QModelIndex proxy = filter_->mapFromSource(connectionSource);
    view_->expand(proxy);
    view_->setCurrentIndex(proxy);
}

void NavigatorController::expandFirstDatabase(const QString& profileId, const QString& database,
                                              const QString& table) {
    // Follows the loading step by step: databases, then the first one's tables, then the
    // first table's columns. Each step disconnects itself. A name asked for is waited for
    // among the rows as they come.
    auto named = [this](const QModelIndex& parent, const QString& name) {
        if (name.isEmpty()) return model_->index(0, 0, parent);
        for (int r = 0; r < model_->rowCount(parent); ++r) {
            QModelIndex row = model_->index(r, 0, parent);
            if (row.data(CatalogTreeModel::NameRole).toString() == name) return row;
        }
        return QModelIndex();
    };
    auto databasesLoaded = std::make_shared<QMetaObject::Connection>();
    *databasesLoaded = connect(
        model_, &QAbstractItemModel::rowsInserted, this, [=, this](const QModelIndex& parent) {
            if (parent != model_->connectionIndex(profileId)) return;
            QModelIndex db = named(parent, database);
            if (kindAt(db) != NodeKind::Database) return;
            disconnect(*databasesLoaded);
            auto tablesLoaded = std::make_shared<QMetaObject::Connection>();
            QPersistentModelIndex dbIndex(db);
            *tablesLoaded = connect(
                model_, &QAbstractItemModel::rowsInserted, this, [=, this](const QModelIndex& p) {
                    // The database's folders come first: its Tables folder is opened.
                    if (p == QModelIndex(dbIndex)) {
                        const QModelIndex folder = model_->folderIndex(
                            profileId,
                            dbIndex.data(CatalogTreeModel::NameRole).toString().toStdString(),
                            NodeKind::TablesFolder);
                        if (folder.isValid()) view_->expand(filter_->mapFromSource(folder));
                        return;
                    }
                    if (p.parent() != QModelIndex(dbIndex) || kindAt(p) != NodeKind::TablesFolder)
                        return;
                    QModelIndex found = named(p, table);
                    if (kindAt(found) != NodeKind::Table) return;
                    disconnect(*tablesLoaded);
                    auto shown = std::make_shared<QMetaObject::Connection>();
                    QPersistentModelIndex tableIndex(found);
                    *shown =
                        connect(model_, &CatalogTreeModel::tableLoaded, this,
                                [=, this](const QModelIndex& t) {
                                    if (t != QModelIndex(tableIndex)) return;
                                    disconnect(*shown);
                                    view_->expand(filter_->mapFromSource(t));
                                    QTimer::singleShot(0, this, [this] { emit firstTableShown(); });
                                });
                    view_->setCurrentIndex(filter_->mapFromSource(found));
                });
            view_->expand(filter_->mapFromSource(db));
        });
}

void NavigatorController::expandMatches() {
    if (filterEdit_->text().trimmed().isEmpty()) return;
    // Open the connections and databases that hold matches, so that they can be seen.
    int opened = 0;
    for (int c = 0; c < filter_->rowCount(); ++c) {
        QModelIndex conn = filter_->index(c, 0);
        if (!model_->catalogFor(filter_->mapToSource(conn))) continue;
        view_->expand(conn);
        for (int d = 0; d < filter_->rowCount(conn) && opened < 50; ++d) {
            QModelIndex db = filter_->index(d, 0, conn);
            if (filter_->rowCount(db) == 0) continue;
            if (!view_->isExpanded(db)) {
                view_->expand(db);
                ++opened;
            }
            for (int f = 0; f < filter_->rowCount(db); ++f) {
                const QModelIndex folder = filter_->index(f, 0, db);
                if (filter_->rowCount(folder) > 0 && !view_->isExpanded(folder))
                    view_->expand(folder);
            }
        }
    }
}

void NavigatorController::refreshCurrent() {
    QModelIndex source = currentSource();
    if (!source.isValid()) return;
    model_->refresh(source);
    // A pane that fetches its own details (a database's, a view's, a function's) fetches
    // them again too.
    const DetailPane pane = model_->paneOf(source);
    if (pane == DetailPane::Database || pane == DetailPane::View || pane == DetailPane::Function)
        detailsPanel_->reload();
}

void NavigatorController::copyName() {
    QStringList names;
    for (const QModelIndex& i : view_->selectionModel()->selectedRows()) {
        const QModelIndex s = filter_->mapToSource(i);
        if (kindAt(s) != NodeKind::Message) names << s.data(CatalogTreeModel::NameRole).toString();
    }
    if (!names.isEmpty()) QApplication::clipboard()->setText(names.join(QLatin1Char('\n')));
}

void NavigatorController::focusFilter() {
    filterEdit_->setFocus();
    filterEdit_->selectAll();
}

void NavigatorController::openDetails() {
    detailsPanel_->showNode(currentSource());
    if (detailsPanel_->currentWidget() == detailsPanel_->tablePane()) {
        detailsPanel_->tablePane()->tabs()->currentWidget()->setFocus();
    } else {
        detailsPanel_->currentWidget()->setFocus();
    }
}

void NavigatorController::closeCurrentConnection() {
    QModelIndex source = currentSource();
    if (!source.isValid()) return;
    model_->removeConnection(source.data(CatalogTreeModel::ConnectionIdRole).toString());
}

void NavigatorController::writeApplied(const QString& profileId, const WriteOperation& op) {
    std::visit(
        Overloaded{
            [&](const write::CreateDatabase& w) {
                model_->databaseCreated(profileId, w.name);
                selectSource(model_->databaseIndex(profileId, w.name));
            },
            [&](const write::AlterDatabase& w) {
                if (currentSource() == model_->databaseIndex(profileId, w.name))
                    detailsPanel_->reload();
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
            [&](const write::CreateView& w) {
                model_->objectCreated(profileId, NodeKind::ViewsFolder, w.id);
                selectSource(model_->objectIndex(profileId, NodeKind::ViewsFolder, w.id));
            },
            [&](const write::AlterView& w) {
                // The view's row loads it again (its comment, its columns' parent).
                const QModelIndex row = model_->objectIndex(profileId, NodeKind::ViewsFolder, w.id);
                model_->refresh(row);
                if (currentSource() == row) detailsPanel_->reload();
            },
            [&](const write::RenameView& w) {
                model_->viewRenamed(profileId, w.from, w.to);
                selectSource(model_->objectIndex(profileId, NodeKind::ViewsFolder, w.to));
            },
            [&](const write::DropView& w) {
                model_->objectDropped(profileId, NodeKind::ViewsFolder, w.id);
            },
            [&](const write::CreateFunction& w) {
                model_->objectCreated(profileId, NodeKind::FunctionsFolder, w.id);
                selectSource(model_->objectIndex(profileId, NodeKind::FunctionsFolder, w.id));
            },
            [&](const write::AlterFunction& w) {
                if (currentSource() ==
                    model_->objectIndex(profileId, NodeKind::FunctionsFolder, w.id))
                    detailsPanel_->reload();
            },
            [&](const write::DropFunction& w) {
                model_->objectDropped(profileId, NodeKind::FunctionsFolder, w.id);
            },
            // The table's life: the details show it again (fast-forward and rollback may also
            // change the schema).
            [&](const auto&) {
                if (auto id = historyTableOf(op)) {
                    model_->tableAltered(profileId, {id->database, id->tableName()});
                }
            },
        },
        op);
    updateActions();
}

void NavigatorController::exportDefinitions() {
    const QModelIndex source = currentSource();
    auto catalog = source.isValid() ? model_->catalogFor(source) : nullptr;
    const ConnectionProfile* profile = source.isValid() ? model_->profileFor(source) : nullptr;
    if (!catalog || !profile) return;
    const NodeKind kind = kindAt(source);
    ExportScope scope;
    QString text, name;
    // Several tables selected (of this connection): those; else the current node's scope.
    for (const QModelIndex& i : view_->selectionModel()->selectedRows()) {
        const QModelIndex s = filter_->mapToSource(i);
        if (kindAt(s) == NodeKind::Table &&
            s.data(CatalogTreeModel::ConnectionIdRole) == profile->id) {
            scope.tables.push_back({s.data(CatalogTreeModel::DatabaseRole).toString().toStdString(),
                                    s.data(CatalogTreeModel::TableRole).toString().toStdString()});
        }
    }
    const QString db = source.data(CatalogTreeModel::DatabaseRole).toString();
    const QString table = source.data(CatalogTreeModel::TableRole).toString();
    const QString object = source.data(CatalogTreeModel::ObjectRole).toString();
    const bool folder = kind == NodeKind::TablesFolder || kind == NodeKind::ViewsFolder ||
                        kind == NodeKind::FunctionsFolder;
    const DetailPane pane = model_->paneOf(source);
    if (pane == DetailPane::View || pane == DetailPane::Function) {
        scope.tables.clear();
        const Identifier id{db.toStdString(), object.toStdString()};
        if (pane == DetailPane::View) {
            scope.views = {id};
            text = tr("the view %1.%2 of “%3”").arg(db, object, profile->name);
        } else {
            scope.functions = {id};
            text = tr("the function %1.%2 of “%3”").arg(db, object, profile->name);
        }
        name = db + QLatin1Char('.') + object;
    } else if (scope.tables.size() > 1) {
        text = tr("%1 selected tables of “%2”").arg(scope.tables.size()).arg(profile->name);
        name = profile->name + QStringLiteral("-tables");
    } else if (!table.isEmpty()) {
        scope.tables = {{db.toStdString(), table.toStdString()}};
        text = tr("the table %1.%2 of “%3”").arg(db, table, profile->name);
        name = db + QLatin1Char('.') + table;
    } else if (kind == NodeKind::Database || folder) {
        scope.tables.clear();
        scope.databases = {db.toStdString()};
        text =
            tr("every table, view and function of the database %1 of “%2”").arg(db, profile->name);
        name = db;
    } else {
        scope.tables.clear();
        scope.allDatabases = true;
        text = tr("every table, view and function of every database of “%1”").arg(profile->name);
        name = profile->name;
    }
    auto* dialog = new ExportDialog(catalog, scope, text, name, window_);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
    emit exportOpened(dialog);
}

}  // namespace paimon::ui
