// The OpenAPI contract test: our client (RestCatalog over QtTransport) talks to our server
// (paimon-rest-server) through Prism, a proxy that validates every request against the
// protocol's OpenAPI file and every response too. With --errors a violation becomes an error
// answer, so the calls below fail on it; and every violation Prism logs, warnings included,
// fails the run at the end. docs/CONFORMANCE.md lists the few places where the file is patched
// to follow Java (tests/contract/prepare-spec.mjs).
#include "tests/contract/ContractSupport.h"

namespace paimon {
namespace {

Schema richSchema() {
    Schema s;
    s.fields = {
        DataField{0, "id", sqlType("BIGINT NOT NULL"), "the key", std::nullopt},
        DataField{1, "dt", sqlType("STRING NOT NULL"), std::nullopt, std::nullopt},
        DataField{2, "amount", sqlType("DECIMAL(12, 2)"), std::nullopt, "'0'"},
        DataField{3, "tags", sqlType("ARRAY<VARCHAR(20)>"), std::nullopt, std::nullopt},
        DataField{4, "attrs", sqlType("MAP<STRING NOT NULL, INT>"), std::nullopt, std::nullopt},
        DataField{5, "addr", sqlType("ROW<city STRING, ts TIMESTAMP(3) WITH LOCAL TIME ZONE>"),
                  std::nullopt, std::nullopt},
        DataField{6, "qty", sqlType("INT"), std::nullopt, std::nullopt},
    };
    s.partitionKeys = {"dt"};
    s.primaryKeys = {"id", "dt"};
    s.options = {{"bucket", "2"}};
    s.comment = "contract";
    return s;
}

// A warehouse folder cannot hold a name with '/', so the server refuses those (400).
const std::vector<std::string> kAwkwardNames = {"with space", "back`tick", "per%cent",
                                                "plus+sign",  "表格 ü",    "dol$lar db"};

TEST_F(Contract, DatabasesWithAwkwardNamesPagesAndErrors) {
    for (const std::string& name : kAwkwardNames) {
        auto created = await<Unit>([&](auto cb) {
            return catalog->createDatabase("c " + name, {{"comment", "about " + name}}, cb);
        });
        ASSERT_TRUE(created.ok()) << name << ": " << created.error().describe();
        auto db =
            await<DatabaseInfo>([&](auto cb) { return catalog->getDatabase("c " + name, cb); });
        ASSERT_TRUE(db.ok()) << db.error().describe();
        EXPECT_EQ(db->options.at("comment"), "about " + name);
    }
    auto conflict =
        await<Unit>([&](auto cb) { return catalog->createDatabase("c with space", {}, cb); });
    ASSERT_FALSE(conflict.ok());
    EXPECT_EQ(conflict.error().kind, ErrorKind::AlreadyExists);
    auto missing = await<DatabaseInfo>([&](auto cb) { return catalog->getDatabase("nope", cb); });
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().kind, ErrorKind::NotFound);

    // Pages of two, with and without a prefix pattern.
    for (std::optional<std::string> pattern : {std::optional<std::string>(), {"c %"}}) {
        auto all = await<std::vector<std::string>>(
            [&](auto cb) { return catalog->listDatabases(pattern, cb, 2); });
        ASSERT_TRUE(all.ok()) << all.error().describe();
        EXPECT_GE(all->size(), kAwkwardNames.size());
    }
    auto altered = await<AlterDatabaseResult>([&](auto cb) {
        return catalog->alterDatabase("c per%cent", {"comment", "absent"}, {{"owner", "ana"}}, cb);
    });
    ASSERT_TRUE(altered.ok()) << altered.error().describe();
    EXPECT_EQ(altered->missing, std::vector<std::string>{"absent"});
    auto missingAlter = await<AlterDatabaseResult>([&](auto cb) {
        return catalog->alterDatabase("nope", {}, {{"a", "b"}}, cb);
    });
    EXPECT_FALSE(missingAlter.ok());

