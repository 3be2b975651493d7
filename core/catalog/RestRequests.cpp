#include "core/catalog/RestRequests.h"

#include "core/json/Messages.h"

namespace paimon {

std::string RestRequest::target() const {
    HttpRequest r;
    r.path = path;
    r.query = query;
    return r.url();  // no base URL: the path and the query, encoded as the transports send
}

RestRequests::RestRequests(ResourcePaths paths, Options tableDefaults)
    : paths_(std::move(paths)), tableDefaults_(std::move(tableDefaults)) {}

RestRequest RestRequests::config(const std::string& warehouse) {
    RestRequest r{"GET", ResourcePaths::config(), {}, std::nullopt};
    if (!warehouse.empty()) r.query.emplace_back("warehouse", warehouse);
    return r;
}

QueryParams RestRequests::listQuery(const ListRequest& r, const char* patternKey) {
    QueryParams q;
    if (r.maxResults > 0) q.emplace_back("maxResults", std::to_string(r.maxResults));
    if (r.pageToken && !r.pageToken->empty()) q.emplace_back("pageToken", *r.pageToken);
    if (r.namePattern && !r.namePattern->empty()) q.emplace_back(patternKey, *r.namePattern);
    return q;
}

QueryParams RestRequests::tableListQuery(const ListRequest& r) {
    QueryParams q = listQuery(r, "tableNamePattern");
    if (r.tableType && !r.tableType->empty()) q.emplace_back("tableType", *r.tableType);
    return q;
}

RestRequest RestRequests::listDatabases(const ListRequest& request) const {
    return {"GET", paths_.databases(), listQuery(request, "databaseNamePattern"), std::nullopt};
}

RestRequest RestRequests::createDatabase(const std::string& name, const Options& options) const {
    return {"POST", paths_.databases(), {}, codec::encode(CreateDatabaseRequest{name, options})};
}

RestRequest RestRequests::getDatabase(const std::string& name) const {
    return {"GET", paths_.database(name), {}, std::nullopt};
}

RestRequest RestRequests::alterDatabase(const std::string& name,
                                        const std::vector<std::string>& removals,
                                        const Options& updates) const {
    return {
        "POST", paths_.database(name), {}, codec::encode(AlterDatabaseRequest{removals, updates})};
}

RestRequest RestRequests::databaseEmptinessProbe(const std::string& name) const {
    return listTables(name, ListRequest{1, std::nullopt, std::nullopt});
}

RestRequest RestRequests::dropDatabase(const std::string& name) const {
    return {"DELETE", paths_.database(name), {}, std::nullopt};
}

RestRequest RestRequests::listTables(const std::string& database,
                                     const ListRequest& request) const {
    return {"GET", paths_.tables(database), tableListQuery(request), std::nullopt};
}

RestRequest RestRequests::listTableDetails(const std::string& database,
                                           const ListRequest& request) const {
    return {"GET", paths_.tableDetails(database), tableListQuery(request), std::nullopt};
}

RestRequest RestRequests::listTablesGlobally(const TablesRequest& request) const {
    // As Java's RESTApi orders them: paging first, then the patterns.
    QueryParams q;
    if (request.maxResults > 0) q.emplace_back("maxResults", std::to_string(request.maxResults));
    if (request.pageToken && !request.pageToken->empty())
        q.emplace_back("pageToken", *request.pageToken);
    if (request.databaseNamePattern && !request.databaseNamePattern->empty())
        q.emplace_back("databaseNamePattern", *request.databaseNamePattern);
    if (request.tableNamePattern && !request.tableNamePattern->empty())
        q.emplace_back("tableNamePattern", *request.tableNamePattern);
    return {"GET", paths_.tablesGlobal(), std::move(q), std::nullopt};
}

RestRequest RestRequests::createTable(const Identifier& id, const Schema& schema) const {
    return {"POST",
            paths_.tables(id.database),
            {},
            codec::encode(CreateTableRequest{id, withTableDefaults(schema, tableDefaults_)})};
}

RestRequest RestRequests::getTable(const Identifier& id) const {
    return {"GET", paths_.table(id.database, id.object), {}, std::nullopt};
}

RestRequest RestRequests::alterTable(const Identifier& id,
                                     const std::vector<SchemaChange>& changes) const {
    return {"POST",
            paths_.table(id.database, id.object),
            {},
            codec::encode(AlterTableRequest{changes})};
}

RestRequest RestRequests::renameTable(const Identifier& from, const Identifier& to) const {
    return {"POST", paths_.renameTable(), {}, codec::encode(RenameTableRequest{from, to})};
}

RestRequest RestRequests::dropTable(const Identifier& id) const {
    return {"DELETE", paths_.table(id.database, id.object), {}, std::nullopt};
}

}  // namespace paimon
