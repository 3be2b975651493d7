// RestCatalog over QtTransport against paimon-rest-server, every operation end to end.
#include <gtest/gtest.h>
#include <httplib.h>

#include <QDir>
#include <QProcess>

#include <fstream>

#include "core/catalog/RestCatalog.h"
#include "core/fs/Warehouse.h"
#include "core/json/Messages.h"
#include "core/rest/CatalogOptions.h"
#include "core/types/TypeParser.h"
#include "tests/support/Await.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/TempDir.h"
#include "ui/net/QtScheduler.h"
#include "ui/net/QtTransport.h"

namespace fs = std::filesystem;

namespace paimon {
namespace {

using testing::await;
using testing::ServerProcess;

DataType type(const std::string& sql, int firstNestedId = 100) {
    FieldIdCounter ids{firstNestedId - 1};
    auto t = parseDataType(sql, &ids);
    EXPECT_TRUE(t.ok()) << sql;
    return t.ok() ? *t : DataType();
}

Schema ordersSchema() {
    Schema s;
    s.fields = {
        DataField{0, "order_id", type("BIGINT"), "id", std::nullopt},
        DataField{1, "dt", type("STRING"), std::nullopt, std::nullopt},
        DataField{2, "addr", type("ROW<city STRING, zip INT>", 3), std::nullopt, std::nullopt},
        DataField{5, "amount", type("DECIMAL(10, 2)"), std::nullopt, "'0'"},
    };
    s.partitionKeys = {"dt"};
    s.primaryKeys = {"order_id", "dt"};
    s.options = {{"bucket", "2"}};
    s.comment = "orders";
    return s;
}

class Client {
public:
    std::shared_ptr<QtTransport> transport = std::make_shared<QtTransport>();
    std::shared_ptr<QtScheduler> scheduler = std::make_shared<QtScheduler>();

    Result<std::shared_ptr<RestCatalog>> open(Options options) {
        RestCatalog::Setup setup;
        setup.options = std::move(options);
        setup.transport = transport;
        setup.scheduler = scheduler;
        return await<std::shared_ptr<RestCatalog>>(
            [&](auto cb) { return RestCatalog::open(setup, std::move(cb)); });
    }
};

class RestCatalogIntegration : public ::testing::Test {
protected:
    fs::path warehouse() { return dir.path() / "wh"; }

    std::shared_ptr<RestCatalog> start(QStringList extraArgs = {}, Options clientOptions = {}) {
        server = std::make_unique<ServerProcess>(
            QStringList{"--warehouse", QString::fromStdString(warehouse().string())} + extraArgs);
        clientOptions[opt::kUri] = server->url();
        auto opened = client.open(clientOptions);
        EXPECT_TRUE(opened.ok()) << opened.error().describe();
        return opened.ok() ? *opened : nullptr;
    }

