// The OpenAPI contract test: our client (RestCatalog over QtTransport) talks to our server
// (paimon-rest-server) through Prism, a proxy that validates every request against the
// protocol's OpenAPI file and every response too. With --errors a violation becomes an error
// answer, so the calls below fail on it; and every violation Prism logs, warnings included,
// fails the run at the end. docs/CONFORMANCE.md lists the few places where the file is patched
// to follow Java (tests/contract/prepare-spec.mjs).
#include <gtest/gtest.h>
#include <httplib.h>

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTcpServer>

#include <regex>
#include <sstream>

#include "core/catalog/RestCatalog.h"
#include "core/json/Messages.h"
#include "tests/support/Await.h"
#include "tests/support/SchemaTestUtil.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/TempDir.h"
#include "ui/net/QtScheduler.h"
#include "ui/net/QtTransport.h"

namespace paimon {
namespace {

using testing::await;
using testing::ServerProcess;
using testing::sqlType;

constexpr const char* kToken = "contract-token";
// The one request sent broken on purpose, to show that a violation is caught.
constexpr const char* kBrokenOnPurpose = "contract-self-test-broken";

// One Prism log line that reports a problem, with the request it belongs to.
struct Violation {
    std::string request;
    std::string line;
};

// paimon-rest-server with the demo catalog, and Prism in front of it.
class ContractEnvironment : public ::testing::Environment {
public:
    static ContractEnvironment* instance;

    void SetUp() override {
        server = std::make_unique<ServerProcess>(
            QStringList{"--warehouse", QString::fromStdString((dir.path() / "warehouse").string()),
                        "--demo", "--auth", "bearer", "--token", kToken});
        ASSERT_FALSE(server->url().empty());
        const QString tools = QStringLiteral(PAIMON_CONTRACT_DIR);
        const QString prism = tools + "/node_modules/.bin/prism";
        ASSERT_TRUE(QFile::exists(prism))
            << prism.toStdString() << " is missing: run scripts/install-deps";
        const QString spec = QString::fromStdString((dir.path() / "spec.json").string());
        QProcess prepare;
        prepare.start("node",
                      {tools + "/prepare-spec.mjs",
                       QStringLiteral(PAIMON_TEST_DATA) + "/rest-catalog-open-api.yaml", spec});
        ASSERT_TRUE(prepare.waitForFinished(60000));
        ASSERT_EQ(prepare.exitCode(), 0) << prepare.readAllStandardError().toStdString();
        std::printf("%s", prepare.readAllStandardOutput().constData());

        QTcpServer probe;  // a free port for Prism
        ASSERT_TRUE(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        proxy.setProgram(prism);
        proxy.setArguments({"proxy", spec, QString::fromStdString(server->url()), "--host",
                            "127.0.0.1", "--port", QString::number(port), "--errors"});
        proxy.setProcessChannelMode(QProcess::MergedChannels);
        proxy.start();
        ASSERT_TRUE(proxy.waitForStarted(10000));
        ASSERT_TRUE(testing::spinUntil(
            [&] {
                log += proxy.readAll().toStdString();
                return log.find("Prism is listening") != std::string::npos ||
                       proxy.state() == QProcess::NotRunning;
            },
            120000))
            << log;
        ASSERT_NE(log.find("Prism is listening"), std::string::npos) << log;
        url = "http://127.0.0.1:" + std::to_string(port);
    }

    void TearDown() override {
        if (proxy.state() != QProcess::NotRunning) {
            testing::spinUntil([] { return false; }, 300);  // the last log lines
            log += proxy.readAll().toStdString();
            proxy.terminate();
            proxy.waitForFinished(10000);
        }
        log += proxy.readAll().toStdString();
        int requests = 0;
        bool brokenCaught = false;
        for (const Violation& v : violations(requests)) {
            if (v.request.find(kBrokenOnPurpose) != std::string::npos) {
                brokenCaught = true;
                continue;
            }
            ADD_FAILURE() << "contract violation in " << v.request << ":\n  " << v.line;
        }
        EXPECT_TRUE(brokenCaught) << "the request broken on purpose was not reported: the "
                                     "violation check cannot fail";
        std::printf("[ contract ] %d requests through the validating proxy\n", requests);
        EXPECT_GT(requests, 80);
        server.reset();
    }

    // Prism's log, cut into requests ("[HTTP SERVER] get /v1/... Request received") and the
    // lines after each that report a violation or an error.
    std::vector<Violation> violations(int& requests) const {
        static const std::regex received(R"(\[HTTP SERVER\] (\w+ \S+) .*Request received)");
        std::vector<Violation> out;
        std::string current = "(before any request)";
        std::istringstream lines(log);
        for (std::string line; std::getline(lines, line);) {
            std::smatch m;
            if (std::regex_search(line, m, received)) {
                current = m[1];
                ++requests;
            } else if (line.find("Violation") != std::string::npos ||
                       line.find("\u2716") != std::string::npos ||  // ✖ error
                       line.find("\u26a0") != std::string::npos) {  // ⚠ warning
                out.push_back({current, line});
            }
        }
        return out;
    }

    testing::TempDir dir;
    std::unique_ptr<ServerProcess> server;
    QProcess proxy;
    std::string log;
    std::string url;
};
ContractEnvironment* ContractEnvironment::instance = nullptr;

class Contract : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_FALSE(env().url.empty()) << "the proxy did not start";
        RestCatalog::Setup setup;
        setup.options = {{"uri", env().url}, {"token.provider", "bear"}, {"token", kToken}};
        setup.transport = std::make_shared<QtTransport>();
        setup.scheduler = std::make_shared<QtScheduler>();
        auto opened = await<std::shared_ptr<RestCatalog>>(
            [&](auto cb) { return RestCatalog::open(setup, std::move(cb)); });
        ASSERT_TRUE(opened.ok()) << opened.error().describe();
        catalog = *opened;
    }
    static ContractEnvironment& env() { return *ContractEnvironment::instance; }

