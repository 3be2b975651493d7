// paimon-catalog diff and apply --alter across two paimon-rest-servers and a warehouse folder.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "tests/integration/CatalogCliFixture.h"

namespace paimon {
namespace {

constexpr int kDifferences = 8;

class CompareCli : public CatalogCli {
protected:
    void SetUp() override {
        CatalogCli::SetUp();
        second = std::make_unique<testing::ServerProcess>(
            QStringList{"--warehouse", QString::fromStdString((dir.path() / "second").string()),
                        "--auth", "bearer", "--token", "tok"});
    }
    QString path(const char* name) { return QString::fromStdString((dir.path() / name).string()); }
    CliRun diff(QStringList more = {}) {
        QStringList args = {"diff", "--from", QString::fromStdString(server->url()), "--to",
                            QString::fromStdString(second->url())};
        return cli(args + more);
    }
    CliRun onSecond(QStringList args, const std::string& input = {}) {
        return cli(std::move(args), input, true, second->url());
    }

    std::unique_ptr<testing::ServerProcess> second;
};

TEST_F(CompareCli, DiffShowsThePlanAndApplyAlterMakesTheSidesMatch) {
    // The demo's sales database on the second server, as an export applies it (an export holds
    // no database options: those are given here).
    ASSERT_EQ(onSecond({"create-database", "sales", "--option",
                        "comment=Orders, customers and what they bought", "--option", "owner=ana"})
                  .exit,
              0);
    ASSERT_EQ(cli({"export", "sales", "--format", "json", "--out", path("a.json")}).exit, 0);
    ASSERT_EQ(onSecond({"apply", "--from", path("a.json")}).exit, 0);

    CliRun whole = diff();
    EXPECT_EQ(whole.exit, kDifferences) << whole.err;
    EXPECT_NE(whole.out.find("only-from   database analytics"), std::string::npos) << whole.out;
    EXPECT_EQ(whole.out.find("database sales"), std::string::npos) << "sales is the same";
    EXPECT_NE(whole.out.find("Create database `analytics`"), std::string::npos) << whole.out;
    CliRun same = diff({"--database", "sales"});
    EXPECT_EQ(same.exit, 0) << same.out << same.err;
    EXPECT_EQ(same.out, "");
    EXPECT_NE(same.err.find("0 differ, 0 only in --from, 0 only in --to, 7 the same"),
              std::string::npos)
        << same.err;

    // Changes on the second side: a column, an option, a dialect dropped.
    ASSERT_EQ(onSecond({"alter-table", "sales", "orders", "--changes", "-"},
                       R"([{"action":"addColumn","fieldNames":["extra"],"dataType":"INT"},
                           {"action":"setOption","key":"k","value":"v"}])")
                  .exit,
              0);
    ASSERT_EQ(onSecond({"alter-view", "sales", "big_orders", "--changes", "-"},
                       R"([{"action":"dropDialect","dialect":"spark"}])")
                  .exit,
              0);
    CliRun differs = diff({"--database", "sales"});
    EXPECT_EQ(differs.exit, kDifferences);
    EXPECT_NE(differs.out.find("differs     table sales.orders\n"
                               "    column extra: from (none), to INT\n"
                               "    option k: from (none), to v\n"),
              std::string::npos)
        << differs.out;
    EXPECT_NE(differs.out.find("differs     view sales.big_orders\n"
                               "    spark query: from SELECT"),
              std::string::npos)
        << differs.out;
    EXPECT_NE(differs.out.find("1.    Alter table `sales`.`orders`:\n"), std::string::npos)
        << differs.out;
    EXPECT_NE(differs.out.find("      warning: drops the column extra and its data\n"),
              std::string::npos)
        << differs.out;
    EXPECT_NE(differs.out.find("Alter view `sales`.`big_orders`:"), std::string::npos);

    // JSON: each step with the exact requests it sends.
    CliRun json = diff({"--database", "sales", "--table", "orders", "--output", "json"});
    ASSERT_EQ(json.exit, kDifferences) << json.err;
    auto doc = nlohmann::json::parse(json.out);
    ASSERT_EQ(doc["plan"]["steps"].size(), 1u) << json.out;
    const auto& request = doc["plan"]["steps"][0]["requests"][0];
    EXPECT_EQ(request["method"], "POST");
    EXPECT_EQ(request["target"], "/v1/paimon/databases/sales/tables/orders");
    EXPECT_EQ(request["body"]["changes"][0]["action"], "removeOption");
    EXPECT_EQ(doc["databases"][0]["objects"][0]["differences"][0]["to"], "INT");
    EXPECT_TRUE(doc["databases"][0]["objects"][0]["differences"][0]["from"].is_null());

