#include "ui/navigator/CatalogTreeModel.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>
#include <QTimer>

#include <algorithm>
#include <unordered_set>

#include "core/catalog/Paging.h"
#include "ui/navigator/NavigatorIcons.h"

namespace paimon::ui {

struct CatalogTreeModel::Node {
    NodeKind kind;
    Node* parent = nullptr;
    int row = 0;  // index in parent->children, kept current on every insert and remove
    std::string name;
    std::vector<std::unique_ptr<Node>> children;
    std::unordered_map<std::string, Node*> byName;  // named children (not columns, messages)
    bool hasMessage = false;                        // the last child is a message row
    bool refreshing = false;  // the current (or failed) load of names is a refresh
    bool moreWanted = false;  // the view asked for the page after the loaded names
    LoadState load = LoadState::NotLoaded;
    std::optional<std::string> nextPageToken;
    QString error;
    // Answers hold a weak reference to this: replacing it (refresh) or destroying the node
    // makes every earlier answer for the node a no-op.
    std::shared_ptr<char> ticket = std::make_shared<char>();
    Cancellation pending;
    // The server filter's listing of this node (name pattern): the generation of the filter
    // text it was asked for, its next page, and the page in flight.
    uint64_t filteredFor = 0;
    std::optional<std::string> filterNext;
    bool filterLoading = false;
    Cancellation filterPending;
    std::unique_ptr<QString> filterRefusal;  // why the server refused the filter's listing

    // What only some kinds hold lives apart, so that the many table rows stay small (a
    // database of 100,000 tables is 100,000 of these).
    struct ConnectionPart {
        ConnectionProfile profile;
        std::shared_ptr<Catalog> catalog;
    };
    struct ColumnPart {
        DataField field;
        bool primaryKey = false;
        bool partitionKey = false;
    };
    std::unique_ptr<ConnectionPart> connection;  // kind Connection
    std::unique_ptr<ColumnPart> column;          // kind Column
    // Table
    std::shared_ptr<const TableInfo> table;
    // Message
    QString message;
    bool messageIsError = false;

    Node(NodeKind k, Node* p, std::string n) : kind(k), parent(p), name(std::move(n)) {
        if (k == NodeKind::Connection) connection = std::make_unique<ConnectionPart>();
        if (k == NodeKind::Column) column = std::make_unique<ColumnPart>();
    }
    ~Node() {
        ticket.reset();
        pending.cancel();
        filterPending.cancel();
    }
    int nameCount() const { return static_cast<int>(children.size()) - (hasMessage ? 1 : 0); }
    void renumberFrom(size_t from) {
        for (size_t i = from; i < children.size(); ++i)
            children[i]->row = static_cast<int>(i);
    }
    void newTicket() {
        ticket = std::make_shared<char>();
        pending.cancel();
        pending = {};
        // The filter's listing is asked again once the node has its names back.
        filterPending.cancel();
        filterPending = {};
        filterNext.reset();
        filterLoading = false;
        filteredFor = 0;
    }
};

namespace {
QString q(const std::string& s) {
    return QString::fromStdString(s);
}
}  // namespace

CatalogTreeModel::CatalogTreeModel(Opener opener, QObject* parent)
    : QAbstractItemModel(parent), opener_(std::move(opener)), alive_(std::make_shared<bool>()) {}

CatalogTreeModel::~CatalogTreeModel() {
    alive_.reset();
    connections_.clear();
}

// ---- structure ----

CatalogTreeModel::Node* CatalogTreeModel::nodeOf(const QModelIndex& index) const {
    return index.isValid() ? static_cast<Node*>(index.internalPointer()) : nullptr;
}

CatalogTreeModel::NodeKind CatalogTreeModel::kindOf(const QModelIndex& index) const {
    return nodeOf(index)->kind;
}

const std::string& CatalogTreeModel::nameOf(const QModelIndex& index) const {
    return nodeOf(index)->name;
}

QModelIndex CatalogTreeModel::indexOf(const Node* node, int column) const {
    if (!node) return {};
    return createIndex(node->row, column, const_cast<Node*>(node));
}

CatalogTreeModel::Node* CatalogTreeModel::connectionOf(Node* node) const {
    while (node && node->parent)
        node = node->parent;
    return node;
}

QModelIndex CatalogTreeModel::index(int row, int column, const QModelIndex& parent) const {
    if (row < 0 || column < 0 || column >= ColumnCount) return {};
    if (!parent.isValid()) {
        if (row >= static_cast<int>(connections_.size())) return {};
        return createIndex(row, column, connections_[row].get());
    }
    if (parent.column() != 0) return {};
    Node* p = nodeOf(parent);
    if (row >= static_cast<int>(p->children.size())) return {};
    return createIndex(row, column, p->children[row].get());
}

QModelIndex CatalogTreeModel::parent(const QModelIndex& child) const {
    Node* n = nodeOf(child);
    if (!n || !n->parent) return {};
    return indexOf(n->parent);
}

int CatalogTreeModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid()) return static_cast<int>(connections_.size());
    if (parent.column() != 0) return 0;
    return static_cast<int>(nodeOf(parent)->children.size());
}

