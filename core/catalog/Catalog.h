#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/async/Cancellation.h"
#include "core/model/CatalogObjects.h"
#include "core/model/History.h"
#include "core/model/Identifier.h"
#include "core/model/Partition.h"
#include "core/model/Schema.h"
#include "core/model/SchemaChange.h"
#include "core/model/ViewFunction.h"
#include "core/util/Result.h"

namespace paimon {

template <class T>
using Callback = std::function<void(Result<T>)>;

class RestRequests;

// One page of a listing: maxResults 0 lets the server choose; the pattern is a SQL LIKE prefix
// pattern ("ord%").
struct ListRequest {
    int maxResults = 0;
    std::optional<std::string> pageToken;
    std::optional<std::string> namePattern;
    // Tables only: "table", "format-table", ... (Java's TableType); absent lists every kind.
    std::optional<std::string> tableType = std::nullopt;
};

// One page of the tables of every database (GET /v1/{p}/tables): those of the databases that
// match databaseNamePattern and whose names match tableNamePattern (both SQL LIKE prefix
// patterns, both optional). Pages are ordered by "database.table", the page token's form.
struct TablesRequest {
    int maxResults = 0;
    std::optional<std::string> pageToken;
    std::optional<std::string> databaseNamePattern;
    std::optional<std::string> tableNamePattern;
};

// The one asynchronous catalog API every front end uses. Every call ends in exactly one
// callback with a result or a typed Error (Cancelled after cancel()), on the thread of the
// implementation's Scheduler.
class Catalog {
public:
    virtual ~Catalog() = default;

    // What builds the HTTP requests this catalog sends, or null when it sends none (a local
    // warehouse): the editors' previews show what it builds.
    virtual const RestRequests* restRequests() const { return nullptr; }
    // Whether the catalog keeps views and functions (a warehouse folder does not: its view and
    // function calls answer NotImplemented).
    virtual bool storesViewsAndFunctions() const { return true; }

    virtual Cancellation listDatabasesPage(const ListRequest& request,
                                           Callback<Page<std::string>> done) = 0;
    virtual Cancellation createDatabase(const std::string& name, const Options& options,
                                        Callback<Unit> done) = 0;
    virtual Cancellation getDatabase(const std::string& name, Callback<DatabaseInfo> done) = 0;
    virtual Cancellation alterDatabase(const std::string& name,
                                       const std::vector<std::string>& removals,
                                       const Options& updates,
                                       Callback<AlterDatabaseResult> done) = 0;
    // Without cascade a database that still holds tables is refused (DatabaseNotEmpty).
    virtual Cancellation dropDatabase(const std::string& name, bool cascade,
                                      Callback<Unit> done) = 0;

    virtual Cancellation listTablesPage(const std::string& database, const ListRequest& request,
                                        Callback<Page<std::string>> done) = 0;
    // The tables of a page with their schemas, in one request.
    virtual Cancellation listTableDetailsPage(const std::string& database,
                                              const ListRequest& request,
                                              Callback<Page<TableInfo>> done) = 0;
    // Tables across databases, by name patterns: what the navigator's search asks.
    virtual Cancellation listTablesGloballyPage(const TablesRequest& request,
                                                Callback<Page<Identifier>> done) = 0;
    virtual Cancellation createTable(const Identifier& id, const Schema& schema,
                                     Callback<Unit> done) = 0;
    virtual Cancellation getTable(const Identifier& id, Callback<TableInfo> done) = 0;
    virtual Cancellation dropTable(const Identifier& id, Callback<Unit> done) = 0;
    virtual Cancellation renameTable(const Identifier& from, const Identifier& to,
                                     Callback<Unit> done) = 0;
    virtual Cancellation alterTable(const Identifier& id, const std::vector<SchemaChange>& changes,
                                    Callback<Unit> done) = 0;

