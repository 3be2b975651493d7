#pragma once

#include <QFlags>
#include <QVariant>

#include <vector>

#include "ui/navigator/NavigatorNode.h"

namespace paimon::ui {

// Which detail pane shows a node (DetailsPanel).
enum class DetailPane { Message, Connection, Database, Table, View, Function };

// What the window's actions may do on a node of a kind (besides refresh, copy, details).
enum class NodeAction {
    NewTable = 0x1,      // create a table in the node's database
    Edit = 0x2,          // alter the node's object (or its database's)
    Rename = 0x4,        // rename the node's table
    Drop = 0x8,          // drop the node's object
    Export = 0x10,       // export definitions of what the node holds
    NewView = 0x20,      // create a view in the node's database
    NewFunction = 0x40,  // create a function in the node's database
    RenameView = 0x80,   // rename the node's view
};
Q_DECLARE_FLAGS(NodeActions, NodeAction)
Q_DECLARE_OPERATORS_FOR_FLAGS(NodeActions)

// One kind of navigator row, described in one place: how its children are loaded, how it is
// shown, which detail pane shows it and which actions it has. The model holds the tree and the
// paging; adding a kind of row ("Views" under a database, "Snapshots" under a table) is adding
// a NodeKind, a class in NodeKinds.cpp and its entry in kindSpec().
class NodeKindSpec {
public:
    NodeKindSpec() = default;
    NodeKindSpec(const NodeKindSpec&) = delete;
    NodeKindSpec& operator=(const NodeKindSpec&) = delete;
    virtual ~NodeKindSpec() = default;

    // How the node's children come: none; named children listed page by page (which the
    // navigator's filter can also search by name pattern); loaded with the node's object; or
    // fixed folders, made when the node is first expanded (folders()).
    enum class Children { None, NamePages, WithObject, Folders };
    virtual std::vector<NodeKind> folders() const { return {}; }
    virtual Children children() const { return Children::None; }
    // The kind of the children that NamePages lists.
    virtual NodeKind childKind() const { return NodeKind::Message; }
    // NamePages: one page of the children's names.
    virtual Cancellation listNames(Catalog& catalog, const NavigatorNode& node,
                                   const ListRequest& request,
                                   Callback<Page<std::string>> done) const;
    // The navigator's search below the node, in one request per page: the objects of a
    // folder kind two levels down (a connection's tables, views or functions, across its
    // databases) whose names match the prefix pattern, as (database, object) names. Kinds
    // without it answer NotImplemented, and the search falls back to each listing below.
    virtual std::vector<NodeKind> searchedFolders() const { return {}; }
    virtual Cancellation searchDescendants(Catalog& catalog, const NavigatorNode& node,
                                           NodeKind folder, const std::string& pattern,
                                           const std::optional<std::string>& pageToken,
                                           int pageSize, Callback<Page<Identifier>> done) const;
    // WithObject: loads the node's object (a table, or a view), whose columns become its
    // children.
    virtual Cancellation loadObject(Catalog& catalog, const NavigatorNode& node,
                                    Callback<NodeObject> done) const;

    // Display, decoration, tool tip, font and foreground of a loaded, working node; the model
    // answers the common roles (and a failed node's icon and error) itself.
    virtual QVariant data(const NavigatorNode& node, int column, int role) const = 0;

    virtual DetailPane pane() const { return DetailPane::Message; }
    virtual NodeActions actions() const { return {}; }
    // The same for one node, where it depends on where the node is (a view's column).
    virtual DetailPane paneOf(const NavigatorNode& /*node*/) const { return pane(); }
    virtual NodeActions actionsOf(const NavigatorNode& /*node*/) const { return actions(); }
};

const NodeKindSpec& kindSpec(NodeKind kind);

}  // namespace paimon::ui
