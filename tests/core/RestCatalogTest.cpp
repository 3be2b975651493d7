#include <gtest/gtest.h>

#include <map>
#include <nlohmann/json.hpp>

#include "core/catalog/RestCatalog.h"
#include "core/catalog/WriteOperation.h"
#include "core/json/Messages.h"
#include "core/types/TypeParser.h"
#include "core/util/Encoding.h"
#include "tests/core/RestCatalogFixture.h"
#include "tests/support/FakeTransport.h"

namespace paimon {
namespace {

using namespace rest_test;
TEST(RestCatalog, HandshakeSendsWarehouseAndMergesOptions) {
    CatalogFixture f;
    ASSERT_TRUE(f.catalog);
    const HttpRequest config = f.transport->requests().at(0);
    EXPECT_EQ(config.url(), "http://localhost:8080/v1/config?warehouse=file%3A%2Ftmp%2Fwh");
    EXPECT_EQ(config.headers.get("User-Agent"), "pcb-test");
    EXPECT_EQ(f.catalog->options().at("prefix"), "pfx/1");
    EXPECT_EQ(f.catalog->options().at("warehouse"), "wh-override");
    EXPECT_TRUE(f.catalog->notices().empty());
    // Server-provided header.* options are used on every later request.
    auto r =
        f.wait<Page<std::string>>([&](auto cb) { return f.catalog->listDatabasesPage({}, cb); });
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(f.transport->last().path, "/v1/pfx%2F1/databases");
    EXPECT_EQ(f.transport->last().headers.get("X-From-Server"), "yes");
}

TEST(RestCatalog, MissingPrefixIsHandledAndExplained) {
    auto scheduler = std::make_shared<ManualScheduler>();
    auto transport = std::make_shared<FakeTransport>(scheduler);
    transport->enqueue(FakeTransport::json(200, R"j({"defaults":{},"overrides":null})j"));
    transport->enqueue(FakeTransport::json(200, R"j({"databases":["a"]})j"));
    std::shared_ptr<RestCatalog> catalog;
    RestCatalog::open({{{"uri", "h:1"}}, transport, scheduler, nullptr, {}, {}, {}},
                      [&](auto r) { catalog = r.value(); });
    scheduler->runReady();
    ASSERT_TRUE(catalog);
    ASSERT_EQ(catalog->notices().size(), 1u);
    EXPECT_NE(catalog->notices()[0].find("no prefix"), std::string::npos);
    catalog->listDatabasesPage({}, [](auto) {});
    scheduler->runReady();
    EXPECT_EQ(transport->last().url(), "http://h:1/v1/databases");
}

TEST(RestCatalog, OpenFailsClearly) {
    auto scheduler = std::make_shared<ManualScheduler>();
    auto transport = std::make_shared<FakeTransport>(scheduler);
    std::optional<Result<std::shared_ptr<RestCatalog>>> out;
    RestCatalog::open({{{"uri", ""}}, transport, scheduler, nullptr, {}, {}, {}},
                      [&](auto r) { out = r; });
    scheduler->runReady();
    ASSERT_TRUE(out && !out->ok());
    EXPECT_EQ(out->error().kind, ErrorKind::Configuration);

    transport->enqueue(FakeTransport::json(401, R"j({"message":"bad token","code":401})j"));
    out.reset();
    RestCatalog::open({{{"uri", "h"}, {"token.provider", "bear"}, {"token", "t"}},
                       transport,
                       scheduler,
                       nullptr,
                       {},
                       {},
                       {}},
                      [&](auto r) { out = r; });
    scheduler->runReady();
    ASSERT_TRUE(out && !out->ok());
    EXPECT_EQ(out->error().kind, ErrorKind::NotAuthorized);
    EXPECT_EQ(transport->last().headers.get("Authorization"), "Bearer t");

    transport->enqueue(FakeTransport::json(200, "not json"));
    out.reset();
    RestCatalog::open({{{"uri", "h"}}, transport, scheduler, nullptr, {}, {}, {}},
                      [&](auto r) { out = r; });
    scheduler->runReady();
    ASSERT_TRUE(out && !out->ok());
    EXPECT_EQ(out->error().kind, ErrorKind::InvalidResponse);
}

TEST(RestCatalog, DatabaseLifecycle) {
    CatalogFixture f;
    ASSERT_TRUE(f.wait<Unit>([&](auto cb) {
                     return f.catalog->createDatabase("sales db/2024", {{"owner", "x"}}, cb);
                 }).ok());
    EXPECT_EQ(f.transport->last().body, R"j({"name":"sales db/2024","options":{"owner":"x"}})j");
    auto dup =
        f.wait<Unit>([&](auto cb) { return f.catalog->createDatabase("sales db/2024", {}, cb); });
    ASSERT_FALSE(dup.ok());
    EXPECT_EQ(dup.error().kind, ErrorKind::AlreadyExists);
    EXPECT_EQ(dup.error().requestId, "rid-409");

    auto info =
        f.wait<DatabaseInfo>([&](auto cb) { return f.catalog->getDatabase("sales db/2024", cb); });
    ASSERT_TRUE(info.ok()) << info.error().describe();
    EXPECT_EQ(f.transport->last().path, "/v1/pfx%2F1/databases/sales+db%2F2024");
    EXPECT_EQ(info->options, (Options{{"owner", "x"}}));

    auto alter = f.wait<AlterDatabaseResult>([&](auto cb) {
        return f.catalog->alterDatabase("sales db/2024", {"owner", "nope"}, {{"k", "v"}}, cb);
    });
    ASSERT_TRUE(alter.ok());
    EXPECT_EQ(*alter, (AlterDatabaseResult{{"owner"}, {"k"}, {"nope"}}));

    auto missing =
        f.wait<DatabaseInfo>([&](auto cb) { return f.catalog->getDatabase("ghost", cb); });
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().kind, ErrorKind::NotFound);
    EXPECT_EQ(missing.error().resourceType, "DATABASE");
    EXPECT_EQ(missing.error().resourceName, "ghost");