    // The table's life (OBJECTS.md §2–§5). `id` may name a branch (t$branch_b) for snapshots,
    // tags, consumers and rollback; branches are managed on the table itself. A server
    // without an endpoint answers NotImplemented.
    //
    // The latest snapshot with the table's counts; none when nothing was written yet.
    virtual Cancellation getLatestSnapshot(const Identifier& id,
                                           Callback<std::optional<TableSnapshot>> done) = 0;
    // `version`: EARLIEST, LATEST, a snapshot id or a tag name.
    virtual Cancellation getSnapshot(const Identifier& id, const std::string& version,
                                     Callback<Snapshot> done) = 0;
    // Newest first.
    virtual Cancellation listSnapshotsPage(const Identifier& id, const ListRequest& request,
                                           Callback<Page<Snapshot>> done) = 0;
    // `request.namePattern` is a literal prefix of the tag name (tagNamePrefix).
    virtual Cancellation listTagsPage(const Identifier& id, const ListRequest& request,
                                      Callback<Page<std::string>> done) = 0;
    virtual Cancellation getTag(const Identifier& id, const std::string& tag,
                                Callback<Tag> done) = 0;
    virtual Cancellation createTag(const Identifier& id, const CreateTagRequest& request,
                                   Callback<Unit> done) = 0;
    virtual Cancellation deleteTag(const Identifier& id, const std::string& tag,
                                   Callback<Unit> done) = 0;
    virtual Cancellation listBranches(const Identifier& id,
                                      Callback<std::vector<std::string>> done) = 0;
    virtual Cancellation createBranch(const Identifier& id, const CreateBranchRequest& request,
                                      Callback<Unit> done) = 0;
    virtual Cancellation dropBranch(const Identifier& id, const std::string& branch,
                                    Callback<Unit> done) = 0;
    virtual Cancellation renameBranch(const Identifier& id, const std::string& from,
                                      const std::string& to, Callback<Unit> done) = 0;
    // Makes main the branch's history (HISTORY.md §3).
    virtual Cancellation fastForwardBranch(const Identifier& id, const std::string& branch,
                                           Callback<Unit> done) = 0;
    virtual Cancellation listConsumersPage(const Identifier& id, const ListRequest& request,
                                           Callback<Page<Consumer>> done) = 0;
    // Without a next snapshot id the consumer is deleted.
    virtual Cancellation resetConsumer(const Identifier& id, const ResetConsumerRequest& request,
                                       Callback<Unit> done) = 0;
    virtual Cancellation rollback(const Identifier& id, const RollbackRequest& request,
                                  Callback<Unit> done) = 0;
    virtual Cancellation rollbackSchema(const Identifier& id, int64_t schemaId,
                                        Callback<Unit> done) = 0;
    // Every schema version of the table, ascending by id (schema/schema-N). The REST protocol
    // serves only a table's current schema: a REST catalog answers NotImplemented.
    virtual Cancellation listSchemas(const Identifier& id,
                                     Callback<std::vector<TableSchema>> done) = 0;

    // Partitions (OBJECTS.md §6) of a partitioned table or one of its branches. A server that
    // keeps none answers NotImplemented.
    //
    // Descending by name; `request.namePattern` is a partitionNamePattern ("dt=2025%").
    virtual Cancellation listPartitionsPage(const Identifier& id, const ListRequest& request,
                                            Callback<Page<Partition>> done) = 0;
    // The partitions of `specs` that exist (at most kMaxPartitionsByNames specs).
    virtual Cancellation listPartitionsByNames(const Identifier& id,
                                               const std::vector<PartitionSpec>& specs,
                                               Callback<std::vector<Partition>> done) = 0;
    virtual Cancellation createPartitions(const Identifier& id,
                                          const CreatePartitionsRequest& request,
                                          Callback<CreatePartitionsResponse> done) = 0;
    // Drops the partitions' data: their files leave the table's live file set.
    virtual Cancellation dropPartitions(const Identifier& id, const DropPartitionsRequest& request,
                                        Callback<DropPartitionsResponse> done) = 0;
    virtual Cancellation markPartitionsDone(const Identifier& id,
                                            const std::vector<PartitionSpec>& specs,
                                            Callback<Unit> done) = 0;

    // Views (OBJECTS.md §7). A catalog without them (a warehouse folder) answers
    // NotImplemented for each call.
    virtual Cancellation listViewsPage(const std::string& database, const ListRequest& request,
                                       Callback<Page<std::string>> done) = 0;
    virtual Cancellation listViewDetailsPage(const std::string& database,
                                             const ListRequest& request,
                                             Callback<Page<ViewInfo>> done) = 0;
    // Across databases: `request.tableNamePattern` is the view name pattern.
    virtual Cancellation listViewsGloballyPage(const TablesRequest& request,
                                               Callback<Page<Identifier>> done) = 0;
    virtual Cancellation getView(const Identifier& id, Callback<ViewInfo> done) = 0;
    virtual Cancellation createView(const Identifier& id, const ViewSchema& schema,
                                    Callback<Unit> done) = 0;
    // The changes apply in order, all or none.
    virtual Cancellation alterView(const Identifier& id, const std::vector<ViewChange>& changes,
                                   Callback<Unit> done) = 0;
    virtual Cancellation renameView(const Identifier& from, const Identifier& to,
                                    Callback<Unit> done) = 0;
    virtual Cancellation dropView(const Identifier& id, Callback<Unit> done) = 0;

