#include "core/fs/TableHistory.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <ctime>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "core/fs/AvroContainer.h"
#include "core/fs/Warehouse.h"
#include "core/json/Messages.h"
#include "core/util/Duration.h"
#include "tests/support/TempDir.h"
#include "tests/support/TestData.h"

namespace fs = std::filesystem;

namespace paimon {
namespace {

using testing::readAll;
using testing::writeAll;

// 2026-07-16 14:43:39.480 UTC, just after the golden warehouse's last commit.
constexpr int64_t kNow = 1784213019480 + 3'600'000;

// The warehouse Java Paimon wrote (HISTORY.md §11), unpacked afresh for each test.
class TableHistoryTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(
            testing::unpackTestTarball("warehouses/pk_global_index_golden.tar.gz", dir.path()));
        auto opened = Warehouse::open(dir.path(), [] { return fromEpochMillis(kNow); });
        ASSERT_TRUE(opened.ok());
        wh = *opened;
    }

    TableHistory history(const std::string& object) {
        auto h = wh->history({"default", object});
        EXPECT_TRUE(h.ok()) << h.error().describe();
        return std::move(h).value();
    }
    fs::path table(const std::string& name) const { return dir.path() / "default.db" / name; }

    std::vector<int64_t> snapshotIds(const TableHistory& h) {
        auto page = h.snapshotsPage({}, 1000, 1000);
        EXPECT_TRUE(page.ok());
        std::vector<int64_t> ids;
        for (const auto& s : page->items)
            ids.push_back(s.id);
        return ids;
    }

    testing::TempDir dir;
    std::shared_ptr<Warehouse> wh;
};

constexpr const char* kGlobal = "test_pk_global_index_golden";

TEST_F(TableHistoryTest, ReadsTheSnapshotsJavaWrote) {
    struct Known {
        const char* table;
        int64_t latest;
        std::vector<std::pair<int64_t, int64_t>> timesAndTotals;  // by id from 1
    };
    const std::vector<Known> known = {
        {kGlobal,
         6,
         {{1784213019480, 2},
          {1784213019575, 2},
          {1784213019664, 4},
          {1784213019689, 4},
          {1784213019721, 6},
          {1784213019731, 6}}},
        {"test_pk_vector_golden", 2, {{1784213446011, 4}, {1784213446092, 4}}},
    };
    for (const Known& k : known) {
        TableHistory h = history(k.table);
        EXPECT_EQ(*h.earliestSnapshotId(), 1) << k.table;
        EXPECT_EQ(*h.latestSnapshotId(), k.latest) << k.table;
        auto page = h.snapshotsPage({}, 100, 100);
        ASSERT_TRUE(page.ok()) << page.error().describe();
        ASSERT_EQ(page->items.size(), k.timesAndTotals.size());
        EXPECT_FALSE(page->nextPageToken);
        for (size_t i = 0; i < page->items.size(); ++i) {
            const Snapshot& s = page->items[i];  // newest first
            const int64_t id = k.latest - static_cast<int64_t>(i);
            EXPECT_EQ(s.id, id);
            EXPECT_EQ(s.commitKind, id % 2 == 1 ? "APPEND" : "COMPACT") << k.table << " " << id;
            EXPECT_EQ(s.timeMillis, k.timesAndTotals[id - 1].first);
            EXPECT_EQ(s.totalRecordCount, k.timesAndTotals[id - 1].second);
            EXPECT_EQ(s.commitIdentifier, 9223372036854775807);
            EXPECT_EQ(s.nextRowId, 0);
        }
    }
    // The vector table's delta counts: 4 rows appended, none by the compaction.
    auto first = history("test_pk_vector_golden").snapshot(1);
    ASSERT_TRUE(first.ok());
    EXPECT_EQ(first->deltaRecordCount, 4);
    // The index manifest first appears at global-index snapshot 4.
    TableHistory global = history(kGlobal);
    EXPECT_FALSE(global.snapshot(3)->indexManifest);
    EXPECT_TRUE(global.snapshot(4)->indexManifest);

    auto latest = global.latestSnapshot();
    ASSERT_TRUE(latest.ok() && latest->has_value());
    EXPECT_EQ((*latest)->snapshot.id, 6);
    EXPECT_EQ((*latest)->recordCount, 6);
    // From the manifests: the live set at snapshot 6 (HISTORY.md §11).
    EXPECT_EQ((*latest)->fileCount, 2);
    EXPECT_EQ((*latest)->fileSizeInBytes, 2744);
    // Stored as the writer's wall clock; the instant it names in this process's zone.
    EXPECT_EQ((*latest)->lastFileCreationTime, localWallClockToEpochMillis(1784241819714));
    // Without its manifests a table still answers, its files not counted.
    fs::remove_all(table("test_pk_vector_golden") / "manifest");
    auto uncounted = history("test_pk_vector_golden").latestSnapshot();
    ASSERT_TRUE(uncounted.ok() && uncounted->has_value());
    EXPECT_EQ((*uncounted)->recordCount, 4);
    EXPECT_EQ((*uncounted)->fileCount, 0);
}