int CatalogTreeModel::columnCount(const QModelIndex&) const {
    return ColumnCount;
}

bool CatalogTreeModel::hasChildren(const QModelIndex& parent) const {
    if (!parent.isValid()) return !connections_.empty();
    if (parent.column() != 0) return false;
    Node* n = nodeOf(parent);
    switch (n->kind) {
        case NodeKind::Connection:
        case NodeKind::Database:
        case NodeKind::Table:
            return n->load == LoadState::NotLoaded || n->load == LoadState::Loading ||
                   n->load == LoadState::Partial || !n->children.empty();
        default:
            return false;
    }
}

bool CatalogTreeModel::canFetchMore(const QModelIndex& parent) const {
    Node* n = nodeOf(parent);
    if (!n || parent.column() != 0) return false;
    switch (n->kind) {
        case NodeKind::Connection:
        case NodeKind::Database:
            return n->load == LoadState::NotLoaded ||
                   (n->load == LoadState::Partial && n->moreWanted);
        case NodeKind::Table:
            return n->load == LoadState::NotLoaded;
        default:
            return false;
    }
}

bool CatalogTreeModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    Node* n = nodeOf(index);
    if (!n || role != MoreWantedRole || !value.toBool()) return false;
    if (n->load != LoadState::Partial) return false;
    if (!filter_.isEmpty()) {
        // While the filter is on, the rows in view are its matches: where they end says
        // nothing about how far the user is in the whole listing, so it is the filter's
        // listing that goes on (if it has more), not the node's.
        if (!n->filterNext || n->filteredFor != filterGeneration_ || n->filterLoading) return false;
        fetchFiltered(n, serverPatternFor(filter_), n->filterNext);
        return true;
    }
    n->moreWanted = true;
    fetchMore(index);
    return true;
}

void CatalogTreeModel::fetchMore(const QModelIndex& parent) {
    if (!canFetchMore(parent)) return;
    Node* n = nodeOf(parent);
    if (n->kind == NodeKind::Connection && !n->connection->catalog) return openConnection(n);
    if (n->kind == NodeKind::Table) return fetchTable(n);
    fetchNames(n, false);
}

Qt::ItemFlags CatalogTreeModel::flags(const QModelIndex& index) const {
    if (!index.isValid()) return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant CatalogTreeModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    return section == NameColumn ? tr("Name") : tr("Type / Location");
}

