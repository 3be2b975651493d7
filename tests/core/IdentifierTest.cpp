#include <gtest/gtest.h>

#include "core/model/Identifier.h"
#include "core/model/SchemaChange.h"
#include "core/types/TypeParser.h"

namespace paimon {
namespace {

TEST(Identifier, BranchesAndSystemTables) {
    Identifier plain{"db", "orders"};
    EXPECT_EQ(plain.tableName(), "orders");
    EXPECT_FALSE(plain.branchName().has_value());
    EXPECT_FALSE(plain.systemTableName().has_value());
    EXPECT_EQ(plain.fullName(), "db.orders");

    Identifier system{"db", "orders$snapshots"};
    EXPECT_EQ(system.tableName(), "orders");
    EXPECT_EQ(system.systemTableName(), "snapshots");
    EXPECT_FALSE(system.branchName().has_value());

    Identifier branch{"db", "orders$branch_dev"};
    EXPECT_EQ(branch.branchName(), "dev");
    EXPECT_FALSE(branch.systemTableName().has_value());

    Identifier both{"db", "orders$branch_dev$files"};
    EXPECT_EQ(both.branchName(), "dev");
    EXPECT_EQ(both.systemTableName(), "files");
}

TEST(SchemaChange, DescribedInWords) {
    DataType bigint = parseDataType("BIGINT").value();
    EXPECT_EQ(describeSchemaChange(change::AddColumn{{"c"}, bigint, "note", Move::after("c", "a")}),
              "Add column `c` BIGINT comment 'note' after `a`");
    EXPECT_EQ(describeSchemaChange(change::RenameColumn{{"addr", "city"}, "town"}),
              "Rename column `addr`.`city` to `town`");
    EXPECT_EQ(describeSchemaChange(change::UpdateColumnNullability{{"a"}, false}),
              "Make `a` NOT NULL");
    EXPECT_EQ(describeSchemaChange(change::UpdateComment{std::nullopt}),
              "Remove the table comment");
    EXPECT_EQ(describeSchemaChange(change::UpdateColumnPosition{Move::first("b")}),
              "Move column `b` first");
    EXPECT_EQ(schemaChangeAction(change::DropPrimaryKey{}), std::string("dropPrimaryKey"));
}

}  // namespace
}  // namespace paimon
