#include "core/server/DemoViews.h"

#include "core/json/Messages.h"
#include "core/server/ObjectStore.h"
#include "core/types/TypeParser.h"
#include "core/util/Crypto.h"

namespace paimon {
namespace {

DataField field(int id, const char* name, const char* type, const char* comment = nullptr) {
    DataField f;
    f.id = id;
    f.name = name;
    f.type = parseDataType(type).value();
    if (comment) f.description = comment;
    return f;
}

ViewInfo view(const char* name, std::vector<DataField> fields, const char* query,
              std::map<std::string, std::string> dialects, const char* comment, int64_t at) {
    ViewInfo v;
    v.id = crypto::uuid4();
    v.name = name;
    v.schema.fields = std::move(fields);
    v.schema.query = query;
    v.schema.dialects = std::move(dialects);
    if (comment) v.schema.comment = comment;
    v.createdAt = v.updatedAt = at;
    return v;
}

}  // namespace

Result<Unit> writeDemoViewsAndFunctions(const std::shared_ptr<Warehouse>& w, int64_t now) {
    ObjectStore views(w, ".paimon-catalog-browser-views", "VIEW");
    ObjectStore functions(w, ".paimon-catalog-browser-functions", "FUNCTION");
    const int64_t day = 86'400'000;

    std::vector<std::pair<std::string, ViewInfo>> allViews;
    allViews.emplace_back(
        "sales",
        view("big_orders",
             {field(0, "order_id", "BIGINT NOT NULL"), field(1, "customer_id", "BIGINT"),
              field(2, "amount", "DECIMAL(12, 2)"), field(3, "dt", "STRING")},
             "SELECT order_id, customer_id, amount, dt FROM sales.orders WHERE amount > 1000",
             {{"flink",
               "SELECT order_id, customer_id, amount, dt\nFROM sales.orders\nWHERE amount > 1000"},
              {"spark",
               "SELECT order_id, customer_id, amount, dt\nFROM sales.orders\nWHERE amount > 1000"}},
             "Orders above 1,000", now - 20 * day));
    allViews.emplace_back(
        "sales",
        view("orders per day",
             {field(0, "dt", "STRING"), field(1, "orders", "BIGINT NOT NULL"),
              field(2, "revenue", "DECIMAL(18, 2)")},
             "SELECT dt, COUNT(*) AS orders, SUM(amount) AS revenue FROM sales.orders GROUP BY dt",
             {{"flink",
               "SELECT dt, COUNT(*) AS orders, SUM(amount) AS revenue\nFROM sales.orders\nGROUP "
               "BY dt"},
              {"spark",
               "SELECT dt, count(*) AS orders, sum(amount) AS revenue\nFROM sales.orders\nGROUP "
               "BY dt"},
              {"trino",
               "SELECT dt, count(*) AS orders, sum(amount) AS revenue\nFROM paimon.sales.orders\n"
               "GROUP BY dt"}},
             nullptr, now - 12 * day));
    allViews.emplace_back(
        "analytics",
        view("hourly_events",
             {field(0, "dt", "STRING"), field(1, "hr", "INT"), field(2, "event", "STRING"),
              field(3, "events", "BIGINT NOT NULL")},
             "SELECT dt, hr, event, COUNT(*) AS events FROM analytics.events_hourly GROUP BY dt, "
             "hr, event",
             {{"flink",
               "SELECT dt, hr, event, COUNT(*) AS events\nFROM analytics.events_hourly\nGROUP BY "
               "dt, hr, event"},
              {"spark",
               "SELECT dt, hr, event, count(1) AS events\nFROM analytics.events_hourly\nGROUP BY "
               "dt, hr, event"}},
             "Events per hour and kind", now - 9 * day));
    for (auto& [db, v] : allViews) {
        if (auto r = views.create(db, v.name, codec::encode(v)); !r) return r;
    }

    std::vector<std::pair<std::string, FunctionInfo>> allFunctions;
    {
        FunctionInfo f;
        f.name = "order_total";
        f.inputParams = {{field(0, "quantity", "INT"), field(1, "price", "DECIMAL(10, 2)")}};
        f.returnParams = {{field(0, "total", "DECIMAL(12, 2)")}};
        f.deterministic = true;
        f.definitions["flink"] = {
            FunctionDefinition::Type::Sql, "quantity * price", {}, {}, {}, {}};
        f.definitions["spark"] = {
            FunctionDefinition::Type::Sql, "quantity * price", {}, {}, {}, {}};
        f.comment = "A line's total";
        allFunctions.emplace_back("sales", std::move(f));
    }
    {
        FunctionInfo f;
        f.name = "geo.distance_km";
        f.inputParams = {{field(0, "lat1", "DOUBLE"), field(1, "lon1", "DOUBLE"),
                          field(2, "lat2", "DOUBLE"), field(3, "lon2", "DOUBLE")}};
        f.returnParams = {{field(0, "km", "DOUBLE")}};
        f.deterministic = true;
        FunctionDefinition jar;
        jar.type = FunctionDefinition::Type::File;
        jar.fileResources = {{"jar", "oss://demo-bucket/udf/geo-udf-1.4.jar"}};
        jar.language = "java";
        jar.className = "com.example.geo.DistanceKm";
        jar.functionName = "eval";
        f.definitions["flink"] = jar;
        f.definitions["spark"] = jar;
        f.options = {{"timeout", "5s"}};
        allFunctions.emplace_back("analytics", std::move(f));
    }
    {
        FunctionInfo f;
        f.name = "mask_email";
        f.inputParams = {{field(0, "email", "STRING")}};
        f.returnParams = {{field(0, "masked", "STRING")}};
        f.deterministic = true;
        f.definitions["flink"] = {FunctionDefinition::Type::Lambda,
                                  "(String e) -> e.replaceAll(\"(^.).*(@.*$)\", \"$1***$2\")",
                                  {},
                                  "java",
                                  {},
                                  {}};
        f.comment = "Hides an address but its first letter and domain";
        allFunctions.emplace_back("sales", std::move(f));
    }
    for (auto& [db, f] : allFunctions) {
        f.uuid = crypto::uuid4();
        f.createdAt = f.updatedAt = now - 5 * day;
        if (auto r = functions.create(db, f.name, codec::encode(f)); !r) return r;
    }
    return Unit{};
}

}  // namespace paimon
