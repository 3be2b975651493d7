#include "core/server/DemoHistory.h"

#include <array>
#include <cstdint>

#include "core/fs/AvroContainer.h"
#include "core/fs/FileOps.h"
#include "core/fs/TableHistory.h"
#include "core/util/Crypto.h"

namespace fs = std::filesystem;

namespace paimon {
namespace {

constexpr int64_t kMinute = 60'000;
constexpr int64_t kHour = 60 * kMinute;

// A deterministic generator, so that the demo is the same on every machine.
struct Lcg {
    uint64_t state;
    uint64_t next() {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return state >> 33;
    }
    int64_t between(int64_t lo, int64_t hi) {
        return lo + static_cast<int64_t>(next() % static_cast<uint64_t>(hi - lo + 1));
    }
};

// One commit of the demo: what it did, who did it, when.
struct Commit {
    const char* kind;
    std::string user;
    int64_t timeMillis;
    int64_t deltaRecords;
    std::optional<int64_t> watermark;
};

class DemoTable {
public:
    DemoTable(const fs::path& root, Identifier id, int64_t schemaId)
        : dir_(root / (id.database + ".db") / id.tableName()),
          id_(std::move(id)),
          schemaId_(schemaId) {}

    // Commits like Java (HISTORY.md §1.3): two empty manifest lists per commit (its base and
    // delta), one uuid per commit, then the snapshot.
    Result<Unit> commit(const Commit& c, int64_t now) {
        TableHistory history(dir_, id_, [now] { return now; });
        auto latest = history.latestSnapshotId();
        if (!latest) return latest.takeError();
        const int64_t id = *latest ? **latest + 1 : 1;
        const std::string uuid = crypto::uuid4();
        std::array<std::string, 2> lists;
        int64_t size = 0;
        for (size_t n = 0; n < lists.size(); ++n) {
            lists[n] = "manifest-list-" + uuid + "-" + std::to_string(n);
            const std::string bytes =
                emptyAvroContainer(kManifestListAvroSchema, "zstandard", crypto::randomBytes(16));
            size = static_cast<int64_t>(bytes.size());
            std::error_code ec;
            fs::create_directories(dir_ / "manifest", ec);
            if (auto r = fsops::replaceFile(dir_ / "manifest" / lists[n], bytes); !r) return r;
        }
        Snapshot s;
        s.id = id;
        s.schemaId = schemaId_;
        s.baseManifestList = lists[0];
        s.baseManifestListSize = size;
        s.deltaManifestList = lists[1];
        s.deltaManifestListSize = size;
        s.commitUser = c.user;
        s.commitIdentifier = id;
        s.commitKind = c.kind;
        s.timeMillis = c.timeMillis;
        total_ = std::string(c.kind) == "OVERWRITE" ? c.deltaRecords : total_ + c.deltaRecords;
        s.totalRecordCount = total_;
        s.deltaRecordCount = c.deltaRecords;
        s.changelogRecordCount = 0;
        s.watermark = c.watermark;
        s.nextRowId = 0;
        return history.commit(s);
    }

    Result<Unit> tag(const std::string& name, int64_t snapshotId,
                     std::optional<std::string> retained, int64_t createdAt) {
        TableHistory history(dir_, id_, [createdAt] { return createdAt; });
        return history.createTag({name, snapshotId, std::move(retained)});
    }

