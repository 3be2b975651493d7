#include <gtest/gtest.h>

#include "core/fs/AvroContainer.h"
#include "core/fs/BinaryRow.h"
#include "core/fs/DataCommit.h"
#include "core/fs/Manifest.h"
#include "core/fs/TablePartitions.h"
#include "core/fs/Warehouse.h"
#include "core/json/Messages.h"
#include "core/types/TypeParser.h"
#include "core/util/Encoding.h"
#include "tests/support/TempDir.h"
#include "tests/support/TestData.h"

namespace fs = std::filesystem;

namespace paimon {
namespace {

using testing::readAll;

constexpr int64_t kNow = 1'780'000'000'000;  // 2026-05-28

DataType type(const char* sql) {
    return parseDataType(sql).value();
}

// A partitioned append table (dt STRING, hr INT) in a fresh warehouse, and commits of data
// files into it, as Java's append writer commits them.
class PartitionsTest : public ::testing::Test {
protected:
    void SetUp() override {
        auto opened = Warehouse::open(dir.path(), [this] { return fromEpochMillis(now); });
        ASSERT_TRUE(opened.ok());
        wh = *opened;
        ASSERT_TRUE(wh->createDatabase("db", {}).ok());
        Schema s;
        s.fields = {{0, "id", type("BIGINT"), std::nullopt, std::nullopt},
                    {1, "dt", type("STRING"), std::nullopt, std::nullopt},
                    {2, "hr", type("INT"), std::nullopt, std::nullopt}};
        s.partitionKeys = {"dt", "hr"};
        s.options = {{"bucket", "-1"}};
        auto created = wh->createTable(id, s);
        ASSERT_TRUE(created.ok()) << created.error().describe();
    }

    TablePartitions partitions() {
        auto p = wh->partitions(id);
        EXPECT_TRUE(p.ok()) << p.error().describe();
        return std::move(p).value();
    }

    // One commit: `files` files of `rows` rows each into every (dt, hr) given.
    void commit(const std::vector<std::pair<std::string, std::optional<int>>>& parts, int files,
                int64_t rows, int64_t bytes) {
        TablePartitions p = partitions();
        std::vector<NewDataFile> out;
        for (const auto& [dt, hr] : parts) {
            auto row = serializePartitionRow(
                {type("STRING"), type("INT")},
                {dt, hr ? std::optional<std::string>(std::to_string(*hr)) : std::nullopt});
            ASSERT_TRUE(row.ok()) << row.error().describe();
            for (int f = 0; f < files; ++f) {
                out.push_back({*row, 0, -1,
                               "data-" + dt + "-" + std::to_string(hr.value_or(-1)) + "-" +
                                   std::to_string(serial++) + ".avro",
                               bytes, rows, now + 8 * 3'600'000});
            }
        }
        auto done = commitAppend(p.table(), p.history(), p.schema(), out, "tester", serial, now);
        ASSERT_TRUE(done.ok()) << done.error().describe();
        now += 60'000;
    }

    std::vector<std::string> names(const Page<Partition>& page) {
        std::vector<std::string> out;
        for (const Partition& p : page.items)
            out.push_back(p.name());
        return out;
    }