    testing::TempDir dir;
    std::unique_ptr<ServerProcess> server;
    Client client;
};

TEST_F(RestCatalogIntegration, EveryOperation) {
    auto catalog = start({"--prefix", "paimon"});
    ASSERT_TRUE(catalog);
    EXPECT_EQ(catalog->options().at("prefix"), "paimon");
    EXPECT_EQ(catalog->paths().databases(), "/v1/paimon/databases");

    auto created = await<Unit>([&](auto cb) {
        return catalog->createDatabase("sales", {{"comment", "Sales"}}, cb);
    });
    ASSERT_TRUE(created.ok()) << created.error().describe();
    auto db = await<DatabaseInfo>([&](auto cb) { return catalog->getDatabase("sales", cb); });
    ASSERT_TRUE(db.ok()) << db.error().describe();
    EXPECT_EQ(db->options.at("comment"), "Sales");

    auto altered = await<AlterDatabaseResult>([&](auto cb) {
        return catalog->alterDatabase("sales", {"comment", "nope"}, {{"owner", "ana"}}, cb);
    });
    ASSERT_TRUE(altered.ok()) << altered.error().describe();
    EXPECT_EQ(altered->removed, std::vector<std::string>{"comment"});
    EXPECT_EQ(altered->missing, std::vector<std::string>{"nope"});
    EXPECT_EQ(altered->updated, std::vector<std::string>{"owner"});

    ASSERT_TRUE(
        await<Unit>([&](auto cb) { return catalog->createDatabase("archive", {}, cb); }).ok());
    auto dbs = await<std::vector<std::string>>(
        [&](auto cb) { return catalog->listDatabases(std::nullopt, cb); });
    ASSERT_TRUE(dbs.ok());
    EXPECT_EQ(*dbs, (std::vector<std::string>{"archive", "sales"}));

    Identifier orders{"sales", "orders"};
    auto table =
        await<Unit>([&](auto cb) { return catalog->createTable(orders, ordersSchema(), cb); });
    ASSERT_TRUE(table.ok()) << table.error().describe();
    auto info = await<TableInfo>([&](auto cb) { return catalog->getTable(orders, cb); });
    ASSERT_TRUE(info.ok()) << info.error().describe();
    EXPECT_EQ(info->schemaId, 0);
    EXPECT_EQ(info->schema.fields.size(), 4u);
    EXPECT_EQ(info->schema.fields[2].type.sql(), "ROW<`city` STRING, `zip` INT>");
    EXPECT_FALSE(info->schema.fields[0].type.nullable());
    EXPECT_EQ(info->schema.fields[3].defaultValue, "'0'");
    EXPECT_EQ(info->schema.comment, "orders");

    std::vector<SchemaChange> changes = {
        change::AddColumn{{"note"}, DataType::string(), "free text", Move::after("note", "dt")},
        change::RenameColumn{{"amount"}, "total"},
        change::SetOption{"snapshot.time-retained", "1 h"},
    };
    auto alteredTable =
        await<Unit>([&](auto cb) { return catalog->alterTable(orders, changes, cb); });
    ASSERT_TRUE(alteredTable.ok()) << alteredTable.error().describe();
    info = await<TableInfo>([&](auto cb) { return catalog->getTable(orders, cb); });
    ASSERT_TRUE(info.ok());
    EXPECT_EQ(info->schemaId, 1);
    EXPECT_EQ(info->schema.fields[2].name, "note");
    EXPECT_EQ(info->schema.fields[2].id, 6);
    EXPECT_EQ(info->schema.fields[4].name, "total");
    EXPECT_EQ(info->schema.options.at("snapshot.time-retained"), "1 h");
    // On disk, in Paimon's layout.
    EXPECT_TRUE(fs::exists(warehouse() / "sales.db" / "orders" / "schema" / "schema-1"));

    Identifier moved{"archive", "orders_2024"};
    auto renamed = await<Unit>([&](auto cb) { return catalog->renameTable(orders, moved, cb); });
    ASSERT_TRUE(renamed.ok()) << renamed.error().describe();
    auto tables = await<std::vector<std::string>>(
        [&](auto cb) { return catalog->listTables("archive", std::nullopt, cb); });
    ASSERT_TRUE(tables.ok());
    EXPECT_EQ(*tables, std::vector<std::string>{"orders_2024"});

    auto notEmpty =
        await<Unit>([&](auto cb) { return catalog->dropDatabase("archive", false, cb); });
    ASSERT_FALSE(notEmpty.ok());
    EXPECT_EQ(notEmpty.error().kind, ErrorKind::DatabaseNotEmpty);
    EXPECT_TRUE(fs::exists(warehouse() / "archive.db" / "orders_2024"));

    ASSERT_TRUE(await<Unit>([&](auto cb) { return catalog->dropTable(moved, cb); }).ok());
    EXPECT_FALSE(fs::exists(warehouse() / "archive.db" / "orders_2024"));
    ASSERT_TRUE(
        await<Unit>([&](auto cb) { return catalog->dropDatabase("archive", false, cb); }).ok());
    ASSERT_TRUE(
        await<Unit>([&](auto cb) { return catalog->dropDatabase("sales", true, cb); }).ok());
    dbs = await<std::vector<std::string>>(
        [&](auto cb) { return catalog->listDatabases(std::nullopt, cb); });
    ASSERT_TRUE(dbs.ok());
    EXPECT_TRUE(dbs->empty());

    // SIGTERM stops the server cleanly.
    EXPECT_EQ(server->stop(), 0);
}

TEST_F(RestCatalogIntegration, PagingOverMoreThanAThousandTables) {
    {
        auto w = Warehouse::open(warehouse());
        ASSERT_TRUE(w.ok());
        ASSERT_TRUE((*w)->createDatabase("big", {}).ok());
        Schema s;
        s.fields = {DataField{0, "id", DataType(), std::nullopt, std::nullopt}};
        for (int i = 0; i < 1234; ++i) {
            char name[16];
            std::snprintf(name, sizeof name, "t_%04d", i);
            ASSERT_TRUE((*w)->createTable({"big", name}, s).ok());
        }
    }
    auto catalog = start();
    ASSERT_TRUE(catalog);
    // The server's default page (100), an explicit one, and a pattern.
    for (int pageSize : {0, 250, 1000}) {
        auto all = await<std::vector<std::string>>(
            [&](auto cb) { return catalog->listTables("big", std::nullopt, cb, pageSize); });
        ASSERT_TRUE(all.ok()) << all.error().describe();
        ASSERT_EQ(all->size(), 1234u) << pageSize;
        EXPECT_EQ(all->front(), "t_0000");
        EXPECT_EQ(all->back(), "t_1233");
        EXPECT_TRUE(std::is_sorted(all->begin(), all->end()));
    }
    auto page = await<Page<std::string>>([&](auto cb) {
        return catalog->listTablesPage("big", ListRequest{7, std::nullopt, std::nullopt}, cb);
    });
    ASSERT_TRUE(page.ok());
    EXPECT_EQ(page->items.size(), 7u);
    EXPECT_EQ(page->nextPageToken, "t_0006");
    auto matching = await<std::vector<std::string>>(
        [&](auto cb) { return catalog->listTables("big", std::string("t_12%"), cb, 10); });
    ASSERT_TRUE(matching.ok());
    EXPECT_EQ(matching->size(), 34u);
    auto details = await<Page<TableInfo>>([&](auto cb) {
        return catalog->listTableDetailsPage("big", ListRequest{3, std::nullopt, std::nullopt}, cb);
    });
    ASSERT_TRUE(details.ok()) << details.error().describe();
    ASSERT_EQ(details->items.size(), 3u);
    EXPECT_EQ(details->items[2].name, "t_0002");
    EXPECT_EQ(details->items[2].schema.fields[0].name, "id");
}

TEST_F(RestCatalogIntegration, EveryErrorClass) {
    auto catalog = start({"--max-body-bytes", "4096"});
    ASSERT_TRUE(catalog);
    ASSERT_TRUE(await<Unit>([&](auto cb) { return catalog->createDatabase("db", {}, cb); }).ok());
    ASSERT_TRUE(await<Unit>([&](auto cb) {
                    return catalog->createTable({"db", "t"}, ordersSchema(), cb);
                }).ok());

    auto missingDb = await<DatabaseInfo>([&](auto cb) { return catalog->getDatabase("nope", cb); });
    ASSERT_FALSE(missingDb.ok());
    EXPECT_EQ(missingDb.error().kind, ErrorKind::NotFound);
    EXPECT_EQ(missingDb.error().httpStatus, 404);
    EXPECT_EQ(missingDb.error().resourceType, "DATABASE");
    EXPECT_EQ(missingDb.error().resourceName, "nope");
    EXPECT_EQ(missingDb.error().requestId.size(), 36u) << "the server's x-request-id";

    auto missingTable = await<TableInfo>([&](auto cb) {
        return catalog->getTable({"db", "nope"}, cb);
    });
    ASSERT_FALSE(missingTable.ok());
    EXPECT_EQ(missingTable.error().kind, ErrorKind::NotFound);
    EXPECT_EQ(missingTable.error().resourceType, "TABLE");

    auto exists = await<Unit>([&](auto cb) { return catalog->createDatabase("db", {}, cb); });
    ASSERT_FALSE(exists.ok());
    EXPECT_EQ(exists.error().kind, ErrorKind::AlreadyExists);
    EXPECT_EQ(exists.error().httpStatus, 409);

    // A rule of the schema engine: 400 naming the rule.
    auto rule = await<Unit>([&](auto cb) {
        return catalog->alterTable({"db", "t"}, {change::DropColumn{{"dt"}}}, cb);
    });
    ASSERT_FALSE(rule.ok());
    EXPECT_EQ(rule.error().kind, ErrorKind::BadRequest);
    EXPECT_EQ(rule.error().httpStatus, 400);
    EXPECT_NE(rule.error().message.find("Cannot drop partition key or primary key: [dt]"),
              std::string::npos);
    auto column = await<Unit>([&](auto cb) {
        return catalog->alterTable({"db", "t"}, {change::RenameColumn{{"nope"}, "x"}}, cb);
    });
    ASSERT_FALSE(column.ok());
    EXPECT_EQ(column.error().httpStatus, 404);
    EXPECT_EQ(column.error().resourceType, "COLUMN");

    // A body over the server's limit: 413, reported with its status.
    Schema big = ordersSchema();
    big.comment = std::string(10000, 'x');
    auto tooBig = await<Unit>([&](auto cb) {
        return catalog->createTable({"db", "big"}, big, cb);
    });
    ASSERT_FALSE(tooBig.ok());
    EXPECT_EQ(tooBig.error().httpStatus, 413);
    EXPECT_FALSE(fs::exists(warehouse() / "db.db" / "big"));

    // A name that would leave the warehouse: 400, and no file is touched.
    auto escape = await<Unit>([&](auto cb) { return catalog->createDatabase("../evil", {}, cb); });
    ASSERT_FALSE(escape.ok());
    EXPECT_EQ(escape.error().httpStatus, 400);
    EXPECT_FALSE(fs::exists(dir.path() / "evil.db"));

    // An operation the server does not implement: 501.
    auto system = await<TableInfo>([&](auto cb) {
        return catalog->getTable({"db", "t$snapshots"}, cb);
    });
    ASSERT_FALSE(system.ok());
    EXPECT_EQ(system.error().kind, ErrorKind::NotImplemented);
    EXPECT_EQ(system.error().httpStatus, 501);

    // A damaged schema file: 500, with a message and no file content.
    std::ofstream(warehouse() / "db.db" / "t" / "schema" / "schema-1") << "{ damaged";
    auto damaged = await<TableInfo>([&](auto cb) { return catalog->getTable({"db", "t"}, cb); });
    ASSERT_FALSE(damaged.ok());
    EXPECT_EQ(damaged.error().kind, ErrorKind::ServiceFailure);
    EXPECT_EQ(damaged.error().httpStatus, 500);
    EXPECT_EQ(damaged.error().message.find("damaged"), std::string::npos);

    // The server gone: a network error, not a hang.
    server->stop();
    auto gone = await<DatabaseInfo>([&](auto cb) { return catalog->getDatabase("db", cb); });
    ASSERT_FALSE(gone.ok());
    EXPECT_EQ(gone.error().kind, ErrorKind::Network);
}

TEST_F(RestCatalogIntegration, NamesThatNeedEncoding) {
    auto catalog = start({"--prefix", "my catalog/1"});
    ASSERT_TRUE(catalog);
    for (const std::string name :
         {"a b", "100%", "cost$", "x+y", "名字", "Ünïcödé", "tilde~star*", "all of 名 %$+~"}) {
        ASSERT_TRUE(
            await<Unit>([&](auto cb) { return catalog->createDatabase(name, {}, cb); }).ok())
            << name;
        std::string tableName = name;
        std::replace(tableName.begin(), tableName.end(), '$', '_');  // '$' names a branch
        Identifier id{name, tableName};
        auto created =
            await<Unit>([&](auto cb) { return catalog->createTable(id, ordersSchema(), cb); });
        ASSERT_TRUE(created.ok()) << name << ": " << created.error().describe();
        auto info = await<TableInfo>([&](auto cb) { return catalog->getTable(id, cb); });
        ASSERT_TRUE(info.ok()) << name;
        EXPECT_EQ(info->database, name);
        EXPECT_EQ(info->name, tableName);
        EXPECT_TRUE(fs::exists(warehouse() / (name + ".db") / tableName / "schema" / "schema-0"));
        auto tables = await<std::vector<std::string>>(
            [&](auto cb) { return catalog->listTables(name, std::nullopt, cb); });
        ASSERT_TRUE(tables.ok());
        EXPECT_EQ(*tables, std::vector<std::string>{tableName});
    }
    // '/' cannot be a folder name: refused with 400 whole, nothing created.
    auto slash = await<Unit>([&](auto cb) { return catalog->createDatabase("a/b", {}, cb); });
    ASSERT_FALSE(slash.ok());
    EXPECT_EQ(slash.error().httpStatus, 400);
    EXPECT_FALSE(fs::exists(warehouse() / "a"));
}

TEST_F(RestCatalogIntegration, SeveralRequestsInFlight) {
    auto catalog = start();
    ASSERT_TRUE(catalog);
    ASSERT_TRUE(await<Unit>([&](auto cb) { return catalog->createDatabase("db", {}, cb); }).ok());
    ASSERT_TRUE(await<Unit>([&](auto cb) {
                    return catalog->createTable({"db", "t"}, ordersSchema(), cb);
                }).ok());
    int ok = 0, done = 0;
    for (int i = 0; i < 40; ++i) {
        catalog->getTable({"db", "t"}, [&](Result<TableInfo> r) {
            ++done;
            if (r.ok() && r->name == "t") ++ok;
        });
    }
    ASSERT_TRUE(testing::spinUntil([&] { return done == 40; }));
    EXPECT_EQ(ok, 40);
}

// Java's ResourcePaths refuses a null prefix, so a server without one cannot be used by Flink,
// Spark or any Java client: ours always announces one ("paimon" unless --prefix says otherwise).
TEST_F(RestCatalogIntegration, TheServerAlwaysAnnouncesAPrefix) {
    auto catalog = start();
    ASSERT_TRUE(catalog);
    EXPECT_EQ(catalog->options().at("prefix"), "paimon");
    EXPECT_TRUE(catalog->notices().empty());
    httplib::Client http(server->url());
    auto config = http.Get("/v1/config");
    ASSERT_TRUE(config);
    auto decoded = codec::decodeConfigResponse(config->body);
    ASSERT_TRUE(decoded.ok());
    EXPECT_EQ(decoded->defaults.at("prefix"), "paimon");
    // The last page's token is written as null, as Java writes it and pypaimon requires.
    auto list = http.Get("/v1/paimon/databases");
    ASSERT_TRUE(list);
    EXPECT_EQ(list->body, R"({"databases":[],"nextPageToken":null})");

    // An empty prefix is refused at start.
    QProcess empty;
    empty.start(QStringLiteral(PAIMON_SERVER_BINARY),
                {"--warehouse", QString::fromStdString((dir.path() / "other").string()), "--port",
                 "0", "--prefix", ""});
    ASSERT_TRUE(empty.waitForFinished(10000));
    EXPECT_EQ(empty.exitCode(), 2);
    EXPECT_TRUE(empty.readAllStandardError().contains("Java clients need a prefix"));
}

TEST_F(RestCatalogIntegration, AnswersAreNotCompressedWhateverTheClientAccepts) {
    auto catalog = start();
    ASSERT_TRUE(catalog);
    ASSERT_TRUE(await<Unit>([&](auto cb) { return catalog->createDatabase("db", {}, cb); }).ok());
    httplib::Client http(server->url());
    auto res =
        http.Get("/v1/paimon/databases?maxResults=5", {{"Accept-Encoding", "br, gzip, deflate"}});
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 200);
    EXPECT_FALSE(res->has_header("Content-Encoding"));
    EXPECT_EQ(res->get_header_value("Content-Type"), "application/json");
    auto page = codec::decodeListDatabasesResponse(res->body);
    ASSERT_TRUE(page.ok()) << res->body;
    EXPECT_EQ(page->items, std::vector<std::string>{"db"});
}

// ---- authentication ----

class AuthIntegration : public RestCatalogIntegration {};

TEST_F(AuthIntegration, BearerToken) {
    server = std::make_unique<ServerProcess>(
        QStringList{"--warehouse", QString::fromStdString(warehouse().string()), "--auth", "bearer",
                    "--token", "s3cret-token"});
    Options good{
        {opt::kUri, server->url()}, {opt::kTokenProvider, "bear"}, {opt::kToken, "s3cret-token"}};
    auto catalog = client.open(good);
    ASSERT_TRUE(catalog.ok()) << catalog.error().describe();
    EXPECT_TRUE(
        await<Unit>([&](auto cb) { return (*catalog)->createDatabase("db", {}, cb); }).ok());

    Options bad = good;
    bad[opt::kToken] = "wrong";
    auto refused = client.open(bad);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, ErrorKind::NotAuthorized);
    EXPECT_EQ(refused.error().httpStatus, 401);
    EXPECT_EQ(refused.error().message.find("wrong"), std::string::npos);
    Options none{{opt::kUri, server->url()}};
    EXPECT_EQ(client.open(none).error().kind, ErrorKind::NotAuthorized);
}

