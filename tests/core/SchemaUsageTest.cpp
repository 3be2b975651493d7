// The schema ids a table's snapshots used (core/catalog/SchemaUsage.h), folded page by page:
// a warehouse folder's table of 2,524 snapshots over three schemas (three pages).
#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <regex>

#include "core/catalog/SchemaUsage.h"
#include "core/server/DemoWarehouse.h"
#include "tests/support/FolderCatalog.h"
#include "tests/support/TempDir.h"

namespace paimon {
namespace {

TEST(SchemaUsage, EverySnapshotIsCountedUnderItsSchemaAcrossPages) {
    testing::TempDir dir;
    testing::FolderCatalogs folders;
    auto folder = folders.open(dir.path() / "wh");
    ASSERT_TRUE(folder.catalog);
    ASSERT_TRUE(writeDemoWarehouse(*folder.warehouse).ok());

    auto usage = [&] {
        std::optional<Result<std::vector<SchemaUsage>>> out;
        auto running = collectSchemaUsage(folder.catalog, {"sales", "orders"},
                                          [&](Result<std::vector<SchemaUsage>> r) { out = r; });
        folders.drain();
        EXPECT_TRUE(out && out->ok()) << (out && !out->ok() ? (*out).error().describe() : "");
        return out && out->ok() ? **out : std::vector<SchemaUsage>{};
    };
    // The demo's 24 snapshots all use schema 3.
    EXPECT_EQ(usage(), (std::vector<SchemaUsage>{{3, 1, 24, 24}}));

    // 2,500 more, written as Java writes them: 25..1024 on schema 1, 1025..2524 on schema 2
    // (out of order with the first 24, as a rollback of schemas would not allow, but the count
    // must not care).
    const auto snapshots = dir.path() / "wh" / "sales.db" / "orders" / "snapshot";
    std::ifstream in(snapshots / "snapshot-1");
    const std::string first((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    ASSERT_NE(first.find("\"schemaId\" : 3,"), std::string::npos) << first;
    for (int id = 25; id <= 2524; ++id) {
        std::string text = std::regex_replace(first, std::regex(R"("id" : 1,)"),
                                              "\"id\" : " + std::to_string(id) + ",");
        text = std::regex_replace(text, std::regex(R"("schemaId" : 3,)"),
                                  std::string("\"schemaId\" : ") + (id <= 1024 ? "1" : "2") + ",");
        std::ofstream(snapshots / ("snapshot-" + std::to_string(id))) << text;
    }
    std::ofstream(snapshots / "LATEST") << "2524";
    EXPECT_EQ(usage(), (std::vector<SchemaUsage>{
                           {1, 25, 1024, 1000}, {2, 1025, 2524, 1500}, {3, 1, 24, 24}}));

    // A table that is not there: the catalog's answer.
    std::optional<Result<std::vector<SchemaUsage>>> missing;
    auto running = collectSchemaUsage(folder.catalog, {"sales", "nope"},
                                      [&](Result<std::vector<SchemaUsage>> r) { missing = r; });
    folders.drain();
    ASSERT_TRUE(missing && !missing->ok());
    EXPECT_EQ(missing->error().kind, ErrorKind::NotFound);
}

}  // namespace
}  // namespace paimon