TEST_F(TableHistoryTest, PagesNewestFirstAndResolvesVersions) {
    TableHistory h = history(kGlobal);
    auto first = h.snapshotsPage({2, std::nullopt, std::nullopt}, 100, 100);
    ASSERT_TRUE(first.ok());
    ASSERT_EQ(first->items.size(), 2u);
    EXPECT_EQ(first->items[0].id, 6);
    EXPECT_EQ(first->nextPageToken, "5");
    auto second = h.snapshotsPage({4, first->nextPageToken, std::nullopt}, 100, 100);
    ASSERT_TRUE(second.ok());
    ASSERT_EQ(second->items.size(), 4u);
    EXPECT_EQ(second->items.back().id, 1);
    EXPECT_FALSE(second->nextPageToken);
    auto bad = h.snapshotsPage({2, "x", std::nullopt}, 100, 100);
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().kind, ErrorKind::BadRequest);

    EXPECT_EQ(h.snapshotAt("EARLIEST")->id, 1);
    EXPECT_EQ(h.snapshotAt("LATEST")->id, 6);
    EXPECT_EQ(h.snapshotAt("3")->id, 3);
    auto missing = h.snapshotAt("9");
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().kind, ErrorKind::NotFound);
    EXPECT_EQ(missing.error().resourceType, "SNAPSHOT");
    ASSERT_TRUE(h.createTag({"release", 4, std::nullopt}).ok());
    EXPECT_EQ(h.snapshotAt("release")->id, 4);
    EXPECT_EQ(h.snapshotAt("no-such-tag").error().resourceType, "SNAPSHOT");
}

// The snapshot listing is kept between pages while the folder is unchanged, and listed again
// as soon as it changes.
TEST_F(TableHistoryTest, TheSnapshotListingIsKeptWhileTheFolderIsUnchanged) {
    const fs::path dir = table(kGlobal) / "snapshot";
    auto setMtime = [&](time_t seconds) {
        struct timespec times[2] = {{seconds, 0}, {seconds, 0}};
        ASSERT_EQ(::utimensat(AT_FDCWD, dir.c_str(), times, 0), 0);
    };
    const time_t old = ::time(nullptr) - 10;
    setMtime(old);
    TableHistory h = history(kGlobal);
    EXPECT_EQ(snapshotIds(h).size(), 6u);
    // A file that appears while the folder keeps its time is not seen: the listing was kept.
    writeAll(dir / "snapshot-7", readAll(dir / "snapshot-6"));
    setMtime(old);
    EXPECT_EQ(snapshotIds(h).size(), 6u);
    // Any change of the folder's time lists it again.
    setMtime(old + 1);
    EXPECT_EQ(snapshotIds(h).size(), 7u);
    // A folder changed within the last second is always listed again.
    fs::remove(dir / "snapshot-7");
    EXPECT_EQ(snapshotIds(h).size(), 6u);
}

TEST_F(TableHistoryTest, HintsAreOnlyHints) {
    const fs::path snapshots = table(kGlobal) / "snapshot";
    TableHistory h = history(kGlobal);
    writeAll(snapshots / "LATEST", "6\n");  // a newline makes Java ignore the hint
    EXPECT_EQ(*h.latestSnapshotId(), 6);
    writeAll(snapshots / "LATEST", "3");  // stale: snapshot-4 exists
    EXPECT_EQ(*h.latestSnapshotId(), 6);
    writeAll(snapshots / "LATEST", "9");  // dangling
    EXPECT_EQ(*h.latestSnapshotId(), 6);
    fs::remove(snapshots / "EARLIEST");
    fs::remove(snapshots / "snapshot-1");
    EXPECT_EQ(*h.earliestSnapshotId(), 2);
    TableHistory empty = history("test_pk_vector_golden");
    fs::remove_all(table("test_pk_vector_golden") / "snapshot");
    EXPECT_FALSE(*empty.latestSnapshotId());
    auto none = empty.latestSnapshot();
    ASSERT_TRUE(none.ok());
    EXPECT_FALSE(none->has_value());
}

