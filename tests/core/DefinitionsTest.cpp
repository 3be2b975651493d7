#include <gtest/gtest.h>

#include "core/export/Definitions.h"
#include "core/json/Messages.h"
#include "tests/support/SchemaTestUtil.h"

namespace paimon {
namespace {

using testing::column;

Schema sample() {
    Schema s;
    s.fields = {
        column(0, "id", "BIGINT NOT NULL", "the key"),
        column(1, "we`ird", "STRING", "it's a \\ test"),
        column(2, "addr", "ROW<city STRING 'city name', zip INT NOT NULL>", std::nullopt, 3),
        column(5, "at", "TIME(3)"), column(6, "dt", "STRING NOT NULL")};
    s.fields[3].defaultValue = "'12:00:00'";
    s.fields[1].defaultValue = "'n/a'";
    s.primaryKeys = {"id", "dt"};
    s.partitionKeys = {"dt"};
    s.options = {{"bucket", "2"}, {"path", "file:/somewhere"}, {"note", "o'k"}};
    s.comment = "Sample's table";
    return s;
}

const Identifier kId{"my db", "t"};

TEST(Definitions, FlinkSql) {
    EXPECT_EQ(renderFlinkSql(kId, sample()), R"j(CREATE TABLE `my db`.`t` (
  `id` BIGINT NOT NULL COMMENT 'the key',
  `we``ird` STRING COMMENT 'it''s a \ test',
  `addr` ROW<`city` STRING 'city name', `zip` INT NOT NULL>,
  `at` TIME(3),
  `dt` STRING NOT NULL,
  PRIMARY KEY (`id`, `dt`) NOT ENFORCED
)
COMMENT 'Sample''s table'
PARTITIONED BY (`dt`)
WITH (
  'bucket' = '2',
  'note' = 'o''k',
  'fields.we`ird.default-value' = 'n/a',
  'fields.at.default-value' = '12:00:00'
);
)j");
}

TEST(Definitions, SparkSql) {
    EXPECT_EQ(renderSparkSql(kId, sample()),
              R"j(-- note: column at is TIME(3), which Spark SQL has no type for; written as STRING
CREATE TABLE `my db`.`t` (
  `id` BIGINT NOT NULL COMMENT 'the key',
  `we``ird` STRING DEFAULT 'n/a' COMMENT 'it\'s a \\ test',
  `addr` STRUCT<`city`: STRING COMMENT 'city name', `zip`: INT NOT NULL>,
  `at` STRING DEFAULT '12:00:00',
  `dt` STRING NOT NULL
)
PARTITIONED BY (`dt`)
COMMENT 'Sample\'s table'
TBLPROPERTIES (
  'primary-key' = 'id,dt',
  'bucket' = '2',
  'note' = 'o\'k'
);
)j");
}

TEST(Definitions, NotesForTypesFlinkLacks) {
    Schema s;
    s.fields = {column(0, "v", "VECTOR<FLOAT, 4>"), column(1, "g", "GEOMETRY")};
    std::string sql = renderFlinkSql({"d", "t"}, s);
    EXPECT_NE(sql.find("-- note: column v is VECTOR<FLOAT, 4>"), std::string::npos) << sql;
    EXPECT_NE(sql.find("`v` ARRAY<FLOAT>"), std::string::npos) << sql;
    EXPECT_NE(sql.find("`g` BYTES"), std::string::npos) << sql;
}

TEST(Definitions, SparkSpellsTheAtomicTypes) {
    Schema s;
    const char* types[][2] = {{"CHAR(10)", "CHAR(10)"},
                              {"VARCHAR(100)", "VARCHAR(100)"},
                              {"STRING", "STRING"},
                              {"BOOLEAN", "BOOLEAN"},
                              {"BINARY(16)", "BINARY"},
                              {"DECIMAL(38, 10)", "DECIMAL(38, 10)"},
                              {"TINYINT", "TINYINT"},
                              {"FLOAT", "FLOAT"},
                              {"DATE", "DATE"},
                              {"TIMESTAMP(6)", "TIMESTAMP_NTZ"},
                              {"TIMESTAMP_LTZ(3)", "TIMESTAMP"},
                              {"VARIANT", "VARIANT"},
                              {"MULTISET<INT>", "MAP<INT, INT>"}};
    for (int i = 0; i < 13; ++i)
        s.fields.push_back(column(i, "c" + std::to_string(i), types[i][0]));
    std::string sql = renderSparkSql({"d", "t"}, s);
    for (int i = 0; i < 13; ++i) {
        std::string line = "`c" + std::to_string(i) + "` " + types[i][1] + (i < 12 ? ",\n" : "\n");
        EXPECT_NE(sql.find(line), std::string::npos) << types[i][0] << " in\n" << sql;
    }
}

TEST(Definitions, PaimonJsonIsACreateTableRequest) {
    std::string json = renderPaimonJson(kId, sample());
    auto request = codec::decodeCreateTableRequest(json);
    ASSERT_TRUE(request.ok()) << request.error().message;
    EXPECT_EQ(request->identifier, kId);
    Schema expected = sample();
    expected.options.erase("path");
    EXPECT_EQ(request->schema, expected);
}

TEST(Definitions, Formats) {
    EXPECT_EQ(parseDefinitionFormat("flink"), DefinitionFormat::FlinkSql);
    EXPECT_EQ(parseDefinitionFormat("spark"), DefinitionFormat::SparkSql);
    EXPECT_EQ(parseDefinitionFormat("json"), DefinitionFormat::PaimonJson);
    EXPECT_FALSE(parseDefinitionFormat("hive"));
    EXPECT_STREQ(definitionFileExtension(DefinitionFormat::PaimonJson), "json");
    EXPECT_STREQ(definitionFileExtension(DefinitionFormat::SparkSql), "sql");
    EXPECT_EQ(renderDefinition(DefinitionFormat::FlinkSql, kId, sample()),
              renderFlinkSql(kId, sample()));
}

}  // namespace
}  // namespace paimon