    TableHistory history(int64_t now) const {
        return {dir_, id_, [now] { return now; }};
    }
    void setTotal(int64_t total) { total_ = total; }

private:
    fs::path dir_;
    Identifier id_;
    int64_t schemaId_;
    int64_t total_ = 0;
};

}  // namespace

Result<Unit> writeDemoHistory(const fs::path& root, int64_t now) {
    Lcg random{20261130};
    const std::string ingest = "7f3c2a10-5b8e-4d2c-9a61-0c1f4e2b7d35";  // a Flink job's user
    const std::string backfill = "spark-backfill-2f9d";
    const std::string compactor = "dedicated-compaction-81aa";

    // sales.orders: two days of a streaming job, with compactions, an overwrite and an
    // analyze; tags, one with a retention time; a branch for a backfill; two consumers.
    DemoTable orders(root, {"sales", "orders"}, 3);
    const int64_t start = now - 48 * kHour;
    for (int i = 1; i <= 24; ++i) {
        const int64_t at = start + int64_t{i - 1} * 2 * kHour + random.between(0, 20) * kMinute;
        Commit c{"APPEND", ingest, at, random.between(800, 5000), at - 5 * kMinute};
        if (i % 5 == 0) c = {"COMPACT", compactor, at, 0, std::nullopt};
        if (i == 12) c = {"OVERWRITE", backfill, at, 61'250, std::nullopt};
        if (i == 20) c = {"ANALYZE", backfill, at, 0, std::nullopt};
        if (auto r = orders.commit(c, now); !r) return r;
    }
    if (auto r = orders.tag("v1.0", 8, std::nullopt, start + 15 * kHour); !r) return r;
    if (auto r = orders.tag("before-backfill", 11, "7d", start + 21 * kHour); !r) return r;
    if (auto r = orders.tag("nightly-2", 22, "2d", start + 43 * kHour); !r) return r;
    TableHistory main = orders.history(now);
    if (auto r = main.createBranch({"backfill", "before-backfill"}); !r) return r;
    DemoTable branch(root, {"sales", "orders$branch_backfill"}, 3);
    branch.setTotal(48'000);
    for (int i = 0; i < 2; ++i) {
        const int64_t at = start + (22 + i) * kHour;
        if (auto r = branch.commit({"APPEND", backfill, at, 12'000 + i * 500, std::nullopt}, now);
            !r) {
            return r;
        }
    }
    if (auto r = main.resetConsumer({"orders-report", 22}); !r) return r;
    if (auto r = main.resetConsumer({"audit-export", 15}); !r) return r;

    // analytics.page_views: a busy append-only table, a commit every twenty minutes.
    DemoTable views(root, {"analytics", "page_views"}, 0);
    for (int i = 1; i <= 60; ++i) {
        const int64_t at = now - int64_t{61 - i} * 20 * kMinute;
        Commit c{"APPEND", ingest, at, random.between(10'000, 90'000), at - kMinute};
        if (i % 10 == 0) c = {"COMPACT", compactor, at, 0, std::nullopt};
        if (auto r = views.commit(c, now); !r) return r;
    }

    // analytics.daily_revenue: a nightly batch job for a month, compacted weekly, with a tag
    // kept for audits.
    DemoTable revenue(root, {"analytics", "daily_revenue"}, 0);
    const std::string nightly = "spark-daily-revenue-0b41";
    for (int day = 30; day >= 1; --day) {
        const int64_t at =
            now - int64_t{day} * 24 * kHour + 2 * kHour + random.between(0, 30) * kMinute;
        if (auto r = revenue.commit({"APPEND", nightly, at, random.between(150, 240), {}}, now);
            !r) {
            return r;
        }
        if (day % 7 == 0) {
            if (auto r = revenue.commit({"COMPACT", compactor, at + 20 * kMinute, 0, {}}, now);
                !r) {
                return r;
            }
        }
    }
    if (auto r = revenue.tag("audited-2026-11", 20, "90d", now - int64_t{9} * 24 * kHour); !r)
        return r;

    // sales.customers: a few batch loads.
    DemoTable customers(root, {"sales", "customers"}, 0);
    for (int i = 1; i <= 5; ++i) {
        const int64_t at = now - int64_t{6 - i} * 24 * kHour;
        if (auto r = customers.commit({"APPEND", backfill, at, random.between(100, 900), {}}, now);
            !r) {
            return r;
        }
    }
    return Unit{};
}

}  // namespace paimon
