// paimon-catalog, run as a process against paimon-rest-server on loopback.
#include <gtest/gtest.h>

#include <QProcess>
#include <QProcessEnvironment>
#include <QSettings>

#include <fstream>
#include <map>
#include <sstream>

#include <nlohmann/json.hpp>

#include "tests/integration/CatalogCliFixture.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/TempDir.h"
#include "tests/support/TestData.h"
#include "ui/connection/ProfileStore.h"

namespace fs = std::filesystem;

namespace paimon {
namespace {

using testing::readAll;

TEST_F(CatalogCli, Listings) {
    CliRun dbs = cli({"databases"});
    EXPECT_EQ(dbs.exit, 0) << dbs.err;
    EXPECT_EQ(dbs.out, "analytics\nempty_db\nsales\ntype_zoo\n市场 marketing\n");
    CliRun json = cli({"tables", "sales", "--output", "json"});
    EXPECT_EQ(json.exit, 0);
    EXPECT_EQ(nlohmann::json::parse(json.out),
              nlohmann::json({"customers", "line_items", "orders"}));
    CliRun pattern = cli({"tables", "sales", "--pattern", "c%"});
    EXPECT_EQ(pattern.out, "customers\n");
    // Across databases, by either pattern or both.
    CliRun found = cli({"find-tables", "--pattern", "o%"});
    EXPECT_EQ(found.exit, 0) << found.err;
    EXPECT_NE(found.out.find("sales.orders\n"), std::string::npos) << found.out;
    for (const auto& line : QString::fromStdString(found.out).split('\n', Qt::SkipEmptyParts))
        EXPECT_TRUE(line.section('.', 1).startsWith('o')) << line.toStdString();
    CliRun foundJson =
        cli({"find-tables", "--database-pattern", "sal%", "--pattern", "c%", "--output", "json"});
    EXPECT_EQ(foundJson.exit, 0) << foundJson.err;
    EXPECT_EQ(nlohmann::json::parse(foundJson.out),
              nlohmann::json::parse(R"([{"database":"sales","object":"customers"}])"));
    EXPECT_EQ(cli({"find-tables", "--pattern", "%o"}).exit, 6);  // the server refuses it: 400
    CliRun details = cli({"table-details", "sales"});
    EXPECT_EQ(details.exit, 0) << details.err;
    auto detailList = nlohmann::json::parse(details.out);
    ASSERT_EQ(detailList.size(), 3u);
    EXPECT_EQ(detailList[2]["name"], "orders");
    EXPECT_EQ(detailList[2]["schemaId"], 3);
    EXPECT_EQ(cli({"table-details", "nope"}).exit, 3);
    CliRun show = cli({"show", "sales", "orders"});
    EXPECT_EQ(show.exit, 0);
    EXPECT_EQ(nlohmann::json::parse(show.out)["schemaId"], 3);
    CliRun flink = cli({"show", "sales", "orders", "--format", "flink"});
    EXPECT_NE(flink.out.find("PRIMARY KEY (`order_id`, `dt`) NOT ENFORCED"), std::string::npos);
}

TEST_F(CatalogCli, WritesAndExitStatuses) {
    EXPECT_EQ(cli({"create-database", "db", "--option", "owner=ana"}).exit, 0);
    CliRun altered = cli({"alter-database", "db", "--set", "team=bi", "--remove", "owner"});
    EXPECT_EQ(altered.exit, 0) << altered.err;
    EXPECT_NE(altered.out.find("removed  owner"), std::string::npos);

    // A table from an exported definition, then changed, renamed and dropped.
    CliRun exported = cli({"export", "sales", "orders", "--format", "json", "--out",
                           QString::fromStdString((dir.path() / "orders.json").string())});
    ASSERT_EQ(exported.exit, 0) << exported.err;
    auto list = nlohmann::json::parse(readAll(dir.path() / "orders.json"));
    ASSERT_EQ(list.size(), 1u);
    CliRun created = cli({"create-table", "db", "orders", "--schema", "-"}, list[0].dump());
    EXPECT_EQ(created.exit, 0) << created.err;
    CliRun changed = cli({"alter-table", "db", "orders", "--changes", "-"},
                         R"([{"action":"addColumn","fieldNames":["note"],"dataType":"STRING"}])");
    EXPECT_EQ(changed.exit, 0) << changed.err;
    EXPECT_EQ(cli({"rename-table", "db", "orders", "db", "orders2"}).exit, 0);
    CliRun shown = cli({"show", "db", "orders2"});
    EXPECT_EQ(nlohmann::json::parse(shown.out)["schema"]["fields"].back()["name"], "note");

    EXPECT_EQ(cli({"drop-database", "db"}).exit, 6);  // not empty
    EXPECT_EQ(cli({"drop-table", "db", "orders2"}).exit, 0);
    EXPECT_EQ(cli({"drop-database", "db"}).exit, 0);

    CliRun missing = cli({"show", "db", "orders2"});
    EXPECT_EQ(missing.exit, 3);
    EXPECT_NE(missing.err.find("HTTP 404"), std::string::npos);
    EXPECT_EQ(std::count(missing.err.begin(), missing.err.end(), '\n'), 1);
    EXPECT_EQ(cli({"create-database", "sales"}).exit, 4);
    EXPECT_EQ(cli({"databases"}, {}, false).exit, 5);
    EXPECT_EQ(cli({"bogus"}).exit, 2);
    EXPECT_EQ(cli({"tables"}).exit, 2);
    EXPECT_EQ(cli({"databases", "--output", "xml"}).exit, 2);
    CliRun rule = cli({"alter-table", "sales", "orders", "--changes", "-"},
                      R"([{"action":"dropColumn","fieldNames":["dt"]}])");
    EXPECT_EQ(rule.exit, 6);
    EXPECT_NE(rule.err.find("Cannot drop partition key"), std::string::npos);
    EXPECT_EQ(cli({"--uri", "http://127.0.0.1:1", "databases"}).exit, 7);
    EXPECT_EQ(cli({"--help"}).exit, 0);
    CliRun exportHelp = cli({"export", "--help"});
    EXPECT_EQ(exportHelp.exit, 0);
    EXPECT_NE(exportHelp.out.find("--split"), std::string::npos);
    EXPECT_EQ(cli({"nope", "--help"}).exit, 2);
    CliRun version = cli({"--version"});
    EXPECT_EQ(version.exit, 0);
    EXPECT_EQ(version.out.rfind("paimon-catalog ", 0), 0u);
}

// The commands and options are one table: the help shows every command and each command's
// own options, and an option the command does not take is refused before anything is sent.
TEST_F(CatalogCli, UsageComesFromTheTableOfCommands) {
    const std::map<std::string, std::vector<std::string>> commands = {
        {"databases", {"--pattern", "--output"}},
        {"tables", {"--pattern", "--output"}},
        {"find-tables", {"--pattern", "--database-pattern", "--output"}},
        {"table-details", {"--pattern"}},
        {"show", {"--format"}},
        {"export", {"--format", "--out", "--split"}},
        {"create-database", {"--option"}},
        {"alter-database", {"--set", "--remove", "--output"}},
        {"drop-database", {"--cascade"}},
        {"create-table", {"--schema"}},
        {"alter-table", {"--changes"}},
        {"rename-table", {}},
        {"drop-table", {}},
        {"apply", {"--from"}}};
    CliRun overview = cli({"--help"});
    ASSERT_EQ(overview.exit, 0);
    for (const auto& [name, options] : commands) {
        EXPECT_NE(overview.out.find("\n  " + name + " "), std::string::npos) << name;
        CliRun help = cli({QString::fromStdString(name), "--help"});
        EXPECT_EQ(help.exit, 0) << name;
        EXPECT_NE(help.out.find("Usage: paimon-catalog [connection options] " + name),
                  std::string::npos);
        for (const auto& o : options)
            EXPECT_NE(help.out.find("  " + o + " "), std::string::npos) << name << " " << o;
    }
    for (const auto& line : {std::string("--uri URI"), std::string("[PAIMON_DLF_SIGNER]"),
                             std::string("Exit status: 0 success")}) {
        EXPECT_NE(overview.out.find(line), std::string::npos) << line;
    }
    // No line of the help is wider than a terminal.
    std::istringstream lines(overview.out);
    for (std::string line; std::getline(lines, line);)
        EXPECT_LE(line.size(), 92u) << line;

    CliRun foreign = cli({"databases", "--cascade"});
    EXPECT_EQ(foreign.exit, 2);
    EXPECT_NE(foreign.err.find("databases does not take --cascade"), std::string::npos)
        << foreign.err;
    CliRun arity = cli({"show", "db"});
    EXPECT_EQ(arity.exit, 2);
    EXPECT_NE(arity.err.find("usage: paimon-catalog show DB TABLE"), std::string::npos);
    EXPECT_EQ(cli({"databases", "--no-such-option"}).exit, 2);
    EXPECT_EQ(cli({"databases", "--pattern"}).exit, 2);  // no value
    CliRun signer = cli({"databases", "--dlf-signer", "sha1"});
    EXPECT_EQ(signer.exit, 2);
    EXPECT_NE(signer.err.find("--dlf-signer must be auto, default or openapi"), std::string::npos);
    EXPECT_EQ(cli({"databases", "--timeout", "0"}).exit, 2);
    // A fraction of a second is a timeout too.
    EXPECT_EQ(cli({"databases", "--timeout", "2.5"}).exit, 0);
}

TEST_F(CatalogCli, ExportSplitAndWhole) {
    fs::path split = dir.path() / "split";
    CliRun r = cli({"export", "--format", "spark", "--out", QString::fromStdString(split.string()),
                    "--split"});
    ASSERT_EQ(r.exit, 0) << r.err;
    EXPECT_TRUE(fs::exists(split / "sales" / "orders.sql"));
    EXPECT_TRUE(fs::exists(split / "市场 marketing" / "客户 profiles.sql"));
    EXPECT_NE(readAll(split / "sales" / "orders.sql").find("TBLPROPERTIES"), std::string::npos);
    fs::path whole = dir.path() / "all.sql";
    r = cli({"export", "type_zoo", "--format", "flink", "--out",
             QString::fromStdString(whole.string())});
    ASSERT_EQ(r.exit, 0) << r.err;
    std::string text = readAll(whole);
    EXPECT_NE(text.find("CREATE TABLE `type_zoo`.`all_types`"), std::string::npos);
    EXPECT_NE(text.find("CREATE TABLE `type_zoo`.`blobs`"), std::string::npos);
    EXPECT_FALSE(fs::exists(dir.path() / "all.sql.part"));
}

TEST_F(CatalogCli, DlfCredentialsFromTheEnvironment) {
    testing::ServerProcess dlf(
        {"--warehouse", QString::fromStdString((dir.path() / "dlf").string()), "--demo", "--auth",
         "dlf", "--access-key-id", "AK", "--access-key-secret", "SK"});
    extraEnv = {{"PAIMON_DLF_ACCESS_KEY_ID", "AK"},
                {"PAIMON_DLF_ACCESS_KEY_SECRET", "SK"},
                {"PAIMON_DLF_REGION", "cn-hangzhou"}};
    for (const char* signer : {"auto", "default", "openapi"}) {
        extraEnv["PAIMON_DLF_SIGNER"] = signer;
        CliRun r = cli({"tables", "sales"}, {}, false, dlf.url());
        EXPECT_EQ(r.exit, 0) << signer << ": " << r.err;
        EXPECT_EQ(r.out, "customers\nline_items\norders\n");
    }
    extraEnv["PAIMON_DLF_ACCESS_KEY_SECRET"] = "wrong";
    CliRun refused = cli({"databases"}, {}, false, dlf.url());
    EXPECT_EQ(refused.exit, 5);
    EXPECT_EQ(refused.err.find("wrong"), std::string::npos);
}

TEST_F(CatalogCli, ExportApplyExportRoundTrip) {
    testing::ServerProcess second({"--warehouse",
                                   QString::fromStdString((dir.path() / "second").string()),
                                   "--auth", "bearer", "--token", "tok"});
    auto path = [&](const char* name) {
        return QString::fromStdString((dir.path() / name).string());
    };
    ASSERT_EQ(cli({"export", "sales", "--format", "json", "--out", path("a.json")}).exit, 0);
    CliRun applied = cli({"apply", "--from", path("a.json")}, {}, true, second.url());
    ASSERT_EQ(applied.exit, 0) << applied.err;
    EXPECT_EQ(applied.out,
              "created  sales.customers\ncreated  sales.line_items\ncreated  sales.orders\n"
              "created  view sales.big_orders\ncreated  view sales.orders per day\n"
              "created  function sales.mask_email\ncreated  function sales.order_total\n");
    ASSERT_EQ(cli({"export", "sales", "--format", "json", "--out", path("b.json")}, {}, true,
                  second.url())
                  .exit,
              0);
    EXPECT_EQ(readAll(dir.path() / "a.json"), readAll(dir.path() / "b.json"));

    // Again: nothing to create. After a change on one side: reported, not overwritten.
    CliRun again = cli({"apply", "--from", path("a.json")}, {}, true, second.url());
    EXPECT_EQ(again.exit, 0);
    EXPECT_EQ(again.out, "");
    EXPECT_NE(again.err.find("0 created, 7 already the same"), std::string::npos) << again.err;
    ASSERT_EQ(cli({"alter-table", "sales", "orders", "--changes", "-"},
                  R"([{"action":"setOption","key":"k","value":"v"}])", true, second.url())
                  .exit,
              0);
    ASSERT_EQ(cli({"alter-view", "sales", "big_orders", "--changes", "-"},
                  R"([{"action":"dropDialect","dialect":"spark"}])", true, second.url())
                  .exit,
              0);
    ASSERT_EQ(cli({"drop-function", "sales", "mask_email"}, {}, true, second.url()).exit, 0);
    CliRun differs = cli({"apply", "--from", path("a.json")}, {}, true, second.url());
    EXPECT_EQ(differs.exit, 0);
    EXPECT_NE(differs.out.find("differs  sales.orders"), std::string::npos) << differs.out;
    EXPECT_NE(differs.out.find("k"), std::string::npos);
    EXPECT_NE(differs.out.find("differs  view sales.big_orders\n         spark query\n"),
              std::string::npos)
        << differs.out;
    EXPECT_NE(differs.out.find("created  function sales.mask_email\n"), std::string::npos)
        << differs.out;

    // A --split export applies the same way.
    ASSERT_EQ(
        cli({"export", "analytics", "--format", "json", "--out", path("split"), "--split"}).exit,
        0);
    CliRun fromFolder = cli({"apply", "--from", path("split")}, {}, true, second.url());
    EXPECT_EQ(fromFolder.exit, 0) << fromFolder.err;
    EXPECT_NE(fromFolder.out.find("created  analytics.daily_revenue"), std::string::npos);
    EXPECT_EQ(cli({"apply", "--from", path("nothing-here")}).exit, 1);
}

// --profile: the connections paimon-browser saved, from the user's settings. (A profile's
// keychain secrets are tested with a real keychain in keychain_tests.)
TEST_F(CatalogCli, ProfilesSavedByTheBrowser) {
    const fs::path config = dir.path() / "config";
    extraEnv["XDG_CONFIG_HOME"] = config.string();
    {
        QSettings settings(
            QString::fromStdString(
                (config / "paimon-catalog-browser" / "paimon-browser.conf").string()),
            QSettings::IniFormat);
        ui::ConnectionProfile local;
        local.id = ui::ConnectionProfile::newId();
        local.name = "local wh";
        local.kind = ui::ProfileKind::LocalWarehouse;
        local.warehouse = QString::fromStdString((dir.path() / "wh").string());
        ui::ConnectionProfile rest;
        rest.id = ui::ConnectionProfile::newId();
        rest.name = "no token";
        rest.uri = QString::fromStdString(server->url());
        ui::ProfileStore(settings).save({local, rest});
    }
    // A local warehouse folder, opened as the browser opens it.
    CliRun tables = cli({"--profile", "local wh", "tables", "sales"});
    EXPECT_EQ(tables.exit, 0) << tables.err;
    EXPECT_EQ(tables.out, "customers\nline_items\norders\n");
    CliRun show = cli({"--profile", "local wh", "show", "sales", "orders", "--format", "spark"});
    EXPECT_EQ(show.exit, 0) << show.err;
    EXPECT_NE(show.out.find("CREATE TABLE"), std::string::npos);
    // The profile is what is used: PAIMON_URI and PAIMON_TOKEN in the environment are not, so
    // the server that wants a token refuses it.
    CliRun refused = cli({"--profile", "no token", "databases"});
    EXPECT_EQ(refused.exit, 5) << refused.err;
    EXPECT_NE(refused.err.find("HTTP 401"), std::string::npos) << refused.err;
    // From the environment too.
    extraEnv["PAIMON_PROFILE"] = "local wh";
    CliRun env = cli({"databases", "--output", "json"});
    EXPECT_EQ(env.exit, 0) << env.err;
    EXPECT_EQ(nlohmann::json::parse(env.out).size(), 5u);
    extraEnv.erase("PAIMON_PROFILE");

    CliRun unknown = cli({"--profile", "nope", "databases"});
    EXPECT_EQ(unknown.exit, 2);
    EXPECT_NE(unknown.err.find("no saved profile named 'nope' (saved: local wh, no token)"),
              std::string::npos)
        << unknown.err;
    CliRun mixed = cli({"--profile", "local wh", "--uri", "http://x", "databases"});
    EXPECT_EQ(mixed.exit, 2);
    EXPECT_NE(mixed.err.find("cannot be combined with --uri"), std::string::npos) << mixed.err;
}

// The export of the demo catalog's databases, compared byte for byte with reviewed files in
// tests/data/golden (regenerate them with the same commands after a deliberate change).
TEST_F(CatalogCli, ExportMatchesTheGoldenFiles) {
    const fs::path golden = fs::path(PAIMON_TEST_DATA) / "golden";
    for (const char* db : {"sales", "type_zoo"}) {
        for (const auto& [format, suffix] : std::vector<std::pair<std::string, std::string>>{
                 {"flink", ".flink.sql"}, {"spark", ".spark.sql"}, {"json", ".json"}}) {
            const fs::path out = dir.path() / (std::string(db) + suffix);
            CliRun r = cli({"export", db, "--format", QString::fromStdString(format), "--out",
                            QString::fromStdString(out.string())});
            ASSERT_EQ(r.exit, 0) << r.err;
            EXPECT_EQ(readAll(out), readAll(golden / (std::string(db) + suffix)))
                << db << " as " << format;
        }
    }
}

TEST_F(CatalogCli, TheTablesLife) {
    // Snapshots, newest first; the JSON lists them as the server writes them.
    CliRun listed = cli({"snapshots", "sales", "orders", "--limit", "3"});
    ASSERT_EQ(listed.exit, 0) << listed.err;
    auto lines = QString::fromStdString(listed.out).split('\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 4) << listed.out;  // a header and three snapshots
    EXPECT_TRUE(lines[0].startsWith("ID")) << listed.out;
    EXPECT_TRUE(lines[1].startsWith("24 ")) << listed.out;
    EXPECT_TRUE(lines[3].startsWith("22 ")) << listed.out;
    CliRun all = cli({"snapshots", "sales", "orders", "--output", "json"});
    ASSERT_EQ(all.exit, 0) << all.err;
    auto snapshots = nlohmann::json::parse(all.out);
    ASSERT_EQ(snapshots.size(), 24u);
    EXPECT_EQ(snapshots[0]["id"], 24);
    EXPECT_EQ(snapshots[23]["id"], 1);
    CliRun latest = cli({"snapshot", "sales", "orders"});
    ASSERT_EQ(latest.exit, 0) << latest.err;
    EXPECT_EQ(nlohmann::json::parse(latest.out)["snapshot"]["id"], 24);
    CliRun byTag = cli({"snapshot", "sales", "orders", "v1.0"});
    EXPECT_EQ(nlohmann::json::parse(byTag.out)["id"], 8);
    EXPECT_EQ(cli({"snapshot", "sales", "line_items"}).exit, 3);  // nothing written yet
    EXPECT_EQ(cli({"snapshot", "sales", "orders", "999"}).exit, 3);

    // A dry run prints the exact request and changes nothing.
    CliRun dry = cli({"create-tag", "sales", "orders", "rel 1%", "--snapshot", "3", "--retain",
                      "2d", "--dry-run"});
    ASSERT_EQ(dry.exit, 0) << dry.err;
    EXPECT_EQ(dry.out,
              "POST /v1/paimon/databases/sales/tables/orders/tags\n"
              "Content-Type: application/json\n\n"
              "{\"tagName\":\"rel 1%\",\"snapshotId\":3,\"timeRetained\":\"2d\"}\n");
    EXPECT_EQ(cli({"tags", "sales", "orders"}).out, "before-backfill\nnightly-2\nv1.0\n");
    CliRun created = cli({"create-tag", "sales", "orders", "rel 1%", "--snapshot", "3"});
    ASSERT_EQ(created.exit, 0) << created.err;
    EXPECT_EQ(cli({"tags", "sales", "orders", "--tag-prefix", "rel"}).out, "rel 1%\n");
    EXPECT_EQ(cli({"create-tag", "sales", "orders", "rel 1%"}).exit, 4);
    EXPECT_EQ(cli({"create-tag", "sales", "orders", "x", "--snapshot", "abc"}).exit, 2);
    EXPECT_EQ(cli({"delete-tag", "sales", "orders", "rel 1%"}).exit, 0);
    EXPECT_EQ(cli({"delete-tag", "sales", "orders", "rel 1%"}).exit, 3);

    // Branches.
    ASSERT_EQ(cli({"create-branch", "sales", "orders", "dev", "--from-tag", "v1.0"}).exit, 0);
    EXPECT_EQ(cli({"branches", "sales", "orders"}).out, "backfill\ndev\n");
    CliRun onBranch = cli({"snapshots", "sales", "orders$branch_dev", "--output", "json"});
    ASSERT_EQ(onBranch.exit, 0) << onBranch.err;
    EXPECT_EQ(nlohmann::json::parse(onBranch.out).size(), 1u);
    EXPECT_EQ(cli({"rename-branch", "sales", "orders", "dev", "backfill"}).exit, 4);
    EXPECT_EQ(cli({"rename-branch", "sales", "orders", "dev", "dev2"}).exit, 0);
    CliRun forwardDry = cli({"fast-forward", "sales", "orders", "dev2", "--dry-run"});
    EXPECT_EQ(forwardDry.out,
              "POST /v1/paimon/databases/sales/tables/orders/branches/dev2/forward\n"
              "Content-Type: application/json\n\n{}\n");
    EXPECT_EQ(cli({"drop-branch", "sales", "orders", "dev2"}).exit, 0);
    EXPECT_EQ(cli({"drop-branch", "sales", "orders", "dev2"}).exit, 3);
    CliRun mainRefused = cli({"create-branch", "sales", "orders", "main", "--dry-run"});
    EXPECT_NE(mainRefused.exit, 0);
    EXPECT_TRUE(mainRefused.out.empty());

    // Consumers.
    CliRun consumers = cli({"consumers", "sales", "orders", "--output", "json"});
    ASSERT_EQ(consumers.exit, 0) << consumers.err;
    EXPECT_EQ(nlohmann::json::parse(consumers.out),
              nlohmann::json::parse(R"([{"consumerId":"audit-export","nextSnapshot":15},)"
                                    R"({"consumerId":"orders-report","nextSnapshot":22}])"));
    EXPECT_EQ(
        cli({"reset-consumer", "sales", "orders", "audit-export", "--next-snapshot", "999"}).exit,
        3);
    EXPECT_EQ(cli({"reset-consumer", "sales", "orders", "audit-export"}).exit, 2);
    EXPECT_EQ(cli({"reset-consumer", "sales", "orders", "audit-export", "--delete"}).exit, 0);

    // Rollback: guarded by the latest snapshot, and only with a target.
    EXPECT_EQ(cli({"rollback", "sales", "orders"}).exit, 2);
    EXPECT_EQ(cli({"rollback", "sales", "orders", "--to-snapshot", "5", "--to-tag", "v1.0"}).exit,
              2);
    CliRun stale = cli({"rollback", "sales", "orders", "--to-tag", "v1.0", "--from-snapshot", "7"});
    EXPECT_EQ(stale.exit, 6);
    EXPECT_NE(stale.err.find("Latest snapshot 24 is not 7"), std::string::npos) << stale.err;
    CliRun rolled =
        cli({"rollback", "sales", "orders", "--to-tag", "v1.0", "--from-snapshot", "24"});
    ASSERT_EQ(rolled.exit, 0) << rolled.err;
    EXPECT_EQ(nlohmann::json::parse(cli({"snapshot", "sales", "orders"}).out)["snapshot"]["id"], 8);
    EXPECT_EQ(cli({"tags", "sales", "orders"}).out, "v1.0\n");

    CliRun help = cli({"create-tag", "--help"});
    EXPECT_EQ(help.exit, 0);
    EXPECT_NE(help.out.find("--retain DURATION"), std::string::npos) << help.out;
}

TEST_F(CatalogCli, Partitions) {
    // The demo's 14 days of hours, descending by name; the totals go to standard error.
    CliRun listed = cli({"partitions", "analytics", "events_hourly", "--limit", "3"});
    ASSERT_EQ(listed.exit, 0) << listed.err;
    auto lines = QString::fromStdString(listed.out).split('\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 4) << listed.out;
    EXPECT_TRUE(lines[0].startsWith("PARTITION")) << listed.out;
    EXPECT_TRUE(lines[1].contains("/hr=9 ")) << listed.out;
    EXPECT_NE(listed.err.find("3 partitions"), std::string::npos) << listed.err;
    CliRun all = cli({"partitions", "analytics", "events_hourly", "--output", "json"});
    ASSERT_EQ(all.exit, 0) << all.err;
    auto partitions = nlohmann::ordered_json::parse(all.out);
    ASSERT_EQ(partitions.size(), 14u * 24u);
    const std::string oldestDay = partitions.back()["spec"]["dt"];
    EXPECT_TRUE(partitions.back()["done"].get<bool>());
    EXPECT_FALSE(partitions.front()["done"].get<bool>());

    const QString name = QString::fromStdString("dt=" + oldestDay + "/hr=7");
    CliRun dry = cli({"drop-partitions", "analytics", "events_hourly", name, "--dry-run"});
    ASSERT_EQ(dry.exit, 0) << dry.err;
    EXPECT_EQ(dry.out,
              "POST /v1/paimon/databases/analytics/tables/events_hourly/partitions/drop\n"
              "Content-Type: application/json\n\n"
              "{\"partitionSpecs\":[{\"dt\":\"" +
                  oldestDay + "\",\"hr\":\"7\"}],\"ignoreIfNotExists\":true}\n");
    CliRun dropped =
        cli({"drop-partitions", "analytics", "events_hourly", name, "dt=1999-01-01/hr=0"});
    ASSERT_EQ(dropped.exit, 0) << dropped.err;
    EXPECT_EQ(dropped.out, "dropped " + name.toStdString() + "\nmissing dt=1999-01-01/hr=0\n");
    CliRun gone = cli({"partitions", "analytics", "events_hourly", "--pattern",
                       QString::fromStdString("dt=" + oldestDay + "%"), "--output", "json"});
    EXPECT_EQ(nlohmann::json::parse(gone.out).size(), 23u);
    EXPECT_EQ(
        cli({"drop-partitions", "analytics", "events_hourly", name, "--fail-if-missing"}).exit, 3);
    // Mark done: a JSON spec for a value a name cannot hold is accepted as given.
    const std::string yesterday = partitions.front()["spec"]["dt"];
    CliRun marked = cli({"mark-partitions-done", "analytics", "events_hourly",
                         QString::fromStdString(R"({"hr":"9","dt":")" + yesterday + R"("})")});
    ASSERT_EQ(marked.exit, 0) << marked.err;
    auto after = nlohmann::json::parse(
        cli({"partitions", "analytics", "events_hourly", "--limit", "1", "--output", "json"}).out);
    EXPECT_TRUE(after[0]["done"].get<bool>());
    // What cannot be done is said: a warehouse folder holds no empty partition (501).
    CliRun create = cli({"create-partitions", "analytics", "events_hourly", "dt=2030-01-01/hr=0"});
    EXPECT_EQ(create.exit, 6);
    EXPECT_NE(create.err.find("no partition without data files"), std::string::npos) << create.err;
    EXPECT_EQ(cli({"drop-partitions", "analytics", "events_hourly", "hr"}).exit, 2);
    EXPECT_EQ(cli({"partitions", "analytics", "events_hourly", "--pattern", "%x"}).exit, 6);
}

TEST_F(CatalogCli, ViewsAndFunctions) {
    EXPECT_EQ(cli({"views", "sales"}).out, "big_orders\norders per day\n");
    CliRun spark = cli({"show-view", "sales", "orders per day", "--dialect", "trino"});
    ASSERT_EQ(spark.exit, 0) << spark.err;
    EXPECT_NE(spark.out.find("FROM paimon.sales.orders"), std::string::npos) << spark.out;
    EXPECT_EQ(cli({"show-view", "sales", "big_orders", "--dialect", "hive"}).exit, 3);
    CliRun shown = cli({"show-view", "sales", "big_orders", "--output", "json"});
    ASSERT_EQ(shown.exit, 0) << shown.err;
    // What show-view prints, create-view takes back (under another name).
    CliRun created = cli({"create-view", "sales", "copy/of big", "--from", "-"}, shown.out);
    ASSERT_EQ(created.exit, 0) << created.err;
    EXPECT_EQ(cli({"create-view", "sales", "copy/of big", "--from", "-"}, shown.out).exit, 4);
    CliRun altered = cli({"alter-view", "sales", "copy/of big", "--changes", "-"},
                         R"([{"action":"dropDialect","dialect":"spark"}])");
    ASSERT_EQ(altered.exit, 0) << altered.err;
    EXPECT_EQ(cli({"alter-view", "sales", "copy/of big", "--changes", "-"},
                  R"([{"action":"dropDialect","dialect":"spark"}])")
                  .exit,
              3);
    ASSERT_EQ(cli({"rename-view", "sales", "copy/of big", "analytics", "copied"}).exit, 0);
    EXPECT_EQ(cli({"views", "analytics", "--pattern", "cop%"}).out, "copied\n");
    EXPECT_EQ(cli({"drop-view", "analytics", "copied"}).exit, 0);
    EXPECT_EQ(cli({"drop-view", "analytics", "copied"}).exit, 3);

    EXPECT_EQ(cli({"functions", "sales"}).out, "mask_email\norder_total\n");
    CliRun fn = cli({"show-function", "analytics", "geo.distance_km"});
    ASSERT_EQ(fn.exit, 0) << fn.err;
    EXPECT_NE(fn.out.find("class com.example.geo.DistanceKm"), std::string::npos) << fn.out;
    CliRun json = cli({"show-function", "sales", "order_total", "--output", "json"});
    ASSERT_EQ(json.exit, 0) << json.err;
    ASSERT_EQ(cli({"create-function", "sales", "total.v2", "--from", "-"}, json.out).exit, 0);
    EXPECT_EQ(cli({"create-function", "sales", "bad name", "--from", "-"}, json.out).exit, 6);
    CliRun addDef = cli({"alter-function", "sales", "total.v2", "--changes", "-"},
                        R"([{"action":"addDefinition","name":"trino",)"
                        R"("definition":{"type":"sql","definition":"quantity * price"}}])");
    ASSERT_EQ(addDef.exit, 0) << addDef.err;
    EXPECT_NE(cli({"show-function", "sales", "total.v2"}).out.find("DEFINITION trino (sql)"),
              std::string::npos);
    EXPECT_EQ(cli({"drop-function", "sales", "total.v2"}).exit, 0);
    EXPECT_EQ(cli({"show-function", "sales", "total.v2"}).exit, 3);

    // --dry-run prints the exact request and sends nothing; the client's checks still refuse.
    CliRun dry = cli({"drop-view", "sales", "big_orders", "--dry-run"});
    ASSERT_EQ(dry.exit, 0) << dry.err;
    EXPECT_EQ(dry.out.rfind("DELETE ", 0), 0u) << dry.out;
    EXPECT_NE(dry.out.find("/databases/sales/views/big_orders"), std::string::npos) << dry.out;
    EXPECT_EQ(cli({"views", "sales"}).out, "big_orders\norders per day\n") << "nothing was sent";
    CliRun dryRename = cli({"rename-view", "sales", "big_orders", "sales", "b%", "--dry-run"});
    ASSERT_EQ(dryRename.exit, 0) << dryRename.err;
    EXPECT_NE(dryRename.out.find(R"("object":"b%")"), std::string::npos) << dryRename.out;
    CliRun dryCreate =
        cli({"create-function", "sales", "again", "--from", "-", "--dry-run"}, json.out);
    ASSERT_EQ(dryCreate.exit, 0) << dryCreate.err;
    EXPECT_NE(dryCreate.out.find(R"("name":"again")"), std::string::npos) << dryCreate.out;
    EXPECT_EQ(cli({"show-function", "sales", "again"}).exit, 3) << "nothing was sent";
    EXPECT_EQ(
        cli({"create-function", "sales", "bad name", "--from", "-", "--dry-run"}, json.out).exit, 6)
        << "refused before anything is printed";
}

// A warehouse folder opened directly (--folder): a table's schema versions and the changes
// between two; the REST protocol serves only the current schema, which is said.
TEST_F(CatalogCli, SchemaHistoryOfAWarehouseFolder) {
    const QString folder = QString::fromStdString((dir.path() / "wh").string());
    CliRun listed = cli({"--folder", folder, "schemas", "sales", "orders"});
    ASSERT_EQ(listed.exit, 0) << listed.err;
    auto lines = QString::fromStdString(listed.out).split('\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 5) << listed.out;  // a header and schemas 0..3
    EXPECT_TRUE(lines[1].startsWith("0 ")) << listed.out;
    EXPECT_TRUE(lines[2].contains("Add column `created_at`")) << listed.out;
    EXPECT_TRUE(lines[3].contains("Rename column `status` to `order_status`")) << listed.out;
    CliRun json = cli({"--folder", folder, "schemas", "sales", "orders", "--output", "json"});
    ASSERT_EQ(json.exit, 0) << json.err;
    EXPECT_EQ(nlohmann::json::parse(json.out).size(), 4u);
    CliRun diff = cli({"--folder", folder, "schema-diff", "sales", "orders", "0", "3"});
    ASSERT_EQ(diff.exit, 0) << diff.err;
    EXPECT_NE(diff.out.find("Add column `created_at`"), std::string::npos) << diff.out;
    EXPECT_NE(diff.out.find("Rename column `status` to `order_status`"), std::string::npos);
    EXPECT_EQ(cli({"--folder", folder, "schema-diff", "sales", "orders", "0", "9"}).exit, 3);
    EXPECT_EQ(cli({"--folder", folder, "schema-diff", "sales", "orders", "0", "x"}).exit, 2);
    // find works on a folder too; it has no views, which is said.
    CliRun found = cli({"--folder", folder, "find", "ord"});
    ASSERT_EQ(found.exit, 0) << found.err;
    EXPECT_EQ(found.out, "table\tsales.orders\n");
    EXPECT_NE(found.err.find("not searched: views"), std::string::npos) << found.err;
    // Over REST: said, not guessed.
    CliRun rest = cli({"schemas", "sales", "orders"});
    EXPECT_NE(rest.exit, 0);
    EXPECT_NE(rest.err.find("serves only a table's current schema"), std::string::npos) << rest.err;
    // What it does tell: the schema ids the snapshots used, the same from both.
    for (const QStringList& args :
         {QStringList{"schema-usage", "sales", "orders"},
          QStringList{"--folder", folder, "schema-usage", "sales", "orders"}}) {
        CliRun used = cli(args);
        ASSERT_EQ(used.exit, 0) << used.err;
        EXPECT_EQ(used.out,
                  "SCHEMA  FIRST SNAPSHOT  LAST SNAPSHOT  SNAPSHOTS\n"
                  "3       1               24             24\n");
    }
    auto usage =
        nlohmann::json::parse(cli({"schema-usage", "sales", "orders", "--output", "json"}).out);
    ASSERT_EQ(usage.size(), 1u);
    EXPECT_EQ(usage[0]["snapshots"], 24);
    EXPECT_EQ(cli({"--folder", folder, "--uri", "http://x", "databases"}).exit, 2);
}

// find: everything by the start of its name, in every database, as text or JSON.
TEST_F(CatalogCli, FindsDatabasesTablesViewsAndFunctionsByName) {
    CliRun found = cli({"find", "ord"});
    ASSERT_EQ(found.exit, 0) << found.err;
    EXPECT_EQ(found.out,
              "table\tsales.orders\nview\tsales.orders per day\nfunction\tsales.order_total\n");
    EXPECT_EQ(found.err, "") << "this server searches everything";
    CliRun json = cli({"find", "sa", "--output", "json"});
    ASSERT_EQ(json.exit, 0) << json.err;
    auto doc = nlohmann::json::parse(json.out);
    ASSERT_EQ(doc["hits"].size(), 1u) << json.out;
    EXPECT_EQ(doc["hits"][0]["kind"], "database");
    EXPECT_EQ(doc["hits"][0]["database"], "sales");
    EXPECT_TRUE(doc["notSearched"].empty());
    // The text is literal: '%' matches only itself.
    EXPECT_EQ(cli({"find", "%"}).exit, 3);
    EXPECT_EQ(cli({"find", "no such thing"}).exit, 3);
}

}  // namespace
}  // namespace paimon