TEST_F(TableHistoryTest, CreatesTagsAsJavaWritesThem) {
    TableHistory h = history(kGlobal);
    ASSERT_TRUE(h.createTag({"plain", 3, std::nullopt}).ok());
    const fs::path tags = table(kGlobal) / "tag";
    // Without retention a tag is the snapshot file, byte for byte.
    EXPECT_EQ(readAll(tags / "tag-plain"), readAll(table(kGlobal) / "snapshot" / "snapshot-3"));

    ASSERT_TRUE(h.createTag({"kept", std::nullopt, "1d"}).ok());
    const std::string kept = readAll(tags / "tag-kept");
    const std::string snapshot6 = readAll(table(kGlobal) / "snapshot" / "snapshot-6");
    const LocalDateTime created = toLocalDateTime(kNow);
    const std::string expectedTail =
        ",\n  \"tagCreateTime\" : [ " + std::to_string(created.year) + ", " +
        std::to_string(created.month) + ", " + std::to_string(created.day) + ", " +
        std::to_string(created.hour) + ", " + std::to_string(created.minute) + ", " +
        std::to_string(created.second) + ", " + std::to_string(created.nano) +
        " ],\n  \"tagTimeRetained\" : 86400.000000000\n}";
    EXPECT_EQ(kept, snapshot6.substr(0, snapshot6.size() - 2) + expectedTail);

    auto tag = h.tag("kept");
    ASSERT_TRUE(tag.ok()) << tag.error().describe();
    EXPECT_EQ(tag->snapshot.id, 6);
    EXPECT_EQ(tag->createTimeMillis, kNow);
    EXPECT_EQ(tag->timeRetained, "PT24H");
    EXPECT_FALSE(h.tag("plain")->timeRetained);

    // Java's reference server's order: snapshot, duration, then the name.
    auto exists = h.createTag({"plain", 2, std::nullopt});
    EXPECT_EQ(exists.error().kind, ErrorKind::AlreadyExists);
    EXPECT_EQ(exists.error().resourceType, "TAG");
    auto noSnapshot = h.createTag({"plain", 99, "bogus"});
    EXPECT_EQ(noSnapshot.error().kind, ErrorKind::NotFound);
    EXPECT_EQ(noSnapshot.error().resourceType, "SNAPSHOT");
    EXPECT_EQ(noSnapshot.error().resourceName, "99");
    auto badDuration = h.createTag({"plain", 2, "1 fortnight"});
    EXPECT_EQ(badDuration.error().kind, ErrorKind::BadRequest);
    EXPECT_EQ(badDuration.error().message, "Invalid timeRetained format: 1 fortnight");
    for (const char* bad : {"", "  ", "a/b", ".hidden"}) {
        EXPECT_EQ(h.createTag({bad, 2, std::nullopt}).error().kind, ErrorKind::BadRequest) << bad;
    }
    // A tag of a snapshot that expired since: the tag holding it still gives it.
    fs::remove(table(kGlobal) / "snapshot" / "snapshot-3");
    ASSERT_TRUE(h.createTag({"again", 3, std::nullopt}).ok());
    EXPECT_EQ(h.tag("again")->snapshot, h.tag("plain")->snapshot);

    auto page = h.tagsPage({2, std::nullopt, std::nullopt}, 100, 100);
    ASSERT_TRUE(page.ok());
    EXPECT_EQ(page->items, (std::vector<std::string>{"again", "kept"}));
    EXPECT_EQ(page->nextPageToken, "kept");
    auto prefixed = h.tagsPage({0, std::nullopt, "p"}, 100, 100);
    EXPECT_EQ(prefixed->items, std::vector<std::string>{"plain"});
    // The prefix is literal: '%' and '_' are characters of a tag name.
    EXPECT_TRUE(h.tagsPage({0, std::nullopt, "%"}, 100, 100)->items.empty());

    ASSERT_TRUE(h.deleteTag("kept").ok());
    EXPECT_EQ(h.deleteTag("kept").error().resourceType, "TAG");
    EXPECT_EQ(h.tag("kept").error().message,
              "Tag kept in table default.test_pk_global_index_golden doesn't exist.");
}

