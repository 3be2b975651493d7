// Views and functions (OBJECTS.md §7, §8): the codecs, Java's name rule, the server's store,
// and every endpoint of paimon-rest-server as Java's reference server answers it.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "core/catalog/Catalog.h"
#include "core/json/Messages.h"
#include "core/server/DemoWarehouse.h"
#include "core/server/ObjectStore.h"
#include "core/server/RestService.h"
#include "core/types/TypeParser.h"
#include "tests/support/TempDir.h"

namespace paimon {
namespace {

DataField field(int id, const char* name, const char* type) {
    DataField f;
    f.id = id;
    f.name = name;
    f.type = parseDataType(type).value();
    return f;
}

TEST(ViewFunctionCodec, FunctionsWriteEveryMemberAsJavaDoes) {
    FunctionInfo f;
    f.name = "area";
    f.inputParams = {{field(0, "length", "DOUBLE"), field(1, "width", "DOUBLE")}};
    f.deterministic = true;
    f.definitions["flink"] = {FunctionDefinition::Type::Sql, "length * width", {}, {}, {}, {}};
    const std::string body = codec::encodeCreateFunctionRequest(f);
    EXPECT_EQ(body, R"({"name":"area","inputParams":[{"id":0,"name":"length","type":"DOUBLE"},)"
                    R"({"id":1,"name":"width","type":"DOUBLE"}],"returnParams":null,)"
                    R"("deterministic":true,"definitions":{"flink":{"type":"sql",)"
                    R"("definition":"length * width"}},"comment":null,"options":{}})");
    auto back = codec::decodeCreateFunctionRequest(body);
    ASSERT_TRUE(back.ok()) << back.error().describe();
    EXPECT_EQ(*back, f);

    // The three definition kinds of OBJECTS.md §8, read and written back alike.
    const std::string response =
        R"({"uuid":"u-1","name":"area","inputParams":null,"returnParams":null,)"
        R"("deterministic":false,"definitions":{)"
        R"("flink":{"type":"file","fileResources":[{"resourceType":"jar","uri":"/a/b.jar"}],)"
        R"("language":"java","className":"C","functionName":"eval"},)"
        R"("spark":{"type":"lambda","definition":"(Double l, Double w) -> l * w","language":"java"},)"
        R"("trino":{"type":"sql","definition":"length * width"}},)"
        R"("comment":"c","options":{"k":"v"},"owner":null,"createdAt":1,"createdBy":null,)"
        R"("updatedAt":2,"updatedBy":"me"})";
    auto got = codec::decodeGetFunctionResponse(response);
    ASSERT_TRUE(got.ok()) << got.error().describe();
    EXPECT_EQ(got->definitions.at("flink").type, FunctionDefinition::Type::File);
    EXPECT_EQ(got->definitions.at("flink").fileResources.front().uri, "/a/b.jar");
    EXPECT_EQ(got->definitions.at("spark").language, "java");
    EXPECT_EQ(nlohmann::json::parse(codec::encode(*got)), nlohmann::json::parse(response));
    EXPECT_FALSE(codec::decodeGetFunctionResponse(
                     R"({"name":"x","definitions":{"a":{"type":"python","definition":"x"}}})")
                     .ok());
}

TEST(ViewFunctionCodec, ViewsLeaveOutANullCommentAndKeepDialects) {
    ViewInfo v;
    v.id = "id-1";
    v.name = "big orders";
    v.schema.fields = {field(0, "id", "BIGINT NOT NULL")};
    v.schema.query = "SELECT id FROM t";
    v.schema.dialects = {{"flink", "SELECT id FROM t"}, {"spark", "SELECT id FROM t"}};
    auto json = nlohmann::ordered_json::parse(codec::encode(v));
    EXPECT_FALSE(json["schema"].contains("comment"));
    EXPECT_TRUE(json["schema"]["options"].is_object());
    EXPECT_TRUE(json["owner"].is_null());
    auto back = codec::decodeGetViewResponse(codec::encode(v));
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(*back, v);

    // Every change action, written as Java's ViewChange writes it and read back.
    const std::vector<ViewChange> changes = {
        ViewChange::setOption("k", "v"),      ViewChange::removeOption("k"),
        ViewChange::updateComment("c"),       ViewChange::updateComment(std::nullopt),
        ViewChange::addDialect("trino", "q"), ViewChange::updateDialect("spark", "q2"),
        ViewChange::dropDialect("flink")};
    const std::string alter = codec::encodeAlterViewRequest(changes);
    EXPECT_NE(alter.find(R"({"action":"updateComment","comment":null})"), std::string::npos);
    EXPECT_NE(alter.find(R"({"action":"addDialect","dialect":"trino","query":"q"})"),
              std::string::npos);
    auto read = codec::decodeAlterViewRequest(alter);
    ASSERT_TRUE(read.ok());
    EXPECT_EQ(*read, changes);
    EXPECT_FALSE(codec::decodeAlterViewRequest(R"({"changes":[{"action":"rename"}]})").ok());
}

TEST(ViewFunctionRules, FunctionNamesAsJavasClientChecksThem) {
    for (const char* ok : {"area", "my.namespace.func", "a_1-b", "F2"})
        EXPECT_FALSE(checkFunctionName(ok)) << ok;
    for (const char* bad : {"", "123", "___", "my function", "my@f", "a/b", "f()", "函数"}) {
        auto e = checkFunctionName(bad);
        ASSERT_TRUE(e) << bad;
        EXPECT_EQ(e->message, std::string("Invalid function name: ") + bad);
    }
}

TEST(ViewFunctionStore, NamesOfEveryKindAreFilesAndBack) {
    testing::TempDir dir;
    auto w = Warehouse::open(dir.path());
    ASSERT_TRUE(w.ok());
    ASSERT_TRUE((*w)->createDatabase("db", {}).ok());
    ObjectStore store(*w, ".views", "VIEW");
    EXPECT_EQ(ObjectStore::fileNameOf("a/b %.c"), "a%2Fb%20%25%2Ec.json");
    const std::vector<std::string> names = {"a/b", "with space", "100%", "$x", "订单 views", ".."};
    for (const auto& n : names)
        ASSERT_TRUE(store.create("db", n, "{\"name\":1}").ok()) << n;
    auto listed = store.names("db");
    ASSERT_TRUE(listed.ok());
    std::vector<std::string> sorted = names;
    std::sort(sorted.begin(), sorted.end());
    EXPECT_EQ(*listed, sorted);
    auto again = store.create("db", "a/b", "{}");
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().kind, ErrorKind::AlreadyExists);
    EXPECT_EQ(again.error().resourceType, "VIEW");
    EXPECT_EQ(store.read("nope", "a").error().resourceType, "DATABASE");
    auto identity = [](const std::string& t) -> Result<std::string> { return t; };
    ASSERT_TRUE(store.rename("db", "a/b", "db", "c", identity).ok());
    EXPECT_EQ(store.rename("db", "c", "db", "100%", identity).error().kind,
              ErrorKind::AlreadyExists);
    EXPECT_EQ(store.read("db", "a/b").error().kind, ErrorKind::NotFound);
    ASSERT_TRUE(store.remove("db", "c").ok());
    EXPECT_EQ(store.remove("db", "c").error().kind, ErrorKind::NotFound);
}

class ViewFunctionServer : public ::testing::Test {
protected:
    void SetUp() override {
        auto w =
            Warehouse::open(dir.path() / "wh", [] { return fromEpochMillis(1'780'000'000'000); });
        ASSERT_TRUE(w.ok());
        warehouse = *w;
        ASSERT_TRUE(writeDemoWarehouse(*warehouse).ok());
        RestService::Config config;
        config.prefix = "p";
        config.clock = [] { return fromEpochMillis(1'780'000'000'000); };
        service = std::make_unique<RestService>(warehouse, config);
    }
    HttpResponse call(const std::string& method, const std::string& target,
                      const std::string& body = "") {
        return service->handle(ServerRequest{method, target, {}, body});
    }
    nlohmann::json json(const std::string& method, const std::string& target,
                        const std::string& body = "") {
        HttpResponse r = call(method, target, body);
        EXPECT_EQ(r.status, 200) << method << " " << target << ": " << r.body;
        return r.body.empty() ? nlohmann::json() : nlohmann::json::parse(r.body);
    }
    static std::string errorType(const HttpResponse& r) {
        auto e = nlohmann::json::parse(r.body, nullptr, false);
        return e.is_object() && e["resourceType"].is_string() ? e["resourceType"].get<std::string>()
                                                              : std::string();
    }

