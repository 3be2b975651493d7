#include <algorithm>
#include <limits>
#include <map>
#include <set>

#include "core/fs/AvroContainer.h"
#include "core/fs/DataCommit.h"
#include "core/fs/FileOps.h"
#include "core/fs/Manifest.h"
#include "core/fs/TablePartitions.h"
#include "core/util/Crypto.h"

// Dropping partitions on a warehouse folder (TablePartitions::drop): the OVERWRITE commit
// Java's FileStoreCommit.dropPartitions makes on a filesystem catalog.

namespace fs = std::filesystem;

namespace paimon {

using namespace fsops;

namespace {

// What a drop deletes: the live files of one partition, as their entries' own bytes grouped
// by the schema of the manifest they came from.
struct Deletions {
    std::map<std::string, std::vector<std::string>> datumsBySchema;
    int64_t rows = 0;
    int minBucket = std::numeric_limits<int>::max();
    int maxBucket = std::numeric_limits<int>::min();
    int minLevel = std::numeric_limits<int>::max();
    int maxLevel = std::numeric_limits<int>::min();
};

// The same entry as a DELETE: _VERSION (2) is the first field and _KIND the second in every
// manifest schema Java writes, each one byte (zig-zag 2 = 0x04; ADD 0x00, DELETE 0x02).
Result<std::string> asDelete(std::string datum) {
    if (datum.size() < 2 || datum[0] != '\x04' || datum[1] != '\x00') {
        return makeError(ErrorKind::Io,
                         "A manifest entry does not start with _VERSION 2 and "
                         "_KIND ADD; it cannot be copied as a DELETE entry.");
    }
    datum[1] = '\x02';
    return datum;
}

Error partitionNotFound(const PartitionSpec& spec) {
    const std::string name = partitionName(spec);
    return resourceError(ErrorKind::NotFound, "Partition " + name + " does not exist.", "PARTITION",
                         name);
}

}  // namespace

Result<DropPartitionsResponse> TablePartitions::drop(const DropPartitionsRequest& request,
                                                     int64_t nowMillis) {
    std::vector<PartitionSpec> specs;
    for (const PartitionSpec& spec : request.partitionSpecs) {
        auto normal = normalized(spec);
        if (!normal) return normal.takeError();
        specs.push_back(std::move(*normal));
    }
    auto latestId = history_.latestSnapshotId();
    if (!latestId) return latestId.takeError();
    auto found = index();
    if (!found) return found.takeError();
    const PartitionIndex& idx = **found;

    DropPartitionsResponse response;
    std::map<std::string, size_t> targets;  // partition bytes -> index in response.dropped
    std::set<std::string> seen;
    for (const PartitionSpec& spec : specs) {
        const std::string name = partitionName(spec);
        if (!seen.insert(name).second) continue;
        auto it = std::lower_bound(idx.names.begin(), idx.names.end(), name);
        if (it == idx.names.end() || *it != name) {
            response.missing.push_back(spec);
            continue;
        }
        targets.emplace(idx.rows[static_cast<size_t>(it - idx.names.begin())],
                        response.dropped.size());
        response.dropped.push_back(spec);
    }
    if (!response.missing.empty() && !request.ignoreIfNotExists) {
        return partitionNotFound(response.missing.front());
    }
    if (response.dropped.empty()) return response;

    auto latest = history_.snapshot(**latestId);
    if (!latest) return latest.takeError();
    const Snapshot& base = *latest;

    // The live files of the target partitions (HISTORY.md §7.4), with their entries' bytes.
    struct Live {
        std::string schema;
        std::string datum;
        ManifestEntry entry;
    };
    std::map<std::string, Live> live;  // by identifier, target partitions only
    std::vector<ManifestFileMeta> previous;
    for (const std::string* list : {&base.baseManifestList, &base.deltaManifestList}) {
        auto metas = readManifestList(table_, *list);
        if (!metas) return metas.takeError();
        for (ManifestFileMeta& meta : *metas) {
            auto manifest = readRawManifest(table_, meta.fileName);
            if (!manifest) return manifest.takeError();
            for (size_t i = 0; i < manifest->entries.size(); ++i) {
                ManifestEntry& e = manifest->entries[i];
                if (!targets.contains(e.partition)) continue;
                std::string id = fileIdentifier(e);
                if (e.kind == ManifestEntry::Kind::Delete) {
                    live.erase(id);
                    continue;
                }
                if (live.contains(id)) {
                    return makeError(ErrorKind::Io, "Trying to add file " + e.file.fileName +
                                                        " which is already in the map.");
                }
                live.emplace(std::move(id),
                             Live{manifest->schema, std::move(manifest->datums[i]), std::move(e)});
            }
            previous.push_back(std::move(meta));
        }
    }

    std::map<std::string, Deletions> byPartition;
    int64_t deletedRows = 0;
    for (auto& [id, file] : live) {
        Deletions& d = byPartition[file.entry.partition];
        auto datum = asDelete(std::move(file.datum));
        if (!datum) return datum.takeError();
        d.datumsBySchema[file.schema].push_back(std::move(*datum));
        d.rows += file.entry.file.rowCount;
        d.minBucket = std::min(d.minBucket, file.entry.bucket);
        d.maxBucket = std::max(d.maxBucket, file.entry.bucket);
        d.minLevel = std::min(d.minLevel, file.entry.file.level);
        d.maxLevel = std::max(d.maxLevel, file.entry.file.level);
        deletedRows += file.entry.file.rowCount;
    }

    // The delta: one manifest per partition (and source schema), so that each one's partition
    // statistics are its partition's own row, exact without comparing typed values.
    const fs::path manifestDir = table_ / "manifest";
    const std::string manifestUuid = crypto::uuid4();
    std::vector<ManifestFileMeta> delta;
    for (const auto& [row, d] : byPartition) {
        for (const auto& [schema, datums] : d.datumsBySchema) {
            ManifestFileMeta meta;
            meta.fileName = "manifest-" + manifestUuid + "-" + std::to_string(delta.size());
            const std::string bytes = avroContainer(schema, datums, crypto::randomBytes(16));
            if (auto w = createFileOnce(manifestDir / meta.fileName, bytes,
                                        [&] {
                                            return makeError(ErrorKind::Conflict,
                                                             meta.fileName + " exists already.");
                                        });
                !w) {
                return w.takeError();
            }
            meta.fileSize = static_cast<int64_t>(bytes.size());
            meta.numDeletedFiles = static_cast<int64_t>(datums.size());
            meta.partitionStats = {row, row, partitionNullCounts(row)};
            meta.schemaId = schema_.id;
            meta.minBucket = d.minBucket;
            meta.maxBucket = d.maxBucket;
            meta.minLevel = d.minLevel;
            meta.maxLevel = d.maxLevel;
            delta.push_back(std::move(meta));
        }
    }

    // The manifest lists: the previous base and delta become the base (Java may also merge
    // small manifests here; it need not), the deletions the delta.
    Snapshot next;
    next.id = base.id + 1;
    next.schemaId = schema_.id;
    if (auto w = writeManifestLists(manifestDir, previous, delta, next); !w) return w.takeError();
    next.indexManifest = base.indexManifest;
    next.commitUser = crypto::uuid4();
    next.commitIdentifier = std::numeric_limits<int64_t>::max();  // a batch commit
    next.commitKind = "OVERWRITE";
    next.timeMillis = nowMillis;
    next.totalRecordCount = base.totalRecordCount.value_or(0) - deletedRows;
    next.deltaRecordCount = -deletedRows;
    next.changelogRecordCount = 0;
    next.watermark = base.watermark;
    next.statistics = base.statistics;
    next.nextRowId = base.nextRowId;
    if (auto committed = history_.commit(next); !committed) return committed.takeError();
    return response;
}

}  // namespace paimon