    // Functions (OBJECTS.md §8), the same way; names follow checkFunctionName.
    virtual Cancellation listFunctionsPage(const std::string& database, const ListRequest& request,
                                           Callback<Page<std::string>> done) = 0;
    virtual Cancellation listFunctionDetailsPage(const std::string& database,
                                                 const ListRequest& request,
                                                 Callback<Page<FunctionInfo>> done) = 0;
    virtual Cancellation listFunctionsGloballyPage(const TablesRequest& request,
                                                   Callback<Page<Identifier>> done) = 0;
    virtual Cancellation getFunction(const Identifier& id, Callback<FunctionInfo> done) = 0;
    // `function.name` is the identifier's object.
    virtual Cancellation createFunction(const Identifier& id, const FunctionInfo& function,
                                        Callback<Unit> done) = 0;
    virtual Cancellation alterFunction(const Identifier& id,
                                       const std::vector<FunctionChange>& changes,
                                       Callback<Unit> done) = 0;
    virtual Cancellation dropFunction(const Identifier& id, Callback<Unit> done) = 0;

    // Every page, in order (PROTOCOL.md §4.1's loop). A server that hands back a page token it
    // already gave is an InvalidResponse rather than an endless loop. Pages are asked for in
    // kBulkPageSize (a server with a lower cap returns fewer); 0 lets the server choose.
    static constexpr int kBulkPageSize = 1000;
    Cancellation listDatabases(std::optional<std::string> pattern,
                               Callback<std::vector<std::string>> done,
                               int pageSize = kBulkPageSize);
    Cancellation listTables(const std::string& database, std::optional<std::string> pattern,
                            Callback<std::vector<std::string>> done, int pageSize = kBulkPageSize);
};

// The loop behind listDatabases/listTables, for any paged call.
using PageFetcher = std::function<Cancellation(const ListRequest&, Callback<Page<std::string>>)>;
Cancellation collectAllPages(PageFetcher fetch, ListRequest first,
                             Callback<std::vector<std::string>> done);

// A database or table name the client refuses to send: empty, or with a NUL.
std::optional<Error> checkObjectName(const std::string& name, const char* what);
// Both names of a table identifier.
std::optional<Error> checkIdentifier(const Identifier& id);

// Paimon's system database, answered by the client itself (Java's Catalog.SYSTEM_DATABASE_NAME).
inline constexpr const char* kSystemDatabase = "sys";
bool isSystemDatabase(const std::string& name);
// The global system tables a client lists in the system database (Java's SystemTableLoader).
std::vector<std::string> globalSystemTableNames();
// What `sys` is, answered without a request.
DatabaseInfo systemDatabaseInfo();
// Create, alter and drop of the system database are refused before anything is sent, as
// Java's CatalogUtils.checkNotSystemDatabase refuses them.
std::optional<Error> checkNotSystemDatabase(const std::string& name);
// Tag and branch names as Java's reference server refuses them (BadRequest, Java's words): a
// blank tag name; a branch named main, blank, or all digits. A branch name with '$' is refused
// too: t$branch_a$b would name the system table b of branch a.
std::optional<Error> checkTagName(const std::string& name);
std::optional<Error> checkBranchName(const std::string& name);

// A table whose life may be read or changed: checkIdentifier, and not a system table.
std::optional<Error> checkHistoryTable(const Identifier& id, const char* method);
// Partition specs the client refuses to send: none, an empty spec, an empty key, or a key
// twice in one spec. `max` bounds the count (list-by-names).
std::optional<Error> checkPartitionSpecs(const std::vector<PartitionSpec>& specs,
                                         size_t max = SIZE_MAX);

// A function name Java's clients send: ASCII letters, digits, '.', '_' and '-', at least one
// letter (RESTFunctionValidator); BadRequest "Invalid function name: X" otherwise.
std::optional<Error> checkFunctionName(const std::string& name);

// A table whose branches may be managed: checkHistoryTable, and not a branch itself.
std::optional<Error> checkBranchOwner(const Identifier& id, const char* method);

// A table that may be created, altered, renamed or dropped: checkIdentifier, and neither a
// system table (t$snapshots, or any table of `sys`) nor a branch (t$branch_b), as Java's
// checkNotSystemTable and checkNotBranch refuse them. `method` names the call ("createTable").
std::optional<Error> checkDataTable(const Identifier& id, const char* method);

// The schema with every table default it does not set itself added to its options.
Schema withTableDefaults(Schema schema, const Options& tableDefaults);
// The table-default.<key> entries of catalog options, prefix removed.
Options tableDefaultsOf(const Options& catalogOptions);

}  // namespace paimon
