#include <gtest/gtest.h>

#include "core/schema/SchemaRules.h"
#include "tests/core/SchemaRulesFixture.h"
#include "tests/support/SchemaTestUtil.h"

namespace paimon {
namespace {

using namespace schema_test;

TEST(SchemaRulesAlter, AddColumnTakesNextIdsDepthFirst) {
    auto t = alter({change::AddColumn{
        {"extra"}, sqlType("ROW<a INT, b ROW<c INT>>", 500), "new", Move::after("extra", "name")}});
    ASSERT_TRUE(t.ok()) << t.error().message;
    EXPECT_EQ(t->id, 1);
    EXPECT_EQ(t->timeMillis, 2000);
    const DataField& extra = t->fields[3];
    EXPECT_EQ(extra.name, "extra");
    EXPECT_EQ(extra.id, 22);
    EXPECT_EQ(extra.type.fields()[0].id, 23);
    EXPECT_EQ(extra.type.fields()[1].id, 24);
    EXPECT_EQ(extra.type.fields()[1].type.fields()[0].id, 25);
    EXPECT_EQ(t->highestFieldId, 25);
    EXPECT_EQ(extra.description, "new");
}

TEST(SchemaRulesAlter, IdsAreNeverReused) {
    auto t = alter({change::DropColumn{{"amount"}},
                    change::AddColumn{{"amount"}, sqlType("INT"), std::nullopt, std::nullopt}});
    ASSERT_TRUE(t.ok()) << t.error().message;
    EXPECT_EQ(fieldNamed(t->fields, "amount").id, 22);
    EXPECT_EQ(t->highestFieldId, 22);
}

TEST(SchemaRulesAlter, NestedPathsThroughRowsArraysAndMaps) {
    auto t = alter({
        change::AddColumn{
            {"addr", "street"}, sqlType("STRING"), std::nullopt, Move::first("street")},
        change::RenameColumn{{"m", "value", "f1"}, "g1"},
        change::UpdateColumnType{{"tags", "element"}, sqlType("BIGINT"), true},
        change::UpdateColumnNullability{{"addr", "zip"}, false},
    });
    // zip becoming NOT NULL is refused by default.
    expectRejected(t, ErrorKind::BadRequest, "alter-column-null-to-not-null.disabled");

    t = alter({
        change::AddColumn{
            {"addr", "street"}, sqlType("STRING"), std::nullopt, Move::first("street")},
        change::RenameColumn{{"m", "value", "f1"}, "g1"},
        change::UpdateColumnType{{"tags", "element"}, sqlType("BIGINT"), true},
        change::UpdateColumnComment{{"addr", "city"}, "the city"},
    });
    ASSERT_TRUE(t.ok()) << t.error().message;
    const DataType& addr = fieldNamed(t->fields, "addr").type;
    EXPECT_EQ(addr.fields()[0].name, "street");
    EXPECT_EQ(addr.fields()[1].description, "the city");
    EXPECT_EQ(fieldNamed(t->fields, "tags").type.sql(), "ARRAY<BIGINT>");
    EXPECT_EQ(fieldNamed(t->fields, "m").type.value().fields()[0].name, "g1");
    EXPECT_EQ(fieldNamed(t->fields, "m").type.value().fields()[0].id, 20);
}

TEST(SchemaRulesAlter, RenameRewritesKeysAndOptions) {
    TableSchema base = orders();
    base.options["bucket-key"] = "id";
    base.options["sequence.field"] = "amount";
    base.options["fields.name,amount.sequence-group"] = "amount";
    auto t = applySchemaChanges(
        base, {change::RenameColumn{{"id"}, "order_id"}, change::RenameColumn{{"amount"}, "total"}},
        kCtx, 0);
    ASSERT_TRUE(t.ok()) << t.error().message;
    EXPECT_EQ(t->primaryKeys, (std::vector<std::string>{"order_id", "dt"}));
    EXPECT_EQ(t->options.at("bucket-key"), "order_id");
    EXPECT_EQ(t->options.at("sequence.field"), "total");
    EXPECT_EQ(t->options.at("fields.name,total.sequence-group"), "total");
    EXPECT_EQ(fieldNamed(t->fields, "order_id").id, 0);
}

TEST(SchemaRulesAlter, OptionsAndComment) {
    auto t = alter({change::SetOption{"snapshot.time-retained", "2h"},
                    change::RemoveOption{"bucket"}, change::UpdateComment{std::nullopt}});
    ASSERT_TRUE(t.ok()) << t.error().message;
    EXPECT_EQ(t->options.at("snapshot.time-retained"), "2h");
    EXPECT_FALSE(t->options.count("bucket"));
    EXPECT_FALSE(t->comment.has_value());
}

TEST(SchemaRulesAlter, MovesFollowJava) {
    auto t = alter({change::UpdateColumnPosition{Move::after("id", "amount")}});
    ASSERT_TRUE(t.ok()) << t.error().message;
    EXPECT_EQ(t->fields.back().name, "id");
    t = alter({change::UpdateColumnPosition{Move::before("amount", "dt")}});
    ASSERT_TRUE(t.ok()) << t.error().message;
    EXPECT_EQ(t->fields[1].name, "amount");
    t = alter({change::UpdateColumnPosition{Move::last("id")}});
    ASSERT_TRUE(t.ok()) << t.error().message;
    EXPECT_EQ(t->fields.back().name, "id");
}

TEST(SchemaRulesAlter, DropPrimaryKeyKeepsNotNull) {
    // Without a primary key, a fixed bucket needs a bucket-key.
    expectRejected(alter({change::DropPrimaryKey{}}), ErrorKind::BadRequest,
                   "You should define a 'bucket-key' for bucketed append mode.");
    auto t = alter({change::DropPrimaryKey{}, change::RemoveOption{"bucket"}});
    ASSERT_TRUE(t.ok()) << t.error().message;
    EXPECT_TRUE(t->primaryKeys.empty());
    EXPECT_FALSE(fieldNamed(t->fields, "id").type.nullable());
}

TEST(SchemaRulesAlter, PrimaryKeyOptionAddsAKeyOnlyWhenThereIsNone) {
    TableSchema base = orders();
    base.primaryKeys.clear();
    base.options = {};
    auto t = applySchemaChanges(base, {change::SetOption{"primary-key", "id,dt"}}, kCtx, 0);
    ASSERT_TRUE(t.ok()) << t.error().message;
    EXPECT_EQ(t->primaryKeys, (std::vector<std::string>{"id", "dt"}));
    EXPECT_FALSE(t->options.count("primary-key"));

    expectRejected(alter({change::SetOption{"primary-key", "id,name"}}), ErrorKind::BadRequest,
                   "Cannot define primary key on DDL and table options at the same time.");
    // The same key list is a no-op.
    EXPECT_TRUE(alter({change::SetOption{"primary-key", "id,dt"}}).ok());
}

TEST(SchemaRulesAlter, TypeChangesFollowTheCastTable) {
    EXPECT_TRUE(alter({change::UpdateColumnType{{"amount"}, sqlType("DECIMAL(5, 2)"), true}}).ok());
    EXPECT_TRUE(alter({change::UpdateColumnType{{"name"}, sqlType("INT"), false}}).ok());
    expectRejected(alter({change::UpdateColumnType{{"tags"}, sqlType("ARRAY<BIGINT>"), false}}),
                   ErrorKind::BadRequest, "cannot be converted to ARRAY<BIGINT>");
    TableSchema base = orders();
    base.options["disable-explicit-type-casting"] = "true";
    expectRejected(
        applySchemaChanges(base, {change::UpdateColumnType{{"amount"}, sqlType("INT"), false}},
                           kCtx, 0),
        ErrorKind::BadRequest, "without losing information");
    EXPECT_TRUE(applySchemaChanges(
                    base, {change::UpdateColumnType{{"amount"}, sqlType("DOUBLE"), false}}, kCtx, 0)
                    .ok());
}

TEST(SchemaRulesAlter, NullToNotNullWhenAllowed) {
    TableSchema base = orders();
    base.options["alter-column-null-to-not-null.disabled"] = "false";
    auto t = applySchemaChanges(base, {change::UpdateColumnNullability{{"name"}, false}}, kCtx, 0);
    ASSERT_TRUE(t.ok()) << t.error().message;
    EXPECT_FALSE(fieldNamed(t->fields, "name").type.nullable());
}

TEST(SchemaRulesAlter, DefaultMustFitTheNewType) {
    TableSchema base = orders();
    base.fields[2].defaultValue = "bob";
    expectRejected(applySchemaChanges(
                       base, {change::UpdateColumnType{{"name"}, sqlType("INT"), true}}, kCtx, 0),
                   ErrorKind::BadRequest, "Unsupported default value 'bob' for type INT");
}

struct AlterCase {
    const char* name;
    std::vector<SchemaChange> changes;
    ErrorKind kind;
    const char* message;
    bool snapshots = false;
};

class SchemaRulesAlterRejects : public ::testing::TestWithParam<AlterCase> {};

TEST_P(SchemaRulesAlterRejects, WithAMessageNamingTheRule) {
    const AlterCase& c = GetParam();
    expectRejected(alter(c.changes, c.snapshots ? kWithSnapshots : kCtx), c.kind, c.message);
}

const ErrorKind kBad = ErrorKind::BadRequest;

INSTANTIATE_TEST_SUITE_P(
    Rules, SchemaRulesAlterRejects,
    ::testing::Values(
        AlterCase{"ChangeType",
                  {change::SetOption{"type", "format-table"}},
                  kBad,
                  "Change 'type' is not supported yet."},
        AlterCase{"RemoveType", {change::RemoveOption{"type"}}, kBad, "Change 'type'"},
        AlterCase{"ImmutableWithSnapshots",
                  {change::SetOption{"merge-engine", "first-row"}},
                  kBad,
                  "Change 'merge-engine' is not supported yet.",
                  true},
        AlterCase{
            "RemoveImmutableWithSnapshots",
            {change::SetOption{"merge-engine", "first-row"}, change::RemoveOption{"merge-engine"}},
            kBad,
            "Change 'merge-engine'",
            true},
        AlterCase{
            "ResetBucket", {change::RemoveOption{"bucket"}}, kBad, "Cannot reset bucket.", true},
        AlterCase{"BucketToDynamic",
                  {change::SetOption{"bucket", "-1"}},
                  kBad,
                  "Cannot change bucket to -1.",
                  true},
        AlterCase{"DeletionVectors",
                  {change::SetOption{"deletion-vectors.enabled", "true"}},
                  kBad,
                  "deletion-vectors.modifiable",
                  true},
        AlterCase{"IgnoreDeleteBack",
                  {change::SetOption{"ignore-delete", "true"},
                   change::SetOption{"ignore-delete", "false"}},
                  kBad,
                  "from true to false",
                  true},
        AlterCase{"DropPrimaryKeyWithSnapshots",
                  {change::DropPrimaryKey{}},
                  kBad,
                  "Cannot drop primary keys on a non-empty table.",
                  true},
        AlterCase{"AddNotNull",
                  {change::AddColumn{{"x"}, DataType().notNull(), std::nullopt, std::nullopt}},
                  kBad,
                  "Column x cannot specify NOT NULL in the db.orders table."},
        AlterCase{"AddExisting",
                  {change::AddColumn{{"name"}, DataType(), std::nullopt, std::nullopt}},
                  ErrorKind::AlreadyExists,
                  "Column name already exists in the db.orders table."},
        AlterCase{"AddUnderMissingParent",
                  {change::AddColumn{{"nope", "x"}, DataType(), std::nullopt, std::nullopt}},
                  ErrorKind::NotFound,
                  "Column nope does not exist"},
        AlterCase{"AddAfterMissing",
                  {change::AddColumn{{"x"}, DataType(), std::nullopt, Move::after("x", "nope")}},
                  ErrorKind::NotFound,
                  "Column nope does not exist"},
        AlterCase{"AddNestedDirective",
                  {change::AddColumn{{"addr", "b"}, DataType(), "__BLOB_FIELD", std::nullopt}},
                  kBad,
                  "Comment directive cannot be used on a nested column addr.b."},
        AlterCase{"RenamePartition",
                  {change::RenameColumn{{"dt"}, "day"}},
                  kBad,
                  "Cannot rename partition column: [dt]"},
        AlterCase{"RenameMissing",
                  {change::RenameColumn{{"addr", "nope"}, "x"}},
                  ErrorKind::NotFound,
                  "Column addr.nope does not exist"},
        AlterCase{"RenameOntoExisting",
                  {change::RenameColumn{{"name"}, "amount"}},
                  ErrorKind::AlreadyExists,
                  "Column amount already exists"},
        AlterCase{"RenameToReserved",
                  {change::RenameColumn{{"name"}, "_LEVEL"}},
                  kBad,
                  "Field name[_LEVEL]"},
        AlterCase{"DropPartition",
                  {change::DropColumn{{"dt"}}},
                  kBad,
                  "Cannot drop partition key or primary key: [dt]"},
        AlterCase{"DropPrimaryKeyColumn",
                  {change::DropColumn{{"id"}}},
                  kBad,
                  "Cannot drop partition key or primary key: [id]"},
        AlterCase{"DropMissing",
                  {change::DropColumn{{"nope"}}},
                  ErrorKind::NotFound,
                  "Column nope does not exist in the db.orders table."},
        AlterCase{"DropLastNested",
                  {change::DropColumn{{"addr", "city"}}, change::DropColumn{{"addr", "zip"}}},
                  kBad,
                  "Cannot drop all fields in table"},
        AlterCase{"RetypePartition",
                  {change::UpdateColumnType{{"dt"}, DataType(), false}},
                  kBad,
                  "Cannot update partition column: [dt]"},
        AlterCase{"RetypePrimaryKey",
                  {change::UpdateColumnType{{"id"}, DataType::string(), false}},
                  kBad,
                  "Cannot update primary key"},
        AlterCase{"RetypeToNotNull",
                  {change::UpdateColumnType{{"name"}, DataType::string().notNull(), false}},
                  kBad,
                  "Cannot update column type from nullable to non nullable for name"},
        AlterCase{"RetypeRowToRow",
                  {change::UpdateColumnType{{"addr"}, sqlType("ROW<city STRING>"), true}},
                  kBad,
                  "without losing information"},
        AlterCase{"NullablePrimaryKey",
                  {change::UpdateColumnNullability{{"id"}, true}},
                  kBad,
                  "Cannot change nullability of primary key"},
        AlterCase{"NullabilityMissing",
                  {change::UpdateColumnNullability{{"x", "y"}, true}},
                  ErrorKind::NotFound,
                  "Column x does not exist"},
        AlterCase{"CommentDirective",
                  {change::UpdateColumnComment{{"name"}, "__VECTOR_FIELD;4"}},
                  kBad,
                  "column directives"},
        AlterCase{"CommentMissing",
                  {change::UpdateColumnComment{{"nope"}, "c"}},
                  ErrorKind::NotFound,
                  "Column nope does not exist"},
        AlterCase{"BadDefault",
                  {change::UpdateColumnDefaultValue{{"amount"}, "abc"}},
                  kBad,
                  "Unsupported default value 'abc'"},
        AlterCase{"MoveMissing",
                  {change::UpdateColumnPosition{Move::first("nope")}},
                  kBad,
                  "Field name not found: nope"},
        AlterCase{"MoveRefMissing",
                  {change::UpdateColumnPosition{Move::after("id", "nope")}},
                  kBad,
                  "Reference field name not found: nope"},
        AlterCase{"MoveFirstWhenFirst",
                  {change::UpdateColumnPosition{Move::first("id")}},
                  kBad,
                  "Cannot move itself for column id"},
        AlterCase{"MoveLastWhenLast",
                  {change::UpdateColumnPosition{Move::last("amount")}},
                  kBad,
                  "Cannot move itself for column amount"},
        AlterCase{"MoveOntoItself",
                  {change::UpdateColumnPosition{Move::after("name", "name")}},
                  kBad,
                  "Cannot move itself for column name"},
        AlterCase{"EmptyPath", {change::DropColumn{{}}}, kBad, "names no column"},
        AlterCase{"AlterBreaksValidation",
                  {change::SetOption{"bucket", "0"}},
                  kBad,
                  "The number of buckets needs to be greater than 0."}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(SchemaRulesAlter, ImmutableOptionsAreFreeWithoutSnapshots) {
    auto t =
        alter({change::SetOption{"merge-engine", "first-row"}, change::RemoveOption{"bucket"}});
    ASSERT_TRUE(t.ok()) << t.error().message;
    EXPECT_EQ(t->options.at("merge-engine"), "first-row");
    // Same value is not a change, even with snapshots.
    EXPECT_TRUE(alter({change::SetOption{"bucket", "4"}}, kWithSnapshots).ok());
    // Rescaling between positive counts is allowed.
    EXPECT_TRUE(alter({change::SetOption{"bucket", "8"}}, kWithSnapshots).ok());
}

TEST(SchemaRulesAlter, OldSchemaIsUntouchedOnFailure) {
    TableSchema before = orders();
    TableSchema copy = before;
    auto t = applySchemaChanges(
        copy, {change::RenameColumn{{"name"}, "n2"}, change::DropColumn{{"nope"}}}, kCtx, 0);
    EXPECT_FALSE(t.ok());
    EXPECT_EQ(copy, before);
}

TEST(TypeCasts, FollowsTheDerivedTable) {
    auto can = [](const char* a, const char* b, bool explicitOk = true) {
        return canChangeColumnType(sqlType(a), sqlType(b), explicitOk);
    };
    EXPECT_TRUE(can("VARCHAR(10)", "VARCHAR(5)"));
    EXPECT_TRUE(can("BIGINT", "INT"));
    EXPECT_FALSE(can("BIGINT", "INT", false));
    EXPECT_TRUE(can("INT", "BIGINT", false));
    EXPECT_TRUE(can("DATE", "STRING"));
    EXPECT_FALSE(can("DATE", "VARCHAR(10)"));
    EXPECT_FALSE(can("DATE", "DATE"));
    EXPECT_FALSE(can("BOOLEAN", "BOOLEAN"));
    EXPECT_TRUE(can("TIMESTAMP(3)", "DATE", false));
    EXPECT_TRUE(can("ARRAY<INT>", "STRING"));
    EXPECT_FALSE(can("ARRAY<INT>", "ARRAY<BIGINT>"));
    EXPECT_FALSE(can("VARIANT", "STRING"));
    EXPECT_FALSE(can("GEOMETRY", "STRING"));
    EXPECT_TRUE(can("BYTES", "STRING"));
    EXPECT_FALSE(can("BYTES", "INT"));
}

}  // namespace
}  // namespace paimon
