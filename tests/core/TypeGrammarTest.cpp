#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "core/types/TypeJson.h"
#include "core/types/TypeParser.h"

namespace paimon {
namespace {

DataType parse(const std::string& s) {
    Result<DataType> r = parseDataType(s);
    EXPECT_TRUE(r.ok()) << s << ": " << (r.ok() ? "" : r.error().message);
    return r.ok() ? r.value() : DataType();
}

std::string canonical(const std::string& s) {
    return parse(s).sql();
}

TypeParseFailure failure(const std::string& s) {
    TypeParseFailure f;
    Result<DataType> r = parseDataType(s, nullptr, &f);
    EXPECT_FALSE(r.ok()) << s << " parsed as " << (r.ok() ? r.value().sql() : "");
    if (!r.ok()) {
        EXPECT_NE(r.error().message.find("position " + std::to_string(f.position)),
                  std::string::npos)
            << r.error().message;
        EXPECT_EQ(r.error().kind, ErrorKind::BadRequest);
    }
    return f;
}

TEST(TypeGrammar, CanonicalFormOfEveryAtomicFamily) {
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"BOOLEAN", "BOOLEAN"},
        {"TINYINT", "TINYINT"},
        {"SMALLINT", "SMALLINT"},
        {"INT", "INT"},
        {"BIGINT", "BIGINT"},
        {"FLOAT", "FLOAT"},
        {"DOUBLE", "DOUBLE"},
        {"DATE", "DATE"},
        {"CHAR(10)", "CHAR(10)"},
        {"VARCHAR(20)", "VARCHAR(20)"},
        {"VARCHAR(2147483647)", "STRING"},
        {"STRING", "STRING"},
        {"BINARY(16)", "BINARY(16)"},
        {"VARBINARY(8)", "VARBINARY(8)"},
        {"VARBINARY(2147483647)", "BYTES"},
        {"BYTES", "BYTES"},
        {"DECIMAL(10, 2)", "DECIMAL(10, 2)"},
        {"TIME(0)", "TIME(0)"},
        {"TIMESTAMP(6)", "TIMESTAMP(6)"},
        {"TIMESTAMP(3) WITH LOCAL TIME ZONE", "TIMESTAMP(3) WITH LOCAL TIME ZONE"},
        {"VARIANT", "VARIANT"},
        {"BLOB", "BLOB"},
        {"GEOMETRY(OGC:CRS84)", "GEOMETRY(OGC:CRS84)"},
        {"GEOGRAPHY(OGC:CRS84, spherical)", "GEOGRAPHY(OGC:CRS84, spherical)"},
    };
    for (const auto& [in, out] : cases) {
        EXPECT_EQ(canonical(in), out) << in;
        EXPECT_EQ(canonical(in + " NOT NULL"), out + " NOT NULL") << in;
        // The canonical form parses back to the same type.
        EXPECT_EQ(parse(out), parse(in)) << in;
    }
}

