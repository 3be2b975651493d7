#include <algorithm>

#include "ui/navigator/CatalogTreeModel.h"
#include "ui/navigator/NodeKinds.h"

// The navigator model after a write of this app: rows change in place, with no reload.

namespace paimon::ui {

namespace {
QString q(const std::string& s) {
    return QString::fromStdString(s);
}
}  // namespace

// ---- writes of this app ----

CatalogTreeModel::Node* CatalogTreeModel::connectionNode(const QString& profileId) const {
    for (const auto& c : roots_)
        if (c->profile->id == profileId) return c.get();
    return nullptr;
}

CatalogTreeModel::Node* CatalogTreeModel::child(Node* parent, const std::string& name) {
    if (!parent) return nullptr;
    auto it = parent->byName.find(name);
    return it == parent->byName.end() ? nullptr : it->second;
}

QModelIndex CatalogTreeModel::databaseIndex(const QString& profileId,
                                            const std::string& database) const {
    return indexOf(child(connectionNode(profileId), database));
}

namespace {
NavigatorNode* folderOf(NavigatorNode* database, NodeKind folder) {
    return database ? database->folder(folder) : nullptr;
}
}  // namespace

QModelIndex CatalogTreeModel::tableIndex(const QString& profileId, const Identifier& table) const {
    return objectIndex(profileId, NodeKind::TablesFolder, table);
}

QModelIndex CatalogTreeModel::objectIndex(const QString& profileId, NodeKind folder,
                                          const Identifier& id) const {
    return indexOf(
        child(folderOf(child(connectionNode(profileId), id.database), folder), id.object));
}

QModelIndex CatalogTreeModel::folderIndex(const QString& profileId, const std::string& database,
                                          NodeKind folder) const {
    return indexOf(folderOf(child(connectionNode(profileId), database), folder));
}

QModelIndex CatalogTreeModel::reveal(const QString& profileId, const std::string& database,
                                     std::optional<NodeKind> folder, const std::string& object) {
    Node* conn = connectionNode(profileId);
    if (!conn) return {};
    insertChild(conn, database);
    Node* db = child(conn, database);
    if (!db || !folder) return indexOf(db);
    makeFolders(db);
    Node* f = db->folder(*folder);
    if (!f || f->unsupported) return indexOf(db);
    mergeNames(f, {object}, std::nullopt, false);
    return indexOf(child(f, object));
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
    objectCreated(profileId, NodeKind::TablesFolder, table);
}

void CatalogTreeModel::tableDropped(const QString& profileId, const Identifier& table) {
    objectDropped(profileId, NodeKind::TablesFolder, table);
}

void CatalogTreeModel::objectCreated(const QString& profileId, NodeKind folder,
                                     const Identifier& id) {
    insertChild(folderOf(child(connectionNode(profileId), id.database), folder), id.object);
}

void CatalogTreeModel::objectDropped(const QString& profileId, NodeKind folder,
                                     const Identifier& id) {
    removeChild(folderOf(child(connectionNode(profileId), id.database), folder), id.object);
}

void CatalogTreeModel::viewRenamed(const QString& profileId, const Identifier& from,
                                   const Identifier& to) {
    moveObject(profileId, NodeKind::ViewsFolder, from, to);
}

void CatalogTreeModel::tableRenamed(const QString& profileId, const Identifier& from,
                                    const Identifier& to) {
    moveObject(profileId, NodeKind::TablesFolder, from, to);
}

void CatalogTreeModel::moveObject(const QString& profileId, NodeKind folder, const Identifier& from,
                                  const Identifier& to) {
    Node* conn = connectionNode(profileId);
    Node* db = folderOf(child(conn, from.database), folder);
    Node* t = child(db, from.object);
    if (!t || from.database != to.database) {
        removeChild(db, from.object);
        insertChild(folderOf(child(conn, to.database), folder), to.object);
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
    Node* t = nodeOf(tableIndex(profileId, table));
    if (t && t->load != LoadState::NotLoaded) fetchObject(t);
}

}  // namespace paimon::ui
