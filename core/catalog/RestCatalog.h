#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/async/Scheduler.h"
#include "core/auth/AuthProvider.h"
#include "core/catalog/Catalog.h"
#include "core/catalog/RestRequests.h"
#include "core/http/Transport.h"
#include "core/rest/ResourcePaths.h"
#include "core/rest/RestClient.h"

namespace paimon {

// Catalog over the Paimon REST protocol (PROTOCOL.md). Made by open(), which runs the config
// handshake; cheap to share between threads of one Scheduler.
class RestCatalog final : public Catalog, public std::enable_shared_from_this<RestCatalog> {
public:
    struct Setup {
        Options options;  // the client's catalog options (uri, ...)
        std::shared_ptr<Transport> transport;
        std::shared_ptr<Scheduler> scheduler;
        std::shared_ptr<AuthProvider> auth;  // from createAuthProvider() when null
        RetryPolicy retry;
        std::function<double()> random;  // jitter source; for tests
        std::function<void(const RequestRecord&)> observer;
    };

    // GET /v1/config, merge options, then hand over a ready catalog.
    static Cancellation open(Setup setup, Callback<std::shared_ptr<RestCatalog>> done);

    const Options& options() const { return options_; }  // merged
    const ResourcePaths& paths() const { return requests_.paths(); }
    const RestRequests* restRequests() const override { return &requests_; }
    // The table options a new table gets unless its schema sets them (table-default.*).
    const Options& tableDefaults() const { return requests_.tableDefaults(); }
    // Things the user should know about the handshake, e.g. a missing prefix.
    const std::vector<std::string>& notices() const { return notices_; }

    Cancellation listDatabasesPage(const ListRequest& request,
                                   Callback<Page<std::string>> done) override;
    Cancellation createDatabase(const std::string& name, const Options& options,
                                Callback<Unit> done) override;
    Cancellation getDatabase(const std::string& name, Callback<DatabaseInfo> done) override;
    Cancellation alterDatabase(const std::string& name, const std::vector<std::string>& removals,
                               const Options& updates, Callback<AlterDatabaseResult> done) override;
    Cancellation dropDatabase(const std::string& name, bool cascade, Callback<Unit> done) override;
    Cancellation listTablesPage(const std::string& database, const ListRequest& request,
                                Callback<Page<std::string>> done) override;
    Cancellation listTablesGloballyPage(const TablesRequest& request,
                                        Callback<Page<Identifier>> done) override;
    Cancellation listTableDetailsPage(const std::string& database, const ListRequest& request,
                                      Callback<Page<TableInfo>> done) override;
    Cancellation createTable(const Identifier& id, const Schema& schema,
                             Callback<Unit> done) override;
    Cancellation getTable(const Identifier& id, Callback<TableInfo> done) override;
    Cancellation dropTable(const Identifier& id, Callback<Unit> done) override;
    Cancellation renameTable(const Identifier& from, const Identifier& to,
                             Callback<Unit> done) override;
    Cancellation alterTable(const Identifier& id, const std::vector<SchemaChange>& changes,
                            Callback<Unit> done) override;