class DlfIntegration : public RestCatalogIntegration,
                       public ::testing::WithParamInterface<const char*> {
protected:
    void startDlf(QStringList extra = {}) {
        server = std::make_unique<ServerProcess>(
            QStringList{"--warehouse", QString::fromStdString(warehouse().string()), "--auth",
                        "dlf", "--access-key-id", "AKID-test", "--access-key-secret",
                        "very-secret"} +
            extra);
    }
    Options dlfOptions(const std::string& secret) {
        return {{opt::kUri, server->url()},          {opt::kTokenProvider, "dlf"},
                {opt::kDlfRegion, "cn-hangzhou"},    {opt::kDlfSigningAlgorithm, GetParam()},
                {opt::kDlfAccessKeyId, "AKID-test"}, {opt::kDlfAccessKeySecret, secret}};
    }
};

TEST_P(DlfIntegration, GoodAndBadCredentials) {
    startDlf({"--prefix", "p"});
    auto catalog = client.open(dlfOptions("very-secret"));
    ASSERT_TRUE(catalog.ok()) << catalog.error().describe();
    // Bodies, query strings and names that need encoding are all covered by the signature.
    ASSERT_TRUE(await<Unit>([&](auto cb) {
                    return (*catalog)->createDatabase("a b~名+%", {{"k", "v"}}, cb);
                }).ok());
    auto list = await<std::vector<std::string>>(
        [&](auto cb) { return (*catalog)->listDatabases(std::string("a b%"), cb, 5); });
    ASSERT_TRUE(list.ok()) << list.error().describe();
    EXPECT_EQ(*list, std::vector<std::string>{"a b~名+%"});
    auto drop =
        await<Unit>([&](auto cb) { return (*catalog)->dropDatabase("a b~名+%", true, cb); });
    EXPECT_TRUE(drop.ok()) << drop.error().describe();

    auto refused = client.open(dlfOptions("not-the-secret"));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().httpStatus, 401);
    EXPECT_EQ(refused.error().message.find("not-the-secret"), std::string::npos);
    Options otherKey = dlfOptions("very-secret");
    otherKey[opt::kDlfAccessKeyId] = "AKID-other";
    EXPECT_EQ(client.open(otherKey).error().httpStatus, 401);
}

