#include "core/server/DemoWarehouse.h"

#include <filesystem>

#include "core/server/DemoHistory.h"
#include "core/server/DemoPartitions.h"
#include "core/server/DemoViews.h"
#include "core/types/TypeParser.h"

namespace paimon {
namespace {

struct Builder {
    Schema schema;
    int nextId = 0;

    Builder& col(const std::string& name, const std::string& sql,
                 std::optional<std::string> comment = std::nullopt,
                 std::optional<std::string> defaultValue = std::nullopt) {
        FieldIdCounter ids{nextId};  // nested fields after the column's own id
        auto type = parseDataType(sql, &ids);
        schema.fields.push_back(DataField{nextId, name, type.ok() ? *type : DataType(),
                                          std::move(comment), std::move(defaultValue)});
        nextId = ids.last + 1;
        return *this;
    }
    Builder& pk(std::vector<std::string> keys) {
        schema.primaryKeys = std::move(keys);
        return *this;
    }
    Builder& partition(std::vector<std::string> keys) {
        schema.partitionKeys = std::move(keys);
        return *this;
    }
    Builder& opt(const std::string& k, const std::string& v) {
        schema.options[k] = v;
        return *this;
    }
    Builder& comment(const std::string& c) {
        schema.comment = c;
        return *this;
    }
};

}  // namespace

Result<bool> writeDemoWarehouse(Warehouse& target) {
    std::error_code ec;
    if (!std::filesystem::is_empty(target.root(), ec) || ec) return false;
    // The catalog was made over the last month: each create or alter a little after the one
    // before, starting 30 days ago, so that tables are older than their snapshots.
    const int64_t now = toEpochMillis(target.now());
    auto tick = std::make_shared<int64_t>(now - 30LL * 24 * 3600 * 1000);
    auto opened = Warehouse::open(target.root(), [tick] {
        *tick += 37LL * 60 * 1000;
        return fromEpochMillis(*tick);
    });
    if (!opened) return opened.takeError();
    Warehouse& w = **opened;

    auto step = [](Result<Unit> r) -> std::optional<Error> {
        if (!r) return r.takeError();
        return std::nullopt;
    };
    auto create = [&](const std::string& db, const std::string& table, const Builder& b) {
        return step(w.createTable({db, table}, b.schema));
    };

    if (auto e = step(w.createDatabase(
            "sales", {{"comment", "Orders, customers and what they bought"}, {"owner", "ana"}})))
        return *e;
    if (auto e = step(w.createDatabase("analytics", {{"comment", "Clickstream and reports"}})))
        return *e;
    if (auto e = step(w.createDatabase("type_zoo", {{"comment", "Every Paimon type family"}})))
        return *e;
    if (auto e = step(w.createDatabase("市场 marketing", {{"comment", "Names need not be ASCII"}})))
        return *e;
    if (auto e = step(w.createDatabase("empty_db", {}))) return *e;

    if (auto e = create("sales", "orders",
                        Builder()
                            .col("order_id", "BIGINT", "Order number")
                            .col("customer_id", "BIGINT")
                            .col("amount", "DECIMAL(12, 2)", "Total in the order currency")
                            .col("currency", "CHAR(3)", std::nullopt, "'EUR'")
                            .col("status", "STRING", "NEW, PAID, SHIPPED or CANCELLED")
                            .col("dt", "STRING", "Order day, yyyy-MM-dd")
                            .pk({"order_id", "dt"})
                            .partition({"dt"})
                            .opt("bucket", "4")
                            .opt("merge-engine", "deduplicate")
                            .opt("changelog-producer", "lookup")
                            .opt("file.format", "parquet")
                            .comment("One row per order")))
        return *e;
    // Several schema versions: the table grew after it was created.
    for (const std::vector<SchemaChange>& changes : std::vector<std::vector<SchemaChange>>{
             {change::AddColumn{{"created_at"},
                                DataType::localZonedTimestamp(3),
                                "When it was placed",
                                Move::after("created_at", "status")}},
             {change::RenameColumn{{"status"}, "order_status"},
              change::SetOption{"snapshot.time-retained", "2 h"}},
             {change::UpdateColumnComment{{"customer_id"}, "Key of sales.customers"},
              change::UpdateComment{"One row per order; see sales.line_items for the items"}},
         }) {
        auto altered = w.alterTable({"sales", "orders"}, changes);
        if (!altered) return altered.takeError();
    }

    if (auto e = create("sales", "customers",
                        Builder()
                            .col("id", "BIGINT")
                            .col("name", "STRING", "Full name")
                            .col("email", "VARCHAR(320)")
                            .col("address", "ROW<street STRING, city STRING, zip VARCHAR(10)>")
                            .col("tags", "ARRAY<STRING>")
                            .col("attributes", "MAP<STRING, STRING>")
                            .col("signed_up", "TIMESTAMP(3)")
                            .pk({"id"})
                            .opt("bucket", "-1")
                            .comment("Customers, merged by id")))
        return *e;
    if (auto e = create("sales", "line_items",
                        Builder()
                            .col("order_id", "BIGINT")
                            .col("line", "INT")
                            .col("sku", "STRING")
                            .col("quantity", "INT", std::nullopt, "1")
                            .col("price", "DECIMAL(10, 2)")
                            .opt("bucket", "8")
                            .opt("bucket-key", "order_id")
                            .comment("Append-only order lines, bucketed by order")))
        return *e;

    if (auto e = create("analytics", "page_views",
                        Builder()
                            .col("view_id", "STRING")
                            .col("user_id", "BIGINT")
                            .col("url", "STRING")
                            .col("referrer", "STRING")
                            .col("duration_ms", "INT")
                            .col("dt", "STRING")
                            .col("hh", "STRING")
                            .partition({"dt", "hh"})
                            .opt("file.format", "orc")
                            .comment("Raw page views, partitioned by day and hour")))
        return *e;
    if (auto e = create("analytics", "daily_revenue",
                        Builder()
                            .col("dt", "DATE")
                            .col("country", "STRING")
                            .col("revenue", "DECIMAL(18, 2)")
                            .col("orders", "BIGINT")
                            .pk({"dt", "country"})
                            .opt("merge-engine", "aggregation")
                            .opt("fields.revenue.aggregate-function", "sum")
                            .opt("fields.orders.aggregate-function", "sum")
                            .opt("bucket", "2")))
        return *e;

    if (auto e = create("type_zoo", "all_types",
                        Builder()
                            .col("id", "INT")
                            .col("c_char", "CHAR(10)")
                            .col("c_varchar", "VARCHAR(100)")
                            .col("c_string", "STRING")
                            .col("c_boolean", "BOOLEAN", std::nullopt, "false")
                            .col("c_binary", "BINARY(16)")
                            .col("c_varbinary", "VARBINARY(64)")
                            .col("c_bytes", "BYTES")
                            .col("c_decimal", "DECIMAL(38, 10)")
                            .col("c_tinyint", "TINYINT")
                            .col("c_smallint", "SMALLINT")
                            .col("c_bigint", "BIGINT")
                            .col("c_float", "FLOAT")
                            .col("c_double", "DOUBLE")
                            .col("c_date", "DATE")
                            .col("c_time", "TIME(3)")
                            .col("c_timestamp", "TIMESTAMP(6)")
                            .col("c_timestamp_ltz", "TIMESTAMP(3) WITH LOCAL TIME ZONE")
                            .col("c_variant", "VARIANT")
                            .col("c_geometry", "GEOMETRY")
                            .col("c_geography", "GEOGRAPHY")
                            .col("c_array", "ARRAY<INT NOT NULL>")
                            .col("c_multiset", "MULTISET<STRING>")
                            .col("c_map", "MAP<STRING, ARRAY<ROW<k STRING, v DOUBLE>>>")
                            .col("c_row", "ROW<a INT 'first', b ROW<c STRING, d ARRAY<BIGINT>>>")
                            .col("c_vector", "VECTOR<FLOAT, 4>")
                            .pk({"id"})
                            .opt("bucket", "1")
                            .comment("One column of every type family, nested types included")))
        return *e;
    if (auto e = create("type_zoo", "blobs",
                        Builder()
                            .col("id", "BIGINT")
                            .col("picture", "BLOB")
                            .opt("row-tracking.enabled", "true")
                            .opt("data-evolution.enabled", "true")
                            .comment("BLOB needs row tracking")))
        return *e;

    if (auto e = create("市场 marketing", "客户 profiles",
                        Builder()
                            .col("客户编号", "BIGINT")
                            .col("名字", "STRING", "客户的名字")
                            .col("segment / tier", "STRING")
                            .col("score %", "DOUBLE")
                            .pk({"客户编号"})
                            .opt("bucket", "1")
                            .comment("表和列的名字可以是中文")))
        return *e;
    if (auto history = writeDemoHistory(w.root(), now); !history) {
        return history.takeError();
    }
    if (auto partitions = writeDemoPartitions(w, now); !partitions) {
        return partitions.takeError();
    }
    if (auto views = writeDemoViewsAndFunctions(*opened, now); !views) {
        return views.takeError();
    }
    return true;
}

}  // namespace paimon
