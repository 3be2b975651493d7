// Paged listings served locally (core/catalog/Paging.h): name patterns as Java's reference
// server matches and refuses them, page tokens, and tables across databases.
#include <gtest/gtest.h>

#include "core/catalog/Paging.h"

namespace paimon {
namespace {

TEST(Paging, PatternsAndTokens) {
    EXPECT_TRUE(matchesNamePattern("ord%", "orders"));
    EXPECT_FALSE(matchesNamePattern("ord%", "xorders"));
    EXPECT_TRUE(matchesNamePattern("%ers", "orders"));
    // '_' is a literal character, as in Java's reference server (RESTCatalogTest: "table_"
    // matches nothing in a catalog of "table_name", "table_%" matches it).
    EXPECT_FALSE(matchesNamePattern("o_ders", "orders"));
    EXPECT_TRUE(matchesNamePattern("o_ders", "o_ders"));
    EXPECT_FALSE(matchesNamePattern("table_", "table_name"));
    EXPECT_TRUE(matchesNamePattern("table_%", "table_name"));
    EXPECT_FALSE(matchesNamePattern("名_", "名字"));
    EXPECT_TRUE(matchesNamePattern("名%", "名字"));
    EXPECT_TRUE(matchesNamePattern("100\\%", "100%"));
    EXPECT_FALSE(matchesNamePattern("100\\%", "1000"));
    EXPECT_TRUE(matchesNamePattern("%", ""));
    EXPECT_TRUE(matchesNamePattern("a.b%", "a.bc"));
    EXPECT_FALSE(matchesNamePattern("a.b%", "axbc"));  // no regex leaks in

    std::vector<std::string> names = {"a1", "a2", "b1", "b2", "b3"};
    auto p1 = pageOfNames(names, {2, std::nullopt, std::nullopt}, 100, 1000);
    ASSERT_TRUE(p1.ok());
    EXPECT_EQ(p1->items, (std::vector<std::string>{"a1", "a2"}));
    ASSERT_TRUE(p1->nextPageToken);
    auto p2 = pageOfNames(names, {2, p1->nextPageToken, std::nullopt}, 100, 1000);
    EXPECT_EQ(p2->items, (std::vector<std::string>{"b1", "b2"}));
    auto p3 = pageOfNames(names, {2, p2->nextPageToken, std::nullopt}, 100, 1000);
    EXPECT_EQ(p3->items, (std::vector<std::string>{"b3"}));
    EXPECT_FALSE(p3->nextPageToken);
    auto filtered = pageOfNames(names, {0, std::nullopt, "b%"}, 100, 1000);
    EXPECT_EQ(filtered->items, (std::vector<std::string>{"b1", "b2", "b3"}));
    auto exact = pageOfNames(names, {0, std::nullopt, "a2"}, 100, 1000);
    EXPECT_EQ(exact->items, (std::vector<std::string>{"a2"}));
    auto pagedFilter = pageOfNames(names, {1, "b1", "b%"}, 100, 1000);
    EXPECT_EQ(pagedFilter->items, (std::vector<std::string>{"b2"}));
    EXPECT_EQ(pagedFilter->nextPageToken, "b2");
    EXPECT_EQ(pageOfNames(names, {100000, std::nullopt, std::nullopt}, 1, 3)->items.size(), 3u);
    EXPECT_EQ(pageOfNames(names, {0, std::nullopt, ""}, 100, 1000)->items.size(), 5u);
}

// Tables across databases: both patterns apply, ordered and paged by "database.table".
TEST(Paging, TablesAcrossDatabases) {
    const std::vector<Identifier> tables = {{"sales", "orders"},
                                            {"a b", "t1"},
                                            {"sales", "items"},
                                            {"ops", "orders_old"},
                                            {"a b", "orders"}};
    auto all = pageOfTables(tables, {}, 100, 1000);
    ASSERT_TRUE(all.ok());
    EXPECT_EQ(all->items, (std::vector<Identifier>{{"a b", "orders"},
                                                   {"a b", "t1"},
                                                   {"ops", "orders_old"},
                                                   {"sales", "items"},
                                                   {"sales", "orders"}}));
    EXPECT_FALSE(all->nextPageToken);

    // The table pattern alone searches every database (Java's mock would drop it).
    TablesRequest byTable;
    byTable.tableNamePattern = "orders%";
    auto orders = pageOfTables(tables, byTable, 100, 1000);
    ASSERT_TRUE(orders.ok());
    EXPECT_EQ(orders->items, (std::vector<Identifier>{
                                 {"a b", "orders"}, {"ops", "orders_old"}, {"sales", "orders"}}));
    // Both patterns: AND.
    byTable.databaseNamePattern = "s%";
    EXPECT_EQ(pageOfTables(tables, byTable, 100, 1000)->items,
              (std::vector<Identifier>{{"sales", "orders"}}));

    // Pages of two, the token the last key of the page.
    TablesRequest paged;
    paged.maxResults = 2;
    std::vector<Identifier> seen;
    for (int guard = 0; guard < 10; ++guard) {
        auto page = pageOfTables(tables, paged, 100, 1000);
        ASSERT_TRUE(page.ok());
        seen.insert(seen.end(), page->items.begin(), page->items.end());
        if (!page->nextPageToken) break;
        EXPECT_EQ(*page->nextPageToken, page->items.back().fullName());
        paged.pageToken = page->nextPageToken;
    }
    EXPECT_EQ(seen, all->items);

    TablesRequest bad;
    bad.databaseNamePattern = "%s";
    auto refused = pageOfTables(tables, bad, 100, 1000);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().message, "Can only support prefix sql like pattern query now.");
}

// RESTUtil.validatePrefixSqlPattern: what passes and what is refused, with Java's message.
TEST(Paging, OnlyPrefixPatternsAreAllowed) {
    for (const char* ok : {"abc%", "%", "%%", "abc", "a\\%b%", "a%\\b", "dt=01%", ""}) {
        EXPECT_FALSE(checkPrefixPattern(ok)) << ok;
    }
    for (const char* bad : {"%abc%", "a%b", "%abc", "dt=01%01", "a%_"}) {
        auto e = checkPrefixPattern(bad);
        ASSERT_TRUE(e) << bad;
        EXPECT_EQ(e->kind, ErrorKind::BadRequest);
        EXPECT_EQ(e->message, "Can only support prefix sql like pattern query now.");
        auto page = pageOfNames({"abc"}, {0, std::nullopt, bad}, 100, 1000);
        ASSERT_FALSE(page.ok()) << bad;
        EXPECT_EQ(page.error().kind, ErrorKind::BadRequest);
    }
    EXPECT_EQ(prefixPatternFor("a_b%c\\"), "a\\_b\\%c\\\\%");
    EXPECT_EQ(literalPrefixOf(prefixPatternFor("a_b%c\\")), "a_b%c\\");
    EXPECT_FALSE(checkPrefixPattern(prefixPatternFor("%_%")));
    EXPECT_TRUE(matchesNamePattern(prefixPatternFor("%_"), "%_x"));
    EXPECT_FALSE(matchesNamePattern(prefixPatternFor("%_"), "a_x"));
}

// The asynchronous face: results come through the scheduler, never inside the call.
}  // namespace
}  // namespace paimon