    ASSERT_TRUE(f.wait<Unit>([&](auto cb) {
                     return f.catalog->dropDatabase("sales db/2024", false, cb);
                 }).ok());
    EXPECT_EQ(f.server.dbs.count("sales db/2024"), 0u);
}

TEST(RestCatalog, DropDatabaseRefusesANonEmptyOneWithoutCascade) {
    CatalogFixture f;
    f.server.dbs["db"]["t"] = TableInfo{};
    auto r = f.wait<Unit>([&](auto cb) { return f.catalog->dropDatabase("db", false, cb); });
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, ErrorKind::DatabaseNotEmpty);
    EXPECT_EQ(f.server.dbs.count("db"), 1u);
    EXPECT_EQ(f.transport->last().method, "GET");  // only the emptiness check was sent
    ASSERT_TRUE(
        f.wait<Unit>([&](auto cb) { return f.catalog->dropDatabase("db", true, cb); }).ok());
    EXPECT_EQ(f.server.dbs.count("db"), 0u);
}

TEST(RestCatalog, CancellingADropDuringItsEmptinessCheckSendsNoDelete) {
    CatalogFixture f;
    f.server.dbs["db"];
    f.transport->setLatency(Millis(1000));
    int calls = 0;
    std::optional<Result<Unit>> out;
    Cancellation c = f.catalog->dropDatabase("db", false, [&](Result<Unit> r) {
        ++calls;
        out = r;
    });
    f.scheduler->advance(Millis(10));
    c.cancel();
    f.scheduler->advance(Millis(10000));
    EXPECT_EQ(calls, 1);
    EXPECT_EQ(out->error().kind, ErrorKind::Cancelled);
    EXPECT_EQ(f.server.dbs.count("db"), 1u);
    for (const HttpRequest& r : f.transport->requests())
        EXPECT_NE(r.method, "DELETE");
}