TEST_P(DlfIntegration, SecurityTokenMustMatch) {
    startDlf({"--security-token", "sts-123"});
    Options options = dlfOptions("very-secret");
    options[opt::kDlfSecurityToken] = "sts-123";
    EXPECT_TRUE(client.open(options).ok());
    options[opt::kDlfSecurityToken] = "sts-999";
    EXPECT_EQ(client.open(options).error().httpStatus, 401);
}

// The token file is read again when its expiry is near: fixing the file fixes the next call.
TEST_P(DlfIntegration, TokenFileRefreshEndToEnd) {
    startDlf();
    fs::path tokenFile = dir.path() / "token.json";
    auto writeToken =
        [&](const std::string& secret) {
            std::ofstream(tokenFile)
                << R"({"AccessKeyId":"AKID-test","AccessKeySecret":")" << secret
                << R"(","SecurityToken":"sts","Expiration":"2000-01-01T00:00:00Z"})";
        };
    writeToken("stale-secret");
    Options options = dlfOptions("");
    options.erase(opt::kDlfAccessKeyId);
    options.erase(opt::kDlfAccessKeySecret);
    options[opt::kDlfTokenPath] = tokenFile.string();
    auto refused = client.open(options);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().httpStatus, 401);
    writeToken("very-secret");
    auto catalog = client.open(options);
    ASSERT_TRUE(catalog.ok()) << catalog.error().describe();
    writeToken("stale-again");
    auto later = await<std::vector<std::string>>(
        [&](auto cb) { return (*catalog)->listDatabases(std::nullopt, cb); });
    ASSERT_FALSE(later.ok());
    EXPECT_EQ(later.error().httpStatus, 401);
}

INSTANTIATE_TEST_SUITE_P(Signers, DlfIntegration, ::testing::Values("default", "openapi"));

}  // namespace
}  // namespace paimon
