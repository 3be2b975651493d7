// Manifest lists and manifests as Java Paimon wrote them (the golden warehouse, HISTORY.md §11).
#include "core/fs/Manifest.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <ctime>

#include "core/fs/TableHistory.h"
#include "core/json/Messages.h"
#include "core/util/Time.h"
#include "tests/support/TempDir.h"
#include "tests/support/TestData.h"

namespace fs = std::filesystem;

namespace paimon {
namespace {

using testing::readAll;

class ManifestTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(
            testing::unpackTestTarball("warehouses/pk_global_index_golden.tar.gz", dir.path()));
    }
    fs::path table(const std::string& name) const { return dir.path() / "default.db" / name; }
    std::string manifest(const std::string& name) const {
        return readAll(table("test_pk_global_index_golden") / "manifest" / name);
    }
    Snapshot snapshot(const std::string& t, int64_t id) const {
        auto s = codec::decodeSnapshotFile(
            readAll(table(t) / "snapshot" / ("snapshot-" + std::to_string(id))));
        EXPECT_TRUE(s.ok());
        return *s;
    }
    testing::TempDir dir;
};

TEST_F(ManifestTest, ReadsTheManifestListsJavaWrote) {
    auto base =
        decodeManifestList(manifest("manifest-list-5e07ff5a-eeb7-49ef-8769-c73b058ae171-2"));
    ASSERT_TRUE(base.ok()) << base.error().describe();
    // HISTORY.md §11: every record has the empty partition row as its statistics, no null
    // counts, bucket 0 and levels from 0; no row ids.
    auto meta = [](const char* name, int64_t size, int64_t added, int64_t deleted, int maxLevel) {
        const std::string empty("\0\0\0\0\0\0\0\0\0\0\0\0", 12);
        ManifestFileMeta m;
        m.fileName = name;
        m.fileSize = size;
        m.numAddedFiles = added;
        m.numDeletedFiles = deleted;
        m.partitionStats = {empty, empty, std::vector<std::optional<int64_t>>{}};
        m.minBucket = 0;
        m.maxBucket = 0;
        m.minLevel = 0;
        m.maxLevel = maxLevel;
        return m;
    };
    const std::vector<ManifestFileMeta> expected = {
        meta("manifest-e97249bb-3e2f-4f2d-92d5-cae38204fb7e-0", 2121, 1, 0, 0),
        meta("manifest-e97249bb-3e2f-4f2d-92d5-cae38204fb7e-1", 2132, 1, 1, 2),
        meta("manifest-be69d15d-798b-45ec-ba50-6e9f088319c7-0", 2119, 1, 0, 0),
        meta("manifest-be69d15d-798b-45ec-ba50-6e9f088319c7-1", 2236, 1, 2, 2),
        meta("manifest-47606e25-ccef-4a80-9c04-8bd4988af3c1-0", 2121, 1, 0, 0),
    };
    EXPECT_EQ(*base, expected);
    auto delta =
        decodeManifestList(manifest("manifest-list-5e07ff5a-eeb7-49ef-8769-c73b058ae171-3"));
    ASSERT_TRUE(delta.ok()) << delta.error().describe();
    EXPECT_EQ(*delta, (std::vector<ManifestFileMeta>{
                          meta("manifest-47606e25-ccef-4a80-9c04-8bd4988af3c1-1", 2130, 1, 1, 1)}));
    // An empty list has no block at all.
    auto empty =
        decodeManifestList(manifest("manifest-list-fc40d98d-57e5-4aec-9cc5-7c647c40eb30-0"));
    ASSERT_TRUE(empty.ok()) << empty.error().describe();
    EXPECT_TRUE(empty->empty());
}