TEST(RestCatalog, TableLifecycleWithAwkwardNames) {
    CatalogFixture f;
    // A '$' in a table name names a system table or a branch, which is no table to create
    // (ClientConformance tests the refusal); in a database name it is an ordinary character.
    const std::vector<std::string> names = {"with space", "slash/name", "per%cent",
                                            "plus+sign",  "表格",       "café"};
    f.server.dbs["d $b"];
    for (const std::string& name : names) {
        Identifier id{"d $b", name};
        ASSERT_TRUE(f.wait<Unit>([&](auto cb) {
                         return f.catalog->createTable(id, simpleSchema(), cb);
                     }).ok())
            << name;
        auto t = f.wait<TableInfo>([&](auto cb) { return f.catalog->getTable(id, cb); });
        ASSERT_TRUE(t.ok()) << name << ": " << t.error().describe();
        EXPECT_EQ(t->name, name);
        EXPECT_EQ(t->schema, simpleSchema());
    }
    auto all = f.wait<std::vector<std::string>>(
        [&](auto cb) { return f.catalog->listTables("d $b", std::nullopt, cb); });
    ASSERT_TRUE(all.ok());
    EXPECT_EQ(all->size(), names.size());

    Identifier from{"d $b", "slash/name"};
    Identifier to{"d $b", "renamed"};
    ASSERT_TRUE(f.wait<Unit>([&](auto cb) { return f.catalog->renameTable(from, to, cb); }).ok());
    EXPECT_EQ(f.transport->last().path, "/v1/pfx%2F1/tables/rename");
    auto gone = f.wait<TableInfo>([&](auto cb) { return f.catalog->getTable(from, cb); });
    ASSERT_FALSE(gone.ok());
    EXPECT_EQ(gone.error().kind, ErrorKind::NotFound);
    EXPECT_EQ(gone.error().resourceType, "TABLE");

    ASSERT_TRUE(f.wait<Unit>([&](auto cb) {
                     return f.catalog->alterTable(to, {change::SetOption{"bucket", "8"}}, cb);
                 }).ok());
    auto altered = f.wait<TableInfo>([&](auto cb) { return f.catalog->getTable(to, cb); });
    EXPECT_EQ(altered->schema.options.at("bucket"), "8");
    EXPECT_EQ(altered->schemaId, 1);

    ASSERT_TRUE(f.wait<Unit>([&](auto cb) { return f.catalog->dropTable(to, cb); }).ok());
    EXPECT_EQ(f.transport->last().method, "DELETE");
    EXPECT_FALSE(f.transport->last().body.has_value());
    auto dup = f.wait<Unit>([&](auto cb) {
        return f.catalog->createTable({"d $b", "café"}, simpleSchema(), cb);
    });
    EXPECT_EQ(dup.error().kind, ErrorKind::AlreadyExists);
}

TEST(RestCatalog, TableDetailsPages) {
    CatalogFixture f;
    f.server.pageSize = 2;
    for (const char* name : {"a", "b", "c"}) {
        TableInfo t;
        t.database = "db";
        t.name = name;
        t.schema = simpleSchema();
        f.server.dbs["db"][name] = t;
    }
    auto first = f.wait<Page<TableInfo>>([&](auto cb) {
        return f.catalog->listTableDetailsPage("db", {2, {}, {}}, cb);
    });
    ASSERT_TRUE(first.ok()) << first.error().describe();
    EXPECT_EQ(f.transport->last().path, "/v1/pfx%2F1/databases/db/table-details");
    ASSERT_EQ(first->items.size(), 2u);
    EXPECT_EQ(first->items[1].name, "b");
    EXPECT_EQ(first->items[0].schema, simpleSchema());
    ASSERT_EQ(first->nextPageToken, "b");
    auto second = f.wait<Page<TableInfo>>([&](auto cb) {
        return f.catalog->listTableDetailsPage("db", {2, first->nextPageToken, {}}, cb);
    });
    ASSERT_TRUE(second.ok());
    ASSERT_EQ(second->items.size(), 1u);
    EXPECT_EQ(second->items[0].name, "c");
    EXPECT_FALSE(second->nextPageToken.has_value());
    auto missing = f.wait<Page<TableInfo>>(
        [&](auto cb) { return f.catalog->listTableDetailsPage("ghost", {}, cb); });
    EXPECT_EQ(missing.error().kind, ErrorKind::NotFound);
    EXPECT_EQ(missing.error().resourceType, "DATABASE");
}

TEST(RestCatalog, PagingAcrossPagesWithPatterns) {
    CatalogFixture f;
    f.server.pageSize = 3;
    for (int i = 0; i < 10; ++i)
        f.server.dbs["db" + std::to_string(i)];
    f.server.dbs["other"];
    auto all = f.wait<std::vector<std::string>>(
        [&](auto cb) { return f.catalog->listDatabases(std::nullopt, cb, 3); });
    ASSERT_TRUE(all.ok());
    EXPECT_EQ(all->size(), 11u);
    // 11 names in pages of 3: 4 page requests, each with maxResults=3; the later ones carry the
    // token.
    std::vector<HttpRequest> lists;
    for (auto& r : f.transport->requests()) {
        if (r.path == "/v1/pfx%2F1/databases") lists.push_back(r);
    }
    ASSERT_EQ(lists.size(), 4u);
    EXPECT_EQ(lists[0].query, (QueryParams{{"maxResults", "3"}}));
    EXPECT_EQ(lists[1].query, (QueryParams{{"maxResults", "3"}, {"pageToken", "db2"}}));

    auto filtered = f.wait<std::vector<std::string>>(
        [&](auto cb) { return f.catalog->listDatabases("db%", cb); });
    ASSERT_TRUE(filtered.ok());
    EXPECT_EQ(filtered->size(), 10u);
    EXPECT_EQ(f.server.seenPatterns.back(), "db%");
    EXPECT_EQ(f.transport->last().query.back(),
              (std::pair<std::string, std::string>{"databaseNamePattern", "db%"}));
}