    // A raw request through the proxy, for what a well-behaved client never sends.
    httplib::Result raw(const std::string& method, const std::string& target,
                        const std::string& body = {}, bool json = true) {
        httplib::Client http(env().url);
        httplib::Headers headers{{"Authorization", std::string("Bearer ") + kToken}};
        if (method == "GET") return http.Get(target, headers);
        if (method == "DELETE") return http.Delete(target, headers);
        if (!json) {
            // No Content-Type at all: httplib's Post always names one, so send it by hand.
            return http.Post(target, headers, body, "");
        }
        return http.Post(target, headers, body, "application/json");
    }

    std::shared_ptr<RestCatalog> catalog;
};

Schema richSchema() {
    Schema s;
    s.fields = {
        DataField{0, "id", sqlType("BIGINT NOT NULL"), "the key", std::nullopt},
        DataField{1, "dt", sqlType("STRING NOT NULL"), std::nullopt, std::nullopt},
        DataField{2, "amount", sqlType("DECIMAL(12, 2)"), std::nullopt, "'0'"},
        DataField{3, "tags", sqlType("ARRAY<VARCHAR(20)>"), std::nullopt, std::nullopt},
        DataField{4, "attrs", sqlType("MAP<STRING NOT NULL, INT>"), std::nullopt, std::nullopt},
        DataField{5, "addr", sqlType("ROW<city STRING, ts TIMESTAMP(3) WITH LOCAL TIME ZONE>"),
                  std::nullopt, std::nullopt},
        DataField{6, "qty", sqlType("INT"), std::nullopt, std::nullopt},
    };
    s.partitionKeys = {"dt"};
    s.primaryKeys = {"id", "dt"};
    s.options = {{"bucket", "2"}};
    s.comment = "contract";
    return s;
}

// A warehouse folder cannot hold a name with '/', so the server refuses those (400).
const std::vector<std::string> kAwkwardNames = {"with space", "back`tick", "per%cent",
                                                "plus+sign",  "表格 ü",    "dol$lar db"};

TEST_F(Contract, DatabasesWithAwkwardNamesPagesAndErrors) {
    for (const std::string& name : kAwkwardNames) {
        auto created = await<Unit>([&](auto cb) {
            return catalog->createDatabase("c " + name, {{"comment", "about " + name}}, cb);
        });
        ASSERT_TRUE(created.ok()) << name << ": " << created.error().describe();
        auto db =
            await<DatabaseInfo>([&](auto cb) { return catalog->getDatabase("c " + name, cb); });
        ASSERT_TRUE(db.ok()) << db.error().describe();
        EXPECT_EQ(db->options.at("comment"), "about " + name);
    }
    auto conflict =
        await<Unit>([&](auto cb) { return catalog->createDatabase("c with space", {}, cb); });
    ASSERT_FALSE(conflict.ok());
    EXPECT_EQ(conflict.error().kind, ErrorKind::AlreadyExists);
    auto missing = await<DatabaseInfo>([&](auto cb) { return catalog->getDatabase("nope", cb); });
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().kind, ErrorKind::NotFound);

