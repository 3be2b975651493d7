#include "core/catalog/FileSystemCatalog.h"

#include "core/async/PendingOperation.h"
#include "core/catalog/Paging.h"
#include "core/util/Log.h"

namespace paimon {

FileSystemCatalog::FileSystemCatalog(std::shared_ptr<Warehouse> warehouse,
                                     std::shared_ptr<Scheduler> scheduler, Executor executor)
    : warehouse_(std::move(warehouse)),
      scheduler_(std::move(scheduler)),
      executor_(std::move(executor)) {}

template <class T>
Cancellation FileSystemCatalog::run(const char* what, std::function<Result<T>(Warehouse&)> work,
                                    Callback<T> done) {
    auto op = std::make_shared<PendingOperation<T>>(std::move(done));
    executor_([op, what, work = std::move(work), warehouse = warehouse_, scheduler = scheduler_] {
        if (op->isFinished()) return;  // cancelled before it started
        const auto started = std::chrono::steady_clock::now();
        auto result = std::make_shared<Result<T>>(work(*warehouse));
        log::debug(log::kFs, [&] {
            const auto us = std::chrono::duration_cast<std::chrono::microseconds>(
                                std::chrono::steady_clock::now() - started)
                                .count();
            return std::string(what) + " in " + warehouse->root().string() + ": " +
                   (*result ? std::string("done") : result->error().describe()) + " in " +
                   std::to_string(us) + " µs";
        });
        scheduler->post([op, result] { op->finish(std::move(*result)); });
    });
    return op->cancellation("the operation was cancelled");
}

Cancellation FileSystemCatalog::listDatabasesPage(const ListRequest& request,
                                                  Callback<Page<std::string>> done) {
    return run<Page<std::string>>(
        "listDatabasesPage",
        [request](Warehouse& w) -> Result<Page<std::string>> {
            auto names = w.listDatabases();
            if (!names) return names.takeError();
            return pageOfNames(*names, request, kDefaultPageSize, kMaxPageSize);
        },
        std::move(done));
}

Cancellation FileSystemCatalog::createDatabase(const std::string& name, const Options& options,
                                               Callback<Unit> done) {
    return run<Unit>(
        "createDatabase", [=](Warehouse& w) { return w.createDatabase(name, options); },
        std::move(done));
}

Cancellation FileSystemCatalog::getDatabase(const std::string& name, Callback<DatabaseInfo> done) {
    return run<DatabaseInfo>(
        "getDatabase", [=](Warehouse& w) { return w.getDatabase(name); }, std::move(done));
}

Cancellation FileSystemCatalog::alterDatabase(const std::string& name,
                                              const std::vector<std::string>& removals,
                                              const Options& updates,
                                              Callback<AlterDatabaseResult> done) {
    return run<AlterDatabaseResult>(
        "alterDatabase", [=](Warehouse& w) { return w.alterDatabase(name, removals, updates); },
        std::move(done));
}

Cancellation FileSystemCatalog::dropDatabase(const std::string& name, bool cascade,
                                             Callback<Unit> done) {
    return run<Unit>(
        "dropDatabase", [=](Warehouse& w) { return w.dropDatabase(name, cascade); },
        std::move(done));
}

Cancellation FileSystemCatalog::listTablesPage(const std::string& database,
                                               const ListRequest& request,
                                               Callback<Page<std::string>> done) {
    return run<Page<std::string>>(
        "listTablesPage",
        [=](Warehouse& w) -> Result<Page<std::string>> {
            auto names = w.listTables(database);
            if (!names) return names.takeError();
            return pageOfNames(*names, request, kDefaultPageSize, kMaxPageSize);
        },
        std::move(done));
}

Cancellation FileSystemCatalog::listTableDetailsPage(const std::string& database,
                                                     const ListRequest& request,
                                                     Callback<Page<TableInfo>> done) {
    return run<Page<TableInfo>>(
        "listTableDetailsPage",
        [=](Warehouse& w) -> Result<Page<TableInfo>> {
            auto names = w.listTables(database);
            if (!names) return names.takeError();
            auto page = pageOfNames(*names, request, kDefaultPageSize, kMaxPageSize);
            if (!page) return page.takeError();
            Page<TableInfo> details;
            details.nextPageToken = page->nextPageToken;
            for (const auto& name : page->items) {
                auto info = w.getTable({database, name});
                if (info) details.items.push_back(std::move(*info));  // dropped meanwhile
            }
            return details;
        },
        std::move(done));
}

Cancellation FileSystemCatalog::listTablesGloballyPage(const TablesRequest& request,
                                                       Callback<Page<Identifier>> done) {
    return run<Page<Identifier>>(
        "listTablesGloballyPage",
        [=](Warehouse& w) -> Result<Page<Identifier>> {
            auto databases = w.listDatabases();
            if (!databases) return databases.takeError();
            std::vector<Identifier> tables;
            for (const auto& db : *databases) {
                if (request.databaseNamePattern && !request.databaseNamePattern->empty() &&
                    !matchesNamePattern(*request.databaseNamePattern, db))
                    continue;
                auto names = w.listTables(db);
                if (!names) continue;  // dropped meanwhile
                for (const auto& name : *names)
                    tables.push_back({db, name});
            }
            return pageOfTables(std::move(tables), request, kDefaultPageSize, kMaxPageSize);
        },
        std::move(done));
}

Cancellation FileSystemCatalog::createTable(const Identifier& id, const Schema& schema,
                                            Callback<Unit> done) {
    return run<Unit>(
        "createTable", [=](Warehouse& w) { return w.createTable(id, schema); }, std::move(done));
}

Cancellation FileSystemCatalog::getTable(const Identifier& id, Callback<TableInfo> done) {
    return run<TableInfo>(
        "getTable", [=](Warehouse& w) { return w.getTable(id); }, std::move(done));
}

Cancellation FileSystemCatalog::dropTable(const Identifier& id, Callback<Unit> done) {
    return run<Unit>(
        "dropTable", [=](Warehouse& w) { return w.dropTable(id); }, std::move(done));
}

Cancellation FileSystemCatalog::renameTable(const Identifier& from, const Identifier& to,
                                            Callback<Unit> done) {
    return run<Unit>(
        "renameTable", [=](Warehouse& w) { return w.renameTable(from, to); }, std::move(done));
}

Cancellation FileSystemCatalog::alterTable(const Identifier& id,
                                           const std::vector<SchemaChange>& changes,
                                           Callback<Unit> done) {
    return run<Unit>(
        "alterTable",
        [=](Warehouse& w) -> Result<Unit> {
            auto next = w.alterTable(id, changes);
            if (!next) return next.takeError();
            return Unit{};
        },
        std::move(done));
}

// ---- the table's life ----

template <class T>
Cancellation FileSystemCatalog::runOnHistory(const char* what, const Identifier& id,
                                             const char* method, bool branchOwner,
                                             std::function<Result<T>(TableHistory&)> work,
                                             Callback<T> done) {
    return run<T>(
        what,
        [id, method, branchOwner, work = std::move(work)](Warehouse& w) -> Result<T> {
            if (auto e =
                    branchOwner ? checkBranchOwner(id, method) : checkHistoryTable(id, method)) {
                return *e;
            }
            auto history = w.history(id);
            if (!history) return history.takeError();
            return work(*history);
        },
        std::move(done));
}

Cancellation FileSystemCatalog::getLatestSnapshot(const Identifier& id,
                                                  Callback<std::optional<TableSnapshot>> done) {
    return runOnHistory<std::optional<TableSnapshot>>(
        "getLatestSnapshot", id, "getLatestSnapshot", false,
        [](TableHistory& h) { return h.latestSnapshot(); }, std::move(done));
}

Cancellation FileSystemCatalog::getSnapshot(const Identifier& id, const std::string& version,
                                            Callback<Snapshot> done) {
    return runOnHistory<Snapshot>(
        "getSnapshot", id, "getSnapshot", false,
        [version](TableHistory& h) { return h.snapshotAt(version); }, std::move(done));
}

Cancellation FileSystemCatalog::listSnapshotsPage(const Identifier& id, const ListRequest& request,
                                                  Callback<Page<Snapshot>> done) {
    return runOnHistory<Page<Snapshot>>(
        "listSnapshotsPage", id, "listSnapshots", false,
        [request](TableHistory& h) {
            return h.snapshotsPage(request, kDefaultHistoryPageSize, kMaxHistoryPageSize);
        },
        std::move(done));
}

Cancellation FileSystemCatalog::listTagsPage(const Identifier& id, const ListRequest& request,
                                             Callback<Page<std::string>> done) {
    return runOnHistory<Page<std::string>>(
        "listTagsPage", id, "listTags", false,
        [request](TableHistory& h) { return h.tagsPage(request, kDefaultPageSize, kMaxPageSize); },
        std::move(done));
}

Cancellation FileSystemCatalog::getTag(const Identifier& id, const std::string& tag,
                                       Callback<Tag> done) {
    return runOnHistory<Tag>(
        "getTag", id, "getTag", false, [tag](TableHistory& h) { return h.tag(tag); },
        std::move(done));
}

Cancellation FileSystemCatalog::createTag(const Identifier& id, const CreateTagRequest& request,
                                          Callback<Unit> done) {
    return runOnHistory<Unit>(
        "createTag", id, "createTag", false,
        [request](TableHistory& h) { return h.createTag(request); }, std::move(done));
}

Cancellation FileSystemCatalog::deleteTag(const Identifier& id, const std::string& tag,
                                          Callback<Unit> done) {
    return runOnHistory<Unit>(
        "deleteTag", id, "deleteTag", false, [tag](TableHistory& h) { return h.deleteTag(tag); },
        std::move(done));
}

Cancellation FileSystemCatalog::listBranches(const Identifier& id,
                                             Callback<std::vector<std::string>> done) {
    return runOnHistory<std::vector<std::string>>(
        "listBranches", id, "listBranches", true, [](TableHistory& h) { return h.branches(); },
        std::move(done));
}

Cancellation FileSystemCatalog::createBranch(const Identifier& id,
                                             const CreateBranchRequest& request,
                                             Callback<Unit> done) {
    return runOnHistory<Unit>(
        "createBranch", id, "createBranch", true,
        [request](TableHistory& h) { return h.createBranch(request); }, std::move(done));
}

Cancellation FileSystemCatalog::dropBranch(const Identifier& id, const std::string& branch,
                                           Callback<Unit> done) {
    return runOnHistory<Unit>(
        "dropBranch", id, "dropBranch", true,
        [branch](TableHistory& h) { return h.dropBranch(branch); }, std::move(done));
}

Cancellation FileSystemCatalog::renameBranch(const Identifier& id, const std::string& from,
                                             const std::string& to, Callback<Unit> done) {
    return runOnHistory<Unit>(
        "renameBranch", id, "renameBranch", true,
        [from, to](TableHistory& h) { return h.renameBranch(from, to); }, std::move(done));
}

Cancellation FileSystemCatalog::fastForwardBranch(const Identifier& id, const std::string& branch,
                                                  Callback<Unit> done) {
    return runOnHistory<Unit>(
        "fastForwardBranch", id, "fastForward", true,
        [branch](TableHistory& h) { return h.fastForward(branch); }, std::move(done));
}

Cancellation FileSystemCatalog::listConsumersPage(const Identifier& id, const ListRequest& request,
                                                  Callback<Page<Consumer>> done) {
    return runOnHistory<Page<Consumer>>(
        "listConsumersPage", id, "listConsumers", false,
        [request](TableHistory& h) {
            return h.consumersPage(request, kDefaultPageSize, kMaxPageSize);
        },
        std::move(done));
}

Cancellation FileSystemCatalog::resetConsumer(const Identifier& id,
                                              const ResetConsumerRequest& request,
                                              Callback<Unit> done) {
    return runOnHistory<Unit>(
        "resetConsumer", id, "resetConsumer", false,
        [request](TableHistory& h) { return h.resetConsumer(request); }, std::move(done));
}

Cancellation FileSystemCatalog::rollback(const Identifier& id, const RollbackRequest& request,
                                         Callback<Unit> done) {
    return runOnHistory<Unit>(
        "rollback", id, "rollbackTo", false,
        [request](TableHistory& h) { return h.rollback(request); }, std::move(done));
}

Cancellation FileSystemCatalog::rollbackSchema(const Identifier& id, int64_t schemaId,
                                               Callback<Unit> done) {
    return runOnHistory<Unit>(
        "rollbackSchema", id, "rollbackSchema", false,
        [schemaId](TableHistory& h) { return h.rollbackSchema(schemaId); }, std::move(done));
}

Cancellation FileSystemCatalog::listSchemas(const Identifier& id,
                                            Callback<std::vector<TableSchema>> done) {
    return runOnHistory<std::vector<TableSchema>>(
        "listSchemas", id, "listSchemas", false, [](TableHistory& h) { return h.schemas(); },
        std::move(done));
}

// ---- partitions ----

template <class T>
Cancellation FileSystemCatalog::runOnPartitions(
    const char* method, const Identifier& id, const std::vector<PartitionSpec>* specs,
    std::function<Result<T>(TablePartitions&, Warehouse&)> work, Callback<T> done,
    size_t maxSpecs) {
    std::optional<std::vector<PartitionSpec>> given;
    if (specs) given = *specs;
    return run<T>(
        method,
        [id, method, given = std::move(given), maxSpecs,
         work = std::move(work)](Warehouse& w) -> Result<T> {
            if (auto e = checkHistoryTable(id, method)) return *e;
            if (given) {
                if (auto e = checkPartitionSpecs(*given, maxSpecs)) return *e;
            }
            auto partitions = w.partitions(id);
            if (!partitions) return partitions.takeError();
            return work(*partitions, w);
        },
        std::move(done));
}

Cancellation FileSystemCatalog::listPartitionsPage(const Identifier& id, const ListRequest& request,
                                                   Callback<Page<Partition>> done) {
    return runOnPartitions<Page<Partition>>(
        "listPartitions", id, nullptr,
        [request](TablePartitions& p, Warehouse&) {
            return p.page(request, kDefaultPartitionPageSize, kMaxPartitionPageSize);
        },
        std::move(done));
}

Cancellation FileSystemCatalog::listPartitionsByNames(const Identifier& id,
                                                      const std::vector<PartitionSpec>& specs,
                                                      Callback<std::vector<Partition>> done) {
    return runOnPartitions<std::vector<Partition>>(
        "listPartitionsByNames", id, &specs,
        [specs](TablePartitions& p, Warehouse&) { return p.byNames(specs); }, std::move(done),
        kMaxPartitionsByNames);
}

Cancellation FileSystemCatalog::createPartitions(const Identifier& id,
                                                 const CreatePartitionsRequest& request,
                                                 Callback<CreatePartitionsResponse> done) {
    return runOnPartitions<CreatePartitionsResponse>(
        "createPartitions", id, &request.partitionSpecs,
        [request](TablePartitions& p, Warehouse&) { return p.create(request); }, std::move(done));
}

Cancellation FileSystemCatalog::dropPartitions(const Identifier& id,
                                               const DropPartitionsRequest& request,
                                               Callback<DropPartitionsResponse> done) {
    return runOnPartitions<DropPartitionsResponse>(
        "dropPartitions", id, &request.partitionSpecs,
        [request](TablePartitions& p, Warehouse& w) {
            return p.drop(request, toEpochMillis(w.now()));
        },
        std::move(done));
}

Cancellation FileSystemCatalog::markPartitionsDone(const Identifier& id,
                                                   const std::vector<PartitionSpec>& specs,
                                                   Callback<Unit> done) {
    return runOnPartitions<Unit>(
        "markDonePartitions", id, &specs,
        [specs](TablePartitions& p, Warehouse& w) {
            return p.markDone(specs, toEpochMillis(w.now()));
        },
        std::move(done));
}

// ---- views and functions: Paimon's filesystem catalog keeps none (HISTORY.md §10) ----

namespace {

template <class T>
Cancellation notInAWarehouseFolder(Scheduler& scheduler, const char* what, Callback<T> done) {
    Error e = makeError(ErrorKind::NotImplemented,
                        std::string("A warehouse folder has no ") + what +
                            ": Paimon's filesystem catalog does not store them (a REST catalog "
                            "does).");
    return scheduler.post([e = std::move(e), done = std::move(done)] { done(e); });
}

}  // namespace

Cancellation FileSystemCatalog::listViewsPage(const std::string& /*database*/,
                                              const ListRequest& /*request*/,
                                              Callback<Page<std::string>> done) {
    return notInAWarehouseFolder(*scheduler_, "views", std::move(done));
}
Cancellation FileSystemCatalog::listViewDetailsPage(const std::string& /*database*/,
                                                    const ListRequest& /*request*/,
                                                    Callback<Page<ViewInfo>> done) {
    return notInAWarehouseFolder(*scheduler_, "views", std::move(done));
}
Cancellation FileSystemCatalog::listViewsGloballyPage(const TablesRequest& /*request*/,
                                                      Callback<Page<Identifier>> done) {
    return notInAWarehouseFolder(*scheduler_, "views", std::move(done));
}
Cancellation FileSystemCatalog::getView(const Identifier& /*id*/, Callback<ViewInfo> done) {
    return notInAWarehouseFolder(*scheduler_, "views", std::move(done));
}
Cancellation FileSystemCatalog::createView(const Identifier& /*id*/, const ViewSchema& /*schema*/,
                                           Callback<Unit> done) {
    return notInAWarehouseFolder(*scheduler_, "views", std::move(done));
}
Cancellation FileSystemCatalog::alterView(const Identifier& /*id*/,
                                          const std::vector<ViewChange>& /*changes*/,
                                          Callback<Unit> done) {
    return notInAWarehouseFolder(*scheduler_, "views", std::move(done));
}
Cancellation FileSystemCatalog::renameView(const Identifier& /*from*/, const Identifier& /*to*/,
                                           Callback<Unit> done) {
    return notInAWarehouseFolder(*scheduler_, "views", std::move(done));
}
Cancellation FileSystemCatalog::dropView(const Identifier& /*id*/, Callback<Unit> done) {
    return notInAWarehouseFolder(*scheduler_, "views", std::move(done));
}
Cancellation FileSystemCatalog::listFunctionsPage(const std::string& /*database*/,
                                                  const ListRequest& /*request*/,
                                                  Callback<Page<std::string>> done) {
    return notInAWarehouseFolder(*scheduler_, "functions", std::move(done));
}
Cancellation FileSystemCatalog::listFunctionDetailsPage(const std::string& /*database*/,
                                                        const ListRequest& /*request*/,
                                                        Callback<Page<FunctionInfo>> done) {
    return notInAWarehouseFolder(*scheduler_, "functions", std::move(done));
}
Cancellation FileSystemCatalog::listFunctionsGloballyPage(const TablesRequest& /*request*/,
                                                          Callback<Page<Identifier>> done) {
    return notInAWarehouseFolder(*scheduler_, "functions", std::move(done));
}
Cancellation FileSystemCatalog::getFunction(const Identifier& /*id*/, Callback<FunctionInfo> done) {
    return notInAWarehouseFolder(*scheduler_, "functions", std::move(done));
}
Cancellation FileSystemCatalog::createFunction(const Identifier& /*id*/,
                                               const FunctionInfo& /*function*/,
                                               Callback<Unit> done) {
    return notInAWarehouseFolder(*scheduler_, "functions", std::move(done));
}
Cancellation FileSystemCatalog::alterFunction(const Identifier& /*id*/,
                                              const std::vector<FunctionChange>& /*changes*/,
                                              Callback<Unit> done) {
    return notInAWarehouseFolder(*scheduler_, "functions", std::move(done));
}
Cancellation FileSystemCatalog::dropFunction(const Identifier& /*id*/, Callback<Unit> done) {
    return notInAWarehouseFolder(*scheduler_, "functions", std::move(done));
}

}  // namespace paimon
