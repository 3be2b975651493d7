#include "core/catalog/SchemaUsage.h"

#include <map>

#include "core/catalog/PageLoop.h"

namespace paimon {

namespace {

void fold(std::map<int64_t, SchemaUsage>& bySchema, const SchemaUsage& u) {
    auto [it, fresh] = bySchema.try_emplace(u.schemaId, u);
    if (fresh) return;
    SchemaUsage& seen = it->second;
    seen.firstSnapshot = std::min(seen.firstSnapshot, u.firstSnapshot);
    seen.lastSnapshot = std::max(seen.lastSnapshot, u.lastSnapshot);
    seen.snapshots += u.snapshots;
}

}  // namespace

Cancellation collectSchemaUsage(const std::shared_ptr<Catalog>& catalog, const Identifier& id,
                                Callback<std::vector<SchemaUsage>> done) {
    // Each page is folded as it arrives: a long history is never held whole.
    TokenPageFetcher<SchemaUsage> fetch = [catalog, id](const std::optional<std::string>& token,
                                                        Callback<Page<SchemaUsage>> page) {
        ListRequest request;
        request.maxResults = Catalog::kBulkPageSize;
        request.pageToken = token;
        return catalog->listSnapshotsPage(
            id, request, [page = std::move(page)](Result<Page<Snapshot>> snapshots) {
                if (!snapshots) return page(snapshots.takeError());
                std::map<int64_t, SchemaUsage> bySchema;
                for (const Snapshot& s : snapshots->items)
                    fold(bySchema, {s.schemaId, s.id, s.id, 1});
                Page<SchemaUsage> out;
                out.nextPageToken = snapshots->nextPageToken;
                for (auto& [schemaId, usage] : bySchema)
                    out.items.push_back(usage);
                page(std::move(out));
            });
    };
    return collectPages<SchemaUsage>(
        fetch, [done = std::move(done)](Result<std::vector<SchemaUsage>> parts) {
            if (!parts) return done(parts.takeError());
            std::map<int64_t, SchemaUsage> bySchema;
            for (const SchemaUsage& u : *parts)
                fold(bySchema, u);
            std::vector<SchemaUsage> out;
            out.reserve(bySchema.size());
            for (auto& [schemaId, usage] : bySchema)
                out.push_back(usage);
            done(std::move(out));
        });
}

}  // namespace paimon