    // Pages of two, with and without a prefix pattern.
    for (std::optional<std::string> pattern : {std::optional<std::string>(), {"c %"}}) {
        auto all = await<std::vector<std::string>>(
            [&](auto cb) { return catalog->listDatabases(pattern, cb, 2); });
        ASSERT_TRUE(all.ok()) << all.error().describe();
        EXPECT_GE(all->size(), kAwkwardNames.size());
    }
    auto altered = await<AlterDatabaseResult>([&](auto cb) {
        return catalog->alterDatabase("c per%cent", {"comment", "absent"}, {{"owner", "ana"}}, cb);
    });
    ASSERT_TRUE(altered.ok()) << altered.error().describe();
    EXPECT_EQ(altered->missing, std::vector<std::string>{"absent"});
    auto missingAlter = await<AlterDatabaseResult>([&](auto cb) {
        return catalog->alterDatabase("nope", {}, {{"a", "b"}}, cb);
    });
    EXPECT_FALSE(missingAlter.ok());

    for (const std::string& name : kAwkwardNames) {
        ASSERT_TRUE(await<Unit>([&](auto cb) {
                        return catalog->dropDatabase("c " + name, false, cb);
                    }).ok())
            << name;
    }
    EXPECT_FALSE(
        await<Unit>([&](auto cb) { return catalog->dropDatabase("nope", true, cb); }).ok());
}