    // A dry run sends nothing; apply --alter then makes them match.
    CliRun dry = onSecond({"apply", "--from", path("a.json"), "--alter", "--dry-run"});
    EXPECT_EQ(dry.exit, 0) << dry.err;
    EXPECT_NE(dry.out.find("would alter  sales.orders\n"), std::string::npos) << dry.out;
    EXPECT_NE(dry.out.find("POST /v1/paimon/databases/sales/tables/orders\n"), std::string::npos)
        << dry.out;
    EXPECT_NE(dry.err.find("0 to create, 2 to alter"), std::string::npos) << dry.err;
    EXPECT_EQ(diff({"--database", "sales"}).exit, kDifferences);
    CliRun applied = onSecond({"apply", "--from", path("a.json"), "--alter"});
    EXPECT_EQ(applied.exit, 0) << applied.err;
    EXPECT_NE(applied.out.find("altered  view sales.big_orders\n"), std::string::npos)
        << applied.out;
    EXPECT_EQ(diff({"--database", "sales"}).exit, 0);

    // A warehouse folder on one side: its lack of views and functions is said, not a failure.
    CliRun folder = cli({"diff", "--from", path("wh"), "--to",
                         QString::fromStdString(second->url()), "--database", "sales"});
    EXPECT_EQ(folder.exit, 0) << folder.out << folder.err;
    EXPECT_NE(folder.err.find("warehouse folder"), std::string::npos) << folder.err;
}

TEST_F(CompareCli, WhatNoChangeReachesIsListedForARecreate) {
    const std::string byDay =
        R"({"fields":[{"id":0,"name":"id","type":"INT"},{"id":1,"name":"dt","type":"STRING"},
                      {"id":2,"name":"region","type":"STRING"}],
            "partitionKeys":["dt"],"primaryKeys":[],"options":{}})";
    const std::string byRegion =
        R"({"fields":[{"id":0,"name":"id","type":"INT"},{"id":1,"name":"dt","type":"STRING"},
                      {"id":2,"name":"region","type":"STRING"}],
            "partitionKeys":["region"],"primaryKeys":[],"options":{}})";
    ASSERT_EQ(cli({"create-table", "sales", "events", "--schema", "-"}, byDay).exit, 0);
    ASSERT_EQ(onSecond({"create-database", "sales"}).exit, 0);
    ASSERT_EQ(onSecond({"create-table", "sales", "events", "--schema", "-"}, byRegion).exit, 0);

    CliRun d = diff({"--database", "sales", "--table", "events"});
    EXPECT_EQ(d.exit, kDifferences);
    EXPECT_NE(d.out.find("    partition keys: from dt, to region\n"), std::string::npos) << d.out;
    EXPECT_NE(d.out.find("No change in place reaches these"), std::string::npos) << d.out;
    EXPECT_NE(d.out.find("table sales.events: The partition keys"), std::string::npos) << d.out;
    EXPECT_NE(d.err.find("1 need a recreate"), std::string::npos) << d.err;

    // apply --alter leaves it alone and says so with its exit status.
    ASSERT_EQ(cli({"export", "sales", "--format", "json", "--out", path("s.json")}).exit, 0);
    CliRun applied = onSecond({"apply", "--from", path("s.json"), "--alter"});
    EXPECT_EQ(applied.exit, kDifferences) << applied.err;
    EXPECT_NE(applied.out.find("recreate sales.events\n"), std::string::npos) << applied.out;
}

TEST_F(CompareCli, UsageAndUnreachableSides) {
    EXPECT_EQ(cli({"diff", "--from", QString::fromStdString(server->url())}).exit, 2);
    EXPECT_EQ(diff({"--table", "orders"}).exit, 2);
    EXPECT_EQ(diff({"--to-database", "x"}).exit, 2);
    EXPECT_EQ(cli({"diff", "--from", "no such profile", "--to", path("wh")}).exit, 2);
    CliRun refused = cli({"diff", "--from", "http://127.0.0.1:1", "--to", path("wh")});
    EXPECT_EQ(refused.exit, 7) << refused.err;
    CliRun missing = diff({"--database", "nowhere"});
    EXPECT_EQ(missing.exit, 3) << missing.err;
    EXPECT_NE(missing.err.find("on neither side"), std::string::npos) << missing.err;
}

}  // namespace
}  // namespace paimon
