#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/Snapshot.h"
#include "core/util/Result.h"

namespace paimon {

// Paimon's manifest lists and manifests (HISTORY.md §7), read as Java reads them: Avro object
// container files, fields found by name in the writer's schema stored in the file (a missing
// field reads as absent, an extra one is skipped). The container framing and the zstandard
// blocks are read here (libzstd); each record is decoded by libavro's generic values.
// Anything malformed is an Io error naming the file's part; nothing grows beyond the file's
// own sizes and kMaxBlockBytes.

// Per-field minimum, maximum and null count of a set of rows (Java's SimpleStats): the two
// BinaryRows serialized (HISTORY.md §8), the counts absent when not collected.
struct SimpleStats {
    std::string minValues;
    std::string maxValues;
    std::optional<std::vector<std::optional<int64_t>>> nullCounts;
    bool operator==(const SimpleStats&) const = default;
};

// A manifest list's record: one manifest of a snapshot (ManifestFileMeta, HISTORY.md §7.2).
// Members a file's older schema lacks read as absent.
struct ManifestFileMeta {
    std::string fileName;
    int64_t fileSize = 0;
    int64_t numAddedFiles = 0;
    int64_t numDeletedFiles = 0;
    SimpleStats partitionStats;
    int64_t schemaId = 0;
    std::optional<int> minBucket;
    std::optional<int> maxBucket;
    std::optional<int> minLevel;
    std::optional<int> maxLevel;
    std::optional<int64_t> minRowId;
    std::optional<int64_t> maxRowId;
    bool operator==(const ManifestFileMeta&) const = default;
};

// A data file as a manifest entry names it (DataFileMeta, the members a listing needs).
struct DataFileMeta {
    std::string fileName;
    int64_t fileSize = 0;
    int64_t rowCount = 0;
    int64_t schemaId = 0;
    int level = 0;
    std::vector<std::string> extraFiles;
    // The writer's local wall clock stored as if it were UTC (HISTORY.md §7.3).
    std::optional<int64_t> creationTime;
    std::optional<int64_t> deleteRowCount;
    std::optional<std::string> embeddedIndex;
    std::optional<std::string> externalPath;
    bool operator==(const DataFileMeta&) const = default;
};

// One entry of a manifest: a data file added to or deleted from a partition's bucket.
struct ManifestEntry {
    enum class Kind { Add = 0, Delete = 1 };
    Kind kind = Kind::Add;
    std::string partition;  // the partition's BinaryRow bytes (HISTORY.md §8)
    int bucket = 0;
    int totalBuckets = 0;
    DataFileMeta file;
    bool operator==(const ManifestEntry&) const = default;
};

// The identifier a live set merges entries by (HISTORY.md §7.4), as one string.
std::string fileIdentifier(const ManifestEntry& e);

// A decompressed block larger than this is refused (a hostile file cannot make us allocate
// more).
inline constexpr size_t kMaxBlockBytes = size_t{256} << 20;

Result<std::vector<ManifestFileMeta>> decodeManifestList(std::string_view bytes);
Result<std::vector<ManifestEntry>> decodeManifest(std::string_view bytes);

// A manifest's entries with each one's own bytes (its Avro datum under `schema`, the file's
// writer schema): what a writer copies into a new manifest of the same schema.
struct RawManifest {
    std::string schema;
    std::vector<ManifestEntry> entries;
    std::vector<std::string> datums;  // one per entry
};
Result<RawManifest> decodeRawManifest(std::string_view bytes);
// The manifest lists of a snapshot, read whole.
Result<std::vector<ManifestFileMeta>> readManifestList(const std::filesystem::path& table,
                                                       const std::string& name);
Result<RawManifest> readRawManifest(const std::filesystem::path& table, const std::string& name);
Result<std::vector<ManifestEntry>> readManifest(const std::filesystem::path& table,
                                                const std::string& name);

// What a snapshot's manifests add up to (LiveFiles.cpp).
//
// The files live at a snapshot (HISTORY.md §7.4): the entries of the base and then the delta
// manifest list's manifests, merged by identifier (partition, bucket, level, file name,
// extra files, embedded index, external path); the ADD entries left over. `table` is the
// table's folder (manifests are shared by every branch, under <table>/manifest/).
Result<std::vector<ManifestEntry>> liveFiles(const std::filesystem::path& table,
                                             const Snapshot& snapshot);

// What a table's files add up to at a snapshot: GET …/snapshot's TableSnapshot members.
struct FileTotals {
    int64_t recordCount = 0;
    int64_t fileSizeInBytes = 0;
    int64_t fileCount = 0;
    int64_t lastFileCreationTime = 0;  // as stored: local time as if UTC, 0 when none
};
FileTotals totalsOf(const std::vector<ManifestEntry>& live);

// A partition's figures at a snapshot (HISTORY.md §9, Java's FileSystemCatalog.listPartitions):
// every entry of the base and delta manifests (not merged), ADD counting + and DELETE -.
struct PartitionFigures {
    std::string partition;  // the BinaryRow bytes
    int64_t recordCount = 0;
    int64_t fileSizeInBytes = 0;
    int64_t fileCount = 0;
    int64_t lastFileCreationTime = 0;  // as stored (local time as if UTC), over all entries
    int totalBuckets = 0;              // the last entry's
};
// Partitions with files, in the order first seen.
Result<std::vector<PartitionFigures>> partitionFigures(const std::filesystem::path& table,
                                                       const Snapshot& snapshot);

// The totals of snapshots already added up, by their manifest lists (whose names are unique
// to a commit, so an entry never goes stale). Bounded; thread-safe.
class FileTotalsCache {
public:
    // The totals of `snapshot` of the table in `table`, from the cache or from its manifests.
    Result<FileTotals> totals(const std::filesystem::path& table, const Snapshot& snapshot);
    static constexpr size_t kMaxEntries = 4096;

private:
    std::mutex mutex_;
    std::map<std::string, FileTotals> entries_;
};

}  // namespace paimon
