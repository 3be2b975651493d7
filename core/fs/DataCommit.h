#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/fs/Manifest.h"
#include "core/fs/TableHistory.h"
#include "core/model/Schema.h"
#include "core/types/DataType.h"
#include "core/util/Result.h"

namespace paimon {

// Writing data into a warehouse folder as Java Paimon's append writer commits it: what the
// demo catalog and the tests build partitioned tables with.

// The schema Java Paimon writes into a manifest (ManifestEntry, _VERSION 2).
extern const char* const kManifestAvroSchema;

// A partition's BinaryRow, serialized as manifests hold it (HISTORY.md §8): `values` in
// Paimon's legacy text (partitionValues' form: DATE as its day number), absent for null.
// Keys of CHAR, VARCHAR, BOOLEAN, TINYINT, SMALLINT, INT, BIGINT and DATE; others are
// NotImplemented, text that is not such a value BadRequest.
Result<std::string> serializePartitionRow(const std::vector<DataType>& types,
                                          const std::vector<std::optional<std::string>>& values);

// The null count (0 or 1) of each field of one serialized row: the partition statistics of a
// manifest whose entries all hold that partition.
std::vector<std::optional<int64_t>> partitionNullCounts(const std::string& row);

// An ADD entry under kManifestAvroSchema for a file of an append table: the empty row as its
// keys and key statistics, no value statistics (_VALUE_STATS_COLS []), file source APPEND.
std::string encodeAppendEntry(const ManifestEntry& e, int64_t minSequence, int64_t maxSequence);

// A data file already written under <table>/<partition path>bucket-<n>/, to be committed.
struct NewDataFile {
    std::string partition;  // serializePartitionRow
    int bucket = 0;
    int totalBuckets = 1;
    std::string fileName;
    int64_t fileSize = 0;
    int64_t rowCount = 0;
    int64_t creationTime = 0;  // the writer's local wall clock stored as if UTC
};

// A commit's two manifest lists, `base` and `delta`, written whole under fresh names (one
// uuid, -0 and -1, as Java names them) into `manifestDir`; their names and sizes go into
// `next`.
Result<Unit> writeManifestLists(const std::filesystem::path& manifestDir,
                                const std::vector<ManifestFileMeta>& base,
                                const std::vector<ManifestFileMeta>& delta, Snapshot& next);

// One APPEND commit of `files` (HISTORY.md §1.3): a manifest of their ADD entries, the
// previous base and delta as the new base list, the manifest as the delta, then the snapshot
// (Conflict when another writer committed first).
Result<Unit> commitAppend(const std::filesystem::path& table, TableHistory& history,
                          const TableSchema& schema, const std::vector<NewDataFile>& files,
                          const std::string& commitUser, int64_t commitIdentifier,
                          int64_t nowMillis);

}  // namespace paimon