QVariant CatalogTreeModel::data(const QModelIndex& index, int role) const {
    Node* n = nodeOf(index);
    if (!n) return {};
    const bool first = index.column() == NameColumn;
    switch (role) {
        case Qt::DisplayRole:
            if (n->kind == NodeKind::Message) return first ? n->message : QVariant();
            if (first)
                return n->kind == NodeKind::Connection ? n->connection->profile.name : q(n->name);
            if (n->filterRefusal) return tr("server refused the name search");
            if (n->kind == NodeKind::Connection) {
                return n->connection->profile.kind == ProfileKind::LocalWarehouse
                           ? n->connection->profile.warehouse
                           : n->connection->profile.uri;
            }
            if (n->kind == NodeKind::Column) return q(n->column->field.type.sql());
            if (n->kind == NodeKind::Table && n->table) {
                return tr("%n column(s)", nullptr,
                          static_cast<int>(n->table->schema.fields.size()));
            }
            return {};
        case Qt::DecorationRole:
            if (!first) return {};
            if (n->load == LoadState::Failed) return NavigatorIcons::error();
            switch (n->kind) {
                case NodeKind::Connection:
                    return NavigatorIcons::connection(QColor(n->connection->profile.color));
                case NodeKind::Database:
                    return NavigatorIcons::database();
                case NodeKind::Table:
                    return NavigatorIcons::table();
                case NodeKind::Column:
                    if (n->column->primaryKey) return NavigatorIcons::primaryKey();
                    if (n->column->partitionKey) return NavigatorIcons::partitionKey();
                    return NavigatorIcons::column();
                case NodeKind::Message:
                    return n->messageIsError ? NavigatorIcons::error() : QVariant();
            }
            return {};
        case Qt::ToolTipRole: {
            if (n->kind == NodeKind::Message) return n->message;
            if (!n->error.isEmpty()) return n->error;
            if (n->filterRefusal) {
                return tr("The server refused the name search, so only the names loaded so far "
                          "are filtered:\n%1")
                    .arg(*n->filterRefusal);
            }
            if (n->kind == NodeKind::Connection) {
                return n->connection->profile.kind == ProfileKind::LocalWarehouse
                           ? n->connection->profile.warehouse
                           : n->connection->profile.uri;
            }
            if (n->kind == NodeKind::Column) {
                QStringList lines{q(n->column->field.name) + QLatin1Char(' ') +
                                  q(n->column->field.type.sql())};
                if (n->column->primaryKey) lines << tr("Primary key");
                if (n->column->partitionKey) lines << tr("Partition key");
                if (n->column->field.defaultValue)
                    lines << tr("Default: %1").arg(q(*n->column->field.defaultValue));
                if (n->column->field.description) lines << q(*n->column->field.description);
                return lines.join(QLatin1Char('\n'));
            }
            if (n->kind == NodeKind::Table && n->table && n->table->schema.comment) {
                return q(*n->table->schema.comment);
            }
            return {};
        }
        case Qt::FontRole:
            if (n->kind == NodeKind::Message) {
                QFont f;
                f.setItalic(true);
                return f;
            }
            if (n->kind == NodeKind::Column && n->column->primaryKey && first) {
                QFont f;
                f.setBold(true);
                return f;
            }
            return {};
        case Qt::ForegroundRole:
            if (n->kind == NodeKind::Message && !n->messageIsError) {
                return QGuiApplication::palette().color(QPalette::PlaceholderText);
            }
            if (n->kind == NodeKind::Column && !first) {
                return QGuiApplication::palette().color(QPalette::PlaceholderText);
            }
            return {};
        case KindRole:
            return static_cast<int>(n->kind);
        case NameRole:
            return n->kind == NodeKind::Connection ? n->connection->profile.name : q(n->name);
        case ConnectionIdRole:
            return connectionOf(n)->connection->profile.id;
        case DatabaseRole: {
            const Node* d = n;
            while (d && d->kind != NodeKind::Database)
                d = d->parent;
            return d ? q(d->name) : QVariant();
        }
        case TableRole: {
            const Node* t = n;
            while (t && t->kind != NodeKind::Table)
                t = t->parent;
            return t ? q(t->name) : QVariant();
        }
        case LoadStateRole:
            return static_cast<int>(n->load);
        case ErrorRole:
            return n->error;
        case FilterRefusalRole:
            return n->filterRefusal ? *n->filterRefusal : QString();
        default:
            return {};
    }
}

// ---- connections ----

QModelIndex CatalogTreeModel::addConnection(const ConnectionProfile& profile) {
    if (QModelIndex existing = connectionIndex(profile.id); existing.isValid()) return existing;
    int row = static_cast<int>(connections_.size());
    beginInsertRows({}, row, row);
    auto node = std::make_unique<Node>(NodeKind::Connection, nullptr, profile.name.toStdString());
    node->connection->profile = profile;
    node->row = row;
    connections_.push_back(std::move(node));
    endInsertRows();
    return index(row, 0);
}

void CatalogTreeModel::updateConnection(const ConnectionProfile& profile) {
    QModelIndex i = connectionIndex(profile.id);
    if (!i.isValid()) return;
    Node* n = nodeOf(i);
    bool reachChanged = n->connection->profile.kind != profile.kind ||
                        n->connection->profile.uri != profile.uri ||
                        n->connection->profile.warehouse != profile.warehouse ||
                        n->connection->profile.auth != profile.auth;
    n->connection->profile = profile;
    emit dataChanged(indexOf(n), indexOf(n, ColumnCount - 1));
    if (reachChanged) closeConnection(profile.id);
}

void CatalogTreeModel::removeConnection(const QString& profileId) {
    QModelIndex i = connectionIndex(profileId);
    if (!i.isValid()) return;
    beginRemoveRows({}, i.row(), i.row());
    connections_.erase(connections_.begin() + i.row());
    for (size_t r = 0; r < connections_.size(); ++r)
        connections_[r]->row = static_cast<int>(r);
    endRemoveRows();
}

