// The JSON reader under every decoder: what it accepts, what it refuses, and that documents
// sharing a thread's parsers never see each other's values.
#include <gtest/gtest.h>

#include <string>

#include <nlohmann/json.hpp>

#include "core/auth/DlfToken.h"
#include "core/fs/Warehouse.h"
#include "core/json/Dump.h"
#include "core/json/JsonValue.h"
#include "core/json/Messages.h"
#include "core/types/TypeJson.h"
#include "core/types/TypeParser.h"
#include "core/util/Encoding.h"
#include "core/util/Time.h"

namespace paimon {
namespace {

json::Document parsed(const std::string& text) {
    Result<json::Document> doc = json::Document::parse(text, ErrorKind::InvalidResponse);
    EXPECT_TRUE(doc.ok()) << text;
    return std::move(doc).value();
}

std::string refusal(const std::string& text) {
    Result<json::Document> doc = json::Document::parse(text, ErrorKind::InvalidResponse);
    EXPECT_FALSE(doc.ok()) << text.substr(0, 80);
    if (doc.ok()) return {};
    EXPECT_EQ(doc.error().kind, ErrorKind::InvalidResponse);
    return doc.error().message;
}

TEST(JsonValue, ReadsEveryKindOfValue) {
    json::Document doc = parsed(
        R"j({"s":"a\"b\u00e9\ud83d\ude00","i":-9223372036854775808,"u":18446744073709551615,
             "d":1.5,"t":true,"n":null,"a":[1,"x",[]],"o":{"k":"v"}})j");
    json::Value root = doc.root();
    ASSERT_TRUE(root.isObject());
    EXPECT_EQ(root.member("s")->string(), "a\"b\u00e9\U0001F600");
    EXPECT_EQ(root.member("i")->int64(), INT64_MIN);
    EXPECT_TRUE(root.member("u")->isInteger()) << "an integer, but not an int64";
    EXPECT_EQ(root.member("u")->int64(), std::nullopt);
    EXPECT_EQ(root.member("d")->type(), json::Value::Type::Number);
    EXPECT_EQ(root.member("d")->int64(), std::nullopt);
    EXPECT_TRUE(root.member("t")->boolean());
    EXPECT_FALSE(root.member("n").has_value()) << "null reads as absent";
    EXPECT_FALSE(root.member("missing").has_value());
    std::vector<json::Value> a = root.member("a")->elements();
    ASSERT_EQ(a.size(), 3u);
    EXPECT_EQ(a[0].int64(), 1);
    EXPECT_EQ(a[1].string(), "x");
    EXPECT_TRUE(a[2].elements().empty());
    auto members = root.member("o")->members();
    ASSERT_EQ(members.size(), 1u);
    EXPECT_EQ(members[0].first, "k");
    EXPECT_EQ(members[0].second.string(), "v");
    EXPECT_EQ(root.member("o")->dump(), R"({"k":"v"})");
    // Asking an array for members or an object for elements gives nothing, not a crash.
    EXPECT_TRUE(root.member("a")->members().empty());
    EXPECT_TRUE(root.member("o")->elements().empty());
    EXPECT_FALSE(root.member("a")->member("k").has_value());
}

TEST(JsonValue, OfDuplicateNamesTheLastCountsAsWithJackson) {
    json::Document doc = parsed(R"({"name":"first","name":"last","gone":"x","gone":null})");
    EXPECT_EQ(doc.root().member("name")->string(), "last");
    EXPECT_FALSE(doc.root().member("gone").has_value());
    // The same through a decoder: a table's name and its options.
    auto table = codec::decodeGetTableResponse(
        R"({"name":"a","name":"b","schema":{"options":{"k":"1","k":"2","z":"x","z":null}}})");
    ASSERT_TRUE(table.ok()) << table.error().message;
    EXPECT_EQ(table->name, "b");
    EXPECT_EQ(table->schema.options, (Options{{"k", "2"}}));
}

TEST(JsonValue, RefusesWhatIsNotOneJsonValueWithAReasonAndNoExcerpt) {
    EXPECT_EQ(refusal(""), "the body is empty");
    for (const std::string& bad :
         {std::string("{"), std::string("{\"a\":1,}"), std::string("[1 2]"), std::string("nul"),
          std::string("{\"a\":1} trailing"), std::string("'single'"), std::string("{a:1}"),
          std::string("\"unterminated"), std::string("[01]"), std::string("\"\\x\""),
          std::string("\x01"), std::string(" ")}) {
        std::string message = refusal(bad);
        EXPECT_EQ(message.rfind("the body is not valid JSON", 0), 0u) << bad << ": " << message;
    }
    EXPECT_NE(refusal("\"\xff\xfe\"").find("not UTF-8"), std::string::npos);
    EXPECT_NE(refusal("\"\xc0\xaf\"").find("not UTF-8"), std::string::npos) << "overlong";
    EXPECT_NE(refusal(std::string(5000, '[') + std::string(5000, ']')).find("nested too deep"),
              std::string::npos);
    // A secret in a body that fails to parse never reaches the message.
    EXPECT_EQ(refusal(R"({"AccessKeySecret":"s3cr3t")").find("s3cr3t"), std::string::npos);
}

TEST(JsonValue, DocumentsAliveTogetherKeepTheirOwnValues) {
    // Parsers are pooled per thread: a document parsed while another lives must not reuse
    // the living one's buffers.
    json::Document a = parsed(R"({"v":"first document"})");
    json::Value va = *a.root().member("v");
    {
        json::Document b = parsed(R"({"v":"second, and longer than the first document"})");
        json::Document c = parsed(std::string(R"({"v":")") + std::string(100000, 'x') + "\"}");
        EXPECT_EQ(b.root().member("v")->string(), "second, and longer than the first document");
        EXPECT_EQ(c.root().member("v")->string().size(), 100000u);
    }
    EXPECT_EQ(va.string(), "first document");
    // Parsers back in the pool parse the next documents correctly, small after large.
    for (int i = 0; i < 10; ++i) {
        json::Document d = parsed("[" + std::to_string(i) + "]");
        EXPECT_EQ(d.root().elements().at(0).int64(), i);
    }
    // A moved document keeps its values.
    json::Document moved = std::move(a);
    EXPECT_EQ(moved.root().member("v")->string(), "first document");
}

TEST(JsonValue, IntegersOutOfRangeAreShapeErrorsNotWrapAround) {
    auto db = codec::decodeGetDatabaseResponse(R"({"name":"d","createdAt":9223372036854775808})");
    ASSERT_FALSE(db.ok());
    EXPECT_NE(db.error().message.find("\"createdAt\" must be an integer"), std::string::npos)
        << db.error().message;
    auto fractional = codec::decodeGetDatabaseResponse(R"({"name":"d","createdAt":1.0})");
    ASSERT_FALSE(fractional.ok());
    auto fine = codec::decodeGetDatabaseResponse(R"({"name":"d","createdAt":-1})");
    ASSERT_TRUE(fine.ok());
    EXPECT_EQ(fine->createdAt, -1);
}

TEST(JsonValue, AWideResponseDecodesWhole) {
    // 20,000 columns of every shape, built as text: nothing is dropped or reordered.
    std::string body = R"({"name":"wide","schema":{"fields":[)";
    for (int i = 0; i < 20000; ++i) {
        if (i) body += ',';
        body += R"({"id":)" + std::to_string(i) + R"(,"name":"c)" + std::to_string(i) + "\",";
        body += i % 3 == 0   ? R"("type":"DECIMAL(10, 2) NOT NULL")"
                : i % 3 == 1 ? R"("type":{"type":"ARRAY","element":"STRING"})"
                             : R"("type":"INT","description":"d")";
        body += '}';
    }
    body += "]}}";
    auto table = codec::decodeGetTableResponse(body);
    ASSERT_TRUE(table.ok()) << table.error().message;
    ASSERT_EQ(table->schema.fields.size(), 20000u);
    EXPECT_EQ(table->schema.fields[19999].name, "c19999");
    EXPECT_EQ(table->schema.fields[19999].id, 19999);
    EXPECT_EQ(table->schema.fields[3].type.sql(), "DECIMAL(10, 2) NOT NULL");
    EXPECT_EQ(table->schema.fields[4].type.sql(), "ARRAY<STRING>");
    EXPECT_EQ(table->schema.fields[5].description, "d");
}

