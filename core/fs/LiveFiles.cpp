#include <algorithm>
#include <map>

#include "core/fs/Manifest.h"

// What a snapshot's manifests add up to (HISTORY.md §7.4, §9): the live file set, the totals
// of the files, and each partition's figures.

namespace fs = std::filesystem;

namespace paimon {

namespace {

// Every entry of the base and then the delta list's manifests, in order, to `each`.
template <class Each>
Result<Unit> forEachEntry(const fs::path& table, const Snapshot& snapshot, Each each) {
    for (const std::string* list : {&snapshot.baseManifestList, &snapshot.deltaManifestList}) {
        auto metas = readManifestList(table, *list);
        if (!metas) return metas.takeError();
        for (const ManifestFileMeta& meta : *metas) {
            auto manifest = readManifest(table, meta.fileName);
            if (!manifest) return manifest.takeError();
            for (ManifestEntry& e : *manifest) {
                if (auto r = each(std::move(e)); !r) return r;
            }
        }
    }
    return Unit{};
}

}  // namespace

Result<std::vector<PartitionFigures>> partitionFigures(const fs::path& table,
                                                       const Snapshot& snapshot) {
    std::vector<PartitionFigures> out;
    std::map<std::string, size_t> index;
    auto done = forEachEntry(table, snapshot, [&](ManifestEntry e) -> Result<Unit> {
        auto [it, fresh] = index.emplace(e.partition, out.size());
        if (fresh) out.push_back(PartitionFigures{e.partition});
        PartitionFigures& p = out[it->second];
        const int64_t sign = e.kind == ManifestEntry::Kind::Add ? 1 : -1;
        p.recordCount += sign * e.file.rowCount;
        p.fileSizeInBytes += sign * e.file.fileSize;
        p.fileCount += sign;
        if (e.file.creationTime) {
            p.lastFileCreationTime = std::max(p.lastFileCreationTime, *e.file.creationTime);
        }
        p.totalBuckets = e.totalBuckets;
        return Unit{};
    });
    if (!done) return done.takeError();
    std::erase_if(out, [](const PartitionFigures& p) { return p.fileCount <= 0; });
    return out;
}

Result<std::vector<ManifestEntry>> liveFiles(const fs::path& table, const Snapshot& snapshot) {
    std::vector<std::optional<ManifestEntry>> entries;
    std::map<std::string, size_t> live;  // identifier -> index in entries
    auto merged = forEachEntry(table, snapshot, [&](ManifestEntry e) -> Result<Unit> {
        std::string id = fileIdentifier(e);
        auto it = live.find(id);
        if (e.kind == ManifestEntry::Kind::Add) {
            if (it != live.end()) {
                return makeError(ErrorKind::Io, "Trying to add file " + e.file.fileName +
                                                    " which is already in the map.");
            }
            live.emplace(std::move(id), entries.size());
            entries.emplace_back(std::move(e));
        } else if (it != live.end()) {
            entries[it->second].reset();
            live.erase(it);
        }
        return Unit{};
    });
    if (!merged) return merged.takeError();
    std::vector<ManifestEntry> out;
    out.reserve(live.size());
    for (auto& e : entries)
        if (e) out.push_back(std::move(*e));
    return out;
}

FileTotals totalsOf(const std::vector<ManifestEntry>& live) {
    FileTotals t;
    for (const ManifestEntry& e : live) {
        t.recordCount += e.file.rowCount;
        t.fileSizeInBytes += e.file.fileSize;
        ++t.fileCount;
        if (e.file.creationTime) {
            t.lastFileCreationTime = std::max(t.lastFileCreationTime, *e.file.creationTime);
        }
    }
    return t;
}

Result<FileTotals> FileTotalsCache::totals(const fs::path& table, const Snapshot& snapshot) {
    const std::string key =
        table.string() + '\0' + snapshot.baseManifestList + '\0' + snapshot.deltaManifestList;
    {
        std::lock_guard lock(mutex_);
        auto it = entries_.find(key);
        if (it != entries_.end()) return it->second;
    }
    auto live = liveFiles(table, snapshot);
    if (!live) return live.takeError();
    const FileTotals t = totalsOf(*live);
    std::lock_guard lock(mutex_);
    if (entries_.size() >= kMaxEntries) entries_.clear();
    entries_.emplace(key, t);
    return t;
}

}  // namespace paimon
