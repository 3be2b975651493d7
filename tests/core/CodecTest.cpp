#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "core/json/Messages.h"
#include "core/types/TypeParser.h"
#include "tests/support/TestData.h"

namespace paimon {
namespace {

using nlohmann::json;

DataType t(const std::string& sql) {
    return parseDataType(sql).value();
}

Schema ordersSchema() {
    Schema s;
    s.fields = {
        {0, "id", t("BIGINT NOT NULL"), std::nullopt, std::nullopt},
        {1, "amount", t("DECIMAL(10, 2)"), "money", std::nullopt},
        {2, "tags", t("ARRAY<VARCHAR(20)>"), std::nullopt, std::nullopt},
        {3, "attrs", t("MAP<STRING NOT NULL, INT> NOT NULL"), std::nullopt, std::nullopt},
    };
    FieldIdCounter ids{4};
    s.fields.push_back(
        {4, "addr",
         parseDataType("ROW<city STRING, ts TIMESTAMP(3) WITH LOCAL TIME ZONE>", &ids).value(),
         std::nullopt, "x"});
    s.primaryKeys = {"id"};
    s.options = {{"bucket", "4"}};
    s.comment = "demo";
    return s;
}

TEST(Codec, CreateTableRequestMatchesTheProtocolExample) {
    // PROTOCOL.md §5's example, plus a defaultValue on addr.
    std::string body = codec::encode(CreateTableRequest{{"db1", "orders"}, ordersSchema()});
    json expected = json::parse(R"j({"identifier":{"database":"db1","object":"orders"},
 "schema":{"fields":[
   {"id":0,"name":"id","type":"BIGINT NOT NULL"},
   {"id":1,"name":"amount","type":"DECIMAL(10, 2)","description":"money"},
   {"id":2,"name":"tags","type":{"type":"ARRAY","element":"VARCHAR(20)"}},
   {"id":3,"name":"attrs","type":{"type":"MAP NOT NULL","key":"STRING NOT NULL","value":"INT"}},
   {"id":4,"name":"addr","type":{"type":"ROW","fields":[
       {"id":5,"name":"city","type":"STRING"},
       {"id":6,"name":"ts","type":"TIMESTAMP(3) WITH LOCAL TIME ZONE"}]},"defaultValue":"x"}],
  "partitionKeys":[],"primaryKeys":["id"],"options":{"bucket":"4"},"comment":"demo"}})j");
    EXPECT_EQ(json::parse(body), expected);
    Result<CreateTableRequest> back = codec::decodeCreateTableRequest(body);
    ASSERT_TRUE(back.ok()) << back.error().message;
    EXPECT_EQ(back->schema, ordersSchema());
    EXPECT_EQ(back->identifier, (Identifier{"db1", "orders"}));
}

TEST(Codec, AbsentOptionalMembersAreOmittedNeverNull) {
    Schema s;
    s.fields = {{0, "a", t("INT"), std::nullopt, std::nullopt}};
    std::string body = codec::encode(CreateTableRequest{{"d", "t"}, s});
    EXPECT_EQ(body.find("null"), std::string::npos) << body;
    EXPECT_EQ(body.find("comment"), std::string::npos);
    EXPECT_EQ(body.find("description"), std::string::npos);
    EXPECT_EQ(body.find("defaultValue"), std::string::npos);

    std::string alter = codec::encode(AlterTableRequest{{
        change::AddColumn{{"c"}, t("INT"), std::nullopt, std::nullopt},
        change::UpdateComment{std::nullopt},
        change::UpdateColumnComment{{"c"}, std::nullopt},
        change::UpdateColumnPosition{Move::first("c")},
    }});
    EXPECT_EQ(alter.find("null"), std::string::npos) << alter;
    EXPECT_EQ(json::parse(alter)["changes"][3]["move"],
              json::parse(R"j({"fieldName":"c","type":"FIRST"})j"));
}

TEST(Codec, EverySchemaChangeRoundTrips) {
    std::vector<SchemaChange> changes = {
        change::SetOption{"snapshot.num-retained.max", "10"},
        change::RemoveOption{"bucket"},
        change::UpdateComment{"new comment"},
        change::UpdateComment{std::nullopt},
        change::AddColumn{{"c"}, t("INT"), std::nullopt, Move::after("c", "a")},
        change::AddColumn{{"addr", "zip"}, t("STRING NOT NULL"), "zip code", Move::last("zip")},
        change::RenameColumn{{"a"}, "b"},
        change::DropColumn{{"addr", "city"}},
        change::UpdateColumnType{{"a"}, t("BIGINT"), true},
        change::UpdateColumnNullability{{"a"}, false},
        change::UpdateColumnComment{{"a"}, "c"},
        change::UpdateColumnDefaultValue{{"a"}, "0"},
        change::UpdateColumnPosition{Move::before("a", "b")},
        change::DropPrimaryKey{},
    };
    std::string body = codec::encode(AlterTableRequest{changes});
    Result<AlterTableRequest> back = codec::decodeAlterTableRequest(body);
    ASSERT_TRUE(back.ok()) << back.error().message;
    EXPECT_EQ(back->changes, changes);
    // Wire names are exactly the protocol's.
    json j = json::parse(body);
    EXPECT_EQ(
        j["changes"][0],
        json::parse(R"j({"action":"setOption","key":"snapshot.num-retained.max","value":"10"})j"));
    EXPECT_EQ(
        j["changes"][4],
        json::parse(
            R"j({"action":"addColumn","fieldNames":["c"],"dataType":"INT","move":{"fieldName":"c","referenceFieldName":"a","type":"AFTER"}})j"));
    EXPECT_EQ(j["changes"][8]["keepNullability"], true);
    EXPECT_EQ(j["changes"][9]["newNullability"], false);
    EXPECT_EQ(j["changes"][13], json::parse(R"j({"action":"dropPrimaryKey"})j"));
}

TEST(Codec, ProtocolAlterExampleDecodes) {
    Result<AlterTableRequest> r = codec::decodeAlterTableRequest(
        R"j({"changes":[{"action":"setOption","key":"snapshot.num-retained.max","value":"10"},{"action":"addColumn","fieldNames":["c"],"dataType":"INT","comment":null,"move":{"fieldName":"c","referenceFieldName":"a","type":"AFTER"}}]})j");
    ASSERT_TRUE(r.ok()) << r.error().message;
    ASSERT_EQ(r->changes.size(), 2u);
    const auto& add = std::get<change::AddColumn>(r->changes[1]);
    EXPECT_FALSE(add.comment.has_value());
    EXPECT_EQ(add.move, Move::after("c", "a"));
}

TEST(Codec, BadSchemaChangesAreRefusedWithTheReason) {
    auto message = [](const char* body) {
        Result<AlterTableRequest> r = codec::decodeAlterTableRequest(body);
        EXPECT_FALSE(r.ok()) << body;
        EXPECT_EQ(r.ok() ? ErrorKind::ServiceFailure : r.error().kind, ErrorKind::BadRequest);
        return r.ok() ? std::string() : r.error().message;
    };
    EXPECT_NE(message(R"j({"changes":[{"action":"explode"}]})j").find("unknown schema change"),
              std::string::npos);
    EXPECT_NE(message(R"j({"changes":[{"action":"setOption","key":"k"}]})j").find("\"value\""),
              std::string::npos);
    EXPECT_NE(
        message(
            R"j({"changes":[{"action":"updateColumnPosition","move":{"fieldName":"a","type":"AFTER"}}]})j")
            .find("referenceFieldName"),
        std::string::npos);
    EXPECT_NE(
        message(R"j({"changes":[{"action":"addColumn","fieldNames":["c"],"dataType":"INTT"}]})j")
            .find("unknown type"),
        std::string::npos);
    EXPECT_NE(message("{\"changes\":").find("not valid JSON"), std::string::npos);
}

TEST(Codec, DatabaseMessages) {
    EXPECT_EQ(json::parse(codec::encode(CreateDatabaseRequest{"db1", {{"a", "b"}}})),
              json::parse(R"j({"name":"db1","options":{"a":"b"}})j"));
    EXPECT_EQ(json::parse(codec::encode(AlterDatabaseRequest{{"x"}, {{"k", "v"}}})),
              json::parse(R"j({"removals":["x"],"updates":{"k":"v"}})j"));
    Result<DatabaseInfo> db = codec::decodeGetDatabaseResponse(
        R"j({"id":"d-1","name":"db1","location":"file:/w/db1.db","options":{"k":"v","n":null},
            "owner":"alice","createdAt":1700000000000,"createdBy":"alice","updatedAt":1700000000001,
            "updatedBy":null,"unknown":[1,2]})j");
    ASSERT_TRUE(db.ok()) << db.error().message;
    EXPECT_EQ(db->id, "d-1");
    EXPECT_EQ(db->name, "db1");
    EXPECT_EQ(db->location, "file:/w/db1.db");
    EXPECT_EQ(db->options, (Options{{"k", "v"}}));
    EXPECT_EQ(db->createdAt, 1700000000000);
    EXPECT_FALSE(db->updatedBy.has_value());
    Result<DatabaseInfo> again = codec::decodeGetDatabaseResponse(codec::encode(*db));
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(*again, *db);
    // GetDatabaseResponse has no NON_NULL member in Java: every key is written, null or not.
    EXPECT_EQ(json::parse(codec::encode(DatabaseInfo{{}, "d", {}, {}, {}, 0, {}, 0, {}})),
              json::parse(R"j({"id":null,"name":"d","location":null,"options":{},"owner":null,
                "createdAt":0,"createdBy":null,"updatedAt":0,"updatedBy":null})j"));

