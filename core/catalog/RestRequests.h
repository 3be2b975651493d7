#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/catalog/Catalog.h"
#include "core/http/Http.h"
#include "core/rest/ResourcePaths.h"

namespace paimon {

// One request of the protocol as it goes on the wire.
struct RestRequest {
    std::string method;
    std::string path;  // encoded
    QueryParams query;
    std::optional<std::string> body;  // absent: no body at all

    // The path and the query as sent: "/v1/p/databases/db/tables?maxResults=1".
    std::string target() const;
};

// The one owner of every catalog request: RestCatalog sends what these build, and the
// editors' previews show the same values, so a preview cannot differ from what is sent.
// (PROTOCOL.md §4.1; the bodies are the codecs' of core/json.)
class RestRequests {
public:
    explicit RestRequests(ResourcePaths paths = ResourcePaths(), Options tableDefaults = {});

    const ResourcePaths& paths() const { return paths_; }
    // The table options a new table gets unless its schema sets them (table-default.*).
    const Options& tableDefaults() const { return tableDefaults_; }

    static RestRequest config(const std::string& warehouse);
    RestRequest listDatabases(const ListRequest& request) const;
    RestRequest createDatabase(const std::string& name, const Options& options) const;
    RestRequest getDatabase(const std::string& name) const;
    RestRequest alterDatabase(const std::string& name, const std::vector<std::string>& removals,
                              const Options& updates) const;
    // What a drop without cascade asks first, as Java's RESTCatalog does: is there a table?
    RestRequest databaseEmptinessProbe(const std::string& name) const;
    RestRequest dropDatabase(const std::string& name) const;
    RestRequest listTables(const std::string& database, const ListRequest& request) const;
    RestRequest listTableDetails(const std::string& database, const ListRequest& request) const;
    RestRequest listTablesGlobally(const TablesRequest& request) const;
    RestRequest createTable(const Identifier& id, const Schema& schema) const;
    RestRequest getTable(const Identifier& id) const;
    RestRequest alterTable(const Identifier& id, const std::vector<SchemaChange>& changes) const;
    RestRequest renameTable(const Identifier& from, const Identifier& to) const;
    RestRequest dropTable(const Identifier& id) const;

    RestRequest getLatestSnapshot(const Identifier& id) const;
    RestRequest getSnapshot(const Identifier& id, const std::string& version) const;
    RestRequest listSnapshots(const Identifier& id, const ListRequest& request) const;
    RestRequest listTags(const Identifier& id, const ListRequest& request) const;  // tagNamePrefix
    RestRequest getTag(const Identifier& id, const std::string& tag) const;
    RestRequest createTag(const Identifier& id, const CreateTagRequest& request) const;
    RestRequest deleteTag(const Identifier& id, const std::string& tag) const;
    RestRequest listBranches(const Identifier& id) const;
    RestRequest createBranch(const Identifier& id, const CreateBranchRequest& request) const;
    RestRequest dropBranch(const Identifier& id, const std::string& branch) const;
    RestRequest renameBranch(const Identifier& id, const std::string& from,
                             const std::string& to) const;
    RestRequest fastForwardBranch(const Identifier& id, const std::string& branch) const;
    RestRequest listConsumers(const Identifier& id, const ListRequest& request) const;
    RestRequest resetConsumer(const Identifier& id, const ResetConsumerRequest& request) const;
    RestRequest rollback(const Identifier& id, const RollbackRequest& request) const;
    RestRequest rollbackSchema(const Identifier& id, int64_t schemaId) const;

    RestRequest listPartitions(const Identifier& id, const ListRequest& request) const;
    RestRequest listPartitionsByNames(const Identifier& id,
                                      const std::vector<PartitionSpec>& specs) const;
    RestRequest createPartitions(const Identifier& id,
                                 const CreatePartitionsRequest& request) const;
    RestRequest dropPartitions(const Identifier& id, const DropPartitionsRequest& request) const;
    RestRequest markPartitionsDone(const Identifier& id,
                                   const std::vector<PartitionSpec>& specs) const;

    RestRequest listViews(const std::string& database, const ListRequest& request) const;
    RestRequest listViewDetails(const std::string& database, const ListRequest& request) const;
    RestRequest listViewsGlobally(const TablesRequest& request) const;
    RestRequest getView(const Identifier& id) const;
    RestRequest createView(const Identifier& id, const ViewSchema& schema) const;
    RestRequest alterView(const Identifier& id, const std::vector<ViewChange>& changes) const;
    RestRequest renameView(const Identifier& from, const Identifier& to) const;
    RestRequest dropView(const Identifier& id) const;
    RestRequest listFunctions(const std::string& database, const ListRequest& request) const;
    RestRequest listFunctionDetails(const std::string& database, const ListRequest& request) const;
    RestRequest listFunctionsGlobally(const TablesRequest& request) const;
    RestRequest getFunction(const Identifier& id) const;
    RestRequest createFunction(const Identifier& id, const FunctionInfo& function) const;
    RestRequest alterFunction(const Identifier& id,
                              const std::vector<FunctionChange>& changes) const;
    RestRequest dropFunction(const Identifier& id) const;

private:
    std::string child(const Identifier& id, std::initializer_list<std::string> segments) const {
        return paths_.tableChild(id.database, id.object, segments);
    }
    static QueryParams listQuery(const ListRequest& r, const char* patternKey);
    static QueryParams tableListQuery(const ListRequest& r);
    // The query of a listing across databases: paging first, then the patterns, as Java's
    // RESTApi orders them.
    static QueryParams globalListQuery(const TablesRequest& r, const char* objectPatternKey);

    ResourcePaths paths_;
    Options tableDefaults_;
};

}  // namespace paimon