TEST_F(TableHistoryTest, BranchesFollowJavasRules) {
    TableHistory h = history(kGlobal);
    for (const char* bad : {"main", "", " ", "123", "a/b", "a$b"}) {
        auto refused = h.createBranch({bad, std::nullopt});
        ASSERT_FALSE(refused.ok()) << bad;
        EXPECT_EQ(refused.error().kind, ErrorKind::BadRequest) << bad;
    }
    EXPECT_EQ(h.createBranch({"main", std::nullopt}).error().message,
              "Branch name 'main' is the default branch and cannot be used.");
    ASSERT_TRUE(h.createBranch({"empty", std::nullopt}).ok());
    const fs::path emptyRoot = table(kGlobal) / "branch" / "branch-empty";
    EXPECT_EQ(readAll(emptyRoot / "schema" / "schema-0"),
              readAll(table(kGlobal) / "schema" / "schema-0"));
    EXPECT_FALSE(fs::exists(emptyRoot / "snapshot"));
    EXPECT_EQ(h.createBranch({"empty", std::nullopt}).error().kind, ErrorKind::AlreadyExists);
    auto noTag = h.createBranch({"b", "missing"});
    EXPECT_EQ(noTag.error().resourceType, "TAG");
    EXPECT_EQ(noTag.error().resourceName, "missing");

    ASSERT_TRUE(h.createTag({"t3", 3, std::nullopt}).ok());
    ASSERT_TRUE(h.createBranch({"backfill", "t3"}).ok());
    TableHistory branch = history(std::string(kGlobal) + "$branch_backfill");
    EXPECT_EQ(snapshotIds(branch), std::vector<int64_t>{3});
    EXPECT_EQ(branch.tag("t3")->snapshot.id, 3);
    EXPECT_EQ(*h.branches(), (std::vector<std::string>{"backfill", "empty"}));
    // The branch's own table loads, with its branch option.
    auto info = wh->getTable({"default", std::string(kGlobal) + "$branch_backfill"});
    ASSERT_TRUE(info.ok());
    EXPECT_EQ(info->schema.options.at("branch"), "backfill");

    EXPECT_EQ(h.renameBranch("empty", "backfill").error().kind, ErrorKind::AlreadyExists);
    EXPECT_EQ(h.renameBranch("nope", "x").error().resourceType, "BRANCH");
    ASSERT_TRUE(h.renameBranch("empty", "spare").ok());
    EXPECT_EQ(*h.branches(), (std::vector<std::string>{"backfill", "spare"}));
    ASSERT_TRUE(h.dropBranch("spare").ok());
    EXPECT_EQ(h.dropBranch("spare").error().resourceType, "BRANCH");
    EXPECT_EQ(h.fastForward("main").error().kind, ErrorKind::BadRequest);
    EXPECT_EQ(h.fastForward("nope").error().resourceType, "BRANCH");

    // Fast-forward: main keeps what is older than the branch's first snapshot and takes the
    // branch's snapshots, schemas and tags; main's later snapshots and tags go.
    ASSERT_TRUE(h.createTag({"t5", 5, std::nullopt}).ok());
    ASSERT_TRUE(h.createTag({"t2", 2, std::nullopt}).ok());
    ASSERT_TRUE(h.fastForward("backfill").ok());
    EXPECT_EQ(snapshotIds(h), (std::vector<int64_t>{3, 2, 1}));
    EXPECT_EQ(*h.latestSnapshotId(), 3);
    EXPECT_EQ(h.tagsPage({}, 100, 100)->items, (std::vector<std::string>{"t2", "t3"}));
}