    Result<AlterDatabaseResult> alter = codec::decodeAlterDatabaseResponse(
        R"j({"removed":["a"],"updated":["b"],"missing":["c"]})j");
    ASSERT_TRUE(alter.ok());
    EXPECT_EQ(*alter, (AlterDatabaseResult{{"a"}, {"b"}, {"c"}}));
}

TEST(Codec, ListPages) {
    Result<Page<std::string>> dbs =
        codec::decodeListDatabasesResponse(R"j({"databases":["a","b"],"nextPageToken":"t1"})j");
    ASSERT_TRUE(dbs.ok());
    EXPECT_EQ(dbs->items, (std::vector<std::string>{"a", "b"}));
    EXPECT_EQ(dbs->nextPageToken, "t1");
    dbs = codec::decodeListDatabasesResponse(R"j({"databases":null,"nextPageToken":null})j");
    ASSERT_TRUE(dbs.ok());
    EXPECT_TRUE(dbs->items.empty());
    EXPECT_FALSE(dbs->nextPageToken.has_value());
    Result<Page<std::string>> tables =
        codec::decodeListTablesResponse(codec::encodeListTables({{"x", "y"}, std::nullopt}));
    ASSERT_TRUE(tables.ok());
    EXPECT_EQ(tables->items, (std::vector<std::string>{"x", "y"}));
    // Java writes the token of the last page as null, and pypaimon requires the key.
    EXPECT_EQ(json::parse(codec::encodeListTables({{"x"}, std::nullopt})),
              json::parse(R"j({"tables":["x"],"nextPageToken":null})j"));
    EXPECT_EQ(json::parse(codec::encodeListDatabases({{}, std::nullopt})),
              json::parse(R"j({"databases":[],"nextPageToken":null})j"));
    EXPECT_EQ(json::parse(codec::encodeListTableDetails({{}, std::nullopt})),
              json::parse(R"j({"tableDetails":[],"nextPageToken":null})j"));
    // Tables across databases: identifiers, not names.
    const Page<Identifier> global{{{"a b", "t"}, {"db", "表"}}, "db.表"};
    EXPECT_EQ(json::parse(codec::encodeListTablesGlobally(global)),
              json::parse(R"j({"tables":[{"database":"a b","object":"t"},)j"
                          R"j({"database":"db","object":"表"}],"nextPageToken":"db.表"})j"));
    auto decoded = codec::decodeListTablesGloballyResponse(codec::encodeListTablesGlobally(global));
    ASSERT_TRUE(decoded.ok());
    EXPECT_EQ(*decoded, global);
    EXPECT_EQ(json::parse(codec::encodeListTablesGlobally({{}, std::nullopt})),
              json::parse(R"j({"tables":[],"nextPageToken":null})j"));
    EXPECT_FALSE(codec::decodeListTablesGloballyResponse(R"j({"tables":["db.t"]})j").ok());
    EXPECT_FALSE(codec::decodeListTablesResponse(R"j({"tables":[1]})j").ok());
    EXPECT_FALSE(codec::decodeListTablesResponse(R"j([])j").ok());
}

