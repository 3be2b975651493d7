#include "ui/navigator/NodeKinds.h"

#include <QCoreApplication>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>

#include "ui/navigator/CatalogTreeModel.h"
#include "ui/navigator/NavigatorIcons.h"

namespace paimon::ui {

namespace {

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

constexpr int NameColumn = 0;

QVariant placeholderColour() {
    return QGuiApplication::palette().color(QPalette::PlaceholderText);
}

QString where(const ConnectionProfile& p) {
    return p.kind == ProfileKind::LocalWarehouse ? p.warehouse : p.uri;
}

// The strings keep the model's translation context, where the translations are.
class ConnectionKind final : public NodeKindSpec {
public:
    Children children() const override { return Children::NamePages; }
    NodeKind childKind() const override { return NodeKind::Database; }
    Cancellation listNames(Catalog& catalog, const NavigatorNode& /*node*/,
                           const ListRequest& request,
                           Callback<Page<std::string>> done) const override {
        return catalog.listDatabasesPage(request, std::move(done));
    }
    // Tables, views and functions by name in every database, loaded or not (GET
    // /v1/{p}/tables, /views, /functions).
    std::vector<NodeKind> searchedFolders() const override {
        return {NodeKind::TablesFolder, NodeKind::ViewsFolder, NodeKind::FunctionsFolder};
    }
    Cancellation searchDescendants(Catalog& catalog, const NavigatorNode& /*node*/, NodeKind folder,
                                   const std::string& pattern,
                                   const std::optional<std::string>& pageToken, int pageSize,
                                   Callback<Page<Identifier>> done) const override {
        TablesRequest request;
        request.maxResults = pageSize;
        request.pageToken = pageToken;
        request.tableNamePattern = pattern;
        if (folder == NodeKind::ViewsFolder)
            return catalog.listViewsGloballyPage(request, std::move(done));
        if (folder == NodeKind::FunctionsFolder)
            return catalog.listFunctionsGloballyPage(request, std::move(done));
        return catalog.listTablesGloballyPage(request, std::move(done));
    }
    QVariant data(const NavigatorNode& n, int column, int role) const override {
        switch (role) {
            case Qt::DisplayRole:
                return column == NameColumn ? n.profile->name : where(*n.profile);
            case Qt::ToolTipRole:
                return where(*n.profile);
            case Qt::DecorationRole:
                return column == NameColumn
                           ? QVariant(NavigatorIcons::connection(QColor(n.profile->color)))
                           : QVariant();
            default:
                return {};
        }
    }
    DetailPane pane() const override { return DetailPane::Connection; }
    NodeActions actions() const override { return NodeAction::Export; }
};

class DatabaseKind final : public NodeKindSpec {
public:
    Children children() const override { return Children::Folders; }
    std::vector<NodeKind> folders() const override {
        return {NodeKind::TablesFolder, NodeKind::ViewsFolder, NodeKind::FunctionsFolder};
    }
    QVariant data(const NavigatorNode& n, int column, int role) const override {
        if (role == Qt::DisplayRole && column == NameColumn) return q(n.name);
        if (role == Qt::DecorationRole && column == NameColumn) return NavigatorIcons::database();
        return {};
    }
    DetailPane pane() const override { return DetailPane::Database; }
    NodeActions actions() const override {
        return NodeAction::NewTable | NodeAction::NewView | NodeAction::NewFunction |
               NodeAction::Edit | NodeAction::Drop | NodeAction::Export;
    }
};

const std::string& databaseOf(const NavigatorNode& node) {
    static const std::string none;
    const NavigatorNode* d = node.enclosing(NodeKind::Database);
    return d ? d->name : none;
}

// "Tables", "Views" and "Functions" under a database: its objects of one kind, page by page.
// A catalog without the kind (a warehouse folder has no views) shows the folder disabled,
// with the reason.
class FolderKind final : public NodeKindSpec {
public:
    FolderKind(NodeKind child, const char* label, NodeActions actions)
        : child_(child), label_(label), actions_(actions) {}
    Children children() const override { return Children::NamePages; }
    NodeKind childKind() const override { return child_; }
    Cancellation listNames(Catalog& catalog, const NavigatorNode& node, const ListRequest& request,
                           Callback<Page<std::string>> done) const override {
        const std::string& db = databaseOf(node);
        if (child_ == NodeKind::View) return catalog.listViewsPage(db, request, std::move(done));
        if (child_ == NodeKind::Function)
            return catalog.listFunctionsPage(db, request, std::move(done));
        return catalog.listTablesPage(db, request, std::move(done));
    }
    QVariant data(const NavigatorNode& n, int column, int role) const override {
        switch (role) {
            case Qt::DisplayRole:
                if (column == NameColumn)
                    return QCoreApplication::translate("paimon::ui::CatalogTreeModel", label_);
                if (n.unsupported)
                    return QCoreApplication::translate("paimon::ui::CatalogTreeModel",
                                                       "not supported");
                if (n.load == LoadState::Complete) return n.nameCount();
                if (n.load == LoadState::Partial) return QStringLiteral("%1+").arg(n.nameCount());
                return {};
            case Qt::DecorationRole:
                return column == NameColumn ? QVariant(NavigatorIcons::folder()) : QVariant();
            case Qt::ToolTipRole:
                return n.unsupported ? QVariant(n.message) : QVariant();
            case Qt::ForegroundRole:
                return column == NameColumn && !n.unsupported ? QVariant() : placeholderColour();
            default:
                return {};
        }
    }
    NodeActions actions() const override { return actions_ | NodeAction::Export; }

private:
    NodeKind child_;
    const char* label_;
    NodeActions actions_;
};

class ViewKind final : public NodeKindSpec {
public:
    Children children() const override { return Children::WithObject; }
    NodeKind childKind() const override { return NodeKind::Column; }
    Cancellation loadObject(Catalog& catalog, const NavigatorNode& node,
                            Callback<NodeObject> done) const override {
        return catalog.getView(
            Identifier{databaseOf(node), node.name}, [done = std::move(done)](Result<ViewInfo> r) {
                NodeObject o;
                if (r) o.view = std::make_shared<const ViewInfo>(std::move(*r));
                done(r ? Result<NodeObject>(std::move(o)) : Result<NodeObject>(r.error()));
            });
    }
    QVariant data(const NavigatorNode& n, int column, int role) const override {
        switch (role) {
            case Qt::DisplayRole:
                if (column == NameColumn) return q(n.name);
                if (!n.view) return {};
                return CatalogTreeModel::columnsText(
                    static_cast<int>(n.view->schema.fields.size()));
            case Qt::DecorationRole:
                return column == NameColumn ? QVariant(NavigatorIcons::view()) : QVariant();
            case Qt::ToolTipRole:
                return n.view && n.view->schema.comment ? q(*n.view->schema.comment) : QVariant();
            default:
                return {};
        }
    }
    DetailPane pane() const override { return DetailPane::View; }
    NodeActions actions() const override {
        return NodeAction::NewView | NodeAction::Edit | NodeAction::RenameView | NodeAction::Drop |
               NodeAction::Export;
    }
};

class FunctionKind final : public NodeKindSpec {
public:
    QVariant data(const NavigatorNode& n, int column, int role) const override {
        if (role == Qt::DisplayRole && column == NameColumn) return q(n.name);
        if (role == Qt::DecorationRole && column == NameColumn) return NavigatorIcons::function();
        return {};
    }
    DetailPane pane() const override { return DetailPane::Function; }
    NodeActions actions() const override {
        return NodeAction::NewFunction | NodeAction::Edit | NodeAction::Drop | NodeAction::Export;
    }
};

class TableKind final : public NodeKindSpec {
public:
    Children children() const override { return Children::WithObject; }
    NodeKind childKind() const override { return NodeKind::Column; }
    Cancellation loadObject(Catalog& catalog, const NavigatorNode& node,
                            Callback<NodeObject> done) const override {
        return catalog.getTable(
            Identifier{databaseOf(node), node.name}, [done = std::move(done)](Result<TableInfo> r) {
                NodeObject o;
                if (r) o.table = std::make_shared<const TableInfo>(std::move(*r));
                done(r ? Result<NodeObject>(std::move(o)) : Result<NodeObject>(r.error()));
            });
    }
    QVariant data(const NavigatorNode& n, int column, int role) const override {
        switch (role) {
            case Qt::DisplayRole:
                if (column == NameColumn) return q(n.name);
                if (!n.table) return {};
                return CatalogTreeModel::columnsText(
                    static_cast<int>(n.table->schema.fields.size()));
            case Qt::DecorationRole:
                return column == NameColumn ? QVariant(NavigatorIcons::table()) : QVariant();
            case Qt::ToolTipRole:
                return n.table && n.table->schema.comment ? q(*n.table->schema.comment)
                                                          : QVariant();
            default:
                return {};
        }
    }
    DetailPane pane() const override { return DetailPane::Table; }
    NodeActions actions() const override {
        return NodeAction::NewTable | NodeAction::Edit | NodeAction::Rename | NodeAction::Drop |
               NodeAction::Export;
    }
};

class ColumnKind final : public NodeKindSpec {
public:
    QVariant data(const NavigatorNode& n, int column, int role) const override {
        const auto& c = *n.column;
        switch (role) {
            case Qt::DisplayRole:
                return column == NameColumn ? q(n.name) : q(c.field.type.sql());
            case Qt::DecorationRole:
                if (column != NameColumn) return {};
                if (c.primaryKey) return NavigatorIcons::primaryKey();
                if (c.partitionKey) return NavigatorIcons::partitionKey();
                return NavigatorIcons::column();
            case Qt::ToolTipRole: {
                QStringList lines{q(c.field.name) + QLatin1Char(' ') + q(c.field.type.sql())};
                if (c.primaryKey)
                    lines << QCoreApplication::translate("paimon::ui::CatalogTreeModel",
                                                         "Primary key");
                if (c.partitionKey)
                    lines << QCoreApplication::translate("paimon::ui::CatalogTreeModel",
                                                         "Partition key");
                if (c.field.defaultValue)
                    lines << QCoreApplication::translate("paimon::ui::CatalogTreeModel",
                                                         "Default: %1")
                                 .arg(q(*c.field.defaultValue));
                if (c.field.description) lines << q(*c.field.description);
                return lines.join(QLatin1Char('\n'));
            }
            case Qt::FontRole:
                if (c.primaryKey && column == NameColumn) {
                    QFont f;
                    f.setBold(true);
                    return f;
                }
                return {};
            case Qt::ForegroundRole:
                return column == NameColumn ? QVariant() : placeholderColour();
            default:
                return {};
        }
    }
    // A column shows its table's pane, with the column selected; a view's column its view's.
    DetailPane pane() const override { return DetailPane::Table; }
    NodeActions actions() const override {
        return NodeAction::NewTable | NodeAction::Edit | NodeAction::Rename | NodeAction::Export;
    }
    DetailPane paneOf(const NavigatorNode& node) const override {
        return ofView(node) ? DetailPane::View : pane();
    }
    NodeActions actionsOf(const NavigatorNode& node) const override {
        return ofView(node) ? NodeAction::Edit | NodeAction::Export : actions();
    }

private:
    static bool ofView(const NavigatorNode& node) {
        return node.parent && node.parent->kind == NodeKind::View;
    }
};

// "Loading…", or a load's error with how to retry: a row of its own under the node.
class MessageKind final : public NodeKindSpec {
public:
    QVariant data(const NavigatorNode& n, int column, int role) const override {
        switch (role) {
            case Qt::DisplayRole:
                return column == NameColumn ? n.message : QVariant();
            case Qt::ToolTipRole:
                return n.message;
            case Qt::DecorationRole:
                return column == NameColumn && n.messageIsError ? QVariant(NavigatorIcons::error())
                                                                : QVariant();
            case Qt::FontRole: {
                QFont f;
                f.setItalic(true);
                return f;
            }
            case Qt::ForegroundRole:
                return n.messageIsError ? QVariant() : placeholderColour();
            default:
                return {};
        }
    }
};

}  // namespace

// The base answers at once; the signature is the overrides', which move `done` on.
Cancellation NodeKindSpec::listNames(Catalog& /*unused*/, const NavigatorNode& /*unused*/,
                                     const ListRequest& /*unused*/,
                                     Callback<Page<std::string>> done)  // NOLINT(*-value-param)
    const {
    done(makeError(ErrorKind::NotImplemented, "this kind of node lists no names"));
    return {};
}

Cancellation NodeKindSpec::searchDescendants(
    Catalog& /*catalog*/, const NavigatorNode& /*node*/, NodeKind /*folder*/,
    const std::string& /*pattern*/, const std::optional<std::string>& /*pageToken*/,
    int /*pageSize*/,
    Callback<Page<Identifier>> done)  // NOLINT(*-value-param)
    const {
    done(makeError(ErrorKind::NotImplemented, "this kind of node has no search below it"));
    return {};
}

Cancellation NodeKindSpec::loadObject(Catalog& /*unused*/, const NavigatorNode& /*unused*/,
                                      Callback<NodeObject> done)  // NOLINT(*-value-param)
    const {
    done(makeError(ErrorKind::NotImplemented, "this kind of node loads no object"));
    return {};
}

const NodeKindSpec& kindSpec(NodeKind kind) {
    static const ConnectionKind connection;
    static const DatabaseKind database;
    static const TableKind table;
    static const ColumnKind column;
    static const MessageKind message;
    static const FolderKind tables(NodeKind::Table,
                                   QT_TRANSLATE_NOOP("paimon::ui::CatalogTreeModel", "Tables"),
                                   NodeAction::NewTable);
    static const FolderKind views(NodeKind::View,
                                  QT_TRANSLATE_NOOP("paimon::ui::CatalogTreeModel", "Views"),
                                  NodeAction::NewView);
    static const FolderKind functions(
        NodeKind::Function, QT_TRANSLATE_NOOP("paimon::ui::CatalogTreeModel", "Functions"),
        NodeAction::NewFunction);
    static const ViewKind view;
    static const FunctionKind function;
    switch (kind) {
        case NodeKind::Connection:
            return connection;
        case NodeKind::Database:
            return database;
        case NodeKind::Table:
            return table;
        case NodeKind::Column:
            return column;
        case NodeKind::Message:
            return message;
        case NodeKind::TablesFolder:
            return tables;
        case NodeKind::ViewsFolder:
            return views;
        case NodeKind::FunctionsFolder:
            return functions;
        case NodeKind::View:
            return view;
        case NodeKind::Function:
            return function;
    }
    return message;
}

}  // namespace paimon::ui