// What the fuzzers found (each input is also under tests/fuzz/corpus/*/regressions).
TEST(FuzzFindings, BytesThatAreNotUtf8AreRefusedWhereTheyComeInAndNeverThrowOnTheWayOut) {
    EXPECT_TRUE(isValidUtf8("plain, \u00e9, \u4e2d\u6587, \U0001F600"));
    EXPECT_FALSE(isValidUtf8("\xd1o"));
    EXPECT_FALSE(isValidUtf8("\xed\xa0\x80")) << "a surrogate";
    EXPECT_FALSE(isValidUtf8("\xc0\xaf")) << "overlong";
    // The type grammar took them into comments, and writing the type as JSON then threw.
    auto type = parseDataType("ROW<a INT 'x\xd1y'>");
    ASSERT_FALSE(type.ok());
    EXPECT_NE(type.error().message.find("UTF-8"), std::string::npos);
    // Names of databases and tables (a server path segment decodes to any bytes).
    auto bad = Warehouse::checkDatabaseName("sales\xb4");
    ASSERT_TRUE(bad.has_value());
    EXPECT_NE(bad->message.find("UTF-8"), std::string::npos);
    EXPECT_FALSE(Warehouse::checkTableName({"db", "\u00e9t\u00e9 2026"}, "create").has_value());
    // Whatever still gets through is written with U+FFFD, not an exception.
    EXPECT_EQ(dumpJson(nlohmann::json("a\xff"
                                      "b")),
              "\"a\xef\xbf\xbd"
              "b\"");
}