    for (const std::string& name : kAwkwardNames) {
        ASSERT_TRUE(await<Unit>([&](auto cb) {
                        return catalog->dropDatabase("c " + name, false, cb);
                    }).ok())
            << name;
    }
    EXPECT_FALSE(
        await<Unit>([&](auto cb) { return catalog->dropDatabase("nope", true, cb); }).ok());
}

TEST_F(Contract, TablesEveryOperation) {
    const std::string db = "t contract ü";
    ASSERT_TRUE(await<Unit>([&](auto cb) { return catalog->createDatabase(db, {}, cb); }).ok());
    for (const char* name : {"orders", "with space", "per%cent", "表格", "a_b"}) {
        auto created = await<Unit>([&](auto cb) {
            return catalog->createTable({db, name}, richSchema(), cb);
        });
        ASSERT_TRUE(created.ok()) << name << ": " << created.error().describe();
    }
    Schema materialized = richSchema();
    materialized.options["type"] = "materialized-table";
    ASSERT_TRUE(await<Unit>([&](auto cb) {
                    return catalog->createTable({db, "mv"}, materialized, cb);
                }).ok());
    auto duplicate = await<Unit>([&](auto cb) {
        return catalog->createTable({db, "orders"}, richSchema(), cb);
    });
    ASSERT_FALSE(duplicate.ok());
    EXPECT_EQ(duplicate.error().kind, ErrorKind::AlreadyExists);
    auto noDb = await<Unit>([&](auto cb) {
        return catalog->createTable({"nope", "t"}, richSchema(), cb);
    });
    EXPECT_EQ(noDb.error().kind, ErrorKind::NotFound);

    // Listings: pages of two, a prefix pattern, a table type; details the same way.
    auto all = await<std::vector<std::string>>(
        [&](auto cb) { return catalog->listTables(db, std::nullopt, cb, 2); });
    ASSERT_TRUE(all.ok()) << all.error().describe();
    EXPECT_EQ(all->size(), 6u);
    ListRequest request{2, std::nullopt, std::string("a\\_%")};
    auto underscore =
        await<Page<std::string>>([&](auto cb) { return catalog->listTablesPage(db, request, cb); });
    ASSERT_TRUE(underscore.ok()) << underscore.error().describe();
    EXPECT_EQ(underscore->items, std::vector<std::string>{"a_b"});
    ListRequest typed;
    typed.tableType = "materialized-table";
    auto mv =
        await<Page<std::string>>([&](auto cb) { return catalog->listTablesPage(db, typed, cb); });
    ASSERT_TRUE(mv.ok()) << mv.error().describe();
    EXPECT_EQ(mv->items, std::vector<std::string>{"mv"});
    std::optional<std::string> token;
    int details = 0;
    do {
        auto page = await<Page<TableInfo>>([&](auto cb) {
            return catalog->listTableDetailsPage(db, ListRequest{4, token, std::nullopt}, cb);
        });
        ASSERT_TRUE(page.ok()) << page.error().describe();
        details += static_cast<int>(page->items.size());
        token = page->nextPageToken;
    } while (token);
    EXPECT_EQ(details, 6);
    // Tables across databases, by both patterns, two at a time.
    TablesRequest global;
    global.maxResults = 2;
    global.databaseNamePattern = "t contract%";
    std::vector<Identifier> everywhere;
    do {
        auto page = await<Page<Identifier>>(
            [&](auto cb) { return catalog->listTablesGloballyPage(global, cb); });
        ASSERT_TRUE(page.ok()) << page.error().describe();
        everywhere.insert(everywhere.end(), page->items.begin(), page->items.end());
        global.pageToken = page->nextPageToken;
    } while (global.pageToken);
    EXPECT_EQ(everywhere.size(), 6u);
    global = {};
    global.tableNamePattern = "per\\%%";
    auto percent = await<Page<Identifier>>(
        [&](auto cb) { return catalog->listTablesGloballyPage(global, cb); });
    ASSERT_TRUE(percent.ok()) << percent.error().describe();
    EXPECT_EQ(percent->items, (std::vector<Identifier>{{db, "per%cent"}}));
    EXPECT_FALSE(await<Page<std::string>>([&](auto cb) {
                     return catalog->listTablesPage("nope", {}, cb);
                 }).ok());

    // Get, alter, rename, drop.
    Identifier orders{db, "orders"};
    auto info = await<TableInfo>([&](auto cb) { return catalog->getTable(orders, cb); });
    ASSERT_TRUE(info.ok()) << info.error().describe();
    std::vector<SchemaChange> changes = {
        change::AddColumn{{"note"}, DataType::string(), "free text", Move::after("note", "dt")},
        change::RenameColumn{{"amount"}, "total"},
        change::UpdateColumnComment{{"total"}, "money"},
        change::UpdateColumnType{{"qty"}, sqlType("BIGINT"), true},
        change::UpdateColumnNullability{{"tags"}, true},
        change::UpdateColumnDefaultValue{{"qty"}, "1"},
        change::UpdateColumnPosition{Move::first("qty")},
        change::SetOption{"snapshot.time-retained", "1 h"},
        change::RemoveOption{"bucket-key"},
        change::UpdateComment{"altered"},
        change::DropColumn{{"attrs"}},
    };
    auto altered = await<Unit>([&](auto cb) { return catalog->alterTable(orders, changes, cb); });
    ASSERT_TRUE(altered.ok()) << altered.error().describe();
    auto refused = await<Unit>([&](auto cb) {
        return catalog->alterTable(orders, {change::DropColumn{{"no_such_column"}}}, cb);
    });
    ASSERT_FALSE(refused.ok());
    Identifier moved{db, "orders 2026"};
    ASSERT_TRUE(await<Unit>([&](auto cb) { return catalog->renameTable(orders, moved, cb); }).ok());
    auto clash = await<Unit>([&](auto cb) {
        return catalog->renameTable(moved, {db, "with space"}, cb);
    });
    EXPECT_EQ(clash.error().kind, ErrorKind::AlreadyExists);
    EXPECT_EQ(await<TableInfo>([&](auto cb) { return catalog->getTable(orders, cb); }).error().kind,
              ErrorKind::NotFound);
    ASSERT_TRUE(await<Unit>([&](auto cb) { return catalog->dropTable(moved, cb); }).ok());
    EXPECT_FALSE(await<Unit>([&](auto cb) { return catalog->dropTable(moved, cb); }).ok());
    auto notEmpty = await<Unit>([&](auto cb) { return catalog->dropDatabase(db, false, cb); });
    EXPECT_EQ(notEmpty.error().kind, ErrorKind::DatabaseNotEmpty);
    ASSERT_TRUE(await<Unit>([&](auto cb) { return catalog->dropDatabase(db, true, cb); }).ok());
}

// Every table of the demo catalog, read back: every type family goes through the schema.
TEST_F(Contract, EveryDemoTableReadsBack) {
    auto dbs = await<std::vector<std::string>>(
        [&](auto cb) { return catalog->listDatabases(std::nullopt, cb); });
    ASSERT_TRUE(dbs.ok()) << dbs.error().describe();
    int tables = 0;
    for (const std::string& db : *dbs) {
        if (db.rfind("c ", 0) == 0 || db.rfind("t ", 0) == 0) continue;  // other tests'
        ASSERT_TRUE(
            await<DatabaseInfo>([&](auto cb) { return catalog->getDatabase(db, cb); }).ok());
        auto names = await<std::vector<std::string>>(
            [&](auto cb) { return catalog->listTables(db, std::nullopt, cb); });
        ASSERT_TRUE(names.ok()) << names.error().describe();
        for (const std::string& name : *names) {
            auto t = await<TableInfo>([&](auto cb) { return catalog->getTable({db, name}, cb); });
            ASSERT_TRUE(t.ok()) << db << "." << name << ": " << t.error().describe();
            ++tables;
        }
    }
    EXPECT_GT(tables, 5);
}

// Every endpoint of the table's life (OBJECTS.md §2-§5), on the demo's history.
// What Java's server refuses, ours refuses, and the refusals are valid answers of the contract.
TEST_F(Contract, ServerRefusalsHaveTheContractsShape) {
    for (const char* target : {"/v1/paimon/databases?databaseNamePattern=%25a%25",
                               "/v1/paimon/databases/sales/tables?tableNamePattern=a%25b",
                               "/v1/paimon/databases/sales/table-details?tableNamePattern=%25b",
                               "/v1/paimon/tables?databaseNamePattern=%25b"}) {
        auto r = raw("GET", target);
        ASSERT_TRUE(r) << target;
        EXPECT_EQ(r->status, 400) << target << ": " << r->body;
    }
    auto slash = raw("POST", "/v1/paimon/databases", R"({"name":"a/b","options":{}})");
    ASSERT_TRUE(slash);
    EXPECT_EQ(slash->status, 400) << slash->body;
    auto sys = raw("POST", "/v1/paimon/databases", R"({"name":"sys","options":{}})");
    ASSERT_TRUE(sys);
    EXPECT_EQ(sys->status, 400) << sys->body;
    auto branch = raw("POST", "/v1/paimon/databases/sales/tables",
                      R"({"identifier":{"database":"sales","object":"orders$branch_b"},)"
                      R"("schema":{"fields":[{"id":0,"name":"a","type":"INT"}],)"
                      R"("partitionKeys":[],"primaryKeys":[],"options":{}}})");
    ASSERT_TRUE(branch);
    EXPECT_EQ(branch->status, 400) << branch->body;
    auto unauthorized = httplib::Client(env().url).Get("/v1/paimon/databases");
    ASSERT_TRUE(unauthorized);
    EXPECT_EQ(unauthorized->status, 401);
}

// The check can fail: a body sent without a Content-Type is reported by the proxy (and the
// environment's final check requires that report, and only that one, to be there).
TEST_F(Contract, TheProxyCatchesARequestBrokenOnPurpose) {
    auto r = raw("POST", std::string("/v1/paimon/databases/") + kBrokenOnPurpose,
                 R"({"removals":[],"updates":{"a":"b"}})", false);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 422) << r->body;
    EXPECT_NE(r->body.find("content types"), std::string::npos) << r->body;
}

}  // namespace
}  // namespace paimon

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    paimon::ContractEnvironment::instance = new paimon::ContractEnvironment;
    ::testing::AddGlobalTestEnvironment(paimon::ContractEnvironment::instance);
    return RUN_ALL_TESTS();
}