TEST_F(Contract, TablesEveryOperation) {
    const std::string db = "t contract ü";
    ASSERT_TRUE(await<Unit>([&](auto cb) { return catalog->createDatabase(db, {}, cb); }).ok());
    for (const char* name : {"orders", "with space", "per%cent", "表格", "a_b"}) {
        auto created = await<Unit>([&](auto cb) {
            return catalog->createTable({db, name}, richSchema(), cb);
        });
        ASSERT_TRUE(created.ok()) << name << ": " << created.error().describe();
    }
    Schema materialized = richSchema();
    materialized.options["type"] = "materialized-table";
    ASSERT_TRUE(await<Unit>([&](auto cb) {
                    return catalog->createTable({db, "mv"}, materialized, cb);
                }).ok());
    auto duplicate = await<Unit>([&](auto cb) {
        return catalog->createTable({db, "orders"}, richSchema(), cb);
    });
    ASSERT_FALSE(duplicate.ok());
    EXPECT_EQ(duplicate.error().kind, ErrorKind::AlreadyExists);
    auto noDb = await<Unit>([&](auto cb) {
        return catalog->createTable({"nope", "t"}, richSchema(), cb);
    });
    EXPECT_EQ(noDb.error().kind, ErrorKind::NotFound);

    // Listings: pages of two, a prefix pattern, a table type; details the same way.
    auto all = await<std::vector<std::string>>(
        [&](auto cb) { return catalog->listTables(db, std::nullopt, cb, 2); });
    ASSERT_TRUE(all.ok()) << all.error().describe();
    EXPECT_EQ(all->size(), 6u);
    ListRequest request{2, std::nullopt, std::string("a\\_%")};
    auto underscore =
        await<Page<std::string>>([&](auto cb) { return catalog->listTablesPage(db, request, cb); });
    ASSERT_TRUE(underscore.ok()) << underscore.error().describe();
    EXPECT_EQ(underscore->items, std::vector<std::string>{"a_b"});
    ListRequest typed;
    typed.tableType = "materialized-table";
    auto mv =
        await<Page<std::string>>([&](auto cb) { return catalog->listTablesPage(db, typed, cb); });
    ASSERT_TRUE(mv.ok()) << mv.error().describe();
    EXPECT_EQ(mv->items, std::vector<std::string>{"mv"});
    std::optional<std::string> token;
    int details = 0;
    do {
        auto page = await<Page<TableInfo>>([&](auto cb) {
            return catalog->listTableDetailsPage(db, ListRequest{4, token, std::nullopt}, cb);
        });
        ASSERT_TRUE(page.ok()) << page.error().describe();
        details += static_cast<int>(page->items.size());
        token = page->nextPageToken;
    } while (token);
    EXPECT_EQ(details, 6);
    // Tables across databases, by both patterns, two at a time.
    TablesRequest global;
    global.maxResults = 2;
    global.databaseNamePattern = "t contract%";
    std::vector<Identifier> everywhere;
    do {
        auto page = await<Page<Identifier>>(
            [&](auto cb) { return catalog->listTablesGloballyPage(global, cb); });
        ASSERT_TRUE(page.ok()) << page.error().describe();
        everywhere.insert(everywhere.end(), page->items.begin(), page->items.end());
        global.pageToken = page->nextPageToken;
    } while (global.pageToken);
    EXPECT_EQ(everywhere.size(), 6u);
    global = {};
    global.tableNamePattern = "per\\%%";
    auto percent = await<Page<Identifier>>(
        [&](auto cb) { return catalog->listTablesGloballyPage(global, cb); });
    ASSERT_TRUE(percent.ok()) << percent.error().describe();
    EXPECT_EQ(percent->items, (std::vector<Identifier>{{db, "per%cent"}}));
    EXPECT_FALSE(await<Page<std::string>>([&](auto cb) {
                     return catalog->listTablesPage("nope", {}, cb);
                 }).ok());

    // Get, alter, rename, drop.
    Identifier orders{db, "orders"};
    auto info = await<TableInfo>([&](auto cb) { return catalog->getTable(orders, cb); });
    ASSERT_TRUE(info.ok()) << info.error().describe();
    std::vector<SchemaChange> changes = {
        change::AddColumn{{"note"}, DataType::string(), "free text", Move::after("note", "dt")},
        change::RenameColumn{{"amount"}, "total"},
        change::UpdateColumnComment{{"total"}, "money"},
        change::UpdateColumnType{{"qty"}, sqlType("BIGINT"), true},
        change::UpdateColumnNullability{{"tags"}, true},
        change::UpdateColumnDefaultValue{{"qty"}, "1"},
        change::UpdateColumnPosition{Move::first("qty")},
        change::SetOption{"snapshot.time-retained", "1 h"},
        change::RemoveOption{"bucket-key"},
        change::UpdateComment{"altered"},
        change::DropColumn{{"attrs"}},
    };
    auto altered = await<Unit>([&](auto cb) { return catalog->alterTable(orders, changes, cb); });
    ASSERT_TRUE(altered.ok()) << altered.error().describe();
    auto refused = await<Unit>([&](auto cb) {
        return catalog->alterTable(orders, {change::DropColumn{{"no_such_column"}}}, cb);
    });
    ASSERT_FALSE(refused.ok());
    Identifier moved{db, "orders 2026"};
    ASSERT_TRUE(await<Unit>([&](auto cb) { return catalog->renameTable(orders, moved, cb); }).ok());
    auto clash = await<Unit>([&](auto cb) {
        return catalog->renameTable(moved, {db, "with space"}, cb);
    });
    EXPECT_EQ(clash.error().kind, ErrorKind::AlreadyExists);
    EXPECT_EQ(await<TableInfo>([&](auto cb) { return catalog->getTable(orders, cb); }).error().kind,
              ErrorKind::NotFound);
    ASSERT_TRUE(await<Unit>([&](auto cb) { return catalog->dropTable(moved, cb); }).ok());
    EXPECT_FALSE(await<Unit>([&](auto cb) { return catalog->dropTable(moved, cb); }).ok());
    auto notEmpty = await<Unit>([&](auto cb) { return catalog->dropDatabase(db, false, cb); });
    EXPECT_EQ(notEmpty.error().kind, ErrorKind::DatabaseNotEmpty);
    ASSERT_TRUE(await<Unit>([&](auto cb) { return catalog->dropDatabase(db, true, cb); }).ok());
}

// Every table of the demo catalog, read back: every type family goes through the schema.
TEST_F(Contract, EveryDemoTableReadsBack) {
    auto dbs = await<std::vector<std::string>>(
        [&](auto cb) { return catalog->listDatabases(std::nullopt, cb); });
    ASSERT_TRUE(dbs.ok()) << dbs.error().describe();
    int tables = 0;
    for (const std::string& db : *dbs) {
        if (db.rfind("c ", 0) == 0 || db.rfind("t ", 0) == 0) continue;  // other tests'
        ASSERT_TRUE(
            await<DatabaseInfo>([&](auto cb) { return catalog->getDatabase(db, cb); }).ok());
        auto names = await<std::vector<std::string>>(
            [&](auto cb) { return catalog->listTables(db, std::nullopt, cb); });
        ASSERT_TRUE(names.ok()) << names.error().describe();
        for (const std::string& name : *names) {
            auto t = await<TableInfo>([&](auto cb) { return catalog->getTable({db, name}, cb); });
            ASSERT_TRUE(t.ok()) << db << "." << name << ": " << t.error().describe();
            ++tables;
        }
    }
    EXPECT_GT(tables, 5);
}