QModelIndex CatalogTreeModel::connectionIndex(const QString& profileId) const {
    for (const auto& c : connections_)
        if (c->connection->profile.id == profileId) return indexOf(c.get());
    return {};
}

QStringList CatalogTreeModel::connectionIds() const {
    QStringList ids;
    for (const auto& c : connections_)
        ids << c->connection->profile.id;
    return ids;
}

void CatalogTreeModel::closeConnection(const QString& profileId) {
    QModelIndex i = connectionIndex(profileId);
    if (!i.isValid()) return;
    Node* n = nodeOf(i);
    n->newTicket();
    clearChildren(n);
    n->connection->catalog.reset();
    n->load = LoadState::NotLoaded;
    n->nextPageToken.reset();
    n->error.clear();
    emit dataChanged(indexOf(n), indexOf(n, ColumnCount - 1));
}

std::shared_ptr<Catalog> CatalogTreeModel::catalogFor(const QModelIndex& index) const {
    Node* n = connectionOf(nodeOf(index));
    return n ? n->connection->catalog : nullptr;
}

const ConnectionProfile* CatalogTreeModel::profileFor(const QModelIndex& index) const {
    Node* n = connectionOf(nodeOf(index));
    return n ? &n->connection->profile : nullptr;
}

void CatalogTreeModel::openConnection(Node* node) {
    node->load = LoadState::Loading;
    node->error.clear();
    showLoading(node, tr("Connecting…"));
    requestStarted();
    std::weak_ptr<char> ticket = node->ticket;
    std::weak_ptr<bool> alive = alive_;
    node->pending = opener_(node->connection->profile, [=, this](Result<OpenedCatalog> opened) {
        if (alive.expired()) return;
        requestEnded();
        if (ticket.expired()) return;
        if (!opened) return setFailed(node, opened.error());
        node->connection->catalog = opened->catalog;
        clearMessage(node);
        node->load = LoadState::NotLoaded;
        emit connectionOpened(node->connection->profile.id, opened->notices);
        fetchNames(node, false);
    });
}

// ---- names ----

void CatalogTreeModel::fetchNames(Node* node, bool refreshing) {
    Node* conn = connectionOf(node);
    if (!conn->connection->catalog) return;
    auto catalog = conn->connection->catalog;
    const bool firstLoad = node->nameCount() == 0;
    const int target = refreshing ? node->nameCount() : 0;
    if (refreshing) node->newTicket();
    node->refreshing = refreshing;
    node->load = LoadState::Loading;
    node->error.clear();
    if (firstLoad) {
        showLoading(node, tr("Loading…"));
    } else {
        clearMessage(node);
    }
    const std::string database = node->kind == NodeKind::Database ? node->name : std::string();
    const bool databases = node->kind == NodeKind::Connection;
    // One page, or for a refresh as many pages as cover what was loaded before.
    struct Collect {
        std::vector<std::string> names;
        std::optional<std::string> token;
    };
    auto collected = std::make_shared<Collect>();
    std::weak_ptr<char> ticket = node->ticket;
    std::weak_ptr<bool> alive = alive_;
    // The step holds itself only weakly; the page in flight holds it strongly.
    using Step = std::function<void(std::optional<std::string>)>;
    auto step = std::make_shared<Step>();
    std::weak_ptr<Step> weakStep = step;
    *step = [=, this](std::optional<std::string> token) {
        ListRequest request;
        request.maxResults = pageSize_;
        request.pageToken = token;
        requestStarted();
        std::shared_ptr<Step> self = weakStep.lock();
        Callback<Page<std::string>> onPage = [=, this](Result<Page<std::string>> page) {
            if (alive.expired()) return;
            requestEnded();
            if (ticket.expired()) return;
            if (!page) return setFailed(node, page.error());
            auto& c = *collected;
            c.names.insert(c.names.end(), page->items.begin(), page->items.end());
            c.token = page->nextPageToken && !page->nextPageToken->empty() ? page->nextPageToken
                                                                           : std::nullopt;
            if (refreshing && c.token && static_cast<int>(c.names.size()) < target) {
                return (*self)(c.token);
            }
            // A page of names the filter brought in already adds no row, so nothing in the
            // view would ask again: the next page is asked for at once.
            if (!refreshing && c.token &&
                std::all_of(c.names.begin(), c.names.end(),
                            [&](const std::string& n) { return node->byName.count(n) != 0; })) {
                c.names.clear();
                return (*self)(c.token);
            }
            clearMessage(node);
            mergeNames(node, c.names,
                       c.token ? std::optional<std::string>(c.names.empty() ? std::string()
                                                                            : c.names.back())
                               : std::nullopt,
                       refreshing);
            node->nextPageToken = c.token;
            node->moreWanted = false;
            node->load = c.token ? LoadState::Partial : LoadState::Complete;
            emit dataChanged(indexOf(node), indexOf(node, ColumnCount - 1));
            // Opened while the filter is on: its matches beyond this page are asked for too.
            if (node->load == LoadState::Partial && !filter_.isEmpty() &&
                node->filteredFor != filterGeneration_) {
                fetchFiltered(node, serverPatternFor(filter_), std::nullopt);
            }
        };
        node->pending = databases ? catalog->listDatabasesPage(request, onPage)
                                  : catalog->listTablesPage(database, request, onPage);
    };
    (*step)(refreshing ? std::nullopt : node->nextPageToken);
}