TEST_F(ManifestTest, ReadsTheEntriesOfAManifest) {
    auto entries = decodeManifest(manifest("manifest-be69d15d-798b-45ec-ba50-6e9f088319c7-1"));
    ASSERT_TRUE(entries.ok()) << entries.error().describe();
    ASSERT_EQ(entries->size(), 3u);
    const std::string unpartitioned("\0\0\0\0\0\0\0\0\0\0\0\0", 12);
    struct Known {
        ManifestEntry::Kind kind;
        const char* name;
        int level;
        int64_t size, rows, created;
    };
    const std::vector<Known> known = {
        {ManifestEntry::Kind::Delete, "data-70baee15-65ce-4e4c-a961-faf94f0388cd-0.parquet", 2,
         1331, 2, 1784241819109},
        {ManifestEntry::Kind::Delete, "data-aea3eab0-ac3e-4bcb-87a6-d1dd92df3d60-0.parquet", 0,
         1332, 2, 1784241819606},
        {ManifestEntry::Kind::Add, "data-1204a156-ccd1-48bf-96e6-31ac2028e91a-0.parquet", 2, 1412,
         4, 1784241819616},
    };
    for (size_t i = 0; i < known.size(); ++i) {
        const ManifestEntry& e = (*entries)[i];
        EXPECT_EQ(e.kind, known[i].kind) << i;
        EXPECT_EQ(e.partition, unpartitioned) << i;
        EXPECT_EQ(e.bucket, 0);
        EXPECT_EQ(e.totalBuckets, 1);
        EXPECT_EQ(e.file.fileName, known[i].name);
        EXPECT_EQ(e.file.level, known[i].level);
        EXPECT_EQ(e.file.fileSize, known[i].size);
        EXPECT_EQ(e.file.rowCount, known[i].rows);
        EXPECT_EQ(e.file.creationTime, known[i].created);
        EXPECT_EQ(e.file.deleteRowCount, 0);
        EXPECT_TRUE(e.file.extraFiles.empty());
        EXPECT_FALSE(e.file.embeddedIndex);
        EXPECT_FALSE(e.file.externalPath);
    }
}

TEST_F(ManifestTest, TheLiveFilesOfEachGoldenTable) {
    struct Known {
        const char* table;
        int64_t snapshot;
        std::vector<std::pair<std::string, int>> files;  // name prefix, level
        FileTotals totals;
    };
    const std::vector<Known> known = {
        {"test_pk_global_index_golden",
         6,
         {{"data-1204a156", 2}, {"data-247786b6-227a-4ded-acd5-85708fc3327a-0.parquet", 1}},
         {6, 2744, 2, 1784241819714}},
        {"test_pk_full_text_golden",
         8,
         {{"data-9d461e75", 2}, {"data-1d8df134", 1}},
         {4, 2511, 2, 0}},
        {"test_pk_vector_golden", 2, {{"data-68671611", 5}}, {4, 1287, 1, 0}},
    };
    for (const Known& k : known) {
        auto live = liveFiles(table(k.table), snapshot(k.table, k.snapshot));
        ASSERT_TRUE(live.ok()) << k.table << ": " << live.error().describe();
        ASSERT_EQ(live->size(), k.files.size()) << k.table;
        std::vector<std::pair<std::string, int>> seen;
        for (const auto& e : *live)
            seen.emplace_back(e.file.fileName, e.file.level);
        for (const auto& [prefix, level] : k.files) {
            bool found = false;
            for (const auto& [name, l] : seen)
                found = found || (name.rfind(prefix, 0) == 0 && l == level);
            EXPECT_TRUE(found) << k.table << ": " << prefix << " at level " << level;
        }
        const FileTotals t = totalsOf(*live);
        EXPECT_EQ(t.recordCount, k.totals.recordCount) << k.table;
        EXPECT_EQ(t.fileSizeInBytes, k.totals.fileSizeInBytes) << k.table;
        EXPECT_EQ(t.fileCount, k.totals.fileCount) << k.table;
        if (k.totals.lastFileCreationTime != 0) {
            EXPECT_EQ(t.lastFileCreationTime, k.totals.lastFileCreationTime) << k.table;
        }
        EXPECT_GT(t.lastFileCreationTime, 0) << k.table;
    }
}

