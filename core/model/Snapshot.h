#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/model/Schema.h"

namespace paimon {

// One commit of a table: the file <branch root>/snapshot/snapshot-<id>, and the `snapshot`
// of the REST API's snapshot responses (HISTORY.md §1.1). Members Java leaves out when null
// are optional here; the order below is the order Java writes them.
struct Snapshot {
    int version = 3;
    std::optional<std::string> uuid;  // since 2.0
    int64_t id = 0;
    int64_t schemaId = 0;
    std::string baseManifestList;
    std::optional<int64_t> baseManifestListSize;
    std::string deltaManifestList;
    std::optional<int64_t> deltaManifestListSize;
    std::optional<std::string> changelogManifestList;
    std::optional<int64_t> changelogManifestListSize;
    std::optional<std::string> indexManifest;
    std::string commitUser;
    std::optional<std::string> writerVersion;
    int64_t commitIdentifier = 0;
    std::string commitKind;  // APPEND, COMPACT, OVERWRITE, ANALYZE
    int64_t timeMillis = 0;
    std::optional<int64_t> totalRecordCount;
    std::optional<int64_t> deltaRecordCount;
    std::optional<int64_t> changelogRecordCount;
    std::optional<int64_t> watermark;  // Long.MIN_VALUE also means none
    std::optional<std::string> statistics;
    Options properties;  // left out when empty
    std::optional<int64_t> nextRowId;
    std::optional<std::string> operation;  // since 2.0: WRITE, OVERWRITE, DELETE, ...

    bool operator==(const Snapshot&) const = default;

    // The watermark, unless it is absent or Java's "none" (Long.MIN_VALUE).
    std::optional<int64_t> effectiveWatermark() const;
};

// The latest snapshot with what the server counts of the table's files (TableSnapshot.java):
// GET …/tables/{t}/snapshot.
struct TableSnapshot {
    Snapshot snapshot;
    int64_t recordCount = 0;
    int64_t fileSizeInBytes = 0;
    int64_t fileCount = 0;
    int64_t lastFileCreationTime = 0;
    bool operator==(const TableSnapshot&) const = default;
};

}  // namespace paimon
