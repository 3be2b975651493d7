// Creating a table: keys, ids, options and defaults normalised and checked as Java does.

#include <gtest/gtest.h>

#include "core/schema/SchemaRules.h"
#include "tests/core/SchemaRulesFixture.h"
#include "tests/support/SchemaTestUtil.h"

namespace paimon {
namespace {

using namespace schema_test;

TEST(SchemaRulesCreate, NormalizesKeysAndIds) {
    TableSchema t = orders();
    EXPECT_EQ(t.id, 0);
    EXPECT_EQ(t.version, 3);
    EXPECT_EQ(t.timeMillis, 1000);
    EXPECT_EQ(t.highestFieldId, 21);  // m's nested ROW holds ids 20 and 21
    EXPECT_FALSE(fieldNamed(t.fields, "id").type.nullable());
    EXPECT_FALSE(fieldNamed(t.fields, "dt").type.nullable());
    EXPECT_TRUE(fieldNamed(t.fields, "name").type.nullable());
}

TEST(SchemaRulesCreate, KeyOptionsBecomeKeyLists) {
    Schema s;
    s.fields = {column(0, "a", "INT"), column(1, "b", "INT"), column(2, "p", "STRING")};
    s.options = {{"primary-key", " a , b"}, {"partition", "p"}};
    auto t = newTableSchema(s, kCtx, 0);
    ASSERT_TRUE(t.ok()) << t.error().message;
    EXPECT_EQ(t->primaryKeys, (std::vector<std::string>{"a", "b"}));
    EXPECT_EQ(t->partitionKeys, (std::vector<std::string>{"p"}));
    EXPECT_FALSE(t->options.count("primary-key"));
    EXPECT_FALSE(t->options.count("partition"));

    s.primaryKeys = {"a"};
    expectRejected(newTableSchema(s, kCtx, 0), ErrorKind::BadRequest,
                   "Cannot define primary key on DDL and table options at the same time");
}

TEST(SchemaRulesCreate, PrimaryKeyNullableOption) {
    Schema s;
    s.fields = {column(0, "a", "INT NOT NULL"), column(1, "b", "INT")};
    s.primaryKeys = {"a"};
    s.options = {{"primary-key.nullable", "true"}};
    auto t = newTableSchema(s, kCtx, 0);
    ASSERT_TRUE(t.ok()) << t.error().message;
    EXPECT_TRUE(t->fields[0].type.nullable());

    s.primaryKeys.clear();
    expectRejected(newTableSchema(s, kCtx, 0), ErrorKind::BadRequest, "primary-key.nullable");
}

struct CreateCase {
    const char* name;
    std::function<void(Schema&)> edit;
    const char* message;
};

class SchemaRulesCreateRejects : public ::testing::TestWithParam<CreateCase> {};

TEST_P(SchemaRulesCreateRejects, WithAMessageNamingTheRule) {
    Schema s = ordersSchema();
    GetParam().edit(s);
    expectRejected(newTableSchema(s, kCtx, 0), ErrorKind::BadRequest, GetParam().message);
}

INSTANTIATE_TEST_SUITE_P(
    Rules, SchemaRulesCreateRejects,
    ::testing::Values(
        CreateCase{"DuplicateColumn", [](Schema& s) { s.fields[2].name = "id"; },
                   "must not contain duplicate fields"},
        CreateCase{"BlankColumn", [](Schema& s) { s.fields[2].name = "  "; }, "non-whitespace"},
        CreateCase{
            "DuplicateNested",
            [](Schema& s) {
                s.fields[3].type = DataType::row({column(10, "a", "INT"), column(11, "a", "INT")});
            },
            "Field names must be unique"},
        CreateCase{"DuplicateId", [](Schema& s) { s.fields[2].id = 0; },
                   "field id 0 is duplicated"},
        CreateCase{"PartitionNotAColumn", [](Schema& s) { s.partitionKeys = {"nope"}; },
                   "should include all partition fields"},
        CreateCase{"DuplicatePartition",
                   [](Schema& s) {
                       s.partitionKeys = {"dt", "dt"};
                   },
                   "must not contain duplicate columns"},
        CreateCase{"PrimaryKeyNotAColumn",
                   [](Schema& s) {
                       s.primaryKeys = {"id", "x"};
                   },
                   "should include all primary key constraint"},
        CreateCase{"PrimaryKeySameAsPartition", [](Schema& s) { s.primaryKeys = {"dt"}; },
                   "should not be same with partition fields"},
        CreateCase{"NestedPrimaryKey",
                   [](Schema& s) {
                       s.primaryKeys = {"addr", "dt"};
                   },
                   "The type ROW in primary key field addr is unsupported"},
        CreateCase{"NestedPartition",
                   [](Schema& s) {
                       s.partitionKeys = {"tags"};
                       s.primaryKeys = {"id", "tags"};
                   },
                   "is unsupported"},
        CreateCase{"ReservedName", [](Schema& s) { s.fields[2].name = "rowkind"; },
                   "Field name[rowkind] in schema cannot be exist"},
        CreateCase{"ReservedPrefix", [](Schema& s) { s.fields[2].name = "_KEY_name"; },
                   "cannot start with [_KEY_]"},
        CreateCase{"BucketZero", [](Schema& s) { s.options["bucket"] = "0"; },
                   "The number of buckets needs to be greater than 0."},
        CreateCase{"BucketNotANumber", [](Schema& s) { s.options["bucket"] = "abc"; },
                   "Could not parse value 'abc' for key 'bucket'"},
        CreateCase{"BucketKeyWithDynamicBucket",
                   [](Schema& s) {
                       s.options["bucket"] = "-1";
                       s.options["bucket-key"] = "id";
                   },
                   "Cannot define 'bucket-key' with bucket = -1"},
        CreateCase{"BucketKeyOutsidePrimaryKey",
                   [](Schema& s) { s.options["bucket-key"] = "name"; },
                   "should contain all bucket keys"},
        CreateCase{"BucketKeyInPartition", [](Schema& s) { s.options["bucket-key"] = "dt"; },
                   "should not be in partition keys"},
        CreateCase{"FixedBucketAppendWithoutKey",
                   [](Schema& s) {
                       s.primaryKeys.clear();
                       s.partitionKeys.clear();
                   },
                   "You should define a 'bucket-key' for bucketed append mode."},
        CreateCase{"PostponeWithoutPrimaryKey",
                   [](Schema& s) {
                       s.primaryKeys.clear();
                       s.options["bucket"] = "-2";
                   },
                   "bucket = -2"},
        CreateCase{"FieldsOptionUnknownColumn",
                   [](Schema& s) { s.options["fields.nope.aggregate-function"] = "sum"; },
                   "Field nope (option 'fields.nope.aggregate-function') can not be found"},
        CreateCase{"SequenceFieldUnknown", [](Schema& s) { s.options["sequence.field"] = "x"; },
                   "Sequence field: 'x' can not be found"},
        CreateCase{"SequenceFieldTwice",
                   [](Schema& s) { s.options["sequence.field"] = "name,name"; },
                   "is defined repeatedly"},
        CreateCase{"SequenceFieldFirstRow",
                   [](Schema& s) {
                       s.options["sequence.field"] = "name";
                       s.options["merge-engine"] = "first-row";
                   },
                   "FIRST_ROW"},
        CreateCase{"SequenceFieldCrossPartition",
                   [](Schema& s) {
                       s.primaryKeys = {"id"};
                       s.options["sequence.field"] = "name";
                       s.options.erase("bucket");
                   },
                   "cross partition update"},
        CreateCase{"ChangelogWithoutPrimaryKey",
                   [](Schema& s) {
                       s.primaryKeys.clear();
                       s.options = {{"changelog-producer", "input"}};
                   },
                   "Can not set changelog-producer on table without primary keys"},
        CreateCase{"UnknownMergeEngine", [](Schema& s) { s.options["merge-engine"] = "x"; },
                   "for key 'merge-engine'"},
        CreateCase{"RetainedMin", [](Schema& s) { s.options["snapshot.num-retained.min"] = "0"; },
                   "retained snapshots must be >= 1"},
        CreateCase{"RetainedMinAboveMax",
                   [](Schema& s) {
                       s.options["snapshot.num-retained.min"] = "5";
                       s.options["snapshot.num-retained.max"] = "2";
                   },
                   "must be <= the maximum"},
        CreateCase{"TimeFieldType",
                   [](Schema& s) { s.options["record-level.time-field"] = "name"; },
                   "record level time field type"},
        CreateCase{"RowkindFieldMissing", [](Schema& s) { s.options["rowkind.field"] = "rk"; },
                   "Rowkind field: 'rk'"},
        CreateCase{"DeletionVectorsFullCompaction",
                   [](Schema& s) {
                       s.options["deletion-vectors.enabled"] = "true";
                       s.options["changelog-producer"] = "full-compaction";
                   },
                   "Deletion vectors mode"},
        CreateCase{"RowTrackingWithPrimaryKey",
                   [](Schema& s) { s.options["row-tracking.enabled"] = "true"; },
                   "row-tracking.enabled"},
        CreateCase{"DataEvolutionWithoutRowTracking",
                   [](Schema& s) {
                       s.primaryKeys.clear();
                       s.options = {{"data-evolution.enabled", "true"}};
                   },
                   "requires 'row-tracking.enabled'"},
        CreateCase{"AutoCreate", [](Schema& s) { s.options["auto-create"] = "true"; },
                   "auto-create"},
        CreateCase{"TargetFileRowNum", [](Schema& s) { s.options["target-file-row-num"] = "0"; },
                   "target-file-row-num"},
        CreateCase{"PathOption", [](Schema& s) { s.options["path"] = "/tmp/x"; }, "table path"},
        CreateCase{"FormatTable", [](Schema& s) { s.options["type"] = "format-table"; },
                   "format-table"},
        CreateCase{"BadDefault", [](Schema& s) { s.fields[6].defaultValue = "12x"; },
                   "Unsupported default value '12x' for type DECIMAL(10, 2)"},
        CreateCase{"DefaultTooWide", [](Schema& s) { s.fields[6].defaultValue = "123456789"; },
                   "Unsupported default value"},
        CreateCase{"Directive", [](Schema& s) { s.fields[2].description = "__BLOB_FIELD"; },
                   "column directives"}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(SchemaRulesCreate, AcceptsGoodDefaults) {
    Schema s = ordersSchema();
    s.fields[6].defaultValue = "'12.5'";
    s.fields[2].defaultValue = "anything";
    s.fields.push_back(column(7, "flag", "BOOLEAN"));
    s.fields.back().defaultValue = "true";
    s.fields.push_back(column(8, "day", "DATE"));
    s.fields.back().defaultValue = "2024-02-29";
    s.fields.push_back(column(9, "ts", "TIMESTAMP(3)"));
    s.fields.back().defaultValue = "2024-02-29 12:30:00.123";
    auto t = newTableSchema(s, kCtx, 0);
    EXPECT_TRUE(t.ok()) << t.error().message;
}

// ---- alter (FORMAT.md §6) ----

}  // namespace
}  // namespace paimon