void CatalogTreeModel::mergeNames(Node* node, const std::vector<std::string>& names,
                                  const std::optional<std::string>& lastCovered,
                                  bool removeMissing) {
    const QModelIndex parentIndex = indexOf(node);
    if (removeMissing) {
        std::unordered_set<std::string> present(names.begin(), names.end());
        for (int r = node->nameCount() - 1; r >= 0; --r) {
            const std::string& name = node->children[r]->name;
            if (present.count(name) || (lastCovered && name > *lastCovered)) continue;
            beginRemoveRows(parentIndex, r, r);
            node->byName.erase(name);
            node->children.erase(node->children.begin() + r);
            node->renumberFrom(r);
            endRemoveRows();
        }
    }
    std::vector<std::string> fresh;
    std::unordered_set<std::string> seen;
    for (const auto& n : names)
        if (!node->byName.count(n) && seen.insert(n).second) fresh.push_back(n);
    if (fresh.empty()) return;
    const NodeKind childKind =
        node->kind == NodeKind::Connection ? NodeKind::Database : NodeKind::Table;
    auto make = [&](const std::string& name) {
        auto child = std::make_unique<Node>(childKind, node, name);
        node->byName[name] = child.get();
        return child;
    };
    const int count = node->nameCount();
    const bool appendable = std::is_sorted(fresh.begin(), fresh.end()) &&
                            (count == 0 || node->children[count - 1]->name < fresh.front());
    if (appendable) {
        // The usual case, one block: the next page after what is loaded.
        beginInsertRows(parentIndex, count, count + static_cast<int>(fresh.size()) - 1);
        std::vector<std::unique_ptr<Node>> block;
        block.reserve(fresh.size());
        for (const auto& n : fresh)
            block.push_back(make(n));
        node->children.insert(node->children.begin() + count,
                              std::make_move_iterator(block.begin()),
                              std::make_move_iterator(block.end()));
        node->renumberFrom(count);
        endInsertRows();
        return;
    }
    // Names between loaded ones (a filter's matches, a refresh): each in its sorted place.
    for (const auto& n : fresh) {
        auto end = node->children.begin() + node->nameCount();
        auto at = std::lower_bound(node->children.begin(), end, n,
                                   [](const auto& c, const std::string& v) { return c->name < v; });
        int r = static_cast<int>(at - node->children.begin());
        beginInsertRows(parentIndex, r, r);
        node->children.insert(node->children.begin() + r, make(n));
        node->renumberFrom(r);
        endInsertRows();
    }
}

// ---- writes of this app ----

CatalogTreeModel::Node* CatalogTreeModel::connectionNode(const QString& profileId) const {
    for (const auto& c : connections_)
        if (c->connection->profile.id == profileId) return c.get();
    return nullptr;
}

CatalogTreeModel::Node* CatalogTreeModel::child(Node* parent, const std::string& name) const {
    if (!parent) return nullptr;
    auto it = parent->byName.find(name);
    return it == parent->byName.end() ? nullptr : it->second;
}

QModelIndex CatalogTreeModel::databaseIndex(const QString& profileId,
                                            const std::string& database) const {
    return indexOf(child(connectionNode(profileId), database));
}

QModelIndex CatalogTreeModel::tableIndex(const QString& profileId, const Identifier& table) const {
    return indexOf(child(child(connectionNode(profileId), table.database), table.object));
}

QStringList CatalogTreeModel::loadedDatabases(const QString& profileId) const {
    QStringList out;
    if (Node* c = connectionNode(profileId)) {
        for (int r = 0; r < c->nameCount(); ++r)
            out << q(c->children[r]->name);
    }
    return out;
}

