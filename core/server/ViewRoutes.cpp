#include "core/catalog/Paging.h"
#include "core/json/Messages.h"
#include "core/server/RestService.h"
#include "core/server/ServerSupport.h"
#include "core/util/Crypto.h"

// Views and functions on the server (OBJECTS.md §7, §8), kept in the warehouse by
// ObjectStore: each endpoint refuses what Java's reference server refuses, with its status
// codes and resource types, and a few things its mock lets through (OBJECTS.md §11).

namespace paimon {

using namespace server_detail;

namespace {

Error resource(ErrorKind kind, std::string message, const char* type, std::string name) {
    Error e = makeError(kind, std::move(message));
    e.resourceType = type;
    e.resourceName = std::move(name);
    return e;
}

// The changes in order, each against the result of the ones before, all or none.
Result<ViewInfo> applyViewChanges(ViewInfo v, const std::vector<ViewChange>& changes) {
    using A = ViewChange::Action;
    for (const ViewChange& c : changes) {
        auto& dialects = v.schema.dialects;
        switch (c.action) {
            case A::SetOption:
                v.schema.options[c.key] = c.value;
                break;
            case A::RemoveOption:
                v.schema.options.erase(c.key);
                break;
            case A::UpdateComment:
                v.schema.comment = c.comment;
                break;
            case A::AddDialect:
                if (dialects.contains(c.key)) {
                    return resource(ErrorKind::AlreadyExists,
                                    "Dialect " + c.key + " already exists.", "DIALECT", c.key);
                }
                dialects[c.key] = c.value;
                break;
            case A::UpdateDialect:
            case A::DropDialect:
                if (!dialects.contains(c.key)) {
                    return resource(ErrorKind::NotFound, "Dialect " + c.key + " does not exist.",
                                    "DIALECT", c.key);
                }
                if (c.action == A::UpdateDialect) {
                    dialects[c.key] = c.value;
                } else {
                    dialects.erase(c.key);
                }
                break;
        }
    }
    return v;
}

Result<FunctionInfo> applyFunctionChanges(FunctionInfo f,
                                          const std::vector<FunctionChange>& changes) {
    using A = FunctionChange::Action;
    for (const FunctionChange& c : changes) {
        switch (c.action) {
            case A::SetOption:
                f.options[c.key] = c.value;
                break;
            case A::RemoveOption:
                f.options.erase(c.key);
                break;
            case A::UpdateComment:
                f.comment = c.comment;
                break;
            case A::AddDefinition:
            case A::UpdateDefinition:
                if (!c.definition) {
                    return makeError(ErrorKind::BadRequest,
                                     "The change of definition " + c.key + " has no definition.");
                }
                if (c.action == A::AddDefinition && f.definitions.contains(c.key)) {
                    return resource(ErrorKind::AlreadyExists,
                                    "Definition " + c.key + " already exists.", "DEFINITION",
                                    c.key);
                }
                if (c.action == A::UpdateDefinition && !f.definitions.contains(c.key)) {
                    return resource(ErrorKind::NotFound, "Definition " + c.key + " does not exist.",
                                    "DEFINITION", c.key);
                }
                f.definitions[c.key] = *c.definition;
                break;
            case A::DropDefinition:
                if (!f.definitions.contains(c.key)) {
                    return resource(ErrorKind::NotFound, "Definition " + c.key + " does not exist.",
                                    "DEFINITION", c.key);
                }
                f.definitions.erase(c.key);
                break;
        }
    }
    return f;
}

// A stored document read back (a broken one is the server's fault: 500).
template <class T>
Result<T> stored(const Result<std::string>& text, Result<T> (*decode)(std::string_view)) {
    if (!text) return text.error();
    auto value = decode(*text);
    if (!value) {
        return makeError(ErrorKind::ServiceFailure,
                         "A stored document does not read back: " + value.error().message);
    }
    return value;
}

}  // namespace

HttpResponse RestService::routeViewsAndFunctions(const ServerRequest& request,
                                                 const std::vector<std::string>& rest,
                                                 const QueryParams& query) {
    const std::string& method = request.method;
    auto notAllowed = [&] { return errorResponse(405, "Method " + method + " is not allowed"); };
    const int64_t now = toEpochMillis(this->now());

    // Across databases: GET /views, GET /functions, POST /views/rename.
    if (rest.size() == 2 && rest[0] == "views" && rest[1] == "rename") {
        if (method != "POST") return notAllowed();
        auto body = codec::decodeRenameTableRequest(request.body);
        if (!body) return fromError(body.error());
        const Identifier& from = body->source;
        const Identifier& to = body->destination;
        for (const Identifier* id : {&from, &to}) {
            if (auto e = checkIdentifier(*id)) return fromError(*e);
        }
        return respondEmpty(views_.rename(from.database, from.object, to.database, to.object,
                                          [&](const std::string& text) -> Result<std::string> {
                                              auto v = stored<ViewInfo>(
                                                  text, codec::decodeGetViewResponse);
                                              if (!v) return v.takeError();
                                              v->name = to.object;
                                              v->updatedAt = now;
                                              return codec::encode(*v);
                                          }));
    }
    if (rest.size() == 1) {
        if (method != "GET") return notAllowed();
        const bool views = rest[0] == "views";
        auto list = listRequest(query, views ? "viewNamePattern" : "functionNamePattern");
        if (auto* refused = std::get_if<HttpResponse>(&list)) return *refused;
        const ListRequest& paging = std::get<ListRequest>(list);
        TablesRequest global{paging.maxResults, paging.pageToken,
                             queryValue(query, "databaseNamePattern"), paging.namePattern};
        auto databases = warehouse_->listDatabases();
        if (!databases) return fromError(databases.error());
        std::vector<Identifier> all;
        for (const auto& db : *databases) {
            auto names = (views ? views_ : functions_).names(db);
            if (!names) continue;  // dropped meanwhile
            for (const auto& name : *names)
                all.push_back({db, name});
        }
        return respond(
            pageOfTables(std::move(all), global, config_.defaultPageSize, config_.maxPageSize),
            views ? codec::encodeListViewsGlobally : codec::encodeListFunctionsGlobally);
    }

    // Below a database: rest = databases, db, kind[, name].
    const std::string& db = rest[1];
    const std::string& kind = rest[2];
    const bool views = kind == "views" || kind == "view-details";
    ObjectStore& store = views ? views_ : functions_;
    if (rest.size() == 3) {
        if (method == "GET") {
            auto names = store.names(db);  // a missing database first (404), then the query
            if (!names) return fromError(names.error());
            auto list = listRequest(query, views ? "viewNamePattern" : "functionNamePattern");
            if (auto* refused = std::get_if<HttpResponse>(&list)) return *refused;
            auto page = pageOfNames(*names, std::get<ListRequest>(list), config_.defaultPageSize,
                                    config_.maxPageSize);
            if (!page) return fromError(page.error());
            if (kind == "views") return jsonResponse(codec::encodeListViews(*page));
            if (kind == "functions") return jsonResponse(codec::encodeListFunctions(*page));
            if (kind == "view-details") {
                Page<ViewInfo> details{{}, page->nextPageToken};
                for (const std::string& name : page->items) {
                    auto v = stored<ViewInfo>(store.read(db, name), codec::decodeGetViewResponse);
                    if (v) details.items.push_back(std::move(*v));  // dropped meanwhile: skipped
                }
                return jsonResponse(codec::encodeListViewDetails(details));
            }
            Page<FunctionInfo> details{{}, page->nextPageToken};
            for (const std::string& name : page->items) {
                auto f =
                    stored<FunctionInfo>(store.read(db, name), codec::decodeGetFunctionResponse);
                if (f) details.items.push_back(std::move(*f));
            }
            return jsonResponse(codec::encodeListFunctionDetails(details));
        }
        if (method != "POST" || kind.ends_with("-details")) return notAllowed();
        if (views) {
            auto body = codec::decodeCreateViewRequest(request.body);
            if (!body) return fromError(body.error());
            if (auto e = checkIdentifier(body->identifier)) return fromError(*e);
            if (body->identifier.database != db) {
                return errorResponse(400, "The identifier's database '" +
                                              body->identifier.database +
                                              "' is not the database of the path '" + db + "'");
            }
            ViewInfo v;
            v.id = crypto::uuid4();
            v.name = body->identifier.object;
            v.schema = std::move(body->schema);
            v.createdAt = v.updatedAt = now;
            return respondEmpty(store.create(db, v.name, codec::encode(v)));
        }
        auto body = codec::decodeCreateFunctionRequest(request.body);
        if (!body) return fromError(body.error());
        if (auto e = checkFunctionName(body->name)) return fromError(*e);
        FunctionInfo f = std::move(*body);
        f.uuid = crypto::uuid4();
        f.createdAt = f.updatedAt = now;
        f.owner.reset();
        f.createdBy.reset();
        f.updatedBy.reset();
        return respondEmpty(store.create(db, f.name, codec::encode(f)));
    }
    if (rest.size() != 4 || kind.ends_with("-details")) {
        return errorResponse(404, "No such endpoint: " + method + " " + request.target);
    }
    const std::string& name = rest[3];
    if (!views) {
        if (auto e = checkFunctionName(name)) return fromError(*e);
    }
    if (method == "GET") {
        if (views) {
            return respond(stored<ViewInfo>(store.read(db, name), codec::decodeGetViewResponse),
                           [](const ViewInfo& v) { return codec::encode(v); });
        }
        return respond(stored<FunctionInfo>(store.read(db, name), codec::decodeGetFunctionResponse),
                       [](const FunctionInfo& f) { return codec::encode(f); });
    }
    if (method == "DELETE") return respondEmpty(store.remove(db, name));
    if (method != "POST") return notAllowed();
    if (views) {
        auto changes = codec::decodeAlterViewRequest(request.body);
        if (!changes) return fromError(changes.error());
        return respondEmpty(
            store.update(db, name, [&](const std::string& text) -> Result<std::string> {
                auto v = stored<ViewInfo>(text, codec::decodeGetViewResponse);
                if (!v) return v.takeError();
                auto changed = applyViewChanges(std::move(*v), *changes);
                if (!changed) return changed.takeError();
                changed->updatedAt = now;
                return codec::encode(*changed);
            }));
    }
    auto changes = codec::decodeAlterFunctionRequest(request.body);
    if (!changes) return fromError(changes.error());
    return respondEmpty(store.update(db, name, [&](const std::string& text) -> Result<std::string> {
        auto f = stored<FunctionInfo>(text, codec::decodeGetFunctionResponse);
        if (!f) return f.takeError();
        auto changed = applyFunctionChanges(std::move(*f), *changes);
        if (!changed) return changed.takeError();
        changed->updatedAt = now;
        return codec::encode(*changed);
    }));
}

}  // namespace paimon
