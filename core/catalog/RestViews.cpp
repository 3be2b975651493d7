#include "core/catalog/RestCatalog.h"
#include "core/catalog/RestCatalogCall.h"
#include "core/json/Messages.h"

// RestCatalog's views and functions (OBJECTS.md §7, §8): the names Java's client refuses are
// refused before anything is sent.

namespace paimon {

using rest_call::rejected;

namespace {

std::optional<Error> checkDatabaseOf(const std::string& database) {
    return checkObjectName(database, "the database");
}

std::optional<Error> checkView(const Identifier& id) {
    return checkIdentifier(id);
}

std::optional<Error> checkFunction(const Identifier& id) {
    if (auto e = checkObjectName(id.database, "the database")) return e;
    return checkFunctionName(id.object);
}

}  // namespace

// ---- views ----

Cancellation RestCatalog::listViewsPage(const std::string& database, const ListRequest& request,
                                        Callback<Page<std::string>> done) {
    if (auto e = checkDatabaseOf(database)) return rejected(client_, *e, done);
    return call<Page<std::string>>(requests_.listViews(database, request), "DATABASE", database,
                                   codec::decodeListViewsResponse, std::move(done));
}

Cancellation RestCatalog::listViewDetailsPage(const std::string& database,
                                              const ListRequest& request,
                                              Callback<Page<ViewInfo>> done) {
    if (auto e = checkDatabaseOf(database)) return rejected(client_, *e, done);
    auto decode = [database](std::string_view body) -> Result<Page<ViewInfo>> {
        auto page = codec::decodeListViewDetailsResponse(body);
        if (page) {
            for (ViewInfo& v : page->items)
                v.database = database;
        }
        return page;
    };
    return call<Page<ViewInfo>>(requests_.listViewDetails(database, request), "DATABASE", database,
                                decode, std::move(done));
}

Cancellation RestCatalog::listViewsGloballyPage(const TablesRequest& request,
                                                Callback<Page<Identifier>> done) {
    return call<Page<Identifier>>(requests_.listViewsGlobally(request), nullptr, "",
                                  codec::decodeListViewsGloballyResponse, std::move(done));
}

Cancellation RestCatalog::getView(const Identifier& id, Callback<ViewInfo> done) {
    if (auto e = checkView(id)) return rejected(client_, *e, done);
    auto decode = [database = id.database](std::string_view body) -> Result<ViewInfo> {
        auto v = codec::decodeGetViewResponse(body);
        if (v) v->database = database;
        return v;
    };
    return call<ViewInfo>(requests_.getView(id), "VIEW", id.object, decode, std::move(done));
}

Cancellation RestCatalog::createView(const Identifier& id, const ViewSchema& schema,
                                     Callback<Unit> done) {
    if (auto e = checkView(id)) return rejected(client_, *e, done);
    return callNoBody(requests_.createView(id, schema), "VIEW", id.object, std::move(done));
}

Cancellation RestCatalog::alterView(const Identifier& id, const std::vector<ViewChange>& changes,
                                    Callback<Unit> done) {
    if (auto e = checkView(id)) return rejected(client_, *e, done);
    return callNoBody(requests_.alterView(id, changes), "VIEW", id.object, std::move(done));
}

Cancellation RestCatalog::renameView(const Identifier& from, const Identifier& to,
                                     Callback<Unit> done) {
    for (const Identifier* id : {&from, &to}) {
        if (auto e = checkView(*id)) return rejected(client_, *e, done);
    }
    return callNoBody(requests_.renameView(from, to), "VIEW", from.object, std::move(done));
}

Cancellation RestCatalog::dropView(const Identifier& id, Callback<Unit> done) {
    if (auto e = checkView(id)) return rejected(client_, *e, done);
    return callNoBody(requests_.dropView(id), "VIEW", id.object, std::move(done));
}

// ---- functions ----

Cancellation RestCatalog::listFunctionsPage(const std::string& database, const ListRequest& request,
                                            Callback<Page<std::string>> done) {
    if (auto e = checkDatabaseOf(database)) return rejected(client_, *e, done);
    return call<Page<std::string>>(requests_.listFunctions(database, request), "DATABASE", database,
                                   codec::decodeListFunctionsResponse, std::move(done));
}

Cancellation RestCatalog::listFunctionDetailsPage(const std::string& database,
                                                  const ListRequest& request,
                                                  Callback<Page<FunctionInfo>> done) {
    if (auto e = checkDatabaseOf(database)) return rejected(client_, *e, done);
    auto decode = [database](std::string_view body) -> Result<Page<FunctionInfo>> {
        auto page = codec::decodeListFunctionDetailsResponse(body);
        if (page) {
            for (FunctionInfo& f : page->items)
                f.database = database;
        }
        return page;
    };
    return call<Page<FunctionInfo>>(requests_.listFunctionDetails(database, request), "DATABASE",
                                    database, decode, std::move(done));
}

Cancellation RestCatalog::listFunctionsGloballyPage(const TablesRequest& request,
                                                    Callback<Page<Identifier>> done) {
    return call<Page<Identifier>>(requests_.listFunctionsGlobally(request), nullptr, "",
                                  codec::decodeListFunctionsGloballyResponse, std::move(done));
}

Cancellation RestCatalog::getFunction(const Identifier& id, Callback<FunctionInfo> done) {
    if (auto e = checkObjectName(id.database, "the database")) return rejected(client_, *e, done);
    // Java's client reports an invalid name as a function that does not exist, unsent.
    if (checkFunctionName(id.object)) {
        Error e = makeError(ErrorKind::NotFound, "Function " + id.fullName() + " does not exist.");
        e.resourceType = "FUNCTION";
        e.resourceName = id.object;
        return rejected(client_, std::move(e), done);
    }
    auto decode = [database = id.database](std::string_view body) -> Result<FunctionInfo> {
        auto f = codec::decodeGetFunctionResponse(body);
        if (f) f->database = database;
        return f;
    };
    return call<FunctionInfo>(requests_.getFunction(id), "FUNCTION", id.object, decode,
                              std::move(done));
}

Cancellation RestCatalog::createFunction(const Identifier& id, const FunctionInfo& function,
                                         Callback<Unit> done) {
    if (auto e = checkFunction(id)) return rejected(client_, *e, done);
    return callNoBody(requests_.createFunction(id, function), "FUNCTION", id.object,
                      std::move(done));
}

Cancellation RestCatalog::alterFunction(const Identifier& id,
                                        const std::vector<FunctionChange>& changes,
                                        Callback<Unit> done) {
    if (auto e = checkFunction(id)) return rejected(client_, *e, done);
    return callNoBody(requests_.alterFunction(id, changes), "FUNCTION", id.object, std::move(done));
}

Cancellation RestCatalog::dropFunction(const Identifier& id, Callback<Unit> done) {
    if (auto e = checkFunction(id)) return rejected(client_, *e, done);
    return callNoBody(requests_.dropFunction(id), "FUNCTION", id.object, std::move(done));
}

}  // namespace paimon
