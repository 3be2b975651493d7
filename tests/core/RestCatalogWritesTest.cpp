// What the REST catalog sends for writes: signed afresh, previewed exactly, described.

#include <gtest/gtest.h>

#include <map>

#include <nlohmann/json.hpp>

#include "core/catalog/RestCatalog.h"
#include "core/catalog/WriteOperation.h"
#include "core/json/Messages.h"
#include "core/types/TypeParser.h"
#include "core/util/Encoding.h"
#include "tests/core/RestCatalogFixture.h"
#include "tests/support/FakeTransport.h"

namespace paimon {
namespace {

using namespace rest_test;

TEST(RestCatalog, DlfSignedRequestsCarryFreshSignatures) {
    CatalogFixture f({{"token.provider", "dlf"},
                      {"dlf.region", "cn-hangzhou"},
                      {"dlf.access-key-id", "AK"},
                      {"dlf.access-key-secret", "SK"}});
    ASSERT_TRUE(f.catalog);
    const HttpRequest config = f.transport->requests().at(0);
    ASSERT_TRUE(config.headers.get("Authorization"));
    EXPECT_EQ(config.headers.get("Authorization")->rfind("DLF4-HMAC-SHA256 Credential=AK/", 0), 0u);
    f.scheduler->advance(Millis(1000));
    ASSERT_TRUE(f.wait<Unit>([&](auto cb) { return f.catalog->createDatabase("x", {}, cb); }).ok());
    const HttpRequest& post = f.transport->last();
    EXPECT_EQ(post.headers.get("Content-Type"), "application/json");
    EXPECT_TRUE(post.headers.contains("Content-MD5"));
    EXPECT_NE(post.headers.get("x-dlf-date"), config.headers.get("x-dlf-date"));
}

// What the editors preview is what the catalog sends: method, path, query and the exact body,
// for every kind of write, with names that need encoding.
TEST(RestCatalog, WritePreviewIsWhatIsSent) {
    CatalogFixture f;
    ASSERT_NE(f.catalog->restRequests(), nullptr);
    f.server.dbs["src db"]["t %1"] = TableInfo{};
    f.server.dbs["empty"];
    Schema s = simpleSchema();
    s.options = {{"bucket", "2"}};
    const std::vector<WriteOperation> ops = {
        write::CreateDatabase{"sales/$ü", {{"owner", "x"}}},
        write::AlterDatabase{"sales/$ü", {"owner"}, {{"k", "v"}}},
        write::CreateTable{{"sales/$ü", "orders 1"}, s},
        write::AlterTable{{"sales/$ü", "orders 1"}, {change::SetOption{"bucket", "4"}}},
        write::RenameTable{{"sales/$ü", "orders 1"}, {"empty", "orders%2"}},
        write::DropTable{{"empty", "orders%2"}},
        write::DropDatabase{"empty", false},
        write::DropDatabase{"src db", true},
    };
    for (const WriteOperation& op : ops) {
        const size_t before = f.transport->requests().size();
        const auto preview = previewRequests(op, *f.catalog->restRequests());
        auto r = f.wait<Unit>([&](auto cb) { return submitWrite(*f.catalog, op, cb); });
        ASSERT_TRUE(r.ok()) << describeWrite(op).front() << ": " << r.error().describe();
        const auto& sent = f.transport->requests();
        ASSERT_EQ(sent.size() - before, preview.size()) << describeWrite(op).front();
        for (size_t i = 0; i < preview.size(); ++i) {
            const HttpRequest& req = sent[before + i];
            EXPECT_EQ(preview[i].method, req.method);
            EXPECT_EQ("http://localhost:8080" + preview[i].target(), req.url());
            EXPECT_EQ(preview[i].body, req.body);
        }
    }
    EXPECT_EQ(f.server.dbs.count("sales/$ü"), 1u);
    EXPECT_EQ(f.server.dbs.count("src db"), 0u);
    EXPECT_EQ(f.server.dbs.count("empty"), 0u);
}

// The same for the writes of views, functions and a schema rollback: whatever this in-memory
// server answers (it keeps none of them), the bytes sent are the previewed ones.
TEST(RestCatalog, ViewFunctionAndSchemaWritePreviewsAreWhatIsSent) {
    CatalogFixture f;
    ASSERT_NE(f.catalog->restRequests(), nullptr);
    ViewSchema view;
    view.fields = simpleSchema().fields;
    view.query = "SELECT id FROM t";
    view.dialects = {{"spark", "SELECT id FROM db.t"}};
    FunctionInfo fn;
    fn.name = "f.v1";
    fn.inputParams = simpleSchema().fields;
    fn.returnParams = simpleSchema().fields;
    fn.definitions["flink"] = {FunctionDefinition::Type::Sql, "id + 1", {}, {}, {}, {}};
    FunctionChange drop;
    drop.action = FunctionChange::Action::DropDefinition;
    drop.key = "flink";
    const std::vector<WriteOperation> ops = {
        write::CreateView{{"sales/$ü", "v 1%"}, view},
        write::AlterView{{"sales/$ü", "v 1%"}, {ViewChange::addDialect("trino", "SELECT 1")}},
        write::RenameView{{"sales/$ü", "v 1%"}, {"other", "v2"}},
        write::DropView{{"other", "v2"}},
        write::CreateFunction{{"sales/$ü", "f.v1"}, fn},
        write::AlterFunction{{"sales/$ü", "f.v1"}, {drop}},
        write::DropFunction{{"sales/$ü", "f.v1"}},
        write::RollbackSchema{{"sales/$ü", "orders 1"}, 3},
    };
    for (const WriteOperation& op : ops) {
        ASSERT_FALSE(checkWrite(op).has_value()) << describeWrite(op).front();
        const size_t before = f.transport->requests().size();
        const auto preview = previewRequests(op, *f.catalog->restRequests());
        ASSERT_EQ(preview.size(), 1u);
        (void)f.wait<Unit>([&](auto cb) { return submitWrite(*f.catalog, op, cb); });
        const auto& sent = f.transport->requests();
        ASSERT_EQ(sent.size() - before, 1u) << describeWrite(op).front();
        const HttpRequest& req = sent[before];
        EXPECT_EQ(preview[0].method, req.method) << describeWrite(op).front();
        EXPECT_EQ("http://localhost:8080" + preview[0].target(), req.url());
        EXPECT_EQ(preview[0].body, req.body) << describeWrite(op).front();
    }
}

TEST(WriteOperation, DescribesEachStepAndRefusesEmptyNames) {
    auto lines = describeWrite(write::AlterTable{
        {"db", "t"}, {change::SetOption{"bucket", "4"}, change::DropColumn{{"a b"}}}});
    ASSERT_EQ(lines.size(), 2u);
    EXPECT_EQ(lines[0], "Set option bucket = '4'");
    EXPECT_EQ(lines[1], "Drop column `a b`");
    EXPECT_EQ(describeWrite(write::RenameTable{{"a", "b"}, {"c", "d`e"}}).front(),
              "Rename table `a`.`b` to `c`.`d``e`");
    EXPECT_EQ(describeWrite(write::AlterDatabase{"db", {}, {}}).front(), "Nothing to change");
    EXPECT_FALSE(checkWrite(write::CreateDatabase{"ok", {}}).has_value());
    auto bad = checkWrite(write::RenameTable{{"db", "t"}, {"db", ""}});
    ASSERT_TRUE(bad.has_value());
    EXPECT_EQ(bad->kind, ErrorKind::BadRequest);
}

}  // namespace
}  // namespace paimon