// An unpartitioned table has one partition, the empty row, with the live set's figures
// (HISTORY.md §11: 6 rows, 2,744 bytes, 2 files, 1 bucket).
TEST_F(ManifestTest, PartitionFiguresCountEveryEntry) {
    auto partitions = partitionFigures(table("test_pk_global_index_golden"),
                                       snapshot("test_pk_global_index_golden", 6));
    ASSERT_TRUE(partitions.ok()) << partitions.error().describe();
    ASSERT_EQ(partitions->size(), 1u);
    const PartitionFigures& p = partitions->front();
    EXPECT_EQ(p.partition, std::string("\0\0\0\0\0\0\0\0\0\0\0\0", 12));
    EXPECT_EQ(p.recordCount, 6);
    EXPECT_EQ(p.fileSizeInBytes, 2744);
    EXPECT_EQ(p.fileCount, 2);
    EXPECT_EQ(p.totalBuckets, 1);
    EXPECT_EQ(p.lastFileCreationTime, 1784241819714);
}

// _CREATION_TIME is the writer's wall clock stored as if UTC: the instant depends on the zone
// (HISTORY.md §11: 1784241819714 stored is 1784213019714 at UTC+8).
TEST(CreationTime, IsTheWallClockOfTheServersZone) {
    const char* before = std::getenv("TZ");
    const std::string saved = before ? before : "";
    ::setenv("TZ", "CST-8", 1);
    ::tzset();
    const int64_t atUtc8 = localWallClockToEpochMillis(1784241819714);
    ::setenv("TZ", "UTC0", 1);
    ::tzset();
    const int64_t atUtc = localWallClockToEpochMillis(1784241819714);
    if (before) {
        ::setenv("TZ", saved.c_str(), 1);
    } else {
        ::unsetenv("TZ");
    }
    ::tzset();
    EXPECT_EQ(atUtc8, 1784213019714);
    EXPECT_EQ(atUtc, 1784241819714);
}

TEST_F(ManifestTest, BrokenFilesAreClearErrors) {
    const std::string good = manifest("manifest-list-5e07ff5a-eeb7-49ef-8769-c73b058ae171-2");
    std::vector<std::pair<std::string, std::string>> broken = {
        {"empty", ""},
        {"not Avro", "{\"json\":true}"},
        {"cut in the header", good.substr(0, 40)},
        {"cut in the block", good.substr(0, good.size() - 40)},
        {"no final sync", good.substr(0, good.size() - 1)},
    };
    std::string badSync = good;
    badSync.back() = static_cast<char>(badSync.back() ^ 0x5a);
    broken.emplace_back("a wrong sync marker", badSync);
    std::string badBlock = good;
    badBlock[good.size() - 30] = static_cast<char>(badBlock[good.size() - 30] ^ 0x5a);
    broken.emplace_back("a damaged zstd frame", badBlock);
    for (const auto& [what, bytes] : broken) {
        auto r = decodeManifestList(bytes);
        ASSERT_FALSE(r.ok()) << what;
        EXPECT_EQ(r.error().kind, ErrorKind::Io) << what;
        EXPECT_NE(r.error().message.find("malformed Avro file"), std::string::npos)
            << what << ": " << r.error().message;
    }
    // A manifest read as a list: its records lack the list's fields.
    auto wrongKind =
        decodeManifestList(manifest("manifest-be69d15d-798b-45ec-ba50-6e9f088319c7-1"));
    ASSERT_FALSE(wrongKind.ok());
    EXPECT_NE(wrongKind.error().message.find("the field _FILE_SIZE is missing"), std::string::npos)
        << wrongKind.error().message;
    // A missing manifest is named.
    fs::remove(table("test_pk_vector_golden") / "manifest" /
               snapshot("test_pk_vector_golden", 2).deltaManifestList);
    auto missing = liveFiles(table("test_pk_vector_golden"), snapshot("test_pk_vector_golden", 2));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().kind, ErrorKind::Io);
}

}  // namespace
}  // namespace paimon
