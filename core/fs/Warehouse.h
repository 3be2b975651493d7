#pragma once

#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "core/fs/TableHistory.h"
#include "core/fs/TablePartitions.h"
#include "core/model/CatalogObjects.h"
#include "core/model/Identifier.h"
#include "core/model/Schema.h"
#include "core/model/SchemaChange.h"
#include "core/util/Result.h"
#include "core/util/Time.h"

namespace paimon {

// A Paimon warehouse folder in Paimon's own on-disk layout (FORMAT.md §1), read and written
// synchronously. Thread-safe; several processes may share one folder: every schema file is
// created once with a no-clobber link, so two writers racing on a table get exactly one winner
// per schema id and the loser a Conflict, and no reader ever sees a half-written file.
//
// Database options are kept in a hidden file inside the database folder (Paimon keeps none and
// only lists sub-directories, so it ignores the file; dropping the database in Paimon removes
// it along with the folder).
class Warehouse {
public:
    using Clock = std::function<SystemTime()>;

    // Creates the folder when it does not exist.
    static Result<std::shared_ptr<Warehouse>> open(const std::filesystem::path& root,
                                                   Clock clock = nullptr);

    const std::filesystem::path& root() const { return root_; }
    SystemTime now() const { return clock_(); }

    Result<std::vector<std::string>> listDatabases() const;  // sorted by name (bytes)
    Result<Unit> createDatabase(const std::string& name, const Options& options);
    Result<DatabaseInfo> getDatabase(const std::string& name) const;
    Result<AlterDatabaseResult> alterDatabase(const std::string& name,
                                              const std::vector<std::string>& removals,
                                              const Options& updates);
    Result<Unit> dropDatabase(const std::string& name, bool cascade);

    Result<std::vector<std::string>> listTables(const std::string& database) const;  // sorted
    // The same list, shared rather than copied: what a server paging through 100,000 tables
    // reads on every page. Kept between calls while the database folder is unchanged
    // (see tableNames() in the .cpp for when a cached list is trusted).
    Result<std::shared_ptr<const std::vector<std::string>>> tableNames(
        const std::string& database) const;
    Result<Unit> createTable(const Identifier& id, const Schema& schema);
    Result<TableInfo> getTable(const Identifier& id) const;
    Result<TableSchema> latestSchema(const Identifier& id) const;
    Result<Unit> dropTable(const Identifier& id);
    Result<Unit> renameTable(const Identifier& from, const Identifier& to);
    // Writes the next schema file; returns it.
    Result<TableSchema> alterTable(const Identifier& id, const std::vector<SchemaChange>& changes);

    // The life of a table (or of one of its branches, t$branch_b): NotFound TABLE when the
    // table or the branch does not exist. System tables have none (NotImplemented).
    Result<TableHistory> history(const Identifier& id) const;
    // The partitions of a table (or branch) at its latest schema: the same errors as history().
    Result<TablePartitions> partitions(const Identifier& id) const;

    // The name of the hidden database-options file.
    static constexpr const char* kDatabaseOptionsFile = ".paimon-catalog-browser-database.json";

    // A database or table name that cannot be a folder of this warehouse: empty, ".", "..",
    // starting with ".", or holding "/", "\" or NUL. Database "sys" is reserved.
    static std::optional<Error> checkDatabaseName(const std::string& name);
    static std::optional<Error> checkTableName(const Identifier& id, const char* operation);

    // The text of a schema file, as Java writes it (FORMAT.md §4.3).
    static std::string schemaFileText(const TableSchema& schema);

private:
    Warehouse(std::filesystem::path root, Clock clock);

    std::filesystem::path databaseDir(const std::string& db) const;
    std::filesystem::path tableDir(const Identifier& id) const;
    // The folder of a branch of a table (the table folder itself for main).
    static std::filesystem::path branchDir(const std::filesystem::path& table,
                                           const std::optional<std::string>& branch);
    // The schema folder of the identifier's branch and its schema ids, after the name checks.
    struct SchemaFolder {
        std::filesystem::path dir;
        std::vector<int64_t> ids;  // ascending; never empty
    };
    Result<SchemaFolder> schemaFolder(const Identifier& id) const;
    Result<Options> readDatabaseOptions(const std::string& db) const;
    Result<Unit> requireDatabase(const std::string& db) const;

    std::filesystem::path root_;
    Clock clock_;
    mutable std::mutex databaseOptionsMutex_;

    struct TableListing;
    mutable std::mutex listingMutex_;
    mutable std::map<std::string, std::shared_ptr<TableListing>> listings_;  // by database
    std::shared_ptr<NumberedListingCache> snapshotListings_ =
        std::make_shared<NumberedListingCache>();
    std::shared_ptr<FileTotalsCache> fileTotals_ = std::make_shared<FileTotalsCache>();
    std::shared_ptr<PartitionIndexCache> partitionIndexes_ =
        std::make_shared<PartitionIndexCache>();
};

// Whether a table folder has snapshots (FORMAT.md §1.1: LATEST hint, else a listing).
bool tableHasSnapshots(const std::filesystem::path& tableOrBranchDir);

// The schema ids in a schema folder, ascending: names "schema-<n>" with n a 64-bit decimal.
std::vector<int64_t> listSchemaIds(const std::filesystem::path& schemaDir);

}  // namespace paimon
