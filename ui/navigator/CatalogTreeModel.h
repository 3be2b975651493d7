#pragma once

#include <QAbstractItemModel>
#include <QIcon>
#include <QString>

#include <functional>
#include <memory>
#include <unordered_map>
#include <vector>

#include "core/catalog/Catalog.h"
#include "ui/connection/ConnectionProfile.h"
#include "ui/navigator/NavigatorNode.h"
#include "ui/navigator/NodeKinds.h"

namespace paimon::ui {

class ConnectionService;

// The navigator's model: connection > database > table > column, an adapter over domain
// nodes. Everything loads on demand through the Catalog: a connection opens when first
// expanded, names come page by page through canFetchMore/fetchMore (the first page when the
// node is expanded, each next one once MoreWantedRole says the view wants it), a table's columns
// when the table is expanded or its details are asked for. A node whose load failed shows the error
// as a child row and is loaded again by retry() or refresh(). Results that arrive for a node that
// was refreshed, removed or re-filtered since are dropped (generation counters).
//
// The model keeps the tree, its paging and its filter; what each kind of row is (how its
// children are listed, how it is shown, its pane and actions) is described in NodeKinds.h;
// the open catalogs belong to the ConnectionService.
class CatalogTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    using NodeKind = paimon::ui::NodeKind;
    using LoadState = paimon::ui::LoadState;
    enum Role {
        KindRole = Qt::UserRole + 1,  // NodeKind as int
        NameRole,                     // the object's name (database, table or column)
        ConnectionIdRole,
        DatabaseRole,  // the database name of a database, table or column node
        TableRole,     // the table name of a table or column node
        ObjectRole,    // the view or function name of a view or function node
        LoadStateRole,
        ErrorRole,          // the node's load error, one line, or empty
        FilterRefusalRole,  // why the server refused the filter's name search, or empty
        // setData(index, true, MoreWantedRole): the user reached the end of the loaded names;
        // load the next page. (QTreeView calls fetchMore on every layout of an expanded node,
        // so a node's next page is offered by canFetchMore only once it is wanted.)
        MoreWantedRole,
    };
    enum Column { NameColumn, InfoColumn, ColumnCount };

    explicit CatalogTreeModel(ConnectionService* connections, QObject* parent = nullptr);
    ~CatalogTreeModel() override;

    // Names per list request; the server may cap it.
    void setPageSize(int size) { pageSize_ = size; }
    int pageSize() const { return pageSize_; }

    // Connections, as top-level rows.
    QModelIndex addConnection(const ConnectionProfile& profile);
    void updateConnection(const ConnectionProfile& profile);  // name, colour, ...
    void removeConnection(const QString& profileId);
    QModelIndex connectionIndex(const QString& profileId) const;
    QStringList connectionIds() const;
    // Closes the catalog (ConnectionService::close) and forgets everything loaded below the
    // connection.
    void closeConnection(const QString& profileId);
    std::shared_ptr<Catalog> catalogFor(const QModelIndex& index) const;
    const ConnectionProfile* profileFor(const QModelIndex& index) const;

    // Loads again what a node holds, keeping the rows (and so the view's expansion and
    // selection) of everything that still exists. On a message row it reloads its parent.
    void refresh(const QModelIndex& index);
    // Loads a node whose load failed, or a never-loaded one.
    void retry(const QModelIndex& index);

    // After a write of this app succeeded: the rows change in place, with no reload. A name
    // under a node that was never loaded is left for its first load to bring.
    void databaseCreated(const QString& profileId, const std::string& database);
    void databaseDropped(const QString& profileId, const std::string& database);
    void tableCreated(const QString& profileId, const Identifier& table);
    void tableDropped(const QString& profileId, const Identifier& table);
    // The row moves (and keeps what it had loaded) within a database; across databases it
    // leaves one and appears in the other.
    void tableRenamed(const QString& profileId, const Identifier& from, const Identifier& to);
    // Loads the table again, which updates its columns in place.
    void tableAltered(const QString& profileId, const Identifier& table);
    // Views and functions: as tables (a view's rename stays in its database).
    void objectCreated(const QString& profileId, NodeKind folder, const Identifier& id);
    void objectDropped(const QString& profileId, NodeKind folder, const Identifier& id);
    void viewRenamed(const QString& profileId, const Identifier& from, const Identifier& to);
    // The row of a view or function (folder: its folder kind), or an invalid index.
    QModelIndex objectIndex(const QString& profileId, NodeKind folder, const Identifier& id) const;
    // A database, or an object of one (folder: its folder kind), found by a search: its row
    // made where it belongs, loaded or not (the database's row, its folders, the object's
    // row), as the filter's search does. Invalid when the connection has not listed its
    // databases.
    QModelIndex reveal(const QString& profileId, const std::string& database,
                       std::optional<NodeKind> folder, const std::string& object);
    // The folder of a kind under a loaded database, or an invalid index.
    QModelIndex folderIndex(const QString& profileId, const std::string& database,
                            NodeKind folder) const;
    // The index of a database or table row by name, or an invalid one when not loaded.
    QModelIndex databaseIndex(const QString& profileId, const std::string& database) const;
    QModelIndex tableIndex(const QString& profileId, const Identifier& table) const;
    // The names of the databases loaded under the connection.
    QStringList loadedDatabases(const QString& profileId) const;