TEST(RestCatalog, ARepeatedPageTokenIsAnErrorNotALoop) {
    auto scheduler = std::make_shared<ManualScheduler>();
    auto transport = std::make_shared<FakeTransport>(scheduler);
    transport->setHandler([](const HttpRequest& r) -> TransportResult {
        if (r.path == "/v1/config")
            return FakeTransport::json(200, R"j({"defaults":{"prefix":"p"}})j");
        return FakeTransport::json(200, R"j({"databases":["a"],"nextPageToken":"same"})j");
    });
    std::shared_ptr<RestCatalog> catalog;
    RestCatalog::open({{{"uri", "h"}}, transport, scheduler, nullptr, {}, {}, {}},
                      [&](auto r) { catalog = r.value(); });
    scheduler->runReady();
    std::optional<Result<std::vector<std::string>>> out;
    catalog->listDatabases(std::nullopt, [&](auto r) { out = r; });
    scheduler->runReady();
    ASSERT_TRUE(out && !out->ok());
    EXPECT_EQ(out->error().kind, ErrorKind::InvalidResponse);
    EXPECT_LE(transport->requests().size(), 4u);
}

TEST(RestCatalog, InvalidNamesAreRefusedBeforeSending) {
    CatalogFixture f;
    size_t before = f.transport->requests().size();
    auto r = f.wait<TableInfo>([&](auto cb) { return f.catalog->getTable({"", "t"}, cb); });
    EXPECT_EQ(r.error().kind, ErrorKind::BadRequest);
    auto n = f.wait<Unit>(
        [&](auto cb) { return f.catalog->createDatabase(std::string("a\0b", 3), {}, cb); });
    EXPECT_EQ(n.error().kind, ErrorKind::BadRequest);
    EXPECT_EQ(f.transport->requests().size(), before);
}

TEST(RestCatalog, EveryErrorClassReachesTheCaller) {
    const std::vector<std::pair<int, ErrorKind>> cases = {
        {400, ErrorKind::BadRequest},      {401, ErrorKind::NotAuthorized},
        {403, ErrorKind::Forbidden},       {404, ErrorKind::NotFound},
        {409, ErrorKind::AlreadyExists},   {500, ErrorKind::ServiceFailure},
        {501, ErrorKind::NotImplemented},  {503, ErrorKind::ServiceUnavailable},
        {418, ErrorKind::UnexpectedStatus}};
    for (auto [code, kind] : cases) {
        CatalogFixture f;
        f.transport->setHandler([code = code](const HttpRequest&) -> TransportResult {
            return FakeTransport::json(
                code, R"j({"message":"nope","code":)j" + std::to_string(code) + "}");
        });
        auto r = f.wait<TableInfo>([&](auto cb) { return f.catalog->getTable({"d", "t"}, cb); });
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().kind, kind) << code;
        EXPECT_EQ(r.error().message, "nope");
    }
    CatalogFixture f;
    f.transport->setHandler([](const HttpRequest&) -> TransportResult {
        return FakeTransport::json(200, R"j({"name":"t"})j");
    });
    auto bad = f.wait<TableInfo>([&](auto cb) { return f.catalog->getTable({"d", "t"}, cb); });
    EXPECT_EQ(bad.error().kind, ErrorKind::InvalidResponse);
    EXPECT_EQ(bad.error().httpStatus, 200);
}

TEST(RestCatalog, CancelledCallsEndOnceWithCancelled) {
    CatalogFixture f;
    f.transport->setLatency(Millis(1000));
    int calls = 0;
    std::optional<Result<std::vector<std::string>>> out;
    Cancellation c = f.catalog->listDatabases(std::nullopt, [&](auto r) {
        ++calls;
        out = r;
    });
    f.scheduler->advance(Millis(10));
    c.cancel();
    f.scheduler->advance(Millis(5000));
    EXPECT_EQ(calls, 1);
    EXPECT_EQ(out->error().kind, ErrorKind::Cancelled);
}

}  // namespace
}  // namespace paimon
