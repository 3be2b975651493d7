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
    using Executor = std::function<void(std::function<void()>)>;

    FileSystemCatalog(std::shared_ptr<Warehouse> warehouse, std::shared_ptr<Scheduler> scheduler,
                      Executor executor);

    const std::shared_ptr<Warehouse>& warehouse() const { return warehouse_; }

    // Listing pages hold at most this many names; 0 in a request means the default.
    static constexpr int kDefaultPageSize = 1000;
    static constexpr int kMaxPageSize = 10000;

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

private:
    template <class T>
    Cancellation run(const char* what, std::function<Result<T>(Warehouse&)> work, Callback<T> done);

    std::shared_ptr<Warehouse> warehouse_;
    std::shared_ptr<Scheduler> scheduler_;
    Executor executor_;
};

}  // namespace paimon