    // Table details: loads the table (if not yet), which fills its columns.
    void loadTable(const QModelIndex& tableIndex);
    std::shared_ptr<const TableInfo> tableInfo(const QModelIndex& index) const;

    // The navigator's filter text: asks the server for matching names under every node whose
    // names are only partly loaded (name patterns), and merges them in. Answers for an older
    // text are dropped.
    void setServerFilter(const QString& text);
    QString serverFilter() const { return filter_; }
    // The prefix pattern "text%" (with %, _ and \ escaped) that the server is asked for.
    static std::string serverPatternFor(const QString& text);
    // "12 columns", as a table's row says it.
    static QString columnsText(int count) { return tr("%n column(s)", nullptr, count); }

    // Which detail pane shows the node and which actions it has (NodeKinds.h).
    DetailPane paneOf(const QModelIndex& index) const;
    NodeActions actionsOf(const QModelIndex& index) const;

    // For the quick filter, without a QVariant per row: a node's kind and its name as the
    // catalog spells it (UTF-8; a connection's is empty).
    NodeKind kindOf(const QModelIndex& index) const;
    const std::string& nameOf(const QModelIndex& index) const;

    // How many requests this model has in flight (for tests and the status bar).
    int pendingRequests() const { return pending_; }

    // QAbstractItemModel
    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    void loadFailed(const QModelIndex& index, const QString& message);
    // A table's (or a view's) object loaded, its columns in place.
    void tableLoaded(const QModelIndex& tableIndex);
    void busyChanged(int pendingRequests);

private:
    using Node = NavigatorNode;
    static Node* nodeOf(const QModelIndex& index);
    QModelIndex indexOf(const Node* node, int column = 0) const;
    static Node* connectionOf(Node* node);

    std::shared_ptr<Catalog> catalogOf(const Node* node) const;
    void openConnection(Node* node);
    void resetConnection(Node* node);
    void fetchNames(Node* node, bool refreshing);
    void mergeNames(Node* node, const std::vector<std::string>& names,
                    const std::optional<std::string>& lastCovered, bool removeMissing);
    void fetchObject(Node* node);
    void setColumns(Node* node, const std::vector<DataField>& fields,
                    const std::vector<std::string>& primaryKeys,
                    const std::vector<std::string>& partitionKeys);
    void fetchFiltered(Node* node, const std::string& pattern,
                       const std::optional<std::string>& token);
    // Searches below a connection, for each folder kind its kind searches, where the server
    // has the search, else in each loaded listing.
    void searchBelowAll(Node* node, const std::string& pattern);
    void searchBelow(Node* node, NodeKind folder, const std::string& pattern,
                     const std::optional<std::string>& token, int pagesLeft);
    // Asks the filter's listing of every partly loaded listing below `node` (of the folder
    // kind `only`, when given).
    void searchEachListing(Node* node, const std::string& pattern,
                           std::optional<NodeKind> only = std::nullopt);
    // A database's folders, made once.
    void makeFolders(Node* node);
    // A folder whose catalog has no such objects: disabled, with the reason.
    void setUnsupported(Node* node, const Error& error);

    Node* connectionNode(const QString& profileId) const;
    static Node* child(Node* parent, const std::string& name);
    // A table's or view's rename: the row moves within its folder, or across databases leaves
    // one and appears in the other.
    void moveObject(const QString& profileId, NodeKind folder, const Identifier& from,
                    const Identifier& to);
    void insertChild(Node* parent, const std::string& name);
    void removeChild(Node* parent, const std::string& name);

    void setMessage(Node* node, const QString& text, bool isError);
    void showLoading(Node* node, const QString& text);
    void clearMessage(Node* node);
    void clearChildren(Node* node);
    void setFailed(Node* node, const Error& error);
    void requestStarted();
    void requestEnded();

    ConnectionService* connections_;
    std::vector<std::unique_ptr<Node>> roots_;
    // Pages of the search across databases asked for each filter text: a prefix search that
    // matches more than this many pages is narrowed by typing on.
    static constexpr int kSearchPages = 5;
    int pageSize_ = 1000;
    QString filter_;
    uint64_t filterGeneration_ = 0;
    int pending_ = 0;
    std::shared_ptr<bool> alive_;
};

}  // namespace paimon::ui
