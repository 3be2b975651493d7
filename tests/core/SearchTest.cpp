// The search by name across a catalog (core/catalog/Search.h): a warehouse folder (listings
// across databases for tables; no views or functions, said once), and a server without the
// listings across databases (each database asked instead, the refusals named).
#include <gtest/gtest.h>

#include "core/catalog/FileSystemCatalog.h"
#include "core/catalog/Search.h"
#include "tests/core/RestCatalogFixture.h"
#include "tests/support/FolderCatalog.h"
#include "tests/support/TempDir.h"

namespace paimon {
namespace {

using K = SearchHit::Kind;

struct Outcome {
    std::vector<SearchHit> hits;
    std::optional<std::vector<SearchRefusal>> refusals;
    int batches = 0;
};

class SearchTest : public ::testing::Test {
protected:
    void SetUp() override {
        auto folder = folders.open(dir.path() / "wh");
        ASSERT_TRUE(folder.catalog);
        warehouse = folder.warehouse;
        catalog = folder.catalog;
        Schema schema = rest_test::simpleSchema();
        for (const auto& [db, table] : std::vector<std::pair<std::string, std::string>>{
                 {"sales", "orders"}, {"sales", "customers"}, {"analytics", "events"}}) {
            if (!warehouse->getDatabase(db).ok()) {
                ASSERT_TRUE(warehouse->createDatabase(db, {}).ok());
            }
            ASSERT_TRUE(warehouse->createTable({db, table}, schema).ok());
        }
    }
    void drain() { folders.drain(); }
    std::shared_ptr<CatalogSearch> search(std::shared_ptr<Catalog> c, const std::string& text,
                                          Outcome& out, SearchOptions options = {}) {
        return CatalogSearch::start(
            std::move(c), text, options,
            [&out](std::vector<SearchHit> batch) {
                ++out.batches;
                out.hits.insert(out.hits.end(), batch.begin(), batch.end());
            },
            [&out](std::vector<SearchRefusal> r) { out.refusals = std::move(r); });
    }

    testing::TempDir dir;
    std::shared_ptr<Warehouse> warehouse;
    testing::FolderCatalogs folders;
    std::shared_ptr<FileSystemCatalog> catalog;
};

TEST_F(SearchTest, AWarehouseFolderFindsDatabasesAndTablesAndSaysItHasNoViews) {
    Outcome out;
    auto s = search(catalog, "ord", out);
    drain();
    ASSERT_TRUE(out.refusals.has_value());
    EXPECT_EQ(out.hits, (std::vector<SearchHit>{{K::Table, {"sales", "orders"}}}));
    // Views and functions: a warehouse folder keeps none, which is said once each.
    ASSERT_EQ(out.refusals->size(), 2u);
    EXPECT_EQ((*out.refusals)[0].what, "views");
    EXPECT_EQ((*out.refusals)[0].error.kind, ErrorKind::NotImplemented);
    EXPECT_EQ((*out.refusals)[1].what, "functions");

    Outcome db;
    auto s2 = search(catalog, "ana", db);
    drain();
    ASSERT_FALSE(db.hits.empty());
    EXPECT_EQ(db.hits.front(), (SearchHit{K::Database, {"analytics", ""}}));

    // The text is a prefix, its wildcards literal: "%" finds nothing, "_" nothing either.
    Outcome literal;
    auto s3 = search(catalog, "%", literal);
    drain();
    EXPECT_TRUE(literal.hits.empty());
}

TEST_F(SearchTest, CancelStopsEveryCallback) {
    Outcome out;
    auto s = search(catalog, "o", out);
    s->cancel();
    drain();
    EXPECT_EQ(out.batches, 0);
    EXPECT_FALSE(out.refusals.has_value());
    s->cancel();  // harmless twice
}

// A server without the listings across databases (404): each database's own listing with the
// pattern; a listing it refuses is named.
TEST(Search, AServerWithoutTheGlobalListingsIsSearchedDatabaseByDatabase) {
    rest_test::CatalogFixture f;
    Schema s = rest_test::simpleSchema();
    for (const char* db : {"a", "b", "c"})
        f.server.dbs[db];
    f.server.dbs["a"]["orders"] = TableInfo{};
    f.server.dbs["b"]["order_lines"] = TableInfo{};
    f.server.dbs["b"]["users"] = TableInfo{};
    Outcome out;
    std::shared_ptr<CatalogSearch> search = CatalogSearch::start(
        f.catalog, "ord", {},
        [&out](std::vector<SearchHit> batch) {
            out.hits.insert(out.hits.end(), batch.begin(), batch.end());
        },
        [&out](std::vector<SearchRefusal> r) { out.refusals = std::move(r); });
    f.scheduler->advance(Millis(60000));
    ASSERT_TRUE(out.refusals.has_value());
    std::vector<SearchHit> tables;
    for (const auto& h : out.hits)
        if (h.kind == K::Table) tables.push_back(h);
    EXPECT_EQ(tables, (std::vector<SearchHit>{{K::Table, {"a", "orders"}},
                                              {K::Table, {"b", "order_lines"}}}));
    // The server asked for the pattern in each database.
    EXPECT_NE(std::find(f.server.seenPatterns.begin(), f.server.seenPatterns.end(), "ord%"),
              f.server.seenPatterns.end());
    // This server has no views or functions at all: named, per database, never skipped.
    bool viewsNamed = false;
    for (const auto& r : *out.refusals)
        viewsNamed = viewsNamed || r.what.find("views") != std::string::npos;
    EXPECT_TRUE(viewsNamed);
}

}  // namespace
}  // namespace paimon