TEST(TypeGrammar, EverySpellingTheJavaReaderAccepts) {
    EXPECT_EQ(canonical("integer"), "INT");
    EXPECT_EQ(canonical("Int"), "INT");
    EXPECT_EQ(canonical("NUMERIC(5, 1)"), "DECIMAL(5, 1)");
    EXPECT_EQ(canonical("DEC(7)"), "DECIMAL(7, 0)");
    EXPECT_EQ(canonical("DECIMAL"), "DECIMAL(10, 0)");
    EXPECT_EQ(canonical("DOUBLE PRECISION"), "DOUBLE");
    EXPECT_EQ(canonical("CHAR"), "CHAR(1)");
    EXPECT_EQ(canonical("VARCHAR"), "VARCHAR(1)");
    EXPECT_EQ(canonical("BINARY"), "BINARY(1)");
    EXPECT_EQ(canonical("VARBINARY"), "VARBINARY(1)");
    EXPECT_EQ(canonical("TIME"), "TIME(0)");
    EXPECT_EQ(canonical("TIME(3) WITHOUT TIME ZONE"), "TIME(3)");
    EXPECT_EQ(canonical("TIMESTAMP"), "TIMESTAMP(6)");
    EXPECT_EQ(canonical("TIMESTAMP WITHOUT TIME ZONE"), "TIMESTAMP(6)");
    EXPECT_EQ(canonical("TIMESTAMP(9) WITHOUT TIME ZONE"), "TIMESTAMP(9)");
    EXPECT_EQ(canonical("TIMESTAMP WITH LOCAL TIME ZONE"), "TIMESTAMP(6) WITH LOCAL TIME ZONE");
    EXPECT_EQ(canonical("TIMESTAMP_LTZ"), "TIMESTAMP(6) WITH LOCAL TIME ZONE");
    EXPECT_EQ(canonical("TIMESTAMP_LTZ(0)"), "TIMESTAMP(0) WITH LOCAL TIME ZONE");
    EXPECT_EQ(canonical("INT NULL"), "INT");
    EXPECT_EQ(canonical("  bigint   not   null  "), "BIGINT NOT NULL");
    EXPECT_EQ(canonical("INT ARRAY"), "ARRAY<INT>");
    EXPECT_EQ(canonical("INT NOT NULL ARRAY NOT NULL"), "ARRAY<INT NOT NULL> NOT NULL");
    EXPECT_EQ(canonical("STRING MULTISET"), "MULTISET<STRING>");
    EXPECT_EQ(canonical("GEOMETRY"), "GEOMETRY(OGC:CRS84)");
    EXPECT_EQ(canonical("GEOGRAPHY"), "GEOGRAPHY(OGC:CRS84, spherical)");
    EXPECT_EQ(canonical("GEOGRAPHY(OGC:CRS84, KARNEY)"), "GEOGRAPHY(OGC:CRS84, karney)");
    EXPECT_EQ(canonical("GEOMETRY('4326')"), "GEOMETRY('4326')");
    EXPECT_EQ(canonical("GEOMETRY('my crs')"), "GEOMETRY('my crs')");
}

TEST(TypeGrammar, NestedSqlForms) {
    EXPECT_EQ(canonical("ARRAY<INT>"), "ARRAY<INT>");
    EXPECT_EQ(canonical("MULTISET<STRING NOT NULL>"), "MULTISET<STRING NOT NULL>");
    EXPECT_EQ(canonical("MAP<STRING NOT NULL, INT> NOT NULL"),
              "MAP<STRING NOT NULL, INT> NOT NULL");
    EXPECT_EQ(canonical("VECTOR<FLOAT, 3>"), "VECTOR<FLOAT, 3>");
    EXPECT_EQ(canonical("ROW<a INT, `b c` STRING 'a comment', d ROW<e DATE>>"),
              "ROW<`a` INT, `b c` STRING 'a comment', `d` ROW<`e` DATE>>");
    EXPECT_EQ(canonical("ROW(a INT NOT NULL)"), "ROW<`a` INT NOT NULL>");
    EXPECT_EQ(canonical("ROW<>"), "ROW<>");
    EXPECT_EQ(canonical("ROW<`we``ird` INT 'it''s'>"), "ROW<`we``ird` INT 'it''s'>");
    // A keyword may be a field name inside ROW.
    EXPECT_EQ(canonical("ROW<date DATE>"), "ROW<`date` DATE>");
}

TEST(TypeGrammar, RowFieldsGetSequentialIds) {
    FieldIdCounter ids{9};
    Result<DataType> t = parseDataType("ROW<a INT, b ROW<c INT>, d INT>", &ids);
    ASSERT_TRUE(t.ok());
    const auto& fields = t->fields();
    ASSERT_EQ(fields.size(), 3u);
    EXPECT_EQ(fields[0].id, 10);
    EXPECT_EQ(fields[1].id, 11);
    EXPECT_EQ(fields[1].type.fields()[0].id, 12);
    EXPECT_EQ(fields[2].id, 13);
    EXPECT_EQ(ids.last, 13);
    EXPECT_EQ(t->highestFieldId(-1), 13);
}

TEST(TypeGrammar, DeepNestingRoundTrips) {
    std::string sql = "INT";
    for (int i = 0; i < 50; ++i) {
        sql = (i % 3 == 0)   ? "ARRAY<" + sql + ">"
              : (i % 3 == 1) ? "MAP<STRING, " + sql + ">"
                             : "ROW<f" + std::to_string(i) + " " + sql + ">";
    }
    DataType t = parse(sql);
    EXPECT_EQ(t.sql(), parse(t.sql()).sql());
    Result<DataType> back = dataTypeFromJsonText(dataTypeToJson(t).dump());
    ASSERT_TRUE(back.ok()) << back.error().message;
    EXPECT_EQ(back->sql(), t.sql());
}