// Every endpoint of the table's life (OBJECTS.md §2-§5), on the demo's history.
TEST_F(Contract, TheTablesLifeEveryEndpoint) {
    const Identifier orders{"sales", "orders"}, views{"analytics", "page_views"};
    auto unit = [&](std::function<Cancellation(Callback<Unit>)> call) {
        return await<Unit>([&](auto cb) { return call(cb); });
    };
    auto latest = await<std::optional<TableSnapshot>>(
        [&](auto cb) { return catalog->getLatestSnapshot(orders, cb); });
    ASSERT_TRUE(latest.ok()) << latest.error().describe();
    ASSERT_TRUE(latest->has_value());
    auto none = await<std::optional<TableSnapshot>>([&](auto cb) {
        return catalog->getLatestSnapshot({"sales", "line_items"}, cb);
    });
    ASSERT_TRUE(none.ok()) << none.error().describe();
    EXPECT_FALSE(none->has_value());
    for (const char* version : {"EARLIEST", "LATEST", "7", "v1.0"}) {
        auto s =
            await<Snapshot>([&](auto cb) { return catalog->getSnapshot(orders, version, cb); });
        EXPECT_TRUE(s.ok()) << version << ": " << s.error().describe();
    }
    EXPECT_FALSE(
        await<Snapshot>([&](auto cb) { return catalog->getSnapshot(orders, "999", cb); }).ok());
    auto page = await<Page<Snapshot>>([&](auto cb) {
        return catalog->listSnapshotsPage(orders, ListRequest{5, std::nullopt, std::nullopt}, cb);
    });
    ASSERT_TRUE(page.ok()) << page.error().describe();
    EXPECT_EQ(page->items.size(), 5u);
    auto last = await<Page<Snapshot>>([&](auto cb) {
        return catalog->listSnapshotsPage(orders, ListRequest{5, "3", std::nullopt}, cb);
    });
    ASSERT_TRUE(last.ok()) << last.error().describe();
    EXPECT_FALSE(last->nextPageToken);

    auto tags = await<Page<std::string>>([&](auto cb) {
        return catalog->listTagsPage(orders, ListRequest{1, {}, "v"}, cb);
    });
    ASSERT_TRUE(tags.ok()) << tags.error().describe();
    for (const char* tag : {"v1.0", "before-backfill"}) {
        auto t = await<Tag>([&](auto cb) { return catalog->getTag(orders, tag, cb); });
        EXPECT_TRUE(t.ok()) << tag << ": " << t.error().describe();
    }
    EXPECT_FALSE(await<Tag>([&](auto cb) { return catalog->getTag(orders, "nope", cb); }).ok());
    ASSERT_TRUE(unit([&](auto cb) {
                    return catalog->createTag(views, {"tag with space %", 3, "1 d"}, cb);
                }).ok());
    ASSERT_TRUE(unit([&](auto cb) {
                    return catalog->createTag(views, {"latest", {}, {}}, cb);
                }).ok());
    EXPECT_FALSE(unit([&](auto cb) {
                     return catalog->createTag(views, {"latest", {}, {}}, cb);
                 }).ok());
    EXPECT_FALSE(unit([&](auto cb) { return catalog->createTag(views, {"x", 999, {}}, cb); }).ok());
    ASSERT_TRUE(
        unit([&](auto cb) { return catalog->deleteTag(views, "tag with space %", cb); }).ok());
    EXPECT_FALSE(unit([&](auto cb) { return catalog->deleteTag(views, "nope", cb); }).ok());

    auto branches =
        await<std::vector<std::string>>([&](auto cb) { return catalog->listBranches(orders, cb); });
    ASSERT_TRUE(branches.ok()) << branches.error().describe();
    ASSERT_TRUE(unit([&](auto cb) {
                    return catalog->createBranch(views, {"dev", "latest"}, cb);
                }).ok());
    ASSERT_TRUE(unit([&](auto cb) {
                    return catalog->createBranch(views, {"scratch", {}}, cb);
                }).ok());
    EXPECT_FALSE(unit([&](auto cb) { return catalog->createBranch(views, {"dev", {}}, cb); }).ok());
    ASSERT_TRUE(
        unit([&](auto cb) { return catalog->renameBranch(views, "scratch", "spare", cb); }).ok());
    ASSERT_TRUE(unit([&](auto cb) { return catalog->dropBranch(views, "spare", cb); }).ok());
    EXPECT_FALSE(unit([&](auto cb) { return catalog->dropBranch(views, "spare", cb); }).ok());
    ASSERT_TRUE(unit([&](auto cb) { return catalog->fastForwardBranch(views, "dev", cb); }).ok());

    auto consumers = await<Page<Consumer>>(
        [&](auto cb) { return catalog->listConsumersPage(orders, ListRequest{}, cb); });
    ASSERT_TRUE(consumers.ok()) << consumers.error().describe();
    EXPECT_EQ(consumers->items.size(), 2u);
    ASSERT_TRUE(unit([&](auto cb) { return catalog->resetConsumer(views, {"job", 2}, cb); }).ok());
    ASSERT_TRUE(unit([&](auto cb) { return catalog->resetConsumer(views, {"job", {}}, cb); }).ok());
    EXPECT_FALSE(unit([&](auto cb) {
                     return catalog->resetConsumer(views, {"job", 999}, cb);
                 }).ok());

    EXPECT_FALSE(unit([&](auto cb) {
                     return catalog->rollback(views, {RollbackTarget::toSnapshot(2), 1}, cb);
                 }).ok());
    EXPECT_FALSE(unit([&](auto cb) {
                     return catalog->rollback(views, {RollbackTarget::toTag("nope"), {}}, cb);
                 }).ok());
    ASSERT_TRUE(unit([&](auto cb) {
                    return catalog->rollback(views, {RollbackTarget::toTag("latest"), {}}, cb);
                }).ok());
    ASSERT_TRUE(unit([&](auto cb) {
                    return catalog->rollback(views, {RollbackTarget::toSnapshot(2), {}}, cb);
                }).ok());
    EXPECT_FALSE(unit([&](auto cb) { return catalog->rollbackSchema(views, 5, cb); }).ok());
    ASSERT_TRUE(unit([&](auto cb) { return catalog->rollbackSchema(views, 0, cb); }).ok());
}

