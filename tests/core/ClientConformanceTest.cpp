// What Java's RESTCatalog does before or instead of sending, and what it adds to what it sends
// (issue: speak Paimon exactly as Java does). A FakeTransport records every request, so "sends
// nothing" is checked, not assumed.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "core/catalog/RestCatalog.h"
#include "core/catalog/WriteOperation.h"
#include "core/json/Messages.h"
#include "core/types/TypeParser.h"
#include "tests/support/FakeTransport.h"

namespace paimon {
namespace {

using testing::FakeTransport;
using testing::ManualScheduler;

struct Client {
    std::shared_ptr<ManualScheduler> scheduler = std::make_shared<ManualScheduler>();
    std::shared_ptr<FakeTransport> transport = std::make_shared<FakeTransport>(scheduler);
    std::shared_ptr<RestCatalog> catalog;
    std::function<TransportResult(const HttpRequest&)> answer = [](const HttpRequest&) {
        return FakeTransport::json(200, "");
    };

    // `serverDefaults` are what /v1/config sends as defaults (a prefix is always among them).
    explicit Client(Options clientOptions = {}, Options serverDefaults = {}) {
        serverDefaults["prefix"] = "p";
        transport->setHandler([this, serverDefaults](const HttpRequest& r) {
            if (r.path == "/v1/config") {
                return TransportResult(
                    FakeTransport::json(200, codec::encode(ConfigResponse{serverDefaults, {}})));
            }
            return answer(r);
        });
        clientOptions["uri"] = "http://h:1";
        RestCatalog::open({clientOptions, transport, scheduler, nullptr, {}, {}, {}},
                          [this](Result<std::shared_ptr<RestCatalog>> r) {
                              ASSERT_TRUE(r.ok()) << r.error().describe();
                              catalog = *r;
                          });
        scheduler->runReady();
    }
    size_t sent() const { return transport->requests().size(); }

