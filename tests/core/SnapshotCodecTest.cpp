// Snapshots as Java Paimon writes them (HISTORY.md §1.1), read and written back byte for byte.
#include <gtest/gtest.h>

#include <limits>

#include "core/json/JsonValue.h"
#include "core/json/Messages.h"
#include "tests/support/TestData.h"

namespace paimon {
namespace {

TEST(SnapshotCodec, ReadsAndWritesBackAFileJavaWrote) {
    const std::string text =
        testing::readTestFile("schemas/test_pk_global_index_golden-snapshot-6.json");
    ASSERT_FALSE(text.empty());
    auto s = codec::decodeSnapshotFile(text);
    ASSERT_TRUE(s.ok()) << s.error().describe();
    EXPECT_EQ(s->version, 3);
    EXPECT_EQ(s->id, 6);
    EXPECT_EQ(s->schemaId, 0);
    EXPECT_EQ(s->baseManifestList, "manifest-list-5e07ff5a-eeb7-49ef-8769-c73b058ae171-2");
    EXPECT_EQ(s->baseManifestListSize, 1189);
    EXPECT_EQ(s->deltaManifestListSize, 1113);
    EXPECT_FALSE(s->changelogManifestList);
    EXPECT_EQ(s->indexManifest, "index-manifest-9280e97a-019f-4a95-b519-3bef0eae422a-0");
    EXPECT_EQ(s->commitUser, "64391684-70f7-478d-bfce-5ce8ce8a45a6");
    EXPECT_EQ(s->commitIdentifier, std::numeric_limits<int64_t>::max());
    EXPECT_EQ(s->commitKind, "COMPACT");
    EXPECT_EQ(s->timeMillis, 1784213019731);
    EXPECT_EQ(s->totalRecordCount, 6);
    EXPECT_EQ(s->deltaRecordCount, 0);
    EXPECT_EQ(s->nextRowId, 0);
    EXPECT_FALSE(s->uuid);  // written before 2.0
    EXPECT_FALSE(s->watermark);
    // Written back: the same bytes, as Java would write them.
    EXPECT_EQ(codec::encodeSnapshotFile(*s), text);
}

// Older writers left explicit nulls and members that no longer exist; newer ones add members.
TEST(SnapshotCodec, AcceptsNullsUnknownMembersAndEveryOptionalMember) {
    const std::string text = R"({
  "version" : 3,
  "uuid" : "0f8e",
  "id" : 12,
  "schemaId" : 2,
  "baseManifestList" : "b",
  "deltaManifestList" : "d",
  "changelogManifestList" : null,
  "commitUser" : "u",
  "writerVersion" : "java-2.1",
  "commitIdentifier" : 7,
  "commitKind" : "APPEND",
  "timeMillis" : 1,
  "logOffsets" : { },
  "totalRecordCount" : 10,
  "deltaRecordCount" : 2,
  "watermark" : -9223372036854775808,
  "properties" : { "k" : "v" },
  "futureMember" : [ 1, 2 ],
  "operation" : "WRITE"
})";
    auto s = codec::decodeSnapshotFile(text);
    ASSERT_TRUE(s.ok()) << s.error().describe();
    EXPECT_EQ(s->uuid, "0f8e");
    EXPECT_FALSE(s->changelogManifestList);
    EXPECT_EQ(s->writerVersion, "java-2.1");
    EXPECT_EQ(s->watermark, std::numeric_limits<int64_t>::min());
    EXPECT_FALSE(s->effectiveWatermark()) << "Long.MIN_VALUE is no watermark";
    EXPECT_EQ(s->properties, (Options{{"k", "v"}}));
    EXPECT_EQ(s->operation, "WRITE");
    // What is written back has Java's members only, in Java's order, nulls left out.
    auto again = codec::decodeSnapshotFile(codec::encodeSnapshotFile(*s));
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(*again, *s);
    const std::string written = codec::encodeSnapshotFile(*s);
    EXPECT_EQ(written.find("logOffsets"), std::string::npos);
    EXPECT_EQ(written.find("futureMember"), std::string::npos);
    EXPECT_EQ(written.find("null"), std::string::npos);
    EXPECT_LT(written.find("\"writerVersion\""), written.find("\"commitIdentifier\""));
    EXPECT_LT(written.find("\"properties\""), written.find("\"operation\""));
}

TEST(SnapshotCodec, RefusesWhatIsNotASnapshotNamingTheMember) {
    for (const char* bad :
         {R"({"id":1})", R"([])", R"({"id":"x","baseManifestList":"b"})", "not json"}) {
        auto s = codec::decodeSnapshotFile(bad);
        ASSERT_FALSE(s.ok()) << bad;
        EXPECT_EQ(s.error().kind, ErrorKind::Io) << bad;
    }
    auto missing = codec::decodeSnapshotFile(
        R"({"id":1,"baseManifestList":"b","deltaManifestList":"d","commitKind":"APPEND"})");
    ASSERT_FALSE(missing.ok());
    EXPECT_NE(missing.error().message.find("commitUser"), std::string::npos)
        << missing.error().message;
}

// The REST API's snapshot messages (OBJECTS.md §2): every member of TableSnapshot present, a
// missing one refused, and pages with Java's null token on the last one.
TEST(SnapshotCodec, RestMessagesCarryTheSnapshotAndTheTablesCounts) {
    auto file = codec::decodeSnapshotFile(
        testing::readTestFile("schemas/test_pk_global_index_golden-snapshot-6.json"));
    ASSERT_TRUE(file.ok());
    const TableSnapshot latest{*file, 6, 4096, 3, 1784213019000};
    const std::string body = codec::encodeGetTableSnapshotResponse(latest);
    auto decoded = codec::decodeGetTableSnapshotResponse(body);
    ASSERT_TRUE(decoded.ok()) << decoded.error().describe();
    EXPECT_EQ(*decoded, latest);
    EXPECT_EQ(body.rfind(R"({"snapshot":{"snapshot":{"version":3,"id":6,)", 0), 0u) << body;
    EXPECT_NE(body.find(R"("recordCount":6,"fileSizeInBytes":4096,"fileCount":3,)"
                        R"("lastFileCreationTime":1784213019000})"),
              std::string::npos)
        << body;
    auto noCount = codec::decodeGetTableSnapshotResponse(
        R"({"snapshot":{"snapshot":{"id":1,"baseManifestList":"b","deltaManifestList":"d",)"
        R"("commitUser":"u","commitKind":"APPEND"},"recordCount":1,"fileSizeInBytes":1,)"
        R"("fileCount":1}})");
    ASSERT_FALSE(noCount.ok());
    EXPECT_EQ(noCount.error().kind, ErrorKind::InvalidResponse);
    EXPECT_NE(noCount.error().message.find("lastFileCreationTime"), std::string::npos);

    auto version =
        codec::decodeGetVersionSnapshotResponse(codec::encodeGetVersionSnapshotResponse(*file));
    ASSERT_TRUE(version.ok());
    EXPECT_EQ(*version, *file);

    Snapshot older = *file;
    older.id = 5;
    const Page<Snapshot> page{{*file, older}, std::nullopt};
    const std::string listed = codec::encodeListSnapshots(page);
    EXPECT_NE(listed.find(R"("nextPageToken":null)"), std::string::npos);
    auto pageBack = codec::decodeListSnapshotsResponse(listed);
    ASSERT_TRUE(pageBack.ok());
    EXPECT_EQ(*pageBack, page);
    EXPECT_FALSE(codec::decodeListSnapshotsResponse(R"({"snapshots":{}})").ok());
}

}  // namespace
}  // namespace paimon