TEST(FuzzFindings, SqlAndJsonAllowTheSameNestingSoEitherCanWriteWhatTheOtherRead) {
    auto nested = [](int levels) {  // levels - 1 suffixes on INT: `levels` levels in all
        std::string sql = "INT";
        for (int i = 1; i < levels; ++i)
            sql += i % 2 ? " ARRAY" : " MULTISET";
        return sql;
    };
    auto deepest = parseDataType(nested(kMaxTypeDepth));
    ASSERT_TRUE(deepest.ok()) << deepest.error().message;
    EXPECT_EQ(typeDepth(*deepest), kMaxTypeDepth);
    auto again = parseDataType(deepest->sql());
    ASSERT_TRUE(again.ok()) << "the prefix form of the deepest suffix form reads back";
    auto fromJson = dataTypeFromJsonText(dumpJson(dataTypeToJson(*deepest)));
    ASSERT_TRUE(fromJson.ok()) << fromJson.error().message;
    EXPECT_EQ(*fromJson, *deepest);
    // One more level is refused by both, with the same reason.
    auto tooDeep = parseDataType(nested(kMaxTypeDepth + 1));
    ASSERT_FALSE(tooDeep.ok()) << "suffixes count as levels";
    EXPECT_NE(tooDeep.error().message.find("nested more than 200"), std::string::npos);
    std::string json = R"("INT")";
    for (int i = 0; i < kMaxTypeDepth; ++i)
        json = R"({"type":"ARRAY","element":)" + json + "}";
    auto jsonTooDeep = dataTypeFromJsonText(json);
    ASSERT_FALSE(jsonTooDeep.ok());
    EXPECT_NE(jsonTooDeep.error().message.find("nested more than 200"), std::string::npos);
}

TEST(FuzzFindings, DatesBeyondTheClockRangeAreRefusedNotOverflowed) {
    EXPECT_FALSE(parseIso8601Utc("9026-11-21T10:00:00Z").has_value());
    EXPECT_FALSE(parseIso8601Utc("1000-01-01T00:00:00Z").has_value());
    EXPECT_TRUE(parseIso8601Utc("2261-12-31T23:59:59Z").has_value());
    auto token = parseDlfToken(
        R"({"AccessKeyId":"id","AccessKeySecret":"s","Expiration":"9026-11-21T10:00:00Z"})");
    ASSERT_FALSE(token.ok());
    EXPECT_EQ(token.error().kind, ErrorKind::Credentials);
}

}  // namespace
}  // namespace paimon