TEST_F(Contract, PartitionsEveryEndpoint) {
    const Identifier events{"analytics", "events_hourly"};
    auto first = await<Page<Partition>>([&](auto cb) {
        return catalog->listPartitionsPage(events, ListRequest{5, {}, {}}, cb);
    });
    ASSERT_TRUE(first.ok()) << first.error().describe();
    ASSERT_EQ(first->items.size(), 5u);
    ASSERT_TRUE(first->nextPageToken);
    auto next = await<Page<Partition>>([&](auto cb) {
        return catalog->listPartitionsPage(events, ListRequest{5, first->nextPageToken, {}}, cb);
    });
    ASSERT_TRUE(next.ok()) << next.error().describe();
    EXPECT_LT(next->items.front().name(), first->items.back().name());
    const PartitionSpec oldest = first->items.back().spec;
    const std::string dt = oldest.front().second;
    auto day = await<Page<Partition>>([&](auto cb) {
        return catalog->listPartitionsPage(events, ListRequest{100, {}, "dt=" + dt + "%"}, cb);
    });
    ASSERT_TRUE(day.ok()) << day.error().describe();
    EXPECT_EQ(day->items.size(), 24u);
    auto byNames = await<std::vector<Partition>>([&](auto cb) {
        return catalog->listPartitionsByNames(events, {oldest, {{"dt", "1999-01-01"}, {"hr", "0"}}},
                                              cb);
    });
    ASSERT_TRUE(byNames.ok()) << byNames.error().describe();
    EXPECT_EQ(byNames->size(), 1u);
    ASSERT_TRUE(await<Unit>([&](auto cb) {
                    return catalog->markPartitionsDone(events, {oldest}, cb);
                }).ok());
    auto dropped = await<DropPartitionsResponse>([&](auto cb) {
        return catalog->dropPartitions(events,
                                       {{oldest, {{"dt", "1999-01-01"}, {"hr", "0"}}}, true}, cb);
    });
    ASSERT_TRUE(dropped.ok()) << dropped.error().describe();
    EXPECT_EQ(dropped->dropped.size(), 1u);
    EXPECT_EQ(dropped->missing.size(), 1u);
    auto strict = await<DropPartitionsResponse>([&](auto cb) {
        return catalog->dropPartitions(events, {{oldest}, false}, cb);
    });
    ASSERT_FALSE(strict.ok());
    EXPECT_EQ(strict.error().kind, ErrorKind::NotFound);
    // A create's body goes through the contract; a spec that is not the table's is refused
    // (400). A valid one is 501, which the proxy would replace by a mock (RestServiceTest).
    auto created = await<CreatePartitionsResponse>([&](auto cb) {
        return catalog->createPartitions(events, {{{{"day", "2030-01-01"}}}, true, {}, false}, cb);
    });
    ASSERT_FALSE(created.ok());
    EXPECT_EQ(created.error().kind, ErrorKind::BadRequest) << created.error().describe();
    // list-by-filter: the predicate is required, and a superset may come back.
    auto noFilter =
        raw("POST", "/v1/paimon/databases/analytics/tables/events_hourly/partitions/list-by-filter",
            R"({"filter":"","maxResults":2})");
    ASSERT_TRUE(noFilter);
    EXPECT_EQ(noFilter->status, 400) << noFilter->body;
    auto filtered =
        raw("POST", "/v1/paimon/databases/analytics/tables/events_hourly/partitions/list-by-filter",
            R"({"filter":"{\"kind\":\"LEAF\"}","maxResults":2})");
    ASSERT_TRUE(filtered);
    EXPECT_EQ(filtered->status, 200) << filtered->body;
    auto missingTable = await<Page<Partition>>([&](auto cb) {
        return catalog->listPartitionsPage({"analytics", "nope"}, ListRequest{}, cb);
    });
    ASSERT_FALSE(missingTable.ok());
    EXPECT_EQ(missingTable.error().kind, ErrorKind::NotFound);
}

