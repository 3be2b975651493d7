// The server's request handling without a socket: routing, errors and signature checks that
// a well-behaved client never produces (replayed nonces, skewed clocks, tampered bodies).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "core/auth/DlfSigner.h"
#include "core/json/Messages.h"
#include "core/server/DemoWarehouse.h"
#include "core/server/RestService.h"
#include "tests/support/TempDir.h"

namespace paimon {
namespace {

const SystemTime kNow = fromEpochMillis(1760000000000);
const DlfCredentials kCreds{"AKID", "secret", std::nullopt, std::nullopt};

class RestServiceTest : public ::testing::Test {
protected:
    std::unique_ptr<RestService> service(ServerAuthConfig::Mode mode) {
        auto w = Warehouse::open(dir.path() / "wh");
        EXPECT_TRUE(w.ok());
        warehouse = *w;
        RestService::Config config;
        config.prefix = "p";
        config.auth.mode = mode;
        config.auth.token = "tok";
        config.auth.dlf = kCreds;
        config.clock = [] { return kNow; };
        return std::make_unique<RestService>(warehouse, config);
    }

    static ServerRequest dlf4(std::string method, std::string path, std::string body,
                              SystemTime at) {
        ServerRequest r{method, path, {}, body};
        SigningRequest s{
            method, path, {}, body.empty() ? std::nullopt : std::optional<std::string>(body), at};
        for (const auto& [k, v] : DlfDefaultSigner("cn-hangzhou").sign(s, kCreds).headers)
            r.headers.set(k, v);
        return r;
    }
    static ServerRequest acs(std::string method, std::string path, std::string body, SystemTime at,
                             const std::string& nonce) {
        ServerRequest r{method, path, {}, body};
        SigningRequest s{
            method, path, {}, body.empty() ? std::nullopt : std::optional<std::string>(body), at};
        for (const auto& [k, v] :
             DlfOpenApiSigner("dlfnext.example").sign(s, kCreds, nonce).headers)
            r.headers.set(k, v);
        return r;
    }