    testing::TempDir dir;
    std::shared_ptr<Warehouse> wh;
    Identifier id{"db", "events"};
    int64_t now = kNow;
    int serial = 0;
};

TEST(PartitionRows, TheWorkedExampleOfHistoryMd) {
    auto row = serializePartitionRow({type("STRING"), type("INT")}, {"2024-01-01", "5"});
    ASSERT_TRUE(row.ok());
    EXPECT_EQ(hexLower(*row),
              "00000002"
              "0000000000000000"
              "0a00000018000000"
              "0500000000000000"
              "323032342d30312d3031000000000000");
    auto withNull = serializePartitionRow({type("STRING"), type("INT")}, {"2024-01-01", {}});
    ASSERT_TRUE(withNull.ok());
    EXPECT_EQ(hexLower(withNull->substr(4, 8)), "0002000000000000");
    auto inline3 = serializePartitionRow({type("STRING")}, {"abc"});
    ASSERT_TRUE(inline3.ok());
    EXPECT_EQ(hexLower(inline3->substr(12, 8)), "6162630000000083");
    EXPECT_EQ(partitionNullCounts(*withNull), (std::vector<std::optional<int64_t>>{0, 1}));
}

TEST(PartitionRows, RoundTripEveryWritableKeyType) {
    const std::vector<DataType> types = {type("STRING"),  type("VARCHAR(20)"), type("CHAR(3)"),
                                         type("BOOLEAN"), type("TINYINT"),     type("SMALLINT"),
                                         type("INT"),     type("BIGINT"),      type("DATE")};
    const std::vector<std::optional<std::string>> values = {
        "a longer string value", "München/Zürich %$",   "abc",  "true", "-128", "32767",
        "-2147483648",           "9223372036854775807", "19723"};
    auto row = serializePartitionRow(types, values);
    ASSERT_TRUE(row.ok()) << row.error().describe();
    auto back = partitionValues(*row, types);
    ASSERT_TRUE(back.ok()) << back.error().describe();
    EXPECT_EQ(*back, values);
    // Every value null.
    std::vector<std::optional<std::string>> nulls(types.size());
    auto nullRow = serializePartitionRow(types, nulls);
    ASSERT_TRUE(nullRow.ok());
    EXPECT_EQ(*partitionValues(*nullRow, types), nulls);
    // What a type cannot hold is refused, naming it.
    auto bad = serializePartitionRow({type("INT")}, {"12x"});
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().kind, ErrorKind::BadRequest);
    EXPECT_NE(bad.error().message.find("INT"), std::string::npos);
    EXPECT_EQ(serializePartitionRow({type("DOUBLE")}, {"1.5"}).error().kind,
              ErrorKind::NotImplemented);
}

TEST(ManifestListWriter, EncodesTheGoldenRecordByteForByte) {
    testing::TempDir dir;
    ASSERT_TRUE(testing::unpackTestTarball("warehouses/pk_global_index_golden.tar.gz", dir.path()));
    const fs::path manifests =
        dir.path() / "default.db" / "test_pk_global_index_golden" / "manifest";
    auto delta = decodeManifestList(
        readAll(manifests / "manifest-list-5e07ff5a-eeb7-49ef-8769-c73b058ae171-3"));
    ASSERT_TRUE(delta.ok());
    ASSERT_EQ(delta->size(), 1u);
    // HISTORY.md §11: the 92-byte datum of the delta list's one record.
    EXPECT_EQ(hexLower(encodeManifestFileMeta(delta->front())),
              "045e" + hexLower("manifest-47606e25-ccef-4a80-9c04-8bd4988af3c1-1") + "a4210202" +
                  "18" + std::string(24, '0') + "18" + std::string(24, '0') + "0200" + "00" +
                  "0200020002000202" + "0000");
    // A whole list written and read back.
    auto base = decodeManifestList(
        readAll(manifests / "manifest-list-5e07ff5a-eeb7-49ef-8769-c73b058ae171-2"));
    ASSERT_TRUE(base.ok());
    auto again = decodeManifestList(manifestListFile(*base, std::string(16, 'x')));
    ASSERT_TRUE(again.ok()) << again.error().describe();
    EXPECT_EQ(*again, *base);
    EXPECT_TRUE(decodeManifestList(manifestListFile({}, std::string(16, 'x')))->empty());
}

TEST(ManifestListWriter, TheGoldenTableListsOnePartitionOfEverything) {
    testing::TempDir dir;
    ASSERT_TRUE(testing::unpackTestTarball("warehouses/pk_global_index_golden.tar.gz", dir.path()));
    auto wh = Warehouse::open(dir.path());
    ASSERT_TRUE(wh.ok());
    auto p = (*wh)->partitions({"default", "test_pk_global_index_golden"});
    ASSERT_TRUE(p.ok()) << p.error().describe();
    auto page = p->page({}, 100, 100);
    ASSERT_TRUE(page.ok()) << page.error().describe();
    ASSERT_EQ(page->items.size(), 1u);
    const Partition& only = page->items[0];
    EXPECT_TRUE(only.spec.empty());
    EXPECT_EQ(only.recordCount, 6);
    EXPECT_EQ(only.fileSizeInBytes, 2744);
    EXPECT_EQ(only.fileCount, 2);
    EXPECT_EQ(only.totalBuckets, 1);
    EXPECT_EQ(only.lastFileCreationTime, localWallClockToEpochMillis(1784241819714));
    EXPECT_FALSE(only.done);
}

TEST_F(PartitionsTest, ListsDescendingWithFiguresPatternsAndPages) {
    commit({{"2026-05-01", 0}, {"2026-05-01", 1}, {"2026-05-02", 0}}, 2, 10, 1000);
    commit({{"2026-05-02", 0}, {"2026-05-03", std::nullopt}}, 1, 5, 300);
    TablePartitions p = partitions();
    auto all = p.page({}, 100, 100);
    ASSERT_TRUE(all.ok()) << all.error().describe();
    EXPECT_EQ(names(*all), (std::vector<std::string>{"dt=2026-05-03/hr=__DEFAULT_PARTITION__",
                                                     "dt=2026-05-02/hr=0", "dt=2026-05-01/hr=1",
                                                     "dt=2026-05-01/hr=0"}));
    EXPECT_FALSE(all->nextPageToken);
    const Partition& may2 = all->items[1];
    EXPECT_EQ(may2.recordCount, 25);
    EXPECT_EQ(may2.fileSizeInBytes, 2300);
    EXPECT_EQ(may2.fileCount, 3);
    EXPECT_EQ(may2.totalBuckets, -1);
    EXPECT_EQ(may2.lastFileCreationTime,
              localWallClockToEpochMillis(kNow + 60'000 + 8 * 3'600'000));

    // Pages of two, the token the last name of the page.
    ListRequest r;
    r.maxResults = 2;
    auto first = p.page(r, 100, 100);
    ASSERT_TRUE(first.ok());
    EXPECT_EQ(names(*first), (std::vector<std::string>{"dt=2026-05-03/hr=__DEFAULT_PARTITION__",
                                                       "dt=2026-05-02/hr=0"}));
    ASSERT_TRUE(first->nextPageToken);
    EXPECT_EQ(*first->nextPageToken, "dt=2026-05-02/hr=0");
    r.pageToken = first->nextPageToken;
    auto second = p.page(r, 100, 100);
    ASSERT_TRUE(second.ok());
    EXPECT_EQ(names(*second),
              (std::vector<std::string>{"dt=2026-05-01/hr=1", "dt=2026-05-01/hr=0"}));
    EXPECT_FALSE(second->nextPageToken);

    // A partitionNamePattern: prefix only, as Java refuses anything else.
    ListRequest pattern;
    pattern.namePattern = "dt=2026-05-01%";
    EXPECT_EQ(names(*p.page(pattern, 100, 100)),
              (std::vector<std::string>{"dt=2026-05-01/hr=1", "dt=2026-05-01/hr=0"}));
    pattern.namePattern = "dt=2026-05-01/hr=0";
    EXPECT_EQ(names(*p.page(pattern, 100, 100)), (std::vector<std::string>{"dt=2026-05-01/hr=0"}));
    pattern.namePattern = "dt=2026%01";
    auto refused = p.page(pattern, 100, 100);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().message, "Can only support prefix sql like pattern query now.");
}

TEST_F(PartitionsTest, ASecondListingOfAnUnchangedTableReadsNoManifest) {
    commit({{"2026-05-01", 0}}, 1, 1, 10);
    auto cache = std::make_shared<PartitionIndexCache>();
    auto fresh = [&] {
        TablePartitions p = partitions();
        return TablePartitions(p.table(), p.history(), p.schema(), cache);
    };
    ASSERT_TRUE(fresh().page({}, 100, 100).ok());
    ASSERT_TRUE(fresh().page({}, 100, 100).ok());
    EXPECT_EQ(cache->builds(), 1);
    commit({{"2026-05-02", 0}}, 1, 1, 10);
    auto after = fresh().page({}, 100, 100);
    ASSERT_TRUE(after.ok());
    EXPECT_EQ(after->items.size(), 2u);
    EXPECT_EQ(cache->builds(), 2);
}

TEST_F(PartitionsTest, MarkDoneWritesJavasSuccessFile) {
    commit({{"2026-05-01", 0}, {"2026-05-02", 0}}, 1, 1, 10);
    TablePartitions p = partitions();
    // Keys in any order; the path is in partition-key order.
    ASSERT_TRUE(p.markDone({{{"hr", "0"}, {"dt", "2026-05-01"}}}, 1000).ok());
    const fs::path success = p.table() / "dt=2026-05-01" / "hr=0" / "_SUCCESS";
    EXPECT_EQ(readAll(success), "{\n  \"creationTime\" : 1000,\n  \"modificationTime\" : 1000\n}");
    ASSERT_TRUE(p.markDone({{{"dt", "2026-05-01"}, {"hr", "0"}}}, 2000).ok());
    EXPECT_EQ(readAll(success), "{\n  \"creationTime\" : 1000,\n  \"modificationTime\" : 2000\n}");
    auto page = p.page({}, 100, 100);
    ASSERT_TRUE(page.ok());
    EXPECT_FALSE(page->items[0].done);  // 2026-05-02
    EXPECT_TRUE(page->items[1].done);
    // A spec that does not name one partition of the table writes nothing.
    auto wrong = p.markDone({{{"dt", "2026-05-01"}}}, 3000);
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().kind, ErrorKind::BadRequest);
    // Characters a path cannot hold are escaped as Java escapes them.
    ASSERT_TRUE(p.markDone({{{"dt", "a/b:c%"}, {"hr", "1"}}}, 1000).ok());
    EXPECT_TRUE(fs::exists(p.table() / "dt=a%2Fb%3Ac%25" / "hr=1" / "_SUCCESS"));
}

TEST_F(PartitionsTest, DropCommitsAnOverwriteThatDeletesThePartitionsFiles) {
    commit({{"2026-05-01", 0}, {"2026-05-02", 0}, {"2026-05-03", 0}}, 2, 10, 100);
    commit({{"2026-05-02", 0}}, 1, 7, 50);
    TablePartitions p = partitions();
    DropPartitionsRequest r;
    r.partitionSpecs = {{{"dt", "2026-05-02"}, {"hr", "0"}}, {{"dt", "2026-04-30"}, {"hr", "0"}}};
    auto dropped = p.drop(r, kNow + 3'600'000);
    ASSERT_TRUE(dropped.ok()) << dropped.error().describe();
    EXPECT_EQ(dropped->dropped.size(), 1u);
    ASSERT_EQ(dropped->missing.size(), 1u);
    EXPECT_EQ(partitionName(dropped->missing[0]), "dt=2026-04-30/hr=0");

    TablePartitions after = partitions();
    auto page = after.page({}, 100, 100);
    ASSERT_TRUE(page.ok()) << page.error().describe();
    EXPECT_EQ(names(*page), (std::vector<std::string>{"dt=2026-05-03/hr=0", "dt=2026-05-01/hr=0"}));
    auto latest = after.history().snapshot(3);
    ASSERT_TRUE(latest.ok());
    EXPECT_EQ(latest->commitKind, "OVERWRITE");
    EXPECT_EQ(latest->totalRecordCount, 67 - 27);
    EXPECT_EQ(latest->deltaRecordCount, -27);
    EXPECT_EQ(latest->timeMillis, kNow + 3'600'000);
    // The live set agrees, and the delta holds exactly the three DELETE entries.
    auto live = liveFiles(after.table(), *latest);
    ASSERT_TRUE(live.ok()) << live.error().describe();
    EXPECT_EQ(live->size(), 4u);
    auto delta = readManifestList(after.table(), latest->deltaManifestList);
    ASSERT_TRUE(delta.ok());
    ASSERT_EQ(delta->size(), 1u);
    EXPECT_EQ(delta->front().numDeletedFiles, 3);
    EXPECT_EQ(delta->front().partitionStats.nullCounts,
              (std::vector<std::optional<int64_t>>{0, 0}));
    auto entries = decodeManifest(readAll(after.table() / "manifest" / delta->front().fileName));
    ASSERT_TRUE(entries.ok());
    for (const ManifestEntry& e : *entries)
        EXPECT_EQ(e.kind, ManifestEntry::Kind::Delete);

    // Nothing left to drop: no commit; a missing one without ignoreIfNotExists is a 404.
    r.partitionSpecs = {{{"dt", "2026-05-02"}, {"hr", "0"}}};
    auto again = after.drop(r, kNow + 7'200'000);
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(again->dropped.empty());
    EXPECT_FALSE(after.history().snapshot(4).ok());
    r.ignoreIfNotExists = false;
    auto strict = after.drop(r, kNow + 7'200'000);
    ASSERT_FALSE(strict.ok());
    EXPECT_EQ(strict.error().kind, ErrorKind::NotFound);
    EXPECT_EQ(strict.error().resourceType, "PARTITION");
    EXPECT_EQ(strict.error().resourceName, "dt=2026-05-02/hr=0");
}

TEST_F(PartitionsTest, ByNamesAndCreate) {
    commit({{"2026-05-01", 0}, {"2026-05-02", 0}}, 1, 1, 10);
    TablePartitions p = partitions();
    auto found = p.byNames({{{"dt", "2026-05-02"}, {"hr", "0"}},
                            {{"dt", "2026-05-09"}, {"hr", "0"}},
                            {{"dt", "2026-05-01"}}});
    ASSERT_TRUE(found.ok());
    ASSERT_EQ(found->size(), 1u);
    EXPECT_EQ(found->front().name(), "dt=2026-05-02/hr=0");
    CreatePartitionsRequest create;
    create.partitionSpecs = {{{"dt", "2026-06-01"}, {"hr", "0"}}};
    auto created = p.create(create);
    ASSERT_FALSE(created.ok());
    EXPECT_EQ(created.error().kind, ErrorKind::NotImplemented);
    create.partitionSpecs = {{{"dt", "2026-06-01"}, {"day", "0"}}};
    EXPECT_EQ(p.create(create).error().kind, ErrorKind::BadRequest);
}

TEST(PartitionCodec, WritesPartitionsAsJavaDoes) {
    Partition p;
    p.spec = {{"dt", "20250101"}, {"hr", "5"}};
    EXPECT_EQ(codec::encodeListPartitions({{p}, std::nullopt}),
              R"({"partitions":[{"spec":{"dt":"20250101","hr":"5"},"recordCount":-1,)"
              R"("fileSizeInBytes":-1,"fileCount":-1,"lastFileCreationTime":-1,)"
              R"("totalBuckets":-1,"done":false}],"nextPageToken":null})");
    p.done = true;
    p.createdAt = 7;
    p.createdBy = "me";
    auto back = codec::decodeListPartitionsResponse(codec::encodeListPartitions({{p}, "t"}));
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->items.front(), p);
    EXPECT_EQ(back->nextPageToken, "t");
    // The spec keeps its order, not sorted.
    auto reversed = codec::decodeListPartitionsResponse(
        R"({"partitions":[{"spec":{"hr":"5","dt":"1"},"recordCount":3}]})");
    ASSERT_TRUE(reversed.ok());
    EXPECT_EQ(reversed->items[0].name(), "hr=5/dt=1");
    EXPECT_EQ(reversed->items[0].fileCount, -1);
    EXPECT_FALSE(codec::decodeListPartitionsResponse(R"({"partitions":[{"spec":{"a":1}}]})").ok());