TEST_F(Contract, ViewsAndFunctionsEveryEndpoint) {
    auto unit = [&](std::function<Cancellation(Callback<Unit>)> call) {
        return await<Unit>([&](auto cb) { return call(cb); });
    };
    auto names = await<Page<std::string>>([&](auto cb) {
        return catalog->listViewsPage("sales", ListRequest{1, {}, {}}, cb);
    });
    ASSERT_TRUE(names.ok()) << names.error().describe();
    EXPECT_EQ(names->items.size(), 1u);
    auto details = await<Page<ViewInfo>>(
        [&](auto cb) { return catalog->listViewDetailsPage("sales", ListRequest{}, cb); });
    ASSERT_TRUE(details.ok()) << details.error().describe();
    auto global = await<Page<Identifier>>([&](auto cb) {
        return catalog->listViewsGloballyPage(TablesRequest{0, {}, "ana%", "hour%"}, cb);
    });
    ASSERT_TRUE(global.ok()) << global.error().describe();
    EXPECT_EQ(global->items.size(), 1u);
    const Identifier v{"sales", "view with space %"};
    ViewSchema schema;
    schema.fields = {DataField{0, "n", sqlType("BIGINT"), std::nullopt, std::nullopt}};
    schema.query = "SELECT 1 AS n";
    schema.dialects = {{"flink", "SELECT 1 AS n"}};
    ASSERT_TRUE(unit([&](auto cb) { return catalog->createView(v, schema, cb); }).ok());
    EXPECT_FALSE(unit([&](auto cb) { return catalog->createView(v, schema, cb); }).ok());
    ASSERT_TRUE(unit([&](auto cb) {
                    return catalog->alterView(
                        v,
                        {ViewChange::addDialect("spark", "SELECT 1 AS n"),
                         ViewChange::setOption("k", "v"), ViewChange::updateComment("c")},
                        cb);
                }).ok());
    auto dialect =
        unit([&](auto cb) { return catalog->alterView(v, {ViewChange::dropDialect("hive")}, cb); });
    ASSERT_FALSE(dialect.ok());
    EXPECT_EQ(dialect.error().resourceType, "DIALECT");
    auto got = await<ViewInfo>([&](auto cb) { return catalog->getView(v, cb); });
    ASSERT_TRUE(got.ok()) << got.error().describe();
    EXPECT_EQ(got->schema.dialects.size(), 2u);
    const Identifier moved{"analytics", "moved view"};
    ASSERT_TRUE(unit([&](auto cb) { return catalog->renameView(v, moved, cb); }).ok());
    ASSERT_TRUE(unit([&](auto cb) { return catalog->dropView(moved, cb); }).ok());
    EXPECT_FALSE(await<ViewInfo>([&](auto cb) { return catalog->getView(moved, cb); }).ok());

    auto functions = await<Page<FunctionInfo>>(
        [&](auto cb) { return catalog->listFunctionDetailsPage("sales", ListRequest{}, cb); });
    ASSERT_TRUE(functions.ok()) << functions.error().describe();
    EXPECT_EQ(functions->items.size(), 2u);
    auto fnames = await<Page<std::string>>(
        [&](auto cb) { return catalog->listFunctionsPage("analytics", ListRequest{}, cb); });
    ASSERT_TRUE(fnames.ok()) << fnames.error().describe();
    auto fglobal = await<Page<Identifier>>(
        [&](auto cb) { return catalog->listFunctionsGloballyPage(TablesRequest{}, cb); });
    ASSERT_TRUE(fglobal.ok()) << fglobal.error().describe();
    EXPECT_EQ(fglobal->items.size(), 3u);
    for (const auto& f : functions->items) {
        auto one = await<FunctionInfo>([&](auto cb) {
            return catalog->getFunction({"sales", f.name}, cb);
        });
        EXPECT_TRUE(one.ok()) << f.name << ": " << one.error().describe();
    }
    auto geo = await<FunctionInfo>([&](auto cb) {
        return catalog->getFunction({"analytics", "geo.distance_km"}, cb);
    });
    ASSERT_TRUE(geo.ok()) << geo.error().describe();
    const Identifier fn{"sales", "contract.f-1"};
    FunctionInfo f;
    f.name = fn.object;
    f.definitions["flink"] = {FunctionDefinition::Type::Sql, "1", {}, {}, {}, {}};
    ASSERT_TRUE(unit([&](auto cb) { return catalog->createFunction(fn, f, cb); }).ok());
    EXPECT_FALSE(unit([&](auto cb) { return catalog->createFunction(fn, f, cb); }).ok());
    FunctionChange add;
    add.action = FunctionChange::Action::AddDefinition;
    add.key = "spark";
    add.definition =
        FunctionDefinition{FunctionDefinition::Type::Lambda, "() -> 1", {}, "java", {}, {}};
    ASSERT_TRUE(unit([&](auto cb) { return catalog->alterFunction(fn, {add}, cb); }).ok());
    auto again = unit([&](auto cb) { return catalog->alterFunction(fn, {add}, cb); });
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().resourceType, "DEFINITION");
    ASSERT_TRUE(unit([&](auto cb) { return catalog->dropFunction(fn, cb); }).ok());
    EXPECT_FALSE(unit([&](auto cb) { return catalog->dropFunction(fn, cb); }).ok());
}