void CatalogTreeModel::insertChild(Node* parent, const std::string& name) {
    // A node that never loaded brings the name with its first page; a loading one may or may
    // not have it in the page under way, and mergeNames() ignores a name it already holds.
    if (!parent || parent->load == LoadState::NotLoaded) return;
    if (parent->load == LoadState::Failed && parent->nameCount() == 0) return;
    mergeNames(parent, {name}, std::nullopt, false);
}

void CatalogTreeModel::removeChild(Node* parent, const std::string& name) {
    Node* c = child(parent, name);
    if (!c) return;
    const int r = c->row;
    beginRemoveRows(indexOf(parent), r, r);
    parent->byName.erase(name);
    parent->children.erase(parent->children.begin() + r);
    parent->renumberFrom(r);
    endRemoveRows();
}

void CatalogTreeModel::databaseCreated(const QString& profileId, const std::string& database) {
    insertChild(connectionNode(profileId), database);
}

void CatalogTreeModel::databaseDropped(const QString& profileId, const std::string& database) {
    removeChild(connectionNode(profileId), database);
}

void CatalogTreeModel::tableCreated(const QString& profileId, const Identifier& table) {
    insertChild(child(connectionNode(profileId), table.database), table.object);
}

void CatalogTreeModel::tableDropped(const QString& profileId, const Identifier& table) {
    removeChild(child(connectionNode(profileId), table.database), table.object);
}

void CatalogTreeModel::tableRenamed(const QString& profileId, const Identifier& from,
                                    const Identifier& to) {
    Node* conn = connectionNode(profileId);
    Node* db = child(conn, from.database);
    Node* t = child(db, from.object);
    if (!t || from.database != to.database) {
        removeChild(db, from.object);
        insertChild(child(conn, to.database), to.object);
        return;
    }
    if (child(db, to.object)) return removeChild(db, from.object);  // cannot happen; be safe
    // Same database: the row keeps its node (expansion, selection, loaded columns) and moves
    // to its sorted place.
    const int fromRow = t->row;
    auto end = db->children.begin() + db->nameCount();
    auto at = std::lower_bound(db->children.begin(), end, to.object,
                               [](const auto& c, const std::string& v) { return c->name < v; });
    int toRow = static_cast<int>(at - db->children.begin());
    const QModelIndex parentIndex = indexOf(db);
    const bool moves = toRow != fromRow && toRow != fromRow + 1;
    if (moves) beginMoveRows(parentIndex, fromRow, fromRow, parentIndex, toRow);
    db->byName.erase(t->name);
    t->name = to.object;
    db->byName[t->name] = t;
    if (t->table) {
        auto info = std::make_shared<TableInfo>(*t->table);
        info->name = to.object;
        t->table = info;
    }
    if (moves) {
        std::unique_ptr<Node> owned = std::move(db->children[fromRow]);
        db->children.erase(db->children.begin() + fromRow);
        if (toRow > fromRow) --toRow;
        db->children.insert(db->children.begin() + toRow, std::move(owned));
        db->renumberFrom(static_cast<size_t>(std::min(fromRow, toRow)));
        endMoveRows();
    }
    emit dataChanged(indexOf(t), indexOf(t, ColumnCount - 1));
}

void CatalogTreeModel::tableAltered(const QString& profileId, const Identifier& table) {
    Node* t = child(child(connectionNode(profileId), table.database), table.object);
    if (t && t->load != LoadState::NotLoaded) fetchTable(t);
}

// ---- tables ----

void CatalogTreeModel::loadTable(const QModelIndex& tableIndex) {
    Node* n = nodeOf(tableIndex);
    if (!n || n->kind != NodeKind::Table) return;
    if (n->load == LoadState::NotLoaded || n->load == LoadState::Failed) fetchTable(n);
}

std::shared_ptr<const TableInfo> CatalogTreeModel::tableInfo(const QModelIndex& index) const {
    Node* n = nodeOf(index);
    while (n && n->kind != NodeKind::Table)
        n = n->parent;
    return n ? n->table : nullptr;
}

