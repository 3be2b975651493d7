#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <list>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "core/catalog/Catalog.h"
#include "core/fs/TableHistory.h"
#include "core/model/Partition.h"
#include "core/model/Schema.h"
#include "core/util/Result.h"

namespace paimon {

// A table's partitions at one snapshot, added up from its manifests (HISTORY.md §9): sorted by
// name (bytes), figures as Java's FileSystemCatalog.listPartitions reports them (creation
// times converted to epoch milliseconds in this process's zone), `done` false. Immutable, so
// pages of a listing share one.
struct PartitionIndex {
    std::vector<Partition> partitions;
    std::vector<std::string> names;  // partitions[i].name(), the same order
    std::vector<std::string> rows;   // partitions[i]'s BinaryRow bytes, the same order
    int64_t totalRecords = 0;
    int64_t totalBytes = 0;
    int64_t totalFiles = 0;

    // The partition of that name, or null.
    const Partition* find(const std::string& name) const;
};

// Partition indexes already added up, by what fixes them: the table's folder, the snapshot's
// two manifest lists (whose names are unique to a commit) and the schema that names the
// values. A second listing of an unchanged table reads no manifest. Bounded (least recently
// used first out); thread-safe.
class PartitionIndexCache {
public:
    using Build = std::function<Result<std::shared_ptr<const PartitionIndex>>()>;
    Result<std::shared_ptr<const PartitionIndex>> get(const std::string& key, const Build& build);
    // How many indexes were built (manifests read) since construction.
    int64_t builds() const;
    static constexpr size_t kMaxEntries = 16;

private:
    mutable std::mutex mutex_;
    std::list<std::pair<std::string, std::shared_ptr<const PartitionIndex>>> entries_;
    int64_t builds_ = 0;
};

// The partitions of one table (or branch) of a warehouse folder: read from the manifests of
// its latest snapshot, marked done with Paimon's success file, dropped by an OVERWRITE commit.
// Errors: NotFound PARTITION for a partition a request needs and the table lacks, BadRequest
// for a spec that does not name one partition of the table, NotImplemented for what a
// filesystem warehouse cannot hold.
class TablePartitions {
public:
    TablePartitions(std::filesystem::path table, TableHistory history, TableSchema schema,
                    std::shared_ptr<PartitionIndexCache> cache);

    const TableSchema& schema() const { return schema_; }
    bool partitioned() const { return !schema_.partitionKeys.empty(); }

    // The partitions at the latest snapshot (none before the first commit).
    Result<std::shared_ptr<const PartitionIndex>> index() const;
    // The partitions at `snapshot`.
    Result<std::shared_ptr<const PartitionIndex>> indexAt(const Snapshot& snapshot) const;

    // Descending by name, as Java's server pages partitions; the token is the last name of the
    // previous page; `request.namePattern` is a partitionNamePattern. `done` is read from the
    // success file of each partition on the page.
    Result<Page<Partition>> page(const ListRequest& request, int defaultPageSize,
                                 int maxPageSize) const;
    // The partitions of `specs` that exist, in the order asked.
    Result<std::vector<Partition>> byNames(const std::vector<PartitionSpec>& specs) const;
    // A filesystem warehouse keeps no partition without files (Java's FileSystemCatalog has no
    // metastore to hold one): NotImplemented, saying so. Specs are checked first.
    Result<CreatePartitionsResponse> create(const CreatePartitionsRequest& request) const;
    // Writes each partition's success file (partition.mark-done-action success-file): created
    // with both times now, or its modificationTime moved to now.
    Result<Unit> markDone(const std::vector<PartitionSpec>& specs, int64_t nowMillis) const;
    // Drops the partitions' data as Java's FileStoreCommit.dropPartitions does on a
    // filesystem catalog: one OVERWRITE commit whose delta manifest deletes every live file of
    // the partitions (files stay on disk for remove_orphan_files). Partitions without live
    // files are `missing` (NotFound PARTITION unless ignoreIfNotExists); nothing is committed
    // when none is left to drop.
    Result<DropPartitionsResponse> drop(const DropPartitionsRequest& request, int64_t nowMillis);
    // Whether the partition has a success file.
    bool isDone(const PartitionSpec& spec) const;

    // `spec` in partition-key order, or BadRequest when it does not give exactly the table's
    // partition keys, each once, with a value.
    Result<PartitionSpec> normalized(const PartitionSpec& spec) const;
    // Where the partition's files and success file live: "<table>/dt=2024-01-01/hr=5/".
    std::filesystem::path partitionDir(const PartitionSpec& normalizedSpec) const;

    TableHistory& history() { return history_; }
    const std::filesystem::path& table() const { return table_; }

private:
    Result<std::shared_ptr<const PartitionIndex>> build(const Snapshot& snapshot) const;

    std::filesystem::path table_;
    TableHistory history_;
    TableSchema schema_;
    std::shared_ptr<PartitionIndexCache> cache_;
};

// Paimon's path form of a partition (PartitionPathUtils.generatePartitionPath):
// "dt=2024-01-01/hr=5/", keys and values with the characters Hive escapes as %XX. An empty
// value is refused (BadRequest), as Java refuses it.
Result<std::string> partitionPathOf(const PartitionSpec& spec);

}  // namespace paimon