TEST(Codec, GetTableResponseAndDetails) {
    TableInfo info;
    info.id = "t-1";
    info.database = "db1";
    info.name = "orders";
    info.path = "file:/w/db1.db/orders";
    info.isExternal = false;
    info.schemaId = 3;
    info.schema = ordersSchema();
    info.owner = "bob";
    info.createdAt = 1;
    info.updatedAt = 2;
    std::string body = codec::encode(info);
    Result<TableInfo> back = codec::decodeGetTableResponse(body);
    ASSERT_TRUE(back.ok()) << back.error().message;
    EXPECT_EQ(*back, info);
    // GetTableResponse writes every member, nulls included, as Java's does.
    TableInfo bare;
    bare.database = "db1";
    bare.name = "t";
    json written = json::parse(codec::encode(bare));
    for (const char* key : {"id", "path", "owner", "createdBy", "updatedBy"}) {
        ASSERT_TRUE(written.contains(key)) << key;
        EXPECT_TRUE(written[key].is_null()) << key;
    }
    // Java primitives: missing isExternal/schemaId/createdAt read as false/0.
    Result<TableInfo> minimal =
        codec::decodeGetTableResponse(R"j({"name":"t","schema":{"fields":[]}})j");
    ASSERT_TRUE(minimal.ok()) << minimal.error().message;
    EXPECT_FALSE(minimal->isExternal);
    EXPECT_EQ(minimal->schemaId, 0);
    Result<Page<TableInfo>> page =
        codec::decodeListTableDetailsResponse(codec::encodeListTableDetails({{info}, "next"}));
    ASSERT_TRUE(page.ok());
    EXPECT_EQ(page->items.at(0), info);
    EXPECT_EQ(page->nextPageToken, "next");
}