    testing::TempDir dir;
    std::shared_ptr<Warehouse> warehouse;
    std::unique_ptr<RestService> service;
};

TEST_F(ViewFunctionServer, ViewsEveryEndpoint) {
    const std::string sales = "/v1/p/databases/sales";
    EXPECT_EQ(json("GET", sales + "/views")["views"],
              nlohmann::json::parse(R"(["big_orders","orders per day"])"));
    auto details = json("GET", sales + "/view-details?maxResults=1");
    EXPECT_EQ(details["viewDetails"].size(), 1u);
    EXPECT_EQ(details["nextPageToken"], "big_orders");
    EXPECT_EQ(json("GET", "/v1/p/views?viewNamePattern=hourly%25")["views"],
              nlohmann::json::parse(R"([{"database":"analytics","object":"hourly_events"}])"));
    auto big = json("GET", sales + "/views/big_orders");
    EXPECT_EQ(big["schema"]["dialects"].size(), 2u);

    // Create with an awkward name; the identifier's database must be the path's.
    const std::string create =
        R"({"identifier":{"database":"sales","object":"v/1 %"},"schema":{"fields":[],)"
        R"("query":"SELECT 1","dialects":{"flink":"SELECT 1"},"options":{}}})";
    EXPECT_EQ(call("POST", sales + "/views", create).status, 200);
    EXPECT_EQ(call("POST", sales + "/views", create).status, 409);
    EXPECT_EQ(call("POST", "/v1/p/databases/analytics/views", create).status, 400);
    EXPECT_EQ(call("POST", "/v1/p/databases/nope/views",
                   R"({"identifier":{"database":"nope","object":"v"},"schema":{"fields":[],)"
                   R"("query":"q","dialects":{},"options":{}}})")
                  .status,
              404);
    const std::string v1 = sales + "/views/v%2F1%20%25";
    EXPECT_EQ(json("GET", v1)["name"], "v/1 %");

    // Alter: the changes in order, all or none; DIALECT conflicts.
    json("POST", v1,
         R"({"changes":[{"action":"addDialect","dialect":"spark","query":"SELECT 2"},)"
         R"({"action":"updateDialect","dialect":"spark","query":"SELECT 3"},)"
         R"({"action":"setOption","key":"k","value":"v"},)"
         R"({"action":"updateComment","comment":"c"}]})");
    auto altered = json("GET", v1);
    EXPECT_EQ(altered["schema"]["dialects"]["spark"], "SELECT 3");
    EXPECT_EQ(altered["schema"]["options"]["k"], "v");
    EXPECT_EQ(altered["schema"]["comment"], "c");
    HttpResponse exists = call("POST", v1,
                               R"({"changes":[{"action":"dropDialect","dialect":"flink"},)"
                               R"({"action":"addDialect","dialect":"spark","query":"x"}]})");
    EXPECT_EQ(exists.status, 409);
    EXPECT_EQ(errorType(exists), "DIALECT");
    EXPECT_EQ(json("GET", v1)["schema"]["dialects"].size(), 2u);  // nothing applied
    HttpResponse missing =
        call("POST", v1, R"({"changes":[{"action":"dropDialect","dialect":"hive"}]})");
    EXPECT_EQ(missing.status, 404);
    EXPECT_EQ(errorType(missing), "DIALECT");

    // Rename, across databases too; then drop.
    const std::string rename = R"({"source":{"database":"sales","object":"v/1 %"},)"
                               R"("destination":{"database":"analytics","object":"moved"}})";
    EXPECT_EQ(call("POST", "/v1/p/views/rename", rename).status, 200);
    EXPECT_EQ(call("POST", "/v1/p/views/rename", rename).status, 404);
    EXPECT_EQ(json("GET", "/v1/p/databases/analytics/views/moved")["name"], "moved");
    HttpResponse taken =
        call("POST", "/v1/p/views/rename",
             R"({"source":{"database":"analytics","object":"moved"},)"
             R"("destination":{"database":"analytics","object":"hourly_events"}})");
    EXPECT_EQ(taken.status, 409);
    EXPECT_EQ(errorType(taken), "VIEW");
    EXPECT_EQ(call("DELETE", "/v1/p/databases/analytics/views/moved").status, 200);
    HttpResponse gone = call("GET", "/v1/p/databases/analytics/views/moved");
    EXPECT_EQ(gone.status, 404);
    EXPECT_EQ(errorType(gone), "VIEW");
    EXPECT_EQ(call("GET", sales + "/views?viewNamePattern=%25x").status, 400);
    EXPECT_EQ(call("GET", "/v1/p/databases/nope/views").status, 404);
}

TEST_F(ViewFunctionServer, FunctionsEveryEndpoint) {
    const std::string sales = "/v1/p/databases/sales";
    EXPECT_EQ(json("GET", sales + "/functions")["functions"],
              nlohmann::json::parse(R"(["mask_email","order_total"])"));
    auto details = json("GET", sales + "/function-details");
    ASSERT_EQ(details["functionDetails"].size(), 2u);
    EXPECT_TRUE(details["functionDetails"][0]["uuid"].is_string());
    EXPECT_EQ(json("GET", "/v1/p/functions?databaseNamePattern=ana%25")["functions"],
              nlohmann::json::parse(R"([{"database":"analytics","object":"geo.distance_km"}])"));
    // The uuid is stable across reads (Java's mock makes a new one each time).
    EXPECT_EQ(json("GET", sales + "/functions/order_total")["uuid"],
              json("GET", sales + "/functions/order_total")["uuid"]);

    const std::string create =
        R"({"name":"f1","inputParams":null,"returnParams":null,"deterministic":true,)"
        R"("definitions":{"spark":{"type":"sql","definition":"1"}},"comment":null,"options":{}})";
    EXPECT_EQ(call("POST", sales + "/functions", create).status, 200);
    HttpResponse twice = call("POST", sales + "/functions", create);
    EXPECT_EQ(twice.status, 409);
    EXPECT_EQ(errorType(twice), "FUNCTION");
    HttpResponse badName =
        call("POST", sales + "/functions",
             R"({"name":"bad name","deterministic":true,"definitions":{},"options":{}})");
    EXPECT_EQ(badName.status, 400);
    EXPECT_EQ(call("GET", sales + "/functions/bad%20name").status, 400);

    json("POST", sales + "/functions/f1",
         R"({"changes":[{"action":"addDefinition","name":"flink","definition":)"
         R"({"type":"lambda","definition":"() -> 1","language":"java"}},)"
         R"({"action":"setOption","key":"k","value":"v"}]})");
    auto f1 = json("GET", sales + "/functions/f1");
    EXPECT_EQ(f1["definitions"]["flink"]["type"], "lambda");
    EXPECT_EQ(f1["options"]["k"], "v");
    HttpResponse dup = call("POST", sales + "/functions/f1",
                            R"({"changes":[{"action":"addDefinition","name":"flink",)"
                            R"("definition":{"type":"sql","definition":"2"}}]})");
    EXPECT_EQ(dup.status, 409);
    EXPECT_EQ(errorType(dup), "DEFINITION");
    HttpResponse none = call("POST", sales + "/functions/f1",
                             R"({"changes":[{"action":"dropDefinition","name":"trino"}]})");
    EXPECT_EQ(none.status, 404);
    EXPECT_EQ(errorType(none), "DEFINITION");
    EXPECT_EQ(call("DELETE", sales + "/functions/f1").status, 200);
    HttpResponse gone = call("GET", sales + "/functions/f1");
    EXPECT_EQ(gone.status, 404);
    EXPECT_EQ(errorType(gone), "FUNCTION");
}

}  // namespace
}  // namespace paimon