    template <class T, class F>
    Result<T> wait(F start) {
        std::optional<Result<T>> out;
        start([&](Result<T> r) { out = std::move(r); });
        scheduler->advance(Millis(60000));
        if (!out) return makeError(ErrorKind::Timeout, "no callback");
        return std::move(*out);
    }
};

Schema oneColumn(Options options = {}) {
    Schema s;
    s.fields = {{0, "id", parseDataType("BIGINT").value(), std::nullopt, std::nullopt}};
    s.options = std::move(options);
    return s;
}

// Java copies every table-default.<key> of the catalog options (client options and server
// config alike) into a new table's options when the schema does not set the key.
TEST(ClientConformance, TableDefaultsFromClientAndServerGoIntoNewTables) {
    Client c({{"table-default.bucket", "4"}, {"table-default.file.format", "orc"}},
             {{"table-default.changelog-producer", "input"}, {"table-default.file.format", "x"}});
    ASSERT_TRUE(c.catalog);
    EXPECT_EQ(c.catalog->tableDefaults(),
              (Options{{"bucket", "4"}, {"changelog-producer", "input"}, {"file.format", "orc"}}))
        << "client options win over server defaults, as in the merge";
    auto created = c.wait<Unit>([&](auto cb) {
        return c.catalog->createTable({"db", "t"}, oneColumn({{"bucket", "2"}}), cb);
    });
    ASSERT_TRUE(created.ok()) << created.error().describe();
    auto body = codec::decodeCreateTableRequest(*c.transport->last().body);
    ASSERT_TRUE(body.ok());
    EXPECT_EQ(body->schema.options,
              (Options{{"bucket", "2"}, {"changelog-producer", "input"}, {"file.format", "orc"}}))
        << "the schema's own bucket stays; the defaults fill the rest";
    // The editors' preview shows the same body.
    auto preview = previewRequests(write::CreateTable{{"db", "t"}, oneColumn({{"bucket", "2"}})},
                                   *c.catalog->restRequests());
    ASSERT_EQ(preview.size(), 1u);
    EXPECT_EQ(preview[0].body, c.transport->last().body);
}

// The system database is answered by the client; writes to it are refused unsent.
TEST(ClientConformance, TheSystemDatabaseIsAnsweredLocally) {
    Client c;
    ASSERT_TRUE(c.catalog);
    const size_t before = c.sent();
    auto sys = c.wait<DatabaseInfo>([&](auto cb) { return c.catalog->getDatabase("sys", cb); });
    ASSERT_TRUE(sys.ok());
    EXPECT_EQ(sys->name, "sys");
    auto tables = c.wait<Page<std::string>>(
        [&](auto cb) { return c.catalog->listTablesPage("sys", {}, cb); });
    ASSERT_TRUE(tables.ok());
    EXPECT_EQ(tables->items, (std::vector<std::string>{"all_table_options", "catalog_options"}));
    auto create = c.wait<Unit>([&](auto cb) { return c.catalog->createDatabase("sys", {}, cb); });
    ASSERT_FALSE(create.ok());
    EXPECT_EQ(create.error().message, "Can't do operation on system database.");
    EXPECT_FALSE(
        c.wait<Unit>([&](auto cb) { return c.catalog->dropDatabase("sys", true, cb); }).ok());
    EXPECT_FALSE(c.wait<AlterDatabaseResult>([&](auto cb) {
                      return c.catalog->alterDatabase("sys", {}, {{"a", "b"}}, cb);
                  }).ok());
    EXPECT_EQ(c.sent(), before) << "nothing about sys reaches the server";
}

// Create, alter, rename and drop of a system table or a branch are refused before sending,
// with Java's CatalogUtils messages.
TEST(ClientConformance, SystemTablesAndBranchesAreRefusedUnsent) {
    Client c;
    ASSERT_TRUE(c.catalog);
    const size_t before = c.sent();
    auto create = c.wait<Unit>([&](auto cb) {
        return c.catalog->createTable({"db", "t$snapshots"}, oneColumn(), cb);
    });
    ASSERT_FALSE(create.ok());
    EXPECT_EQ(create.error().kind, ErrorKind::BadRequest);
    EXPECT_EQ(create.error().message,
              "Cannot 'createTable' for system table 'db.t$snapshots', please use data table.");
    auto drop = c.wait<Unit>([&](auto cb) {
        return c.catalog->dropTable({"db", "t$branch_dev"}, cb);
    });
    ASSERT_FALSE(drop.ok());
    EXPECT_EQ(drop.error().message,
              "Cannot 'dropTable' for branch table 'db.t$branch_dev', please modify the table "
              "with the default branch.");
    EXPECT_FALSE(c.wait<Unit>([&](auto cb) {
                      return c.catalog->alterTable({"db", "t$files"}, {}, cb);
                  }).ok());
    EXPECT_FALSE(c.wait<Unit>([&](auto cb) {
                      return c.catalog->renameTable({"db", "t"}, {"db", "u$branch_b"}, cb);
                  }).ok());
    EXPECT_FALSE(c.wait<Unit>([&](auto cb) {
                      return c.catalog->createTable({"sys", "anything"}, oneColumn(), cb);
                  }).ok());
    EXPECT_EQ(c.sent(), before);
    // Reading a system table or a branch is no write: it is sent.
    c.answer = [](const HttpRequest&) {
        TableInfo t;
        t.database = "db";
        t.name = "t$branch_dev";
        t.schema = oneColumn();
        return FakeTransport::json(200, codec::encode(t));
    };
    EXPECT_TRUE(c.wait<TableInfo>([&](auto cb) {
                     return c.catalog->getTable({"db", "t$branch_dev"}, cb);
                 }).ok());
    EXPECT_EQ(c.transport->last().path, "/v1/p/databases/db/tables/t%24branch_dev");
}

// tableType goes on list-tables and table-details when asked for, as Java's RESTApi sends it.
TEST(ClientConformance, TableTypeIsSentOnTableListings) {
    Client c;
    ASSERT_TRUE(c.catalog);
    c.answer = [](const HttpRequest& r) {
        return FakeTransport::json(200, r.path.find("details") != std::string::npos
                                            ? R"({"tableDetails":[],"nextPageToken":null})"
                                            : R"({"tables":[],"nextPageToken":null})");
    };
    ListRequest request;
    request.tableType = "format-table";
    request.namePattern = "ord%";
    ASSERT_TRUE(c.wait<Page<std::string>>([&](auto cb) {
                     return c.catalog->listTablesPage("db", request, cb);
                 }).ok());
    EXPECT_EQ(c.transport->last().url(),
              "http://h:1/v1/p/databases/db/tables?tableNamePattern=ord%25&tableType=format-table");
    ASSERT_TRUE(c.wait<Page<TableInfo>>([&](auto cb) {
                     return c.catalog->listTableDetailsPage("db", request, cb);
                 }).ok());
    EXPECT_EQ(c.transport->last().url(),
              "http://h:1/v1/p/databases/db/table-details?tableNamePattern=ord%25&tableType="
              "format-table");
    ASSERT_TRUE(c.wait<Page<std::string>>([&](auto cb) {
                     return c.catalog->listTablesPage("db", {}, cb);
                 }).ok());
    EXPECT_EQ(c.transport->last().url(), "http://h:1/v1/p/databases/db/tables");
}

// A server's error message that quotes a secret reaches the caller with the secret hidden.
TEST(ClientConformance, SecretsInServerErrorMessagesAreHidden) {
    Client c;
    ASSERT_TRUE(c.catalog);
    c.answer = [](const HttpRequest&) {
        return FakeTransport::json(
            403, R"({"message":"Forbidden for accessKeySecret=hunter2 and token: 'sts-xyz'",)"
                 R"("resourceType":"DATABASE","resourceName":"db","code":403})");
    };
    auto r = c.wait<DatabaseInfo>([&](auto cb) { return c.catalog->getDatabase("db", cb); });
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, ErrorKind::Forbidden);
    const std::string shown = r.error().describe();
    EXPECT_EQ(shown.find("hunter2"), std::string::npos) << shown;
    EXPECT_EQ(shown.find("sts-xyz"), std::string::npos) << shown;
    EXPECT_NE(shown.find("Forbidden for accessKeySecret=***"), std::string::npos) << shown;
}

}  // namespace
}  // namespace paimon