TEST_F(TableHistoryTest, ConsumersAreFilesOfTheirNextSnapshot) {
    TableHistory h = history(kGlobal);
    ASSERT_TRUE(h.resetConsumer({"flink-job", 3}).ok());
    EXPECT_EQ(readAll(table(kGlobal) / "consumer" / "consumer-flink-job"),
              "{\n  \"nextSnapshot\" : 3\n}");
    ASSERT_TRUE(h.resetConsumer({"another", 6}).ok());
    auto page = h.consumersPage({}, 100, 100);
    ASSERT_TRUE(page.ok());
    EXPECT_EQ(page->items, (std::vector<Consumer>{{"another", 6}, {"flink-job", 3}}));
    auto unknown = h.resetConsumer({"flink-job", 42});
    EXPECT_EQ(unknown.error().kind, ErrorKind::NotFound);
    EXPECT_EQ(unknown.error().resourceType, "SNAPSHOT");
    ASSERT_TRUE(h.resetConsumer({"flink-job", std::nullopt}).ok());  // deletes
    ASSERT_TRUE(h.resetConsumer({"never-was", std::nullopt}).ok());
    EXPECT_EQ(h.consumersPage({}, 100, 100)->items, (std::vector<Consumer>{{"another", 6}}));
}

TEST_F(TableHistoryTest, RollsBackAsJavaDoes) {
    TableHistory h = history(kGlobal);
    ASSERT_TRUE(h.createTag({"t5", 5, std::nullopt}).ok());
    ASSERT_TRUE(h.createTag({"t2", 2, std::nullopt}).ok());
    auto guarded = h.rollback({RollbackTarget::toSnapshot(4), 5});
    ASSERT_FALSE(guarded.ok());
    EXPECT_EQ(guarded.error().kind, ErrorKind::ServiceFailure);
    EXPECT_EQ(guarded.error().message, "Latest snapshot 6 is not 5");
    auto missing = h.rollback({RollbackTarget::toSnapshot(42), std::nullopt});
    EXPECT_EQ(missing.error().resourceType, "SNAPSHOT");
    EXPECT_EQ(missing.error().message, "Rollback snapshot '42' doesn't exist.");
    EXPECT_EQ(h.rollback({RollbackTarget::toTag("nope"), std::nullopt}).error().resourceType,
              "TAG");

    const size_t filesBefore = std::distance(fs::recursive_directory_iterator(table(kGlobal)),
                                             fs::recursive_directory_iterator());
    ASSERT_TRUE(h.rollback({RollbackTarget::toSnapshot(4), 6}).ok());
    EXPECT_EQ(snapshotIds(h), (std::vector<int64_t>{4, 3, 2, 1}));
    EXPECT_EQ(readAll(table(kGlobal) / "snapshot" / "LATEST"), "4");
    EXPECT_EQ(h.tagsPage({}, 100, 100)->items, std::vector<std::string>{"t2"});
    // Only snapshot and tag files went: manifests and data files stay for orphan cleanup.
    const size_t filesAfter = std::distance(fs::recursive_directory_iterator(table(kGlobal)),
                                            fs::recursive_directory_iterator());
    EXPECT_EQ(filesBefore - filesAfter, 3u);  // snapshot-5, snapshot-6, tag-t5

    // To a tag whose snapshot expired: the snapshot comes back from the tag.
    for (int id : {1, 2, 3})
        fs::remove(table(kGlobal) / "snapshot" / ("snapshot-" + std::to_string(id)));
    writeAll(table(kGlobal) / "snapshot" / "EARLIEST", "4");
    ASSERT_TRUE(h.rollback({RollbackTarget::toTag("t2"), std::nullopt}).ok());
    EXPECT_EQ(snapshotIds(h), std::vector<int64_t>{2});
    EXPECT_EQ(readAll(table(kGlobal) / "snapshot" / "EARLIEST"), "2");
    EXPECT_EQ(*h.snapshot(2), h.tag("t2")->snapshot);
}

TEST_F(TableHistoryTest, AnInterruptedRollbackReadsAndCompletes) {
    TableHistory h = history(kGlobal);
    // Stopped after step 2: LATEST says 4, snapshot-5 and 6 are still there.
    writeAll(table(kGlobal) / "snapshot" / "LATEST", "4");
    EXPECT_EQ(*h.latestSnapshotId(), 6);
    // Stopped during step 3: snapshot-6 gone, snapshot-5 still there.
    fs::remove(table(kGlobal) / "snapshot" / "snapshot-6");
    EXPECT_EQ(*h.latestSnapshotId(), 5);
    EXPECT_EQ(snapshotIds(h), (std::vector<int64_t>{5, 4, 3, 2, 1}));
    ASSERT_TRUE(h.rollback({RollbackTarget::toSnapshot(4), std::nullopt}).ok());
    EXPECT_EQ(snapshotIds(h), (std::vector<int64_t>{4, 3, 2, 1}));
}