// What Java's server refuses, ours refuses, and the refusals are valid answers of the contract.
TEST_F(Contract, ServerRefusalsHaveTheContractsShape) {
    for (const char* target : {"/v1/paimon/databases?databaseNamePattern=%25a%25",
                               "/v1/paimon/databases/sales/tables?tableNamePattern=a%25b",
                               "/v1/paimon/databases/sales/table-details?tableNamePattern=%25b",
                               "/v1/paimon/tables?databaseNamePattern=%25b"}) {
        auto r = raw("GET", target);
        ASSERT_TRUE(r) << target;
        EXPECT_EQ(r->status, 400) << target << ": " << r->body;
    }
    auto slash = raw("POST", "/v1/paimon/databases", R"({"name":"a/b","options":{}})");
    ASSERT_TRUE(slash);
    EXPECT_EQ(slash->status, 400) << slash->body;
    auto sys = raw("POST", "/v1/paimon/databases", R"({"name":"sys","options":{}})");
    ASSERT_TRUE(sys);
    EXPECT_EQ(sys->status, 400) << sys->body;
    auto branch = raw("POST", "/v1/paimon/databases/sales/tables",
                      R"({"identifier":{"database":"sales","object":"orders$branch_b"},)"
                      R"("schema":{"fields":[{"id":0,"name":"a","type":"INT"}],)"
                      R"("partitionKeys":[],"primaryKeys":[],"options":{}}})");
    ASSERT_TRUE(branch);
    EXPECT_EQ(branch->status, 400) << branch->body;
    auto unauthorized = httplib::Client(env().url).Get("/v1/paimon/databases");
    ASSERT_TRUE(unauthorized);
    EXPECT_EQ(unauthorized->status, 401);
}

// The check can fail: a body sent without a Content-Type is reported by the proxy (and the
// environment's final check requires that report, and only that one, to be there).
TEST_F(Contract, TheProxyCatchesARequestBrokenOnPurpose) {
    auto r = raw("POST", std::string("/v1/paimon/databases/") + kBrokenOnPurpose,
                 R"({"removals":[],"updates":{"a":"b"}})", false);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 422) << r->body;
    EXPECT_NE(r->body.find("content types"), std::string::npos) << r->body;
}

}  // namespace
}  // namespace paimon

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    paimon::ContractEnvironment::instance = new paimon::ContractEnvironment;
    ::testing::AddGlobalTestEnvironment(paimon::ContractEnvironment::instance);
    return RUN_ALL_TESTS();
}
