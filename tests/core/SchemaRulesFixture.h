#pragma once

// The schemas and checks the schema-rule tests share.

#include <gtest/gtest.h>

#include "core/schema/SchemaRules.h"
#include "tests/support/SchemaTestUtil.h"

namespace paimon::schema_test {

using testing::column;
using testing::sqlType;

inline const SchemaContext kCtx{"db", "orders", false};
inline const SchemaContext kWithSnapshots{"db", "orders", true};

inline Schema ordersSchema() {
    Schema s;
    s.fields = {
        column(0, "id", "BIGINT"),
        column(1, "dt", "STRING"),
        column(2, "name", "STRING", "customer name"),
        column(3, "addr", "ROW<city STRING, zip INT>", std::nullopt, 10),
        column(4, "tags", "ARRAY<INT>"),
        column(5, "m", "MAP<STRING, ROW<f1 INT, f2 STRING>>", std::nullopt, 20),
        column(6, "amount", "DECIMAL(10, 2)"),
    };
    s.partitionKeys = {"dt"};
    s.primaryKeys = {"id", "dt"};
    s.options = {{"bucket", "4"}};
    s.comment = "orders";
    return s;
}

inline TableSchema orders() {
    auto t = newTableSchema(ordersSchema(), kCtx, 1000);
    EXPECT_TRUE(t.ok()) << (t.ok() ? "" : t.error().message);
    return *t;
}

inline Result<TableSchema> alter(const std::vector<SchemaChange>& changes,
                                 const SchemaContext& ctx = kCtx) {
    return applySchemaChanges(orders(), changes, ctx, 2000);
}

inline void expectRejected(const Result<TableSchema>& r, ErrorKind kind, const std::string& text) {
    ASSERT_FALSE(r.ok()) << "expected a rejection mentioning: " << text;
    EXPECT_EQ(r.error().kind, kind) << r.error().message;
    EXPECT_NE(r.error().message.find(text), std::string::npos) << r.error().message;
}

inline const DataField& fieldNamed(const std::vector<DataField>& fields, const std::string& name) {
    for (const auto& f : fields)
        if (f.name == name) return f;
    ADD_FAILURE() << "no field " << name;
    static DataField none;
    return none;
}

}  // namespace paimon::schema_test