void CatalogTreeModel::fetchTable(Node* node) {
    Node* conn = connectionOf(node);
    if (!conn->connection->catalog) return;
    node->newTicket();
    node->load = LoadState::Loading;
    node->error.clear();
    if (node->children.empty()) showLoading(node, tr("Loading…"));
    requestStarted();
    std::weak_ptr<char> ticket = node->ticket;
    std::weak_ptr<bool> alive = alive_;
    node->pending = conn->connection->catalog->getTable(
        Identifier{node->parent->name, node->name}, [=, this](Result<TableInfo> r) {
            if (alive.expired()) return;
            requestEnded();
            if (ticket.expired()) return;
            if (!r) return setFailed(node, r.error());
            clearMessage(node);
            node->table = std::make_shared<const TableInfo>(std::move(r).value());
            setColumns(node, *node->table);
            node->load = LoadState::Complete;
            emit dataChanged(indexOf(node), indexOf(node, ColumnCount - 1));
            emit tableLoaded(indexOf(node));
        });
}

void CatalogTreeModel::setColumns(Node* node, const TableInfo& info) {
    const auto& fields = info.schema.fields;
    auto isIn = [](const std::vector<std::string>& keys, const std::string& name) {
        return std::find(keys.begin(), keys.end(), name) != keys.end();
    };
    bool sameNames = static_cast<int>(fields.size()) == node->nameCount();
    for (size_t i = 0; sameNames && i < fields.size(); ++i)
        sameNames = node->children[i]->name == fields[i].name;
    if (!sameNames) clearChildren(node);
    const QModelIndex parentIndex = indexOf(node);
    if (!sameNames && !fields.empty()) {
        beginInsertRows(parentIndex, 0, static_cast<int>(fields.size()) - 1);
        for (size_t i = 0; i < fields.size(); ++i) {
            auto c = std::make_unique<Node>(NodeKind::Column, node, fields[i].name);
            c->row = static_cast<int>(i);
            node->children.push_back(std::move(c));
        }
        endInsertRows();
    }
    for (size_t i = 0; i < fields.size(); ++i) {
        Node* c = node->children[i].get();
        c->column->field = fields[i];
        c->column->primaryKey = isIn(info.schema.primaryKeys, fields[i].name);
        c->column->partitionKey = isIn(info.schema.partitionKeys, fields[i].name);
    }
    if (sameNames && !fields.empty()) {
        emit dataChanged(index(0, 0, parentIndex),
                         index(static_cast<int>(fields.size()) - 1, ColumnCount - 1, parentIndex));
    }
}

// ---- refresh, retry ----

void CatalogTreeModel::refresh(const QModelIndex& i) {
    Node* n = nodeOf(i);
    if (!n) return;
    if (n->kind == NodeKind::Message || n->kind == NodeKind::Column)
        return refresh(indexOf(n->parent));
    if (n->kind == NodeKind::Connection && !n->connection->catalog) return retry(i);
    if (n->kind == NodeKind::Table) {
        if (n->load != LoadState::NotLoaded) fetchTable(n);
        return;
    }
    if (n->load == LoadState::NotLoaded) return;
    if (n->load == LoadState::Failed && n->nameCount() == 0) return retry(i);
    fetchNames(n, true);
}

void CatalogTreeModel::retry(const QModelIndex& i) {
    Node* n = nodeOf(i);
    if (!n) return;
    if (n->kind == NodeKind::Message || n->kind == NodeKind::Column)
        return retry(indexOf(n->parent));
    if (n->load == LoadState::Loading) return;
    if (n->kind == NodeKind::Connection && !n->connection->catalog) {
        n->newTicket();
        return openConnection(n);
    }
    if (n->kind == NodeKind::Table) return fetchTable(n);
    n->newTicket();
    // A failed refresh is retried as a refresh; a failed page as the same page.
    fetchNames(n, n->refreshing);
}

// ---- filter ----

std::string CatalogTreeModel::serverPatternFor(const QString& text) {
    // Servers match prefixes only (PROTOCOL.md §10.16): "contains" is matched by the proxy on
    // what is loaded, and the server adds the names that start with the text.
    return prefixPatternFor(text.toStdString());
}

void CatalogTreeModel::setServerFilter(const QString& text) {
    const QString trimmed = text.trimmed();
    if (trimmed == filter_) return;
    filter_ = trimmed;
    ++filterGeneration_;
    auto forget = [this](Node* n) {
        n->filterPending.cancel();
        n->filterPending = {};
        n->filterNext.reset();
        n->filterLoading = false;
        if (n->filterRefusal) {
            n->filterRefusal.reset();
            emit dataChanged(indexOf(n), indexOf(n, ColumnCount - 1));
        }
    };
    for (auto& conn : connections_) {
        forget(conn.get());
        for (auto& db : conn->children)
            forget(db.get());
    }
    if (filter_.isEmpty()) return;
    const std::string pattern = serverPatternFor(filter_);
    for (auto& conn : connections_) {
        if (!conn->connection->catalog) continue;
        if (conn->load == LoadState::Partial) fetchFiltered(conn.get(), pattern, std::nullopt);
        for (auto& db : conn->children) {
            if (db->kind == NodeKind::Database && db->load == LoadState::Partial) {
                fetchFiltered(db.get(), pattern, std::nullopt);
            }
        }
    }
}

