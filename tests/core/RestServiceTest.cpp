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

}  // namespace
}  // namespace paimon