    Cancellation getLatestSnapshot(const Identifier& id,
                                   Callback<std::optional<TableSnapshot>> done) override;
    Cancellation getSnapshot(const Identifier& id, const std::string& version,
                             Callback<Snapshot> done) override;
    Cancellation listSnapshotsPage(const Identifier& id, const ListRequest& request,
                                   Callback<Page<Snapshot>> done) override;
    Cancellation listTagsPage(const Identifier& id, const ListRequest& request,
                              Callback<Page<std::string>> done) override;
    Cancellation getTag(const Identifier& id, const std::string& tag, Callback<Tag> done) override;
    Cancellation createTag(const Identifier& id, const CreateTagRequest& request,
                           Callback<Unit> done) override;
    Cancellation deleteTag(const Identifier& id, const std::string& tag,
                           Callback<Unit> done) override;
    Cancellation listBranches(const Identifier& id,
                              Callback<std::vector<std::string>> done) override;
    Cancellation createBranch(const Identifier& id, const CreateBranchRequest& request,
                              Callback<Unit> done) override;
    Cancellation dropBranch(const Identifier& id, const std::string& branch,
                            Callback<Unit> done) override;
    Cancellation renameBranch(const Identifier& id, const std::string& from, const std::string& to,
                              Callback<Unit> done) override;
    Cancellation fastForwardBranch(const Identifier& id, const std::string& branch,
                                   Callback<Unit> done) override;
    Cancellation listConsumersPage(const Identifier& id, const ListRequest& request,
                                   Callback<Page<Consumer>> done) override;
    Cancellation resetConsumer(const Identifier& id, const ResetConsumerRequest& request,
                               Callback<Unit> done) override;
    Cancellation rollback(const Identifier& id, const RollbackRequest& request,
                          Callback<Unit> done) override;
    Cancellation listSchemas(const Identifier& id,
                             Callback<std::vector<TableSchema>> done) override;
    Cancellation rollbackSchema(const Identifier& id, int64_t schemaId,
                                Callback<Unit> done) override;

    Cancellation listPartitionsPage(const Identifier& id, const ListRequest& request,
                                    Callback<Page<Partition>> done) override;
    Cancellation listPartitionsByNames(const Identifier& id,
                                       const std::vector<PartitionSpec>& specs,
                                       Callback<std::vector<Partition>> done) override;
    Cancellation createPartitions(const Identifier& id, const CreatePartitionsRequest& request,
                                  Callback<CreatePartitionsResponse> done) override;
    Cancellation dropPartitions(const Identifier& id, const DropPartitionsRequest& request,
                                Callback<DropPartitionsResponse> done) override;
    Cancellation markPartitionsDone(const Identifier& id, const std::vector<PartitionSpec>& specs,
                                    Callback<Unit> done) override;

    Cancellation listViewsPage(const std::string& database, const ListRequest& request,
                               Callback<Page<std::string>> done) override;
    Cancellation listViewDetailsPage(const std::string& database, const ListRequest& request,
                                     Callback<Page<ViewInfo>> done) override;
    Cancellation listViewsGloballyPage(const TablesRequest& request,
                                       Callback<Page<Identifier>> done) override;
    Cancellation getView(const Identifier& id, Callback<ViewInfo> done) override;
    Cancellation createView(const Identifier& id, const ViewSchema& schema,
                            Callback<Unit> done) override;
    Cancellation alterView(const Identifier& id, const std::vector<ViewChange>& changes,
                           Callback<Unit> done) override;
    Cancellation renameView(const Identifier& from, const Identifier& to,
                            Callback<Unit> done) override;
    Cancellation dropView(const Identifier& id, Callback<Unit> done) override;
    Cancellation listFunctionsPage(const std::string& database, const ListRequest& request,
                                   Callback<Page<std::string>> done) override;
    Cancellation listFunctionDetailsPage(const std::string& database, const ListRequest& request,
                                         Callback<Page<FunctionInfo>> done) override;
    Cancellation listFunctionsGloballyPage(const TablesRequest& request,
                                           Callback<Page<Identifier>> done) override;
    Cancellation getFunction(const Identifier& id, Callback<FunctionInfo> done) override;
    Cancellation createFunction(const Identifier& id, const FunctionInfo& function,
                                Callback<Unit> done) override;
    Cancellation alterFunction(const Identifier& id, const std::vector<FunctionChange>& changes,
                               Callback<Unit> done) override;
    Cancellation dropFunction(const Identifier& id, Callback<Unit> done) override;

    RestCatalog(std::shared_ptr<RestClient> client, Options merged,
                std::vector<std::string> notices);

private:
    template <class T, class Decode>
    Cancellation call(RestRequest request, const char* resourceType, std::string resourceName,
                      Decode decode, Callback<T> done);
    Cancellation callNoBody(RestRequest request, const char* resourceType, std::string resourceName,
                            Callback<Unit> done);

    std::shared_ptr<RestClient> client_;
    Options options_;
    RestRequests requests_;
    std::vector<std::string> notices_;
};

}  // namespace paimon
