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
    // Tables by name in every database, loaded or not (GET /v1/{p}/tables).
    bool searchesDescendants() const override { return true; }
    Cancellation searchDescendants(Catalog& catalog, const NavigatorNode& /*node*/,
                                   const std::string& pattern,
                                   const std::optional<std::string>& pageToken, int pageSize,
                                   Callback<Page<Identifier>> done) const override {
        TablesRequest request;
        request.maxResults = pageSize;
        request.pageToken = pageToken;
        request.tableNamePattern = pattern;
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
    Children children() const override { return Children::NamePages; }
    NodeKind childKind() const override { return NodeKind::Table; }
    Cancellation listNames(Catalog& catalog, const NavigatorNode& node, const ListRequest& request,
                           Callback<Page<std::string>> done) const override {
        return catalog.listTablesPage(node.name, request, std::move(done));
    }
    QVariant data(const NavigatorNode& n, int column, int role) const override {
        if (role == Qt::DisplayRole && column == NameColumn) return q(n.name);
        if (role == Qt::DecorationRole && column == NameColumn) return NavigatorIcons::database();
        return {};
    }
    DetailPane pane() const override { return DetailPane::Database; }
    NodeActions actions() const override {
        return NodeAction::NewTable | NodeAction::Edit | NodeAction::Drop | NodeAction::Export;
    }
};

class TableKind final : public NodeKindSpec {
public:
    Children children() const override { return Children::WithObject; }
    NodeKind childKind() const override { return NodeKind::Column; }
    Cancellation loadObject(Catalog& catalog, const NavigatorNode& node,
                            Callback<TableInfo> done) const override {
        return catalog.getTable(Identifier{node.parent->name, node.name}, std::move(done));
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
    // A column shows its table's pane, with the column selected.
    DetailPane pane() const override { return DetailPane::Table; }
    NodeActions actions() const override {
        return NodeAction::NewTable | NodeAction::Edit | NodeAction::Rename | NodeAction::Export;
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
    Catalog& /*catalog*/, const NavigatorNode& /*node*/, const std::string& /*pattern*/,
    const std::optional<std::string>& /*pageToken*/, int /*pageSize*/,
    Callback<Page<Identifier>> done)  // NOLINT(*-value-param)
    const {
    done(makeError(ErrorKind::NotImplemented, "this kind of node has no search below it"));
    return {};
}

Cancellation NodeKindSpec::loadObject(Catalog& /*unused*/, const NavigatorNode& /*unused*/,
                                      Callback<TableInfo> done)  // NOLINT(*-value-param)
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
    }
    return message;
}

}  // namespace paimon::ui
