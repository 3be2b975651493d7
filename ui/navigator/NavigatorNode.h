#pragma once

#include <QString>

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/catalog/Catalog.h"
#include "ui/connection/ConnectionProfile.h"

namespace paimon::ui {

// What a WithObject node loads: a table or a view (one of them set).
struct NodeObject {
    std::shared_ptr<const TableInfo> table;
    std::shared_ptr<const ViewInfo> view;
};

// What a navigator row is. Each kind is described once, in NodeKinds.cpp. Under a database sit
// three folders, which list its tables, views and functions.
enum class NodeKind {
    Connection,
    Database,
    Table,
    Column,
    Message,
    TablesFolder,
    ViewsFolder,
    FunctionsFolder,
    View,
    Function,
};
enum class LoadState { NotLoaded, Loading, Partial, Complete, Failed };

// One row of the navigator's tree. The model (CatalogTreeModel) owns the tree and keeps the
// structure (rows, parents, load state, tickets); a kind's description (NodeKindSpec) reads a
// node to present it and to list its children.
struct NavigatorNode {
    NodeKind kind;
    NavigatorNode* parent = nullptr;
    int row = 0;  // index in parent->children, kept current on every insert and remove
    std::string name;
    std::vector<std::unique_ptr<NavigatorNode>> children;
    std::unordered_map<std::string, NavigatorNode*> byName;  // named children (not messages)
    bool hasMessage = false;                                 // the last child is a message row
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
    // The filter's search below this node (a connection's tables across databases), and whether
    // the server answered it: if not, each loaded listing below is searched instead.
    Cancellation searchPending;
    unsigned searchUnsupported = 0;  // per folder kind: 1 << int(kind)
    // A folder whose catalog has no such objects (a warehouse folder's views): the reason, in
    // `message`, and the row is shown disabled.
    bool unsupported = false;

    // What only some kinds hold lives apart, so that the many table rows stay small (a
    // database of 100,000 tables is 100,000 of these).
    struct ColumnPart {
        DataField field;
        bool primaryKey = false;
        bool partitionKey = false;
    };
    std::unique_ptr<ConnectionProfile> profile;  // kind Connection
    std::unique_ptr<ColumnPart> column;          // kind Column
    // Table: the loaded table, shared with the details pane. View: the loaded view.
    std::shared_ptr<const TableInfo> table;
    std::shared_ptr<const ViewInfo> view;
    // Message: the text; an unsupported folder: why.
    QString message;
    bool messageIsError = false;

    NavigatorNode(NodeKind k, NavigatorNode* p, std::string n)
        : kind(k), parent(p), name(std::move(n)) {
        if (k == NodeKind::Connection) profile = std::make_unique<ConnectionProfile>();
        if (k == NodeKind::Column) column = std::make_unique<ColumnPart>();
    }
    ~NavigatorNode() {
        ticket.reset();
        pending.cancel();
        filterPending.cancel();
        searchPending.cancel();
    }
    NavigatorNode(const NavigatorNode&) = delete;
    NavigatorNode& operator=(const NavigatorNode&) = delete;

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
        searchPending.cancel();
        searchPending = {};
    }
    // The nearest node of `k` at or above this one, or null.
    const NavigatorNode* enclosing(NodeKind k) const {
        const NavigatorNode* n = this;
        while (n && n->kind != k)
            n = n->parent;
        return n;
    }
    // The folder of `k` under a database node, or null (its folders are not made yet).
    NavigatorNode* folder(NodeKind k) const {
        for (const auto& c : children)
            if (c->kind == k) return c.get();
        return nullptr;
    }
    const NavigatorNode* root() const {
        const NavigatorNode* n = this;
        while (n->parent)
            n = n->parent;
        return n;
    }
};

}  // namespace paimon::ui