    testing::TempDir dir;
    std::shared_ptr<Warehouse> warehouse;
};

ErrorResponse errorOf(const HttpResponse& r) {
    auto e = codec::decodeErrorResponse(r.body);
    EXPECT_TRUE(e.ok()) << r.body;
    return e.ok() ? *e : ErrorResponse{};
}

TEST_F(RestServiceTest, Dlf4SignaturesAreRecomputed) {
    auto s = service(ServerAuthConfig::Mode::Dlf);
    EXPECT_EQ(s->handle(dlf4("GET", "/v1/p/databases", "", kNow)).status, 200);
    // Minutes off either way are fine; beyond the allowed skew is not.
    EXPECT_EQ(s->handle(dlf4("GET", "/v1/p/databases", "", kNow - std::chrono::minutes(14))).status,
              200);
    HttpResponse stale =
        s->handle(dlf4("GET", "/v1/p/databases", "", kNow - std::chrono::minutes(16)));
    EXPECT_EQ(stale.status, 401);
    EXPECT_NE(errorOf(stale).message.find("too far"), std::string::npos);
    EXPECT_EQ(s->handle(dlf4("GET", "/v1/p/databases", "", kNow + std::chrono::hours(1))).status,
              401);

    // A body changed after signing, or a different path, fails.
    ServerRequest tampered = dlf4("POST", "/v1/p/databases", R"({"name":"a"})", kNow);
    tampered.body = R"({"name":"b"})";
    EXPECT_EQ(s->handle(tampered).status, 401);
    ServerRequest moved = dlf4("GET", "/v1/p/databases/a", "", kNow);
    moved.target = "/v1/p/databases/b";
    EXPECT_EQ(s->handle(moved).status, 401);
    ServerRequest noAuth{"GET", "/v1/p/databases", {}, ""};
    EXPECT_EQ(s->handle(noAuth).status, 401);
    EXPECT_EQ(errorOf(s->handle(noAuth)).code, 401);
    // The signed body is accepted as sent.
    EXPECT_EQ(s->handle(dlf4("POST", "/v1/p/databases", R"({"name":"a"})", kNow)).status, 200);
}

TEST_F(RestServiceTest, AcsNoncesAreSpentOnce) {
    auto s = service(ServerAuthConfig::Mode::Dlf);
    ServerRequest first = acs("GET", "/v1/p/databases", "", kNow, "nonce-1");
    EXPECT_EQ(s->handle(first).status, 200);
    HttpResponse replay = s->handle(first);
    EXPECT_EQ(replay.status, 401);
    EXPECT_NE(errorOf(replay).message.find("nonce was used already"), std::string::npos);
    EXPECT_EQ(s->handle(acs("GET", "/v1/p/databases", "", kNow, "nonce-2")).status, 200);
    EXPECT_EQ(
        s->handle(acs("GET", "/v1/p/databases", "", kNow - std::chrono::minutes(20), "nonce-3"))
            .status,
        401);
    // A bad signature does not spend the nonce.
    ServerRequest forged = acs("GET", "/v1/p/databases", "", kNow, "nonce-4");
    forged.headers.set("Authorization", "acs AKID:AAAA");
    EXPECT_EQ(s->handle(forged).status, 401);
    EXPECT_EQ(s->handle(acs("GET", "/v1/p/databases", "", kNow, "nonce-4")).status, 200);
}

TEST_F(RestServiceTest, RoutingAndErrors) {
    auto s = service(ServerAuthConfig::Mode::Bearer);
    auto get = [&](const std::string& target, const std::string& method = "GET",
                   const std::string& body = "") {
        ServerRequest r{method, target, {}, body};
        r.headers.set("Authorization", "Bearer tok");
        return s->handle(r);
    };
    ASSERT_TRUE(writeDemoWarehouse(*warehouse).ok());
    EXPECT_EQ(get("/v1/config").status, 200);
    auto config = codec::decodeConfigResponse(get("/v1/config?warehouse=x%20y").body);
    ASSERT_TRUE(config.ok());
    EXPECT_EQ(config->defaults.at("prefix"), "p");
    EXPECT_EQ(config->defaults.at("warehouse"), "x y");

    auto page = codec::decodeListDatabasesResponse(get("/v1/p/databases?maxResults=2").body);
    ASSERT_TRUE(page.ok());
    EXPECT_EQ(page->items, (std::vector<std::string>{"analytics", "empty_db"}));
    EXPECT_EQ(page->nextPageToken, "empty_db");
    auto filtered = codec::decodeListTablesResponse(
        get("/v1/p/databases/sales/tables?tableNamePattern=c%25").body);
    ASSERT_TRUE(filtered.ok());
    EXPECT_EQ(filtered->items, std::vector<std::string>{"customers"});
    auto unicode = codec::decodeListTablesResponse(
        get("/v1/p/databases/%E5%B8%82%E5%9C%BA+marketing/tables").body);
    ASSERT_TRUE(unicode.ok());
    EXPECT_EQ(unicode->items.size(), 1u);

    EXPECT_EQ(get("/v1/p/databases?maxResults=x").status, 400);
    EXPECT_EQ(get("/v1/other/databases").status, 404);
    EXPECT_EQ(get("/v2/p/databases").status, 404);
    EXPECT_EQ(get("/v1/p/databases/sales", "PUT").status, 405);
    EXPECT_EQ(get("/v1/p/databases/%ZZ").status, 400);
    EXPECT_EQ(get("/v1/p/databases/sales/tables/orders", "POST", "{not json").status, 400);
    EXPECT_EQ(get("/v1/p/databases/sales/tables/orders", "POST", R"({"changes":[{}]})").status,
              400);
    HttpResponse missing = get("/v1/p/databases/nope");
    EXPECT_EQ(missing.status, 404);
    EXPECT_EQ(errorOf(missing).resourceType, "DATABASE");
    EXPECT_EQ(errorOf(missing).resourceName, "nope");
    EXPECT_EQ(get("/v1/p/databases/..").status, 400);
    EXPECT_EQ(get("/v1/p/databases/sales%2F..%2F..").status, 400);
    HttpResponse unauthorized = s->handle(ServerRequest{"GET", "/v1/config", {}, ""});
    EXPECT_EQ(unauthorized.status, 401);

    // Demo catalog: a table with several schema versions.
    auto orders = codec::decodeGetTableResponse(get("/v1/p/databases/sales/tables/orders").body);
    ASSERT_TRUE(orders.ok());
    EXPECT_EQ(orders->schemaId, 3);
    auto zoo = codec::decodeGetTableResponse(get("/v1/p/databases/type_zoo/tables/all_types").body);
    ASSERT_TRUE(zoo.ok());
    std::set<TypeRoot> roots;
    for (const auto& f : zoo->schema.fields)
        roots.insert(f.type.root());
    auto blobs = codec::decodeGetTableResponse(get("/v1/p/databases/type_zoo/tables/blobs").body);
    ASSERT_TRUE(blobs.ok());
    for (const auto& f : blobs->schema.fields)
        roots.insert(f.type.root());
    EXPECT_EQ(roots.size(), 25u);  // every family
}

// What Java's RESTCatalogServer refuses, ours refuses the same way (docs/CONFORMANCE.md).
TEST_F(RestServiceTest, RefusesWhatJavasServerRefusesTheSameWay) {
    auto s = service(ServerAuthConfig::Mode::None);
    ASSERT_TRUE(writeDemoWarehouse(*warehouse).ok());
    auto get = [&](const std::string& target) {
        return s->handle(ServerRequest{"GET", target, {}, ""});
    };
    // Only prefix patterns (RESTUtil.validatePrefixSqlPattern), with Java's body to the letter.
    for (const char* target : {"/v1/p/databases?databaseNamePattern=%25ana%25",
                               "/v1/p/databases/sales/tables?tableNamePattern=%25ord",
                               "/v1/p/databases/sales/tables?tableNamePattern=o%25s",
                               "/v1/p/databases/sales/table-details?tableNamePattern=%25o%25"}) {
        HttpResponse r = get(target);
        EXPECT_EQ(r.status, 400) << target;
        EXPECT_EQ(nlohmann::json::parse(r.body),
                  nlohmann::json::parse(
                      R"({"message":"Can only support prefix sql like pattern query now.",)"
                      R"("resourceType":null,"resourceName":null,"code":400})"))
            << target;
    }
    // A missing database is a 404 before the pattern is looked at, as in Java's dispatcher.
    EXPECT_EQ(get("/v1/p/databases/nope/tables?tableNamePattern=%25x%25").status, 404);
    // '_' is a literal: "o_" matches nothing in a catalog of "orders", "orders_archive" ...
    auto literal = codec::decodeListTablesResponse(
        get("/v1/p/databases/sales/tables?tableNamePattern=o_%25").body);
    ASSERT_TRUE(literal.ok());
    EXPECT_TRUE(literal->items.empty());
    auto prefix = codec::decodeListTablesResponse(
        get("/v1/p/databases/sales/tables?tableNamePattern=ord%25").body);
    ASSERT_TRUE(prefix.ok());
    ASSERT_FALSE(prefix->items.empty());
    for (const auto& name : prefix->items)
        EXPECT_EQ(name.rfind("ord", 0), 0u) << name;
    // maxResults: not an integer is Java's 400 (TABLE, on every endpoint); <= 0 the default.
    HttpResponse bad = get("/v1/p/databases?maxResults=abc");
    EXPECT_EQ(bad.status, 400);
    EXPECT_EQ(
        nlohmann::json::parse(bad.body),
        nlohmann::json::parse(R"({"message":"Invalid input for queryParameter maxResults: )"
                              R"(abc","resourceType":"TABLE","resourceName":null,"code":400})"));
    EXPECT_EQ(get("/v1/p/databases?maxResults=-3").status, 200);
    EXPECT_EQ(get("/v1/p/databases?maxResults=0").status, 200);
    // Every list writes its token, null on the last page (pypaimon requires the key).
    for (const char* target : {"/v1/p/databases", "/v1/p/databases/sales/tables",
                               "/v1/p/databases/sales/table-details"}) {
        auto body = nlohmann::json::parse(get(target).body);
        ASSERT_TRUE(body.contains("nextPageToken")) << target;
        EXPECT_TRUE(body["nextPageToken"].is_null()) << target;
    }
    auto database = nlohmann::json::parse(get("/v1/p/databases/sales").body);
    for (const char* key : {"id", "name", "location", "options", "owner", "createdAt", "createdBy",
                            "updatedAt", "updatedBy"}) {
        EXPECT_TRUE(database.contains(key)) << key;
    }
    // The system database and system or branch tables are no place to write.
    auto post = [&](const std::string& target, const std::string& body) {
        return s->handle(ServerRequest{"POST", target, {}, body});
    };
    HttpResponse sys = post("/v1/p/databases", R"({"name":"sys","options":{}})");
    EXPECT_EQ(sys.status, 400);
    EXPECT_EQ(errorOf(sys).message, "Can't do operation on system database.");
    HttpResponse branch = post("/v1/p/databases/sales/tables",
                               R"({"identifier":{"database":"sales","object":"t$branch_b"},)"
                               R"("schema":{"fields":[{"id":0,"name":"a","type":"INT"}]}})");
    EXPECT_EQ(branch.status, 400);
    EXPECT_EQ(errorOf(branch).message,
              "Cannot 'createTable' for branch table 'sales.t$branch_b', please modify the table "
              "with the default branch.");
    HttpResponse system = s->handle(
        ServerRequest{"DELETE", "/v1/p/databases/sales/tables/orders%24snapshots", {}, ""});
    EXPECT_EQ(system.status, 400);
    EXPECT_EQ(
        errorOf(system).message,
        "Cannot 'dropTable' for system table 'sales.orders$snapshots', please use data table.");
}

// tableType filters as Java's server does: "table" also means a table without a type option.
// (Of the other types, a warehouse folder makes only materialized tables.)
TEST_F(RestServiceTest, TablesAcrossDatabasesByBothPatterns) {
    auto s = service(ServerAuthConfig::Mode::None);
    for (const char* db : {"sales", "ops"})
        ASSERT_TRUE(warehouse->createDatabase(db, {}).ok());
    Schema plain;
    plain.fields = {DataField{0, "a", DataType(), std::nullopt, std::nullopt}};
    for (const Identifier& id :
         std::vector<Identifier>{{"sales", "orders"}, {"sales", "items"}, {"ops", "orders_old"}}) {
        ASSERT_TRUE(warehouse->createTable(id, plain).ok());
    }
    auto list = [&](const std::string& query) {
        HttpResponse r = s->handle(ServerRequest{"GET", "/v1/p/tables" + query, {}, ""});
        EXPECT_EQ(r.status, 200) << query << ": " << r.body;
        auto page = codec::decodeListTablesGloballyResponse(r.body);
        EXPECT_TRUE(page.ok()) << r.body;
        return page.ok() ? *page : Page<Identifier>{};
    };
    EXPECT_EQ(list("").items, (std::vector<Identifier>{
                                  {"ops", "orders_old"}, {"sales", "items"}, {"sales", "orders"}}));
    EXPECT_EQ(list("?tableNamePattern=orders%25").items,
              (std::vector<Identifier>{{"ops", "orders_old"}, {"sales", "orders"}}));
    EXPECT_EQ(list("?databaseNamePattern=sales&tableNamePattern=orders%25").items,
              (std::vector<Identifier>{{"sales", "orders"}}));
    Page<Identifier> first = list("?maxResults=2");
    EXPECT_EQ(first.items.size(), 2u);
    ASSERT_EQ(first.nextPageToken, "sales.items");
    EXPECT_EQ(list("?maxResults=2&pageToken=sales.items").items,
              (std::vector<Identifier>{{"sales", "orders"}}));
    EXPECT_TRUE(list("?databaseNamePattern=nope%25").items.empty());  // never a 404

    HttpResponse refused =
        s->handle(ServerRequest{"GET", "/v1/p/tables?databaseNamePattern=%25s", {}, ""});
    EXPECT_EQ(refused.status, 400);
    EXPECT_NE(refused.body.find("Can only support prefix sql like pattern query now."),
              std::string::npos);
    EXPECT_EQ(s->handle(ServerRequest{"GET", "/v1/p/tables?maxResults=x", {}, ""}).status, 400);
    EXPECT_EQ(s->handle(ServerRequest{"POST", "/v1/p/tables", {}, "{}"}).status, 405);
}

TEST_F(RestServiceTest, TableTypeFiltersListings) {
    auto s = service(ServerAuthConfig::Mode::None);
    ASSERT_TRUE(warehouse->createDatabase("db", {}).ok());
    Schema plain;
    plain.fields = {DataField{0, "a", DataType(), std::nullopt, std::nullopt}};
    Schema format = plain;
    format.options["type"] = "materialized-table";
    ASSERT_TRUE(warehouse->createTable({"db", "a_plain"}, plain).ok());
    ASSERT_TRUE(warehouse->createTable({"db", "b_materialized"}, format).ok());
    auto list = [&](const std::string& query) {
        auto page = codec::decodeListTablesResponse(
            s->handle(ServerRequest{"GET", "/v1/p/databases/db/tables" + query, {}, ""}).body);
        EXPECT_TRUE(page.ok());
        return page.ok() ? page->items : std::vector<std::string>{};
    };
    EXPECT_EQ(list(""), (std::vector<std::string>{"a_plain", "b_materialized"}));
    EXPECT_EQ(list("?tableType=table"), std::vector<std::string>{"a_plain"});
    EXPECT_EQ(list("?tableType=materialized-table"), std::vector<std::string>{"b_materialized"});
    EXPECT_TRUE(list("?tableType=no-such-type").empty());
    auto details = codec::decodeListTableDetailsResponse(
        s
            ->handle(ServerRequest{
                "GET", "/v1/p/databases/db/table-details?tableType=materialized-table", {}, ""})
            .body);
    ASSERT_TRUE(details.ok());
    ASSERT_EQ(details->items.size(), 1u);
    EXPECT_EQ(details->items[0].name, "b_materialized");
}

// The table's life as Java's server answers it: status codes, resource types, nulls.
TEST_F(RestServiceTest, TheTablesLifeAsJavasServerAnswersIt) {
    auto s = service(ServerAuthConfig::Mode::None);
    ASSERT_TRUE(writeDemoWarehouse(*warehouse).ok());
    auto call = [&](const std::string& method, const std::string& target,
                    const std::string& body = "") {
        return s->handle(ServerRequest{method, target, {}, body});
    };
    const std::string orders = "/v1/p/databases/sales/tables/orders";

    // The demo's history: 24 snapshots, newest first, of every commit kind.
    auto page = codec::decodeListSnapshotsResponse(call("GET", orders + "/snapshots").body);
    ASSERT_TRUE(page.ok());
    ASSERT_EQ(page->items.size(), 24u);
    EXPECT_EQ(page->items.front().id, 24);
    std::set<std::string> kinds;
    for (const auto& snapshot : page->items)
        kinds.insert(snapshot.commitKind);
    EXPECT_EQ(kinds, (std::set<std::string>{"APPEND", "COMPACT", "OVERWRITE", "ANALYZE"}));
    auto paged = codec::decodeListSnapshotsResponse(
        call("GET", orders + "/snapshots?maxResults=10&pageToken=20").body);
    ASSERT_TRUE(paged.ok());
    EXPECT_EQ(paged->items.front().id, 19);
    EXPECT_EQ(paged->nextPageToken, "10");
    // Every list key and token is written, nulls included.
    EXPECT_EQ(nlohmann::json::parse(call("GET", orders + "/tags").body),
              nlohmann::json::parse(
                  R"({"tags":["before-backfill","nightly-2","v1.0"],"nextPageToken":null})"));
    auto tag = nlohmann::json::parse(call("GET", orders + "/tags/v1.0").body);
    EXPECT_TRUE(tag.contains("tagCreateTime") && tag["tagCreateTime"].is_null());
    EXPECT_TRUE(tag.contains("tagTimeRetained") && tag["tagTimeRetained"].is_null());
    auto kept = nlohmann::json::parse(call("GET", orders + "/tags/before-backfill").body);
    EXPECT_EQ(kept["tagTimeRetained"], "PT168H");
    EXPECT_EQ(kept["snapshot"]["id"], 11);
    EXPECT_EQ(nlohmann::json::parse(call("GET", orders + "/branches").body),
              nlohmann::json::parse(R"({"branches":["backfill"]})"));
    EXPECT_EQ(
        nlohmann::json::parse(call("GET", "/v1/p/databases/sales/tables/line_items/branches").body),
        nlohmann::json::parse(R"({"branches":[]})"));
    auto branch = codec::decodeListSnapshotsResponse(
        call("GET", "/v1/p/databases/sales/tables/orders%24branch_backfill/snapshots").body);
    ASSERT_TRUE(branch.ok());
    EXPECT_EQ(branch->items.size(), 3u);  // the tag's snapshot and two commits of its own

    struct Refusal {
        const char* method;
        std::string target;
        std::string body;
        int status;
        const char* resourceType;
    };
    const std::vector<Refusal> refusals = {
        {"GET", "/v1/p/databases/sales/tables/line_items/snapshot", "", 404, "SNAPSHOT"},
        {"GET", orders + "/snapshots/99", "", 404, "SNAPSHOT"},
        {"GET", orders + "/snapshots/no-such-tag", "", 404, "SNAPSHOT"},
        {"GET", orders + "/snapshots?maxResults=abc", "", 400, "TABLE"},
        {"GET", "/v1/p/databases/sales/tables/nope/snapshots", "", 404, "TABLE"},
        {"GET", "/v1/p/databases/nope/tables/orders/tags", "", 404, "DATABASE"},
        {"GET", orders + "/tags?tagNamePrefix=a%25b", "", 400, ""},
        {"GET", orders + "/tags/nope", "", 404, "TAG"},
        {"DELETE", orders + "/tags/nope", "", 404, "TAG"},
        {"POST", orders + "/tags", R"({"tagName":"v1.0","snapshotId":3,"timeRetained":null})", 409,
         "TAG"},
        {"POST", orders + "/tags", R"({"tagName":"x","snapshotId":99,"timeRetained":null})", 404,
         "SNAPSHOT"},
        {"POST", orders + "/tags", R"({"tagName":"x","snapshotId":3,"timeRetained":"1x"})", 400,
         ""},
        {"POST", orders + "/tags", R"({"snapshotId":3})", 400, ""},
        {"POST", orders + "/branches", R"({"branch":"backfill","fromTag":null})", 409, "BRANCH"},
        {"POST", orders + "/branches", R"({"branch":"b","fromTag":"nope"})", 404, "TAG"},
        {"POST", orders + "/branches", R"({"branch":"main","fromTag":null})", 400, ""},
        {"POST", orders + "/branches", R"({"branch":"123","fromTag":null})", 400, ""},
        {"DELETE", orders + "/branches/nope", "", 404, "BRANCH"},
        {"POST", orders + "/branches/nope/forward", "{}", 404, "BRANCH"},
        {"POST", orders + "/branches/main/forward", "{}", 400, ""},
        {"POST", orders + "/branches/nope/rename", R"({"toBranch":"x"})", 404, "BRANCH"},
        {"POST", orders + "/consumers/reset", R"({"consumerId":"c","nextSnapshotId":99})", 404,
         "SNAPSHOT"},
        {"POST", orders + "/rollback", R"({"instant":{"type":"snapshot","snapshotId":99}})", 404,
         "SNAPSHOT"},
        {"POST", orders + "/rollback", R"({"instant":{"type":"tag","tagName":"nope"}})", 404,
         "TAG"},
        {"POST", orders + "/rollback",
         R"({"instant":{"type":"snapshot","snapshotId":3},"fromSnapshot":7})", 500, ""},
        {"POST", orders + "/rollback", R"({"instant":{"type":"time"}})", 400, ""},
        {"POST", orders + "/rollback-schema", R"({"schemaId":9})", 500, ""},
        {"POST", orders + "/rollback-schema", R"({"schemaId":0})", 500, ""},
        {"GET", orders + "/token", "", 501, ""},
        {"PUT", orders + "/tags", "", 405, ""},
    };
    for (const Refusal& r : refusals) {
        HttpResponse answer = call(r.method, r.target, r.body);
        EXPECT_EQ(answer.status, r.status) << r.method << " " << r.target << " " << r.body;
        auto error = nlohmann::json::parse(answer.body, nullptr, false);
        ASSERT_TRUE(error.is_object()) << r.target;
        EXPECT_EQ(error["code"], r.status) << r.target;
        if (*r.resourceType) {
            EXPECT_EQ(error["resourceType"], r.resourceType) << r.method << " " << r.target;
        }
    }
    EXPECT_EQ(errorOf(call("POST", orders + "/rollback",
                           R"({"instant":{"type":"snapshot","snapshotId":3},"fromSnapshot":7})"))
                  .message,
              "Latest snapshot 24 is not 7");
    // Nothing was changed by a refusal.
    EXPECT_EQ(
        codec::decodeListSnapshotsResponse(call("GET", orders + "/snapshots").body)->items.size(),
        24u);
}

TEST_F(RestServiceTest, PartitionsAsJavasServerAnswersThem) {
    auto s = service(ServerAuthConfig::Mode::None);
    ASSERT_TRUE(writeDemoWarehouse(*warehouse).ok());
    auto call = [&](const std::string& method, const std::string& target,
                    const std::string& body = "") {
        return s->handle(ServerRequest{method, target, {}, body});
    };
    const std::string events = "/v1/p/databases/analytics/tables/events_hourly";

    // 14 days of 24 hours, descending by name; every member written.
    std::vector<std::string> names;
    std::optional<std::string> token;
    int pages = 0;
    do {
        std::string target = events + "/partitions?maxResults=100";
        if (token) target += "&pageToken=" + *token;
        HttpResponse r = call("GET", target);
        ASSERT_EQ(r.status, 200) << r.body;
        auto page = codec::decodeListPartitionsResponse(r.body);
        ASSERT_TRUE(page.ok());
        for (const Partition& p : page->items)
            names.push_back(p.name());
        token = page->nextPageToken;
        ++pages;
    } while (token && pages < 10);
    EXPECT_EQ(names.size(), 14u * 24u);
    EXPECT_TRUE(std::is_sorted(names.rbegin(), names.rend()));
    auto first =
        nlohmann::ordered_json::parse(call("GET", events + "/partitions?maxResults=1").body);
    const auto& one = first["partitions"][0];
    std::vector<std::string> members;
    for (const auto& [k, v] : one.items())
        members.push_back(k);
    EXPECT_EQ(members,
              (std::vector<std::string>{"spec", "recordCount", "fileSizeInBytes", "fileCount",
                                        "lastFileCreationTime", "totalBuckets", "done"}));
    EXPECT_GT(one["recordCount"].get<int64_t>(), 0);
    EXPECT_FALSE(one["done"].get<bool>());  // yesterday is not marked done

    const std::string oldest = names.back();  // dt=<14 days ago>/hr=0
    const std::string dt = oldest.substr(3, 10);
    auto day = codec::decodeListPartitionsResponse(
        call("GET", events + "/partitions?partitionNamePattern=dt%3D" + dt + "%25").body);
    ASSERT_TRUE(day.ok());
    EXPECT_EQ(day->items.size(), 24u);
    EXPECT_TRUE(day->items.front().done);

    // list-by-names leaves out what does not exist; the token is null.
    auto byNames = nlohmann::json::parse(
        call("POST", events + "/partitions/list-by-names",
             R"({"specs":[{"dt":")" + dt + R"(","hr":"3"},{"dt":"1999-01-01","hr":"3"}]})")
            .body);
    EXPECT_EQ(byNames["partitions"].size(), 1u);
    EXPECT_TRUE(byNames["nextPageToken"].is_null());

    // Drop, then it is gone and a strict drop is a 404 PARTITION naming it.
    const std::string spec = R"({"dt":")" + dt + R"(","hr":"3"})";
    HttpResponse dropped =
        call("POST", events + "/partitions/drop", R"({"partitionSpecs":[)" + spec + "]}");
    ASSERT_EQ(dropped.status, 200) << dropped.body;
    EXPECT_EQ(nlohmann::json::parse(dropped.body),
              nlohmann::json::parse(R"({"dropped":[)" + spec + R"(],"missing":[]})"));
    HttpResponse strict = call("POST", events + "/partitions/drop",
                               R"({"partitionSpecs":[)" + spec + R"(],"ignoreIfNotExists":false})");
    EXPECT_EQ(strict.status, 404);
    EXPECT_EQ(errorOf(strict).resourceType, "PARTITION");
    EXPECT_EQ(errorOf(strict).resourceName, "dt=" + dt + "/hr=3");

    struct Refusal {
        const char* method;
        std::string target;
        std::string body;
        int status;
    };
    const std::vector<Refusal> refusals = {
        {"POST", events + "/partitions", R"({"partitionSpecs":[{"dt":"2030-01-01","hr":"0"}]})",
         501},
        {"POST", events + "/partitions", R"({"partitionSpecs":[{"day":"x"}]})", 400},
        {"POST", events + "/partitions", R"({"partitionSpecs":[]})", 400},
        {"GET", events + "/partitions?partitionNamePattern=%25x", "", 400},
        {"GET", events + "/partitions?maxResults=x", "", 400},
        {"POST", events + "/partitions/list-by-filter", R"({"maxResults":2})", 400},
        {"POST", events + "/partitions/mark", R"({"specs":[{"dt":"x"}]})", 400},
        {"POST", events + "/partitions/alter", "{}", 501},
        {"DELETE", events + "/partitions", "", 405},
        {"GET", "/v1/p/databases/analytics/tables/nope/partitions", "", 404},
    };
    for (const Refusal& r : refusals) {
        HttpResponse answer = call(r.method, r.target, r.body);
        EXPECT_EQ(answer.status, r.status) << r.method << " " << r.target << " " << answer.body;
    }
    EXPECT_EQ(errorOf(call("POST", events + "/partitions/list-by-filter", "{}")).message,
              "filter is required");
}

}  // namespace
}  // namespace paimon
