#include <QTimer>

#include <algorithm>
#include <functional>
#include <map>
#include <unordered_set>
#include <utility>

#include "core/catalog/Paging.h"
#include "ui/navigator/CatalogTreeModel.h"
#include "ui/navigator/NodeKinds.h"
#include "ui/net/Logging.h"

// The navigator model's loading: names page by page, a node's object and the rows it brings,
// the server side of the filter, and the rows that say what is happening.

namespace paimon::ui {

namespace {
QString q(const std::string& s) {
    return QString::fromStdString(s);
}
std::string databaseNameOf(const NavigatorNode* node) {
    const NavigatorNode* d = node->enclosing(NodeKind::Database);
    return d ? d->name : std::string();
}
}  // namespace

// ---- names ----

void CatalogTreeModel::fetchNames(Node* node, bool refreshing) {
    auto catalog = catalogOf(node);
    if (!catalog) return;
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
    const NodeKindSpec* spec = &kindSpec(node->kind);
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
        request.pageToken = std::move(token);
        requestStarted();
        std::shared_ptr<Step> self = weakStep.lock();
        Callback<Page<std::string>> onPage = [=, this](Result<Page<std::string>> page) {
            if (alive.expired()) return;
            requestEnded();
            if (ticket.expired()) return;
            if (!page) {
                if (page.error().kind == ErrorKind::NotImplemented && node->parent &&
                    kindSpec(node->parent->kind).children() == NodeKindSpec::Children::Folders)
                    return setUnsupported(node, page.error());
                return setFailed(node, page.error());
            }
            auto& c = *collected;
            qCDebug(lcNavigator) << "page of" << page->items.size() << "names under"
                                 << q(node->name) << (page->nextPageToken ? "(more)" : "(last)");
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
                            [&](const std::string& n) { return node->byName.contains(n); })) {
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
        node->pending = spec->listNames(*catalog, *node, request, onPage);
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
            if (present.contains(name) || (lastCovered && name > *lastCovered)) continue;
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
        if (!node->byName.contains(n) && seen.insert(n).second) fresh.push_back(n);
    if (fresh.empty()) return;
    const NodeKind childKind = kindSpec(node->kind).childKind();
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

void CatalogTreeModel::makeFolders(Node* node) {
    if (!node->children.empty()) {
        node->load = LoadState::Complete;
        emit dataChanged(indexOf(node), indexOf(node, ColumnCount - 1));
        return;
    }
    const std::vector<NodeKind> kinds = kindSpec(node->kind).folders();
    if (kinds.empty()) return;
    beginInsertRows(indexOf(node), 0, static_cast<int>(kinds.size()) - 1);
    for (NodeKind k : kinds) {
        auto f = std::make_unique<Node>(k, node, std::string());
        f->row = static_cast<int>(node->children.size());
        node->children.push_back(std::move(f));
    }
    node->load = LoadState::Complete;
    endInsertRows();
    emit dataChanged(indexOf(node), indexOf(node, ColumnCount - 1));
}

void CatalogTreeModel::setUnsupported(Node* node, const Error& error) {
    clearChildren(node);
    node->unsupported = true;
    node->load = LoadState::Complete;
    node->nextPageToken.reset();
    node->message = q(error.message);
    qCInfo(lcNavigator).noquote() << "not supported under" << q(databaseNameOf(node)) << ":"
                                  << node->message;
    emit dataChanged(indexOf(node), indexOf(node, ColumnCount - 1));
}

void CatalogTreeModel::fetchObject(Node* node) {
    auto catalog = catalogOf(node);
    if (!catalog) return;
    node->newTicket();
    node->load = LoadState::Loading;
    node->error.clear();
    if (node->children.empty()) showLoading(node, tr("Loading…"));
    requestStarted();
    std::weak_ptr<char> ticket = node->ticket;
    std::weak_ptr<bool> alive = alive_;
    node->pending =
        kindSpec(node->kind).loadObject(*catalog, *node, [=, this](Result<NodeObject> r) {
            if (alive.expired()) return;
            requestEnded();
            if (ticket.expired()) return;
            if (!r) return setFailed(node, r.error());
            clearMessage(node);
            node->table = r->table;
            node->view = r->view;
            if (node->table) {
                setColumns(node, node->table->schema.fields, node->table->schema.primaryKeys,
                           node->table->schema.partitionKeys);
            } else if (node->view) {
                setColumns(node, node->view->schema.fields, {}, {});
            }
            node->load = LoadState::Complete;
            emit dataChanged(indexOf(node), indexOf(node, ColumnCount - 1));
            emit tableLoaded(indexOf(node));
        });
}

void CatalogTreeModel::setColumns(Node* node, const std::vector<DataField>& fields,
                                  const std::vector<std::string>& primaryKeys,
                                  const std::vector<std::string>& partitionKeys) {
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
        c->column->primaryKey = isIn(primaryKeys, fields[i].name);
        c->column->partitionKey = isIn(partitionKeys, fields[i].name);
    }
    if (sameNames && !fields.empty()) {
        emit dataChanged(index(0, 0, parentIndex),
                         index(static_cast<int>(fields.size()) - 1, ColumnCount - 1, parentIndex));
    }
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
    // Every node that lists names page by page, and only those: the walk goes through the
    // kinds that list names or hold folders (not into a database's many tables).
    auto walks = [](NodeKind k) {
        const auto c = kindSpec(k).children();
        return c == NodeKindSpec::Children::NamePages || c == NodeKindSpec::Children::Folders;
    };
    std::function<void(Node*)> forgetAll = [&](Node* n) {
        const NodeKindSpec& spec = kindSpec(n->kind);
        if (!walks(n->kind)) return;
        if (spec.children() == NodeKindSpec::Children::NamePages) {
            forget(n);
            n->searchPending.cancel();
            n->searchPending = {};
            if (!walks(spec.childKind())) return;
        }
        for (auto& c : n->children)
            forgetAll(c.get());
    };
    for (auto& conn : roots_)
        forgetAll(conn.get());
    if (filter_.isEmpty()) return;
    const std::string pattern = serverPatternFor(filter_);
    for (auto& conn : roots_) {
        if (!catalogOf(conn.get())) continue;
        // The connection's own names (databases), then what lies below.
        if (conn->load == LoadState::Partial) fetchFiltered(conn.get(), pattern, std::nullopt);
        searchBelowAll(conn.get(), pattern);
    }
}

void CatalogTreeModel::searchBelowAll(Node* node, const std::string& pattern) {
    // In one search across databases per folder kind where the server has it, else in each
    // listing loaded so far.
    for (NodeKind folder : kindSpec(node->kind).searchedFolders()) {
        if (node->searchUnsupported & (1U << static_cast<unsigned>(folder))) {
            searchEachListing(node, pattern, folder);
        } else {
            searchBelow(node, folder, pattern, std::nullopt, kSearchPages);
        }
    }
}

void CatalogTreeModel::searchEachListing(Node* node, const std::string& pattern,
                                         std::optional<NodeKind> only) {
    for (auto& c : node->children) {
        const NodeKindSpec& spec = kindSpec(c->kind);
        if (spec.children() == NodeKindSpec::Children::Folders) {
            searchEachListing(c.get(), pattern, only);
            continue;
        }
        if (spec.children() != NodeKindSpec::Children::NamePages) continue;
        if (only && c->kind != *only) continue;
        if (c->load == LoadState::Partial) fetchFiltered(c.get(), pattern, std::nullopt);
        searchEachListing(c.get(), pattern, only);
    }
}

void CatalogTreeModel::searchBelow(Node* node, NodeKind folder, const std::string& pattern,
                                   const std::optional<std::string>& token, int pagesLeft) {
    auto catalog = catalogOf(node);
    if (!catalog) return;
    const uint64_t generation = filterGeneration_;
    std::weak_ptr<char> ticket = node->ticket;
    std::weak_ptr<bool> alive = alive_;
    requestStarted();
    Callback<Page<Identifier>> done = [=, this](Result<Page<Identifier>> page) {
        if (alive.expired()) return;
        requestEnded();
        if (ticket.expired() || generation != filterGeneration_) return;
        if (!page) {
            // A server without the search (an older one, or one that refuses it): each listing
            // loaded below is searched instead, now and for the rest of this connection.
            qCInfo(lcNavigator).noquote()
                << "no search across databases under" << q(node->name) << ":"
                << q(page.error().describe()) << "- searching each database instead";
            if (page.error().kind != ErrorKind::Cancelled)
                node->searchUnsupported |= 1U << static_cast<unsigned>(folder);
            return searchEachListing(node, pattern, folder);
        }
        // The matches join the tree where they belong: a database's row appears (if the
        // databases are loaded), with its folders, and the object in its folder, loaded or not.
        std::map<std::string, std::vector<std::string>> byChild;
        for (const Identifier& id : page->items)
            byChild[id.database].push_back(id.object);
        for (auto& [childName, grandchildren] : byChild) {
            insertChild(node, childName);
            Node* c = child(node, childName);
            if (!c) continue;
            makeFolders(c);
            Node* f = c->folder(folder);
            if (!f || f->unsupported) continue;
            std::sort(grandchildren.begin(), grandchildren.end());
            mergeNames(f, grandchildren, std::nullopt, false);
        }
        qCDebug(lcNavigator) << page->items.size() << "matches below" << q(node->name)
                             << (page->nextPageToken ? "(more)" : "(last)");
        if (page->nextPageToken && !page->nextPageToken->empty() && pagesLeft > 1)
            searchBelow(node, folder, pattern, page->nextPageToken, pagesLeft - 1);
    };
    // The searches of the folder kinds run side by side: cancelling the node's cancels each.
    Cancellation earlier = node->searchPending;
    Cancellation now =
        kindSpec(node->kind)
            .searchDescendants(*catalog, *node, folder, pattern, token, pageSize_, std::move(done));
    node->searchPending = Cancellation([earlier, now] {
        earlier.cancel();
        now.cancel();
    });
}

void CatalogTreeModel::fetchFiltered(Node* node, const std::string& pattern,
                                     const std::optional<std::string>& token) {
    auto catalog = catalogOf(node);
    if (!catalog) return;
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
            qCInfo(lcNavigator).noquote() << "the server refused the name search under"
                                          << q(node->name) << ":" << q(page.error().describe());
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
    node->filterPending = kindSpec(node->kind).listNames(*catalog, *node, request, done);
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