    CreatePartitionsRequest c;
    c.partitionSpecs = {{{"dt", "1"}}};
    EXPECT_EQ(codec::encode(c), R"({"partitionSpecs":[{"dt":"1"}],"ignoreIfExists":true})");
    auto nullIgnore = codec::decodeCreatePartitionsRequest(
        R"({"partitionSpecs":[{"dt":"1"}],"ignoreIfExists":null})");
    ASSERT_TRUE(nullIgnore.ok());
    EXPECT_TRUE(nullIgnore->ignoreIfExists);
    DropPartitionsRequest d{{{{"dt", "1"}}}, false};
    EXPECT_EQ(codec::encode(d), R"({"partitionSpecs":[{"dt":"1"}],"ignoreIfNotExists":false})");
    EXPECT_EQ(codec::encodePartitionSpecsRequest({{{"dt", "1"}}}), R"({"specs":[{"dt":"1"}]})");
    auto response = codec::decodeDropPartitionsResponse(R"({"dropped":[{"dt":"1"}],"missing":[]})");
    ASSERT_TRUE(response.ok());
    EXPECT_EQ(response->dropped.size(), 1u);
    EXPECT_FALSE(codec::decodeDropPartitionsResponse(R"({"dropped":[]})").ok());
}

}  // namespace
}  // namespace paimon