TEST(TypeGrammar, HostileNestingIsRefusedNotACrash) {
    std::string sql;
    for (int i = 0; i < 100000; ++i)
        sql += "ARRAY<";
    TypeParseFailure f = failure(sql);
    EXPECT_NE(f.reason.find("nested"), std::string::npos);
}

TEST(TypeGrammar, BadInputSaysWhereAndWhy) {
    TypeParseFailure f = failure("DECIMAL(39, 2)");
    EXPECT_EQ(f.position, 8u);
    EXPECT_NE(f.reason.find("between 1 and 38"), std::string::npos) << f.reason;

    f = failure("DECIMAL(5, 6)");
    EXPECT_EQ(f.position, 11u);
    EXPECT_NE(f.reason.find("scale"), std::string::npos);

    f = failure("VARCHAR(0)");
    EXPECT_EQ(f.position, 8u);
    EXPECT_NE(f.reason.find("VARCHAR length"), std::string::npos);

    f = failure("CHAR(0)");
    EXPECT_NE(f.reason.find("CHAR length"), std::string::npos);

    f = failure("TIMESTAMP(10)");
    EXPECT_NE(f.reason.find("between 0 and 9"), std::string::npos);

    f = failure("MAP<STRING, INT");
    EXPECT_EQ(f.position, 15u);
    EXPECT_NE(f.reason.find("unexpected end"), std::string::npos);

    f = failure("ARRAY<INT>>");
    EXPECT_EQ(f.position, 10u);
    EXPECT_NE(f.reason.find("after the end"), std::string::npos);

    f = failure("DECIMAL(10, 2");
    EXPECT_NE(f.reason.find("')'"), std::string::npos);

    f = failure("INTEGR");
    EXPECT_EQ(f.position, 0u);
    EXPECT_NE(f.reason.find("unknown type 'INTEGR'"), std::string::npos);

    f = failure("INT NOT NULL garbage");
    EXPECT_EQ(f.position, 13u);

    f = failure("");
    EXPECT_NE(f.reason.find("empty"), std::string::npos);

    f = failure("VARCHAR(99999999999)");
    EXPECT_NE(f.reason.find("too large"), std::string::npos);

    f = failure("VECTOR<STRING, 3>");
    EXPECT_NE(f.reason.find("VECTOR elements"), std::string::npos);
    f = failure("VECTOR<FLOAT, 0>");
    EXPECT_NE(f.reason.find("VECTOR length"), std::string::npos);

    f = failure("ROW<a INT, a STRING>");
    EXPECT_NE(f.reason.find("duplicate"), std::string::npos);

    f = failure("INTERVAL");
    EXPECT_NE(f.reason.find("does not support"), std::string::npos);

    f = failure("TIMESTAMP WITH TIME ZONE");
    EXPECT_NE(f.reason.find("LOCAL"), std::string::npos);

    f = failure("GEOGRAPHY(OGC:CRS84, flat)");
    EXPECT_NE(f.reason.find("edge interpolation"), std::string::npos);

    f = failure("ROW<a INT 'unterminated>");
    EXPECT_NE(f.reason.find("unterminated"), std::string::npos);
}

TEST(TypeJson, AtomicTypesAreStringsNestedAreObjects) {
    EXPECT_EQ(dataTypeToJson(parse("INT NOT NULL")).dump(), "\"INT NOT NULL\"");
    EXPECT_EQ(dataTypeToJson(parse("ARRAY<VARCHAR(20)>")).dump(),
              R"j({"type":"ARRAY","element":"VARCHAR(20)"})j");
    EXPECT_EQ(dataTypeToJson(parse("MAP<STRING NOT NULL, INT> NOT NULL")).dump(),
              R"j({"type":"MAP NOT NULL","key":"STRING NOT NULL","value":"INT"})j");
    EXPECT_EQ(dataTypeToJson(parse("MULTISET<INT>")).dump(),
              R"j({"type":"MULTISET","element":"INT"})j");
    EXPECT_EQ(dataTypeToJson(parse("VECTOR<FLOAT, 3>")).dump(),
              R"j({"type":"VECTOR","element":"FLOAT","length":3})j");
    EXPECT_EQ(
        dataTypeToJson(parse("ROW<city STRING 'c', ts TIMESTAMP(3) WITH LOCAL TIME ZONE>")).dump(),
        R"j({"type":"ROW","fields":[{"id":0,"name":"city","type":"STRING","description":"c"},)j"
        R"j({"id":1,"name":"ts","type":"TIMESTAMP(3) WITH LOCAL TIME ZONE"}]})j");
}

