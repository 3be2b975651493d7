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

QueryParams RestRequests::globalListQuery(const TablesRequest& request,
                                          const char* objectPatternKey) {
    QueryParams q;
    if (request.maxResults > 0) q.emplace_back("maxResults", std::to_string(request.maxResults));
    if (request.pageToken && !request.pageToken->empty())
        q.emplace_back("pageToken", *request.pageToken);
    if (request.databaseNamePattern && !request.databaseNamePattern->empty())
        q.emplace_back("databaseNamePattern", *request.databaseNamePattern);
    if (request.tableNamePattern && !request.tableNamePattern->empty())
        q.emplace_back(objectPatternKey, *request.tableNamePattern);
    return q;
}

RestRequest RestRequests::listTablesGlobally(const TablesRequest& request) const {
    return {"GET", paths_.tablesGlobal(), globalListQuery(request, "tableNamePattern"),
            std::nullopt};
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

RestRequest RestRequests::getLatestSnapshot(const Identifier& id) const {
    return {"GET", child(id, {"snapshot"}), {}, std::nullopt};
}

RestRequest RestRequests::getSnapshot(const Identifier& id, const std::string& version) const {
    return {"GET", child(id, {"snapshots", version}), {}, std::nullopt};
}

RestRequest RestRequests::listSnapshots(const Identifier& id, const ListRequest& request) const {
    ListRequest paging = request;
    paging.namePattern.reset();
    return {"GET", child(id, {"snapshots"}), listQuery(paging, ""), std::nullopt};
}

RestRequest RestRequests::listTags(const Identifier& id, const ListRequest& request) const {
    return {"GET", child(id, {"tags"}), listQuery(request, "tagNamePrefix"), std::nullopt};
}

RestRequest RestRequests::getTag(const Identifier& id, const std::string& tag) const {
    return {"GET", child(id, {"tags", tag}), {}, std::nullopt};
}

RestRequest RestRequests::createTag(const Identifier& id, const CreateTagRequest& request) const {
    return {"POST", child(id, {"tags"}), {}, codec::encode(request)};
}

RestRequest RestRequests::deleteTag(const Identifier& id, const std::string& tag) const {
    return {"DELETE", child(id, {"tags", tag}), {}, std::nullopt};
}

RestRequest RestRequests::listBranches(const Identifier& id) const {
    return {"GET", child(id, {"branches"}), {}, std::nullopt};
}

RestRequest RestRequests::createBranch(const Identifier& id,
                                       const CreateBranchRequest& request) const {
    return {"POST", child(id, {"branches"}), {}, codec::encode(request)};
}

RestRequest RestRequests::dropBranch(const Identifier& id, const std::string& branch) const {
    return {"DELETE", child(id, {"branches", branch}), {}, std::nullopt};
}

RestRequest RestRequests::renameBranch(const Identifier& id, const std::string& from,
                                       const std::string& to) const {
    return {"POST",
            child(id, {"branches", from, "rename"}),
            {},
            codec::encode(RenameBranchRequest{to})};
}

RestRequest RestRequests::fastForwardBranch(const Identifier& id, const std::string& branch) const {
    return {"POST",
            child(id, {"branches", branch, "forward"}),
            {},
            codec::encodeForwardBranchRequest()};
}

RestRequest RestRequests::listConsumers(const Identifier& id, const ListRequest& request) const {
    ListRequest paging = request;
    paging.namePattern.reset();
    return {"GET", child(id, {"consumers"}), listQuery(paging, ""), std::nullopt};
}

RestRequest RestRequests::resetConsumer(const Identifier& id,
                                        const ResetConsumerRequest& request) const {
    return {"POST", child(id, {"consumers", "reset"}), {}, codec::encode(request)};
}

RestRequest RestRequests::rollback(const Identifier& id, const RollbackRequest& request) const {
    return {"POST", child(id, {"rollback"}), {}, codec::encode(request)};
}

RestRequest RestRequests::rollbackSchema(const Identifier& id, int64_t schemaId) const {
    return {
        "POST", child(id, {"rollback-schema"}), {}, codec::encode(RollbackSchemaRequest{schemaId})};
}

RestRequest RestRequests::listPartitions(const Identifier& id, const ListRequest& request) const {
    return {"GET", child(id, {"partitions"}), listQuery(request, "partitionNamePattern"),
            std::nullopt};
}

RestRequest RestRequests::listPartitionsByNames(const Identifier& id,
                                                const std::vector<PartitionSpec>& specs) const {
    return {"POST",
            child(id, {"partitions", "list-by-names"}),
            {},
            codec::encodePartitionSpecsRequest(specs)};
}

RestRequest RestRequests::createPartitions(const Identifier& id,
                                           const CreatePartitionsRequest& request) const {
    return {"POST", child(id, {"partitions"}), {}, codec::encode(request)};
}

RestRequest RestRequests::dropPartitions(const Identifier& id,
                                         const DropPartitionsRequest& request) const {
    return {"POST", child(id, {"partitions", "drop"}), {}, codec::encode(request)};
}

RestRequest RestRequests::markPartitionsDone(const Identifier& id,
                                             const std::vector<PartitionSpec>& specs) const {
    return {
        "POST", child(id, {"partitions", "mark"}), {}, codec::encodePartitionSpecsRequest(specs)};
}

// ---- views ----

RestRequest RestRequests::listViews(const std::string& database, const ListRequest& request) const {
    return {"GET", paths_.views(database), listQuery(request, "viewNamePattern"), std::nullopt};
}

RestRequest RestRequests::listViewDetails(const std::string& database,
                                          const ListRequest& request) const {
    return {"GET", paths_.viewDetails(database), listQuery(request, "viewNamePattern"),
            std::nullopt};
}

RestRequest RestRequests::listViewsGlobally(const TablesRequest& request) const {
    return {"GET", paths_.viewsGlobal(), globalListQuery(request, "viewNamePattern"), std::nullopt};
}

RestRequest RestRequests::getView(const Identifier& id) const {
    return {"GET", paths_.view(id.database, id.object), {}, std::nullopt};
}

RestRequest RestRequests::createView(const Identifier& id, const ViewSchema& schema) const {
    return {"POST", paths_.views(id.database), {}, codec::encode(CreateViewRequest{id, schema})};
}

RestRequest RestRequests::alterView(const Identifier& id,
                                    const std::vector<ViewChange>& changes) const {
    return {
        "POST", paths_.view(id.database, id.object), {}, codec::encodeAlterViewRequest(changes)};
}

RestRequest RestRequests::renameView(const Identifier& from, const Identifier& to) const {
    return {"POST", paths_.renameView(), {}, codec::encode(RenameTableRequest{from, to})};
}

RestRequest RestRequests::dropView(const Identifier& id) const {
    return {"DELETE", paths_.view(id.database, id.object), {}, std::nullopt};
}

// ---- functions ----

RestRequest RestRequests::listFunctions(const std::string& database,
                                        const ListRequest& request) const {
    return {"GET", paths_.functions(database), listQuery(request, "functionNamePattern"),
            std::nullopt};
}

RestRequest RestRequests::listFunctionDetails(const std::string& database,
                                              const ListRequest& request) const {
    return {"GET", paths_.functionDetails(database), listQuery(request, "functionNamePattern"),
            std::nullopt};
}

RestRequest RestRequests::listFunctionsGlobally(const TablesRequest& request) const {
    return {"GET", paths_.functionsGlobal(), globalListQuery(request, "functionNamePattern"),
            std::nullopt};
}

RestRequest RestRequests::getFunction(const Identifier& id) const {
    return {"GET", paths_.function(id.database, id.object), {}, std::nullopt};
}

RestRequest RestRequests::createFunction(const Identifier& id, const FunctionInfo& function) const {
    FunctionInfo named = function;
    named.name = id.object;
    return {"POST", paths_.functions(id.database), {}, codec::encodeCreateFunctionRequest(named)};
}

RestRequest RestRequests::alterFunction(const Identifier& id,
                                        const std::vector<FunctionChange>& changes) const {
    return {"POST",
            paths_.function(id.database, id.object),
            {},
            codec::encodeAlterFunctionRequest(changes)};
}

RestRequest RestRequests::dropFunction(const Identifier& id) const {
    return {"DELETE", paths_.function(id.database, id.object), {}, std::nullopt};
}

}  // namespace paimon