TEST(Codec, WrongShapedResponsesNameTheMemberNotTheBody) {
    Result<TableInfo> r = codec::decodeGetTableResponse(
        R"j({"name":"t","secretish":"AKIA-should-not-echo","schema":{"fields":[{"id":0,"name":"a","type":"NOPE"}]}})j");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, ErrorKind::InvalidResponse);
    EXPECT_EQ(r.error().message.find("AKIA"), std::string::npos);
    r = codec::decodeGetTableResponse("<html>oops AKIA-secret</html>");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().message, "the body is not valid JSON");
    r = codec::decodeGetTableResponse("");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().message, "the body is empty");
    r = codec::decodeGetTableResponse(R"j({"name":5,"schema":{}})j");
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().message.find("\"name\" must be a string"), std::string::npos);
}

TEST(Codec, DuplicateFieldNamesAreRefusedAtEveryLevelAndAtScale) {
    Result<TableInfo> r = codec::decodeGetTableResponse(
        R"j({"name":"t","schema":{"fields":[{"id":0,"name":"a","type":"INT"},{"id":1,"name":"a","type":"INT"}]}})j");
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().message.find("duplicate field name 'a'"), std::string::npos);
    r = codec::decodeGetTableResponse(
        R"j({"name":"t","schema":{"fields":[{"id":0,"name":"r","type":{"type":"ROW","fields":[
            {"id":1,"name":"x","type":"INT"},{"id":2,"name":"x","type":"INT"}]}}]}})j");
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().message.find("duplicate field name 'x' in ROW"), std::string::npos);
    EXPECT_FALSE(parseDataType("ROW<a INT, b INT, a STRING>").ok());

    // 20,000 distinct columns decode (the duplicate check is not quadratic), and one repeated
    // name at the end is still caught.
    json fields = json::array();
    for (int i = 0; i < 20000; ++i)
        fields.push_back({{"id", i}, {"name", "c" + std::to_string(i)}, {"type", "INT"}});
    json table = {{"name", "wide"}, {"schema", {{"fields", fields}}}};
    r = codec::decodeGetTableResponse(table.dump());
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_EQ(r->schema.fields.size(), 20000u);
    EXPECT_EQ(r->schema.fields.back().name, "c19999");
    table["schema"]["fields"].push_back({{"id", 20000}, {"name", "c7"}, {"type", "INT"}});
    r = codec::decodeGetTableResponse(table.dump());
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().message.find("duplicate field name 'c7'"), std::string::npos);
}

TEST(Codec, RenameTableRequest) {
    RenameTableRequest r{{"a b", "t/1"}, {"c", "t$2"}};
    std::string body = codec::encode(r);
    EXPECT_EQ(
        json::parse(body),
        json::parse(
            R"j({"source":{"database":"a b","object":"t/1"},"destination":{"database":"c","object":"t$2"}})j"));
    Result<RenameTableRequest> back = codec::decodeRenameTableRequest(body);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(*back, r);
}