TEST(TypeJson, EveryFamilyRoundTrips) {
    const char* types[] = {"BOOLEAN",
                           "TINYINT NOT NULL",
                           "SMALLINT",
                           "INT",
                           "BIGINT",
                           "FLOAT",
                           "DOUBLE",
                           "DATE",
                           "CHAR(3)",
                           "VARCHAR(9)",
                           "STRING NOT NULL",
                           "BINARY(2)",
                           "VARBINARY(4)",
                           "BYTES",
                           "DECIMAL(38, 38)",
                           "DECIMAL(1, 0)",
                           "TIME(9)",
                           "TIMESTAMP(0)",
                           "TIMESTAMP(9) WITH LOCAL TIME ZONE",
                           "VARIANT",
                           "BLOB",
                           "GEOMETRY('4326')",
                           "GEOGRAPHY(OGC:CRS84, vincenty) NOT NULL",
                           "ARRAY<ARRAY<INT NOT NULL>>",
                           "MULTISET<MAP<INT, STRING>>",
                           "MAP<ROW<a INT>, ARRAY<BYTES>>",
                           "ROW<a ROW<b ROW<c VECTOR<DOUBLE, 8>>>> NOT NULL",
                           "VECTOR<BOOLEAN, 1> NOT NULL"};
    for (const char* sql : types) {
        DataType t = parse(sql);
        std::string text = dataTypeToJson(t).dump();
        Result<DataType> back = dataTypeFromJsonText(text);
        ASSERT_TRUE(back.ok()) << sql << ": " << back.error().message;
        EXPECT_EQ(*back, t) << sql << " via " << text;
    }
}

TEST(TypeJson, ReadsLikeTheJavaParser) {
    // Nullability is "contains NOT NULL"; the family is "starts with".
    Result<DataType> t = dataTypeFromJsonText(R"j({"type":"ARRAY NOT NULL","element":"INT"})j");
    ASSERT_TRUE(t.ok());
    EXPECT_FALSE(t->nullable());
    // Fields without ids are numbered; a later id after a numbered one is refused.
    t = dataTypeFromJsonText(
        (R"j({"type":"ROW","fields":[{"name":"a","type":"INT"},{"name":"b","type":"INT"}]})j"));
    ASSERT_TRUE(t.ok());
    EXPECT_EQ(t->fields()[0].id, 0);
    EXPECT_EQ(t->fields()[1].id, 1);
    t = dataTypeFromJsonText((
        R"j({"type":"ROW","fields":[{"name":"a","type":"INT"},{"id":5,"name":"b","type":"INT"}]})j"));
    ASSERT_FALSE(t.ok());
    EXPECT_NE(t.error().message.find("partial field ids"), std::string::npos);
}

TEST(TypeJson, MalformedJsonTypesAreClearErrors) {
    auto message = [](const char* text) {
        Result<DataType> t = dataTypeFromJsonText(text);
        EXPECT_FALSE(t.ok()) << text;
        return t.ok() ? std::string() : t.error().message;
    };
    EXPECT_NE(message(R"j({"type":"ARRAY"})j").find("\"element\""), std::string::npos);
    EXPECT_NE(message(R"j({"type":"MAP","key":"INT"})j").find("\"value\""), std::string::npos);
    EXPECT_NE(message(R"j({"type":"ROW","fields":{}})j").find("array"), std::string::npos);
    EXPECT_NE(message(R"j({"type":"VECTOR","element":"FLOAT"})j").find("\"length\""),
              std::string::npos);
    EXPECT_NE(message(R"j({"type":"VECTOR","element":"FLOAT","length":0})j").find("between 1"),
              std::string::npos);
    EXPECT_NE(message(R"j({"type":"STRUCT"})j").find("unknown nested type"), std::string::npos);
    EXPECT_NE(message("42").find("string or an object"), std::string::npos);
    EXPECT_NE(message(R"j("DECIMAL(39, 2)")j").find("between 1 and 38"), std::string::npos);
    EXPECT_NE(message(R"j({"type":"ROW","fields":[{"name":"a"}]})j").find("\"type\""),
              std::string::npos);
}

}  // namespace
}  // namespace paimon
