#include "ui/navigator/CatalogTreeModel.h"

#include <QTimer>

#include "ui/connection/ConnectionService.h"
#include "ui/navigator/NavigatorIcons.h"
#include "ui/navigator/NodeKinds.h"

namespace paimon::ui {

namespace {
QString q(const std::string& s) {
    return QString::fromStdString(s);
}
}  // namespace

CatalogTreeModel::CatalogTreeModel(ConnectionService* connections, QObject* parent)
    : QAbstractItemModel(parent), connections_(connections), alive_(std::make_shared<bool>()) {
    // A connection closed elsewhere (the same profile in another view, or a profile edited)
    // forgets what was loaded below it here too.
    connect(connections_, &ConnectionService::closed, this,
            [this](const QString& id) { resetConnection(connectionNode(id)); });
}

CatalogTreeModel::~CatalogTreeModel() {
    alive_.reset();
    roots_.clear();
}

// ---- structure ----

CatalogTreeModel::Node* CatalogTreeModel::nodeOf(const QModelIndex& index) {
    return index.isValid() ? static_cast<Node*>(index.internalPointer()) : nullptr;
}

DetailPane CatalogTreeModel::paneOf(const QModelIndex& index) const {
    const Node* n = nodeOf(index);
    return n ? kindSpec(n->kind).paneOf(*n) : DetailPane::Message;
}

NodeActions CatalogTreeModel::actionsOf(const QModelIndex& index) const {
    const Node* n = nodeOf(index);
    return n ? kindSpec(n->kind).actionsOf(*n) : NodeActions();
}

CatalogTreeModel::NodeKind CatalogTreeModel::kindOf(const QModelIndex& index) const {
    return nodeOf(index)->kind;
}

const std::string& CatalogTreeModel::nameOf(const QModelIndex& index) const {
    return nodeOf(index)->name;
}

QModelIndex CatalogTreeModel::indexOf(const Node* node, int column) const {
    if (!node) return {};
    return createIndex(node->row, column, node);
}

CatalogTreeModel::Node* CatalogTreeModel::connectionOf(Node* node) {
    while (node && node->parent)
        node = node->parent;
    return node;
}

QModelIndex CatalogTreeModel::index(int row, int column, const QModelIndex& parent) const {
    if (row < 0 || column < 0 || column >= ColumnCount) return {};
    if (!parent.isValid()) {
        if (row >= static_cast<int>(roots_.size())) return {};
        return createIndex(row, column, roots_[row].get());
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
    if (!parent.isValid()) return static_cast<int>(roots_.size());
    if (parent.column() != 0) return 0;
    return static_cast<int>(nodeOf(parent)->children.size());
}

int CatalogTreeModel::columnCount(const QModelIndex& /*parent*/) const {
    return ColumnCount;
}

bool CatalogTreeModel::hasChildren(const QModelIndex& parent) const {
    if (!parent.isValid()) return !roots_.empty();
    if (parent.column() != 0) return false;
    Node* n = nodeOf(parent);
    if (kindSpec(n->kind).children() == NodeKindSpec::Children::None || n->unsupported)
        return false;
    return n->load == LoadState::NotLoaded || n->load == LoadState::Loading ||
           n->load == LoadState::Partial || !n->children.empty();
}

bool CatalogTreeModel::canFetchMore(const QModelIndex& parent) const {
    Node* n = nodeOf(parent);
    if (!n || parent.column() != 0) return false;
    switch (kindSpec(n->kind).children()) {
        case NodeKindSpec::Children::NamePages:
            return n->load == LoadState::NotLoaded ||
                   (n->load == LoadState::Partial && n->moreWanted);
        case NodeKindSpec::Children::WithObject:
        case NodeKindSpec::Children::Folders:
            return n->load == LoadState::NotLoaded;
        case NodeKindSpec::Children::None:
            return false;
    }
    return false;
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
    if (n->kind == NodeKind::Connection && !catalogOf(n)) return openConnection(n);
    if (kindSpec(n->kind).children() == NodeKindSpec::Children::WithObject) return fetchObject(n);
    if (kindSpec(n->kind).children() == NodeKindSpec::Children::Folders) {
        // Not at once: fetchMore() may be called while other views of the model are still
        // handling a change, and must not start another one under them.
        n->load = LoadState::Loading;
        std::weak_ptr<char> ticket = n->ticket;
        QTimer::singleShot(0, this, [this, ticket, n] {
            if (!ticket.expired()) makeFolders(n);
        });
        return;
    }
    fetchNames(n, false);
}

Qt::ItemFlags CatalogTreeModel::flags(const QModelIndex& index) const {
    if (!index.isValid()) return Qt::NoItemFlags;
    // A folder of objects its catalog does not have is shown, disabled, with the reason.
    if (nodeOf(index)->unsupported) return Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
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
        // What every kind shares: a failed load, a refused name search, and the roles that
        // say where a node is.
        case Qt::DisplayRole:
            if (!first && n->filterRefusal) return tr("server refused the name search");
            break;
        case Qt::DecorationRole:
            if (first && n->load == LoadState::Failed) return NavigatorIcons::error();
            break;
        case Qt::ToolTipRole:
            if (n->kind == NodeKind::Message) break;
            if (!n->error.isEmpty()) return n->error;
            if (n->filterRefusal) {
                return tr("The server refused the name search, so only the names loaded so far "
                          "are filtered:\n%1")
                    .arg(*n->filterRefusal);
            }
            break;
        case KindRole:
            return static_cast<int>(n->kind);
        case NameRole:
            return n->kind == NodeKind::Connection ? n->profile->name : q(n->name);
        case ConnectionIdRole:
            return connectionOf(n)->profile->id;
        case DatabaseRole: {
            const Node* d = n->enclosing(NodeKind::Database);
            return d ? q(d->name) : QVariant();
        }
        case TableRole: {
            const Node* t = n->enclosing(NodeKind::Table);
            return t ? q(t->name) : QVariant();
        }
        case ObjectRole: {
            const Node* o = n->enclosing(NodeKind::View);
            if (!o) o = n->enclosing(NodeKind::Function);
            return o ? q(o->name) : QVariant();
        }
        case LoadStateRole:
            return static_cast<int>(n->load);
        case ErrorRole:
            return n->error;
        case FilterRefusalRole:
            return n->filterRefusal ? *n->filterRefusal : QString();
        default:
            break;
    }
    return kindSpec(n->kind).data(*n, index.column(), role);
}

// ---- connections ----

QModelIndex CatalogTreeModel::addConnection(const ConnectionProfile& profile) {
    if (QModelIndex existing = connectionIndex(profile.id); existing.isValid()) return existing;
    int row = static_cast<int>(roots_.size());
    beginInsertRows({}, row, row);
    auto node = std::make_unique<Node>(NodeKind::Connection, nullptr, profile.name.toStdString());
    *node->profile = profile;
    node->row = row;
    roots_.push_back(std::move(node));
    endInsertRows();
    return index(row, 0);
}

void CatalogTreeModel::updateConnection(const ConnectionProfile& profile) {
    QModelIndex i = connectionIndex(profile.id);
    if (!i.isValid()) return;
    Node* n = nodeOf(i);
    bool reachChanged = n->profile->kind != profile.kind || n->profile->uri != profile.uri ||
                        n->profile->warehouse != profile.warehouse ||
                        n->profile->auth != profile.auth;
    *n->profile = profile;
    emit dataChanged(indexOf(n), indexOf(n, ColumnCount - 1));
    if (reachChanged) closeConnection(profile.id);
}

void CatalogTreeModel::removeConnection(const QString& profileId) {
    QModelIndex i = connectionIndex(profileId);
    if (!i.isValid()) return;
    connections_->close(profileId);
    beginRemoveRows({}, i.row(), i.row());
    roots_.erase(roots_.begin() + i.row());
    for (size_t r = 0; r < roots_.size(); ++r)
        roots_[r]->row = static_cast<int>(r);
    endRemoveRows();
}

QModelIndex CatalogTreeModel::connectionIndex(const QString& profileId) const {
    for (const auto& c : roots_)
        if (c->profile->id == profileId) return indexOf(c.get());
    return {};
}

QStringList CatalogTreeModel::connectionIds() const {
    QStringList ids;
    for (const auto& c : roots_)
        ids << c->profile->id;
    return ids;
}

void CatalogTreeModel::closeConnection(const QString& profileId) {
    Node* n = connectionNode(profileId);
    if (!n) return;
    // An open connection is reset by the service's closed() signal; one still opening (or
    // never opened) is reset here.
    const bool wasOpen = connections_->isOpen(profileId);
    connections_->close(profileId);
    if (!wasOpen) resetConnection(n);
}

void CatalogTreeModel::resetConnection(Node* n) {
    if (!n) return;
    n->newTicket();
    clearChildren(n);
    n->load = LoadState::NotLoaded;
    n->nextPageToken.reset();
    n->error.clear();
    n->searchUnsupported = 0;  // the next server may have the search
    emit dataChanged(indexOf(n), indexOf(n, ColumnCount - 1));
}

std::shared_ptr<Catalog> CatalogTreeModel::catalogOf(const Node* node) const {
    const Node* conn = node ? node->root() : nullptr;
    return conn ? connections_->catalog(conn->profile->id) : nullptr;
}

std::shared_ptr<Catalog> CatalogTreeModel::catalogFor(const QModelIndex& index) const {
    return catalogOf(nodeOf(index));
}

const ConnectionProfile* CatalogTreeModel::profileFor(const QModelIndex& index) const {
    Node* n = connectionOf(nodeOf(index));
    return n ? n->profile.get() : nullptr;
}

void CatalogTreeModel::openConnection(Node* node) {
    node->load = LoadState::Loading;
    node->error.clear();
    showLoading(node, tr("Connecting…"));
    requestStarted();
    std::weak_ptr<char> ticket = node->ticket;
    std::weak_ptr<bool> alive = alive_;
    auto opened = [=, this](const Result<std::shared_ptr<Catalog>>& catalog) {
        if (alive.expired()) return;
        requestEnded();
        if (ticket.expired()) return;
        if (!catalog) return setFailed(node, catalog.error());
        clearMessage(node);
        node->load = LoadState::NotLoaded;
        fetchNames(node, false);
        // Opened while the filter is on: its matches below are searched for too.
        if (!filter_.isEmpty()) searchBelowAll(node, serverPatternFor(filter_));
    };
    node->pending = connections_->open(*node->profile, opened);
}

// ---- refresh, retry ----

void CatalogTreeModel::refresh(const QModelIndex& i) {
    Node* n = nodeOf(i);
    if (!n) return;
    if (kindSpec(n->kind).children() == NodeKindSpec::Children::None)
        return refresh(indexOf(n->parent));
    if (n->kind == NodeKind::Connection && !catalogOf(n)) return retry(i);
    if (kindSpec(n->kind).children() == NodeKindSpec::Children::WithObject) {
        if (n->load != LoadState::NotLoaded) fetchObject(n);
        return;
    }
    if (kindSpec(n->kind).children() == NodeKindSpec::Children::Folders) {
        for (auto& c : n->children)
            refresh(indexOf(c.get()));
        return;
    }
    if (n->load == LoadState::NotLoaded) return;
    n->unsupported = false;
    if (n->load == LoadState::Failed && n->nameCount() == 0) return retry(i);
    fetchNames(n, true);
}

void CatalogTreeModel::retry(const QModelIndex& i) {
    Node* n = nodeOf(i);
    if (!n) return;
    if (kindSpec(n->kind).children() == NodeKindSpec::Children::None)
        return retry(indexOf(n->parent));
    if (n->load == LoadState::Loading) return;
    if (n->kind == NodeKind::Connection && !catalogOf(n)) {
        n->newTicket();
        return openConnection(n);
    }
    if (kindSpec(n->kind).children() == NodeKindSpec::Children::WithObject) return fetchObject(n);
    if (kindSpec(n->kind).children() == NodeKindSpec::Children::Folders) return makeFolders(n);
    n->newTicket();
    // A failed refresh is retried as a refresh; a failed page as the same page.
    fetchNames(n, n->refreshing);
}

// ---- tables ----

void CatalogTreeModel::loadTable(const QModelIndex& tableIndex) {
    Node* n = nodeOf(tableIndex);
    if (!n || n->kind != NodeKind::Table) return;
    if (n->load == LoadState::NotLoaded || n->load == LoadState::Failed) fetchObject(n);
}

std::shared_ptr<const TableInfo> CatalogTreeModel::tableInfo(const QModelIndex& index) const {
    Node* n = nodeOf(index);
    while (n && n->kind != NodeKind::Table)
        n = n->parent;
    return n ? n->table : nullptr;
}

}  // namespace paimon::ui