TEST(Codec, EveryOpenApiExampleDecodes) {
    json examples = json::parse(testing::readTestFile("openapi-examples.json"));
    ASSERT_FALSE(examples["config"].empty());
    for (const json& c : examples["config"]) {
        Result<ConfigResponse> r = codec::decodeConfigResponse(c.dump());
        ASSERT_TRUE(r.ok()) << r.error().message;
        EXPECT_EQ(r->defaults, (Options{{"prefix", "prefix"}}));
        EXPECT_EQ(r->overrides, (Options{{"key", "value"}}));
    }
    ASSERT_GE(examples["errors"].size(), 20u);
    for (const json& e : examples["errors"]) {
        Result<ErrorResponse> r = codec::decodeErrorResponse(e["body"].dump());
        ASSERT_TRUE(r.ok()) << e["name"];
        EXPECT_EQ(r->code, e["body"]["code"].get<int>()) << e["name"];
        EXPECT_EQ(r->message, e["body"]["message"].get<std::string>());
        if (e["body"].contains("resourceType")) {
            EXPECT_EQ(r->resourceType, e["body"]["resourceType"].get<std::string>());
            EXPECT_EQ(r->resourceName, e["body"]["resourceName"].get<std::string>());
        } else {
            EXPECT_FALSE(r->resourceType.has_value());
        }
    }
}

TEST(Codec, ConfigDropsNullValues) {
    Result<ConfigResponse> r =
        codec::decodeConfigResponse(R"j({"defaults":{"prefix":"p","x":null},"overrides":null})j");
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->defaults, (Options{{"prefix", "p"}}));
    EXPECT_TRUE(r->overrides.empty());
}

TEST(Codec, RealSchemaFilesRead) {
    for (const char* name : {"schemas/test_pk_vector_golden-schema-0.json",
                             "schemas/test_pk_full_text_golden-schema-0.json",
                             "schemas/test_pk_global_index_golden-schema-0.json"}) {
        std::string text = testing::readTestFile(name);
        ASSERT_FALSE(text.empty()) << name;
        Result<TableSchema> s = codec::decodeTableSchema(text);
        ASSERT_TRUE(s.ok()) << name << ": " << s.error().message;
        EXPECT_EQ(s->version, 3);
        EXPECT_EQ(s->primaryKeys, (std::vector<std::string>{"id"}));
        EXPECT_EQ(s->fields.at(0).type.sql(), "INT NOT NULL");
        // Writing and reading again gives the same schema.
        Result<TableSchema> again = codec::decodeTableSchema(codec::toJson(*s).dump());
        ASSERT_TRUE(again.ok());
        EXPECT_EQ(*again, *s);
    }
    Result<TableSchema> vec = codec::decodeTableSchema(
        testing::readTestFile("schemas/test_pk_vector_golden-schema-0.json"));
    EXPECT_EQ(vec->fields.at(1).type.sql(), "VECTOR<FLOAT, 4>");
    EXPECT_EQ(vec->comment, "");
    EXPECT_EQ(vec->timeMillis, 1784213443933);
}

TEST(Codec, OldSchemaVersionsGetTheReaderFixUps) {
    Result<TableSchema> v1 = codec::decodeTableSchema((
        R"j({"id":0,"fields":[{"id":0,"name":"a","type":"INT"}],"highestFieldId":0,"options":{}})j"));
    ASSERT_TRUE(v1.ok()) << v1.error().message;
    EXPECT_EQ(v1->version, 1);
    EXPECT_EQ(v1->options.at("bucket"), "1");
    EXPECT_EQ(v1->options.at("file.format"), "orc");
    Result<TableSchema> v2 = codec::decodeTableSchema((
        R"j({"version":2,"id":0,"fields":[],"highestFieldId":-1,"options":{"file.format":"parquet"}})j"));
    ASSERT_TRUE(v2.ok());
    EXPECT_EQ(v2->options.count("bucket"), 0u);
    EXPECT_EQ(v2->options.at("file.format"), "parquet");
    Result<TableSchema> noIds =
        codec::decodeTableSchema(R"j({"version":3,"id":0,"fields":[{"name":"a","type":"INT"}]})j");
    ASSERT_FALSE(noIds.ok());
    EXPECT_NE(noIds.error().message.find("\"id\""), std::string::npos);
}

TEST(Codec, ErrorBodyEncodesNullsAsJavaDoes) {
    std::string body =
        codec::encode(ErrorResponse{"Database db1 does not exist.", "DATABASE", "db1", 404});
    EXPECT_EQ(
        json::parse(body),
        json::parse(
            R"j({"message":"Database db1 does not exist.","resourceType":"DATABASE","resourceName":"db1","code":404})j"));
    body = codec::encode(ErrorResponse{"bad", std::nullopt, std::nullopt, 400});
    EXPECT_EQ(json::parse(body)["resourceType"], nullptr);
}

}  // namespace
}  // namespace paimon