TEST_F(TableHistoryTest, RollsBackSchemasNoSnapshotUses) {
    TableHistory h = history(kGlobal);
    auto altered = wh->alterTable({"default", kGlobal}, {change::SetOption{"owner", "ops"}});
    ASSERT_TRUE(altered.ok()) << altered.error().describe();
    EXPECT_EQ(h.rollbackSchema(7).error().message, "Schema 7 does not exist.");
    // A snapshot on schema 1 keeps it.
    auto s6 = h.snapshot(6);
    Snapshot s7 = *s6;
    s7.id = 7;
    s7.schemaId = 1;
    writeAll(table(kGlobal) / "snapshot" / "snapshot-7", codec::encodeSnapshotFile(s7));
    auto used = h.rollbackSchema(0);
    ASSERT_FALSE(used.ok());
    EXPECT_EQ(used.error().message,
              "Cannot rollback to schema 0, schema 1 is still referenced by "
              "snapshots/tags/changelogs.");
    fs::remove(table(kGlobal) / "snapshot" / "snapshot-7");
    ASSERT_TRUE(h.rollbackSchema(0).ok());
    EXPECT_FALSE(fs::exists(table(kGlobal) / "schema" / "schema-1"));
    EXPECT_FALSE(wh->getTable({"default", kGlobal})->schema.options.contains("owner"));
}

// An empty manifest list as Java wrote it (HISTORY.md §11: the base of snapshot 1) and as the
// demo catalog writes it: the same bytes, but for the random sync marker.
TEST_F(TableHistoryTest, EmptyManifestListsAreJavasBytes) {
    const std::string java = readAll(table(kGlobal) / "manifest" /
                                     "manifest-list-fc40d98d-57e5-4aec-9cc5-7c647c40eb30-0");
    ASSERT_EQ(java.size(), 1006u);
    EXPECT_EQ(emptyAvroContainer(kManifestListAvroSchema, "zstandard", java.substr(990)), java);
}

TEST(DurationTest, ParsesPaimonsDurationsAndWritesJavas) {
    EXPECT_EQ(*parsePaimonDuration("1d"), 86400LL * 1'000'000'000);
    EXPECT_EQ(*parsePaimonDuration(" 12 Hours "), 12LL * 3600 * 1'000'000'000);
    EXPECT_EQ(*parsePaimonDuration("30min"), 1800LL * 1'000'000'000);
    EXPECT_EQ(*parsePaimonDuration("500"), 500LL * 1'000'000);
    EXPECT_EQ(*parsePaimonDuration("7 \xC2\xB5s"), 7000);
    for (const char* bad : {"", "d", "-1d", "1.5h", "1 fortnight", "99999999999999999999"}) {
        EXPECT_FALSE(parsePaimonDuration(bad).ok()) << bad;
    }
    EXPECT_FALSE(parsePaimonDuration("400000d").ok());  // beyond 292 years of nanoseconds
    EXPECT_EQ(formatIsoDuration(86400LL * 1'000'000'000), "PT24H");
    EXPECT_EQ(formatIsoDuration(5400LL * 1'000'000'000), "PT1H30M");
    EXPECT_EQ(formatIsoDuration(500'000'000), "PT0.5S");
    EXPECT_EQ(formatIsoDuration(0), "PT0S");
    EXPECT_EQ(formatIsoDuration(3661LL * 1'000'000'000 + 1), "PT1H1M1.000000001S");
    for (int64_t n : std::vector<int64_t>{1, 500'000'000, 86400LL * 1'000'000'000,
                                          3661LL * 1'000'000'000 + 1}) {
        EXPECT_EQ(parseIsoDuration(formatIsoDuration(n)), n);
    }
    EXPECT_EQ(parseIsoDuration("P2DT3H"), (2 * 86400LL + 3 * 3600) * 1'000'000'000);
    EXPECT_FALSE(parseIsoDuration("24H"));
    EXPECT_FALSE(parseIsoDuration("PT"));
    EXPECT_EQ(formatDecimalSeconds(86400LL * 1'000'000'000), "86400.000000000");
    EXPECT_EQ(formatDecimalSeconds(1'500'000'000), "1.500000000");
    EXPECT_EQ(formatDecimalSeconds(0), "0.0");
}

}  // namespace
}  // namespace paimon
