#pragma once

#include <functional>
#include <memory>

#include "core/async/Scheduler.h"
#include "core/catalog/Catalog.h"
#include "core/fs/Warehouse.h"

namespace paimon {

// The Catalog interface over a local warehouse folder, no server involved. The file work runs
// through `executor` (a worker thread in the GUI, inline in tests) and every result is handed
// back through the Scheduler, so callbacks arrive on the scheduler's thread and never inside
// the call. The scheduler must accept after() from the executor's threads.
class FileSystemCatalog final : public Catalog {
public:
    bool storesViewsAndFunctions() const override { return false; }
    using Executor = std::function<void(std::function<void()>)>;

    FileSystemCatalog(std::shared_ptr<Warehouse> warehouse, std::shared_ptr<Scheduler> scheduler,
                      Executor executor);

    const std::shared_ptr<Warehouse>& warehouse() const { return warehouse_; }

    // Listing pages hold at most this many names; 0 in a request means the default.
    static constexpr int kDefaultPageSize = 1000;
    static constexpr int kMaxPageSize = 10000;
    // Snapshot pages: each snapshot is a file read.
    static constexpr int kDefaultHistoryPageSize = 100;
    static constexpr int kMaxHistoryPageSize = 1000;

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
    Cancellation listTableDetailsPage(const std::string& database, const ListRequest& request,
                                      Callback<Page<TableInfo>> done) override;
    Cancellation listTablesGloballyPage(const TablesRequest& request,
                                        Callback<Page<Identifier>> done) override;
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

    // Partition pages: each is a slice of one cached index, so they may be large.
    static constexpr int kDefaultPartitionPageSize = 100;
    static constexpr int kMaxPartitionPageSize = 1000;

private:
    // The work on the identifier's history, after the checks of Catalog.h (checkBranchOwner
    // when `branchOwner`, else checkHistoryTable, with `method` in the message).
    template <class T>
    Cancellation runOnHistory(const char* what, const Identifier& id, const char* method,
                              bool branchOwner, std::function<Result<T>(TableHistory&)> work,
                              Callback<T> done);
    // The work on the identifier's partitions, after checkHistoryTable and checkPartitionSpecs
    // of `specs` when given.
    template <class T>
    Cancellation runOnPartitions(const char* method, const Identifier& id,
                                 const std::vector<PartitionSpec>* specs,
                                 std::function<Result<T>(TablePartitions&, Warehouse&)> work,
                                 Callback<T> done, size_t maxSpecs = SIZE_MAX);
    template <class T>
    Cancellation run(const char* what, std::function<Result<T>(Warehouse&)> work, Callback<T> done);

    std::shared_ptr<Warehouse> warehouse_;
    std::shared_ptr<Scheduler> scheduler_;
    Executor executor_;
};

}  // namespace paimon