void CatalogTreeModel::fetchFiltered(Node* node, const std::string& pattern,
                                     const std::optional<std::string>& token) {
    auto catalog = connectionOf(node)->connection->catalog;
    ListRequest request;
    request.maxResults = pageSize_;
    request.namePattern = pattern;
    request.pageToken = token;
    node->filteredFor = filterGeneration_;
    node->filterLoading = true;
    const uint64_t generation = filterGeneration_;
    std::weak_ptr<char> ticket = node->ticket;
    std::weak_ptr<bool> alive = alive_;
    requestStarted();
    Callback<Page<std::string>> done = [=, this](Result<Page<std::string>> page) {
        if (alive.expired()) return;
        requestEnded();
        // An answer for an older filter text, or for a node refreshed since, is dropped.
        if (ticket.expired() || generation != filterGeneration_) return;
        node->filterLoading = false;
        if (!page) {
            // The node stays usable with what is loaded; the row says the server's search
            // did not help, and why.
            node->filterRefusal = std::make_unique<QString>(q(page.error().describe()));
            emit dataChanged(indexOf(node), indexOf(node, ColumnCount - 1));
            return;
        }
        node->filterNext = page->nextPageToken && !page->nextPageToken->empty()
                               ? page->nextPageToken
                               : std::nullopt;
        mergeNames(node, page->items, std::nullopt, false);
    };
    node->filterPending = node->kind == NodeKind::Connection
                              ? catalog->listDatabasesPage(request, done)
                              : catalog->listTablesPage(node->name, request, done);
}

// ---- rows that say something ----

void CatalogTreeModel::setMessage(Node* node, const QString& text, bool isError) {
    const QModelIndex parentIndex = indexOf(node);
    if (node->hasMessage) {
        Node* m = node->children.back().get();
        m->message = text;
        m->messageIsError = isError;
        QModelIndex mi = indexOf(m);
        emit dataChanged(mi, mi.siblingAtColumn(ColumnCount - 1));
        return;
    }
    int r = static_cast<int>(node->children.size());
    beginInsertRows(parentIndex, r, r);
    auto m = std::make_unique<Node>(NodeKind::Message, node, std::string());
    m->message = text;
    m->messageIsError = isError;
    m->row = r;
    node->children.push_back(std::move(m));
    node->hasMessage = true;
    endInsertRows();
}

void CatalogTreeModel::showLoading(Node* node, const QString& text) {
    // Not at once: fetchMore() may be called while other views of the model are still
    // handling a change, and must not start another one under them.
    std::weak_ptr<char> ticket = node->ticket;
    QTimer::singleShot(0, this, [this, ticket, node, text] {
        if (ticket.expired() || node->load != LoadState::Loading) return;
        if (node->nameCount() == 0) setMessage(node, text, false);
    });
}

void CatalogTreeModel::clearMessage(Node* node) {
    if (!node->hasMessage) return;
    int r = static_cast<int>(node->children.size()) - 1;
    beginRemoveRows(indexOf(node), r, r);
    node->children.pop_back();
    node->hasMessage = false;
    endRemoveRows();
}

void CatalogTreeModel::clearChildren(Node* node) {
    if (node->children.empty()) return;
    beginRemoveRows(indexOf(node), 0, static_cast<int>(node->children.size()) - 1);
    node->children.clear();
    node->byName.clear();
    node->hasMessage = false;
    endRemoveRows();
}

void CatalogTreeModel::setFailed(Node* node, const Error& error) {
    node->load = LoadState::Failed;
    node->error = q(error.describe());
    setMessage(node, tr("%1 — press F5 to retry").arg(node->error), true);
    emit dataChanged(indexOf(node), indexOf(node, ColumnCount - 1));
    emit loadFailed(indexOf(node), node->error);
}

void CatalogTreeModel::requestStarted() {
    ++pending_;
    emit busyChanged(pending_);
}

void CatalogTreeModel::requestEnded() {
    --pending_;
    emit busyChanged(pending_);
}

}  // namespace paimon::ui
