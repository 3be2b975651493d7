#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <atomic>
#include <fstream>
#include <set>
#include <thread>

#include <nlohmann/json.hpp>

#include "core/catalog/FileSystemCatalog.h"
#include "core/catalog/Paging.h"
#include "core/fs/Warehouse.h"
#include "core/json/Messages.h"
#include "tests/support/ManualScheduler.h"
#include "tests/support/SchemaTestUtil.h"
#include "tests/support/TempDir.h"
#include "tests/support/TestData.h"

namespace fs = std::filesystem;

namespace paimon {
namespace {

using testing::readAll;
using testing::writeAll;

using testing::column;
using testing::readTestFile;
using testing::sqlType;

// Every file under `dir`, relative, sorted.
std::vector<std::string> filesUnder(const fs::path& dir) {
    std::vector<std::string> out;
    for (auto& e : fs::recursive_directory_iterator(dir))
        out.push_back(fs::relative(e.path(), dir).string());
    std::sort(out.begin(), out.end());
    return out;
}

Schema ordersSchema() {
    Schema s;
    s.fields = {column(0, "order_id", "BIGINT"), column(1, "dt", "STRING"),
                column(2, "addr", "ROW<city STRING 'city name'>", std::nullopt, 3)};
    s.partitionKeys = {"dt"};
    s.primaryKeys = {"order_id", "dt"};
    s.options = {{"bucket", "4"}};
    s.comment = "orders";
    return s;
}

class WarehouseTest : public ::testing::Test {
protected:
    void SetUp() override {
        auto w = Warehouse::open(dir.path() / "wh", [] { return fromEpochMillis(1720496663041); });
        ASSERT_TRUE(w.ok()) << w.error().message;
        wh = *w;
    }
    fs::path tableDir(const std::string& db, const std::string& t) {
        return wh->root() / (db + ".db") / t;
    }

    testing::TempDir dir;
    std::shared_ptr<Warehouse> wh;
};

TEST_F(WarehouseTest, SchemaFileIsWrittenAsJavaWritesIt) {
    ASSERT_TRUE(wh->createDatabase("db", {}).ok());
    ASSERT_TRUE(wh->createTable({"db", "orders"}, ordersSchema()).ok());
    // FORMAT.md §4.3's constructed example, up to the dropped field: same bytes.
    const std::string expected = R"j({
  "version" : 3,
  "id" : 0,
  "fields" : [ {
    "id" : 0,
    "name" : "order_id",
    "type" : "BIGINT NOT NULL"
  }, {
    "id" : 1,
    "name" : "dt",
    "type" : "STRING NOT NULL"
  }, {
    "id" : 2,
    "name" : "addr",
    "type" : {
      "type" : "ROW",
      "fields" : [ {
        "id" : 3,
        "name" : "city",
        "type" : "STRING",
        "description" : "city name"
      } ]
    }
  } ],
  "highestFieldId" : 3,
  "partitionKeys" : [ "dt" ],
  "primaryKeys" : [ "order_id", "dt" ],
  "options" : {
    "bucket" : "4"
  },
  "comment" : "orders",
  "timeMillis" : 1720496663041
})j";
    EXPECT_EQ(readAll(tableDir("db", "orders") / "schema" / "schema-0"), expected);
    // Nothing else is written: no snapshot, no temporary file.
    EXPECT_EQ(filesUnder(tableDir("db", "orders")),
              (std::vector<std::string>{"schema", "schema/schema-0"}));
}

TEST_F(WarehouseTest, ReadsTablesWrittenByPaimon) {
    for (const char* name :
         {"test_pk_global_index_golden", "test_pk_full_text_golden", "test_pk_vector_golden"}) {
        writeAll(tableDir("default", name) / "schema" / "schema-0",
                 readTestFile(std::string("schemas/") + name + "-schema-0.json"));
    }
    fs::path snapshots = tableDir("default", "test_pk_global_index_golden") / "snapshot";
    writeAll(snapshots / "snapshot-6",
             readTestFile("schemas/test_pk_global_index_golden-snapshot-6.json"));
    writeAll(snapshots / "LATEST", "6");

    auto dbs = wh->listDatabases();
    ASSERT_TRUE(dbs.ok());
    EXPECT_EQ(*dbs, std::vector<std::string>{"default"});
    auto tables = wh->listTables("default");
    ASSERT_TRUE(tables.ok());
    EXPECT_EQ(*tables,
              (std::vector<std::string>{"test_pk_full_text_golden", "test_pk_global_index_golden",
                                        "test_pk_vector_golden"}));

    auto vector = wh->getTable({"default", "test_pk_vector_golden"});
    ASSERT_TRUE(vector.ok()) << vector.error().message;
    EXPECT_EQ(vector->schemaId, 0);
    EXPECT_EQ(vector->schema.primaryKeys, std::vector<std::string>{"id"});
    EXPECT_EQ(vector->schema.fields[1].type.root(), TypeRoot::Vector);
    // The stored path is overridden by the real folder.
    EXPECT_EQ(vector->schema.options.at("path"),
              "file:" + tableDir("default", "test_pk_vector_golden").string());
    EXPECT_EQ(vector->schema.comment, "");

    auto global = wh->getTable({"default", "test_pk_global_index_golden"});
    ASSERT_TRUE(global.ok()) << global.error().message;
    EXPECT_FALSE(global->schema.comment.has_value());

    // With snapshots, immutable options and bucket rules apply.
    EXPECT_TRUE(tableHasSnapshots(tableDir("default", "test_pk_global_index_golden")));
    EXPECT_FALSE(tableHasSnapshots(tableDir("default", "test_pk_vector_golden")));
    auto refused = wh->alterTable({"default", "test_pk_global_index_golden"},
                                  {change::SetOption{"force-lookup", "true"}});
    ASSERT_FALSE(refused.ok());
    EXPECT_NE(refused.error().message.find("Change 'force-lookup' is not supported yet."),
              std::string::npos);
    auto allowed = wh->alterTable({"default", "test_pk_vector_golden"},
                                  {change::SetOption{"force-lookup", "true"}});
    EXPECT_TRUE(allowed.ok()) << (allowed.ok() ? "" : allowed.error().message);

    // Altering a real file writes schema-1 with the same fields and every option kept.
    auto altered = wh->alterTable({"default", "test_pk_full_text_golden"},
                                  {change::UpdateColumnComment{{"content"}, "text"}});
    ASSERT_TRUE(altered.ok()) << altered.error().message;
    auto reread = codec::decodeTableSchema(
        (readAll(tableDir("default", "test_pk_full_text_golden") / "schema" / "schema-1")));
    ASSERT_TRUE(reread.ok());
    EXPECT_EQ(reread->id, 1);
    EXPECT_EQ(reread->fields[1].description, "text");
    EXPECT_EQ(reread->options.at("pk-full-text.index.columns"), "content");
}

TEST_F(WarehouseTest, ListingFollowsPaimon) {
    ASSERT_TRUE(wh->createDatabase("db", {}).ok());
    ASSERT_TRUE(wh->createTable({"db", "b"}, ordersSchema()).ok());
    ASSERT_TRUE(wh->createTable({"db", "a"}, ordersSchema()).ok());
    // A table whose schema-0 was rolled away still counts; folders without schema do not.
    writeAll(tableDir("db", "rolled") / "schema" / "schema-3",
             readTestFile("schemas/test_pk_vector_golden-schema-0.json"));
    fs::create_directories(tableDir("db", "not_a_table") / "data");
    fs::create_directories(tableDir("db", "branch_only") / "branch" / "branch-x" / "schema");
    writeAll(tableDir("db", "branch_only") / "branch" / "branch-x" / "schema" / "schema-0", "{}");
    writeAll(tableDir("db", "a") / "schema" / ".schema-1.abc.tmp", "half");
    writeAll(tableDir("db", "a") / "schema" / "schema-x1", "junk");
    writeAll(wh->root() / "stray.db", "a file, not a database");

    auto tables = wh->listTables("db");
    ASSERT_TRUE(tables.ok());
    EXPECT_EQ(*tables, (std::vector<std::string>{"a", "b", "rolled"}));
    auto latest = wh->latestSchema({"db", "a"});
    ASSERT_TRUE(latest.ok());
    EXPECT_EQ(latest->id, 0);
    auto dbs = wh->listDatabases();
    ASSERT_TRUE(dbs.ok());
    EXPECT_EQ(*dbs, std::vector<std::string>{"db"});
}

// Sets a folder's modification time an hour back, as if nothing had changed in it lately.
void ageFolder(const fs::path& dir) {
    struct timespec times[2];
    ::clock_gettime(CLOCK_REALTIME, &times[0]);
    times[0].tv_sec -= 3600;
    times[1] = times[0];
    ASSERT_EQ(::utimensat(AT_FDCWD, dir.c_str(), times, 0), 0);
}

TEST_F(WarehouseTest, CachedListingFollowsChangesFromOtherWriters) {
    ASSERT_TRUE(wh->createDatabase("db", {}).ok());
    ASSERT_TRUE(wh->createTable({"db", "b"}, ordersSchema()).ok());
    ASSERT_TRUE(wh->createTable({"db", "a"}, ordersSchema()).ok());
    // Another process on the same folder.
    auto other = Warehouse::open(wh->root());
    ASSERT_TRUE(other.ok());
    const fs::path dbDir = wh->root() / "db.db";

    // A quiet folder: this listing is kept and shared between calls.
    ageFolder(dbDir);
    auto first = wh->tableNames("db");
    ASSERT_TRUE(first.ok());
    EXPECT_EQ(**first, (std::vector<std::string>{"a", "b"}));
    auto again = wh->tableNames("db");
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(first->get(), again->get()) << "an unchanged folder is not scanned again";

    // A table created elsewhere changes the folder: it is listed at once.
    ASSERT_TRUE((*other)->createTable({"db", "c"}, ordersSchema()).ok());
    EXPECT_EQ(*wh->listTables("db"), (std::vector<std::string>{"a", "b", "c"}));

    // A table folder made before its schema (a create under way elsewhere) in a quiet folder:
    // not a table yet, and a table as soon as its schema file lands, which leaves the
    // database folder's time alone.
    fs::create_directories(tableDir("db", "d") / "schema");
    ageFolder(dbDir);
    EXPECT_EQ(*wh->listTables("db"), (std::vector<std::string>{"a", "b", "c"}));
    writeAll(tableDir("db", "d") / "schema" / "schema-0",
             readAll(tableDir("db", "a") / "schema" / "schema-0"));
    EXPECT_EQ(*wh->listTables("db"), (std::vector<std::string>{"a", "b", "c", "d"}));

    // Dropped and renamed elsewhere.
    ageFolder(dbDir);
    ASSERT_TRUE(wh->listTables("db").ok());
    ASSERT_TRUE((*other)->dropTable({"db", "b"}).ok());
    ASSERT_TRUE((*other)->renameTable({"db", "a"}, {"db", "z"}).ok());
    EXPECT_EQ(*wh->listTables("db"), (std::vector<std::string>{"c", "d", "z"}));

    // A database dropped and made again under the same name starts from its own listing.
    ASSERT_TRUE((*other)->dropDatabase("db", true).ok());
    EXPECT_EQ(wh->listTables("db").error().kind, ErrorKind::NotFound);
    ASSERT_TRUE((*other)->createDatabase("db", {}).ok());
    EXPECT_TRUE(wh->listTables("db")->empty());
}

TEST_F(WarehouseTest, DatabaseOptionsPersistAcrossRestarts) {
    ASSERT_TRUE(wh->createDatabase("db", {{"comment", "sales"}, {"owner", "ana"}}).ok());
    auto r = wh->alterDatabase("db", {"owner", "nope"}, {{"team", "bi"}});
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_EQ(r->removed, std::vector<std::string>{"owner"});
    EXPECT_EQ(r->missing, std::vector<std::string>{"nope"});
    EXPECT_EQ(r->updated, std::vector<std::string>{"team"});

    auto reopened = Warehouse::open(wh->root());
    ASSERT_TRUE(reopened.ok());
    auto info = (*reopened)->getDatabase("db");
    ASSERT_TRUE(info.ok()) << info.error().message;
    EXPECT_EQ(info->options, (Options{{"comment", "sales"}, {"team", "bi"}}));
    EXPECT_EQ(info->location, "file:" + (wh->root() / "db.db").string());
    // Paimon does not see the options file as a table.
    auto tables = wh->listTables("db");
    ASSERT_TRUE(tables.ok());
    EXPECT_TRUE(tables->empty());

    EXPECT_EQ(wh->createDatabase("x", {{"location", "/elsewhere"}}).error().kind,
              ErrorKind::BadRequest);
    EXPECT_FALSE(fs::exists(wh->root() / "x.db"));
}

TEST_F(WarehouseTest, ErrorsNameWhatIsMissingOrTaken) {
    ASSERT_TRUE(wh->createDatabase("db", {}).ok());
    auto again = wh->createDatabase("db", {});
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().kind, ErrorKind::AlreadyExists);
    EXPECT_EQ(again.error().resourceType, "DATABASE");

    auto missingDb = wh->getDatabase("nope");
    EXPECT_EQ(missingDb.error().kind, ErrorKind::NotFound);
    EXPECT_EQ(missingDb.error().resourceName, "nope");
    auto missingTable = wh->getTable({"db", "nope"});
    EXPECT_EQ(missingTable.error().kind, ErrorKind::NotFound);
    EXPECT_EQ(missingTable.error().resourceType, "TABLE");
    EXPECT_EQ(wh->createTable({"nope", "t"}, ordersSchema()).error().kind, ErrorKind::NotFound);

    ASSERT_TRUE(wh->createTable({"db", "t"}, ordersSchema()).ok());
    EXPECT_EQ(wh->createTable({"db", "t"}, ordersSchema()).error().kind, ErrorKind::AlreadyExists);
    auto notEmpty = wh->dropDatabase("db", false);
    ASSERT_FALSE(notEmpty.ok());
    EXPECT_EQ(notEmpty.error().kind, ErrorKind::DatabaseNotEmpty);
    EXPECT_NE(notEmpty.error().message.find("1 table"), std::string::npos);
    EXPECT_TRUE(wh->dropDatabase("db", true).ok());
    EXPECT_FALSE(fs::exists(wh->root() / "db.db"));
    EXPECT_TRUE(filesUnder(wh->root()).empty());
}

TEST_F(WarehouseTest, UnsafeNamesTouchNoFile) {
    ASSERT_TRUE(wh->createDatabase("db", {}).ok());
    std::vector<std::string> before = filesUnder(dir.path());
    for (const std::string& bad : {std::string(""), std::string("."), std::string(".."),
                                   std::string("../x"), std::string("a/b"), std::string("a\\b"),
                                   std::string(".hidden"), std::string("a\0b", 3)}) {
        EXPECT_EQ(wh->createDatabase(bad, {}).error().kind, ErrorKind::BadRequest) << bad;
        EXPECT_EQ(wh->createTable({"db", bad}, ordersSchema()).error().kind, ErrorKind::BadRequest)
            << bad;
        EXPECT_EQ(wh->dropTable({"db", bad}).error().kind, ErrorKind::BadRequest) << bad;
        EXPECT_EQ(wh->dropDatabase(bad, true).error().kind, ErrorKind::BadRequest) << bad;
    }
    EXPECT_EQ(wh->createDatabase("sys", {}).error().kind, ErrorKind::BadRequest);
    auto branch = wh->createTable({"db", "t$branch_dev"}, ordersSchema());
    ASSERT_FALSE(branch.ok());
    EXPECT_NE(branch.error().message.find("Cannot 'createTable' for branch table"),
              std::string::npos);
    EXPECT_NE(wh->createTable({"db", "t$snapshots"}, ordersSchema())
                  .error()
                  .message.find("for system table"),
              std::string::npos);
    EXPECT_EQ(filesUnder(dir.path()), before);
}

TEST_F(WarehouseTest, NamesWithSpacesPercentDollarAndNonAscii) {
    for (const std::string name : {"a b", "100%", "s$x", "名字", "Ünïcode + more"}) {
        ASSERT_TRUE(wh->createDatabase(name, {}).ok()) << name;
        if (name.find('$') == std::string::npos) {
            ASSERT_TRUE(wh->createTable({name, name}, ordersSchema()).ok()) << name;
            auto t = wh->getTable({name, name});
            ASSERT_TRUE(t.ok()) << name;
            EXPECT_EQ(t->name, name);
        }
    }
    auto dbs = wh->listDatabases();
    ASSERT_TRUE(dbs.ok());
    EXPECT_EQ(dbs->size(), 5u);
}

TEST_F(WarehouseTest, RenameMovesTheFolderWithoutClobbering) {
    ASSERT_TRUE(wh->createDatabase("a", {}).ok());
    ASSERT_TRUE(wh->createDatabase("b", {}).ok());
    ASSERT_TRUE(wh->createTable({"a", "t"}, ordersSchema()).ok());
    ASSERT_TRUE(wh->createTable({"a", "u"}, ordersSchema()).ok());

    EXPECT_EQ(wh->renameTable({"a", "t"}, {"a", "u"}).error().kind, ErrorKind::AlreadyExists);
    EXPECT_EQ(wh->renameTable({"a", "t"}, {"nope", "t"}).error().kind, ErrorKind::NotFound);
    EXPECT_EQ(wh->renameTable({"a", "missing"}, {"a", "v"}).error().kind, ErrorKind::NotFound);
    // A stray folder at the target stays as it is (Paimon's LocalFileIO would move into it).
    fs::create_directories(tableDir("a", "stray") / "keep");
    EXPECT_EQ(wh->renameTable({"a", "t"}, {"a", "stray"}).error().kind, ErrorKind::AlreadyExists);
    EXPECT_TRUE(fs::exists(tableDir("a", "stray") / "keep"));

    ASSERT_TRUE(wh->renameTable({"a", "t"}, {"b", "t2"}).ok());
    EXPECT_FALSE(fs::exists(tableDir("a", "t")));
    auto moved = wh->getTable({"b", "t2"});
    ASSERT_TRUE(moved.ok());
    EXPECT_EQ(moved->schema.fields.size(), 3u);

    ASSERT_TRUE(wh->dropTable({"b", "t2"}).ok());
    EXPECT_FALSE(fs::exists(tableDir("b", "t2")));
    EXPECT_EQ(wh->dropTable({"b", "t2"}).error().kind, ErrorKind::NotFound);
}

TEST_F(WarehouseTest, AlterWritesTheNextSchemaAndKeepsTheOld) {
    ASSERT_TRUE(wh->createDatabase("db", {}).ok());
    ASSERT_TRUE(wh->createTable({"db", "t"}, ordersSchema()).ok());
    auto s1 = wh->alterTable(
        {"db", "t"}, {change::AddColumn{{"note"}, DataType::string(), std::nullopt, std::nullopt}});
    ASSERT_TRUE(s1.ok()) << s1.error().message;
    EXPECT_EQ(s1->id, 1);
    auto rejected = wh->alterTable({"db", "t"}, {change::DropColumn{{"dt"}}});
    ASSERT_FALSE(rejected.ok());
    EXPECT_EQ(rejected.error().kind, ErrorKind::BadRequest);
    EXPECT_EQ(listSchemaIds(tableDir("db", "t") / "schema"), (std::vector<int64_t>{0, 1}));
    auto info = wh->getTable({"db", "t"});
    ASSERT_TRUE(info.ok());
    EXPECT_EQ(info->schemaId, 1);
    EXPECT_EQ(info->schema.fields.back().name, "note");

    // A branch has its own schema folder.
    fs::path branch = tableDir("db", "t") / "branch" / "branch-dev" / "schema";
    fs::create_directories(branch);
    fs::copy_file(tableDir("db", "t") / "schema" / "schema-0", branch / "schema-0");
    auto b1 = wh->alterTable({"db", "t$branch_dev"}, {change::SetOption{"k", "v"}});
    ASSERT_TRUE(b1.ok()) << b1.error().message;
    EXPECT_TRUE(fs::exists(branch / "schema-1"));
    auto onBranch = wh->getTable({"db", "t$branch_dev"});
    ASSERT_TRUE(onBranch.ok());
    EXPECT_EQ(onBranch->schema.options.at("branch"), "dev");
    EXPECT_EQ(onBranch->schema.options.at("k"), "v");
    EXPECT_EQ(wh->getTable({"db", "t$snapshots"}).error().kind, ErrorKind::NotImplemented);
}

// Alters that each add a column of their own; returns how many won.
int alterMany(Warehouse& w, const std::string& tag, int count) {
    int won = 0;
    for (int i = 0; i < count; ++i) {
        auto r = w.alterTable(
            {"db", "t"},
            {change::AddColumn{{tag + std::to_string(i)}, DataType(), std::nullopt, std::nullopt}});
        if (r.ok()) {
            ++won;
        } else if (r.error().kind != ErrorKind::Conflict) {
            ADD_FAILURE() << r.error().message;
        }
    }
    return won;
}

void expectOneWinnerPerSchemaId(const fs::path& table, int wins) {
    std::vector<int64_t> ids = listSchemaIds(table / "schema");
    ASSERT_EQ(static_cast<int>(ids.size()), wins + 1);
    for (size_t i = 0; i < ids.size(); ++i) {
        EXPECT_EQ(ids[i], static_cast<int64_t>(i));
        // Every file is whole: it parses, and each schema adds exactly one column.
        auto schema = codec::decodeTableSchema(
            readAll(table / "schema" / ("schema-" + std::to_string(ids[i]))));
        ASSERT_TRUE(schema.ok());
        EXPECT_EQ(schema->fields.size(), 3 + i);
    }
    for (auto& e : fs::directory_iterator(table / "schema"))
        EXPECT_FALSE(e.path().filename().string().ends_with(".tmp")) << e.path();
}

TEST_F(WarehouseTest, RacingWritersInOneProcessGetOneWinnerPerSchemaId) {
    ASSERT_TRUE(wh->createDatabase("db", {}).ok());
    ASSERT_TRUE(wh->createTable({"db", "t"}, ordersSchema()).ok());
    std::atomic<int> wins{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&, t] { wins += alterMany(*wh, "t" + std::to_string(t) + "_", 25); });
    }
    for (auto& t : threads)
        t.join();
    EXPECT_GT(wins.load(), 0);
    expectOneWinnerPerSchemaId(tableDir("db", "t"), wins.load());
}

TEST_F(WarehouseTest, RacingWriterProcessesGetOneWinnerPerSchemaId) {
    ASSERT_TRUE(wh->createDatabase("db", {}).ok());
    ASSERT_TRUE(wh->createTable({"db", "t"}, ordersSchema()).ok());
    std::vector<pid_t> children;
    for (int p = 0; p < 3; ++p) {
        pid_t pid = ::fork();
        ASSERT_GE(pid, 0);
        if (pid == 0) {
            auto own = Warehouse::open(wh->root());
            int won = own.ok() ? alterMany(**own, "p" + std::to_string(p) + "_", 30) : -1;
            ::_exit(won < 0 ? 255 : won);
        }
        children.push_back(pid);
    }
    int wins = 0;
    for (pid_t pid : children) {
        int status = 0;
        ASSERT_EQ(::waitpid(pid, &status, 0), pid);
        ASSERT_TRUE(WIFEXITED(status));
        ASSERT_NE(WEXITSTATUS(status), 255);
        wins += WEXITSTATUS(status);
    }
    EXPECT_GT(wins, 0);
    expectOneWinnerPerSchemaId(tableDir("db", "t"), wins);
}

TEST_F(WarehouseTest, FileSystemCatalogDeliversThroughTheScheduler) {
    auto scheduler = std::make_shared<testing::ManualScheduler>();
    std::vector<std::function<void()>> queued;
    FileSystemCatalog catalog(
        wh, scheduler, [&](std::function<void()> task) { queued.push_back(std::move(task)); });
    auto drain = [&] {
        auto tasks = std::move(queued);
        queued.clear();
        for (auto& t : tasks)
            t();
        scheduler->runReady();
    };

    std::optional<Result<Unit>> created;
    catalog.createDatabase("db", {{"k", "v"}}, [&](Result<Unit> r) { created = std::move(r); });
    EXPECT_FALSE(created);
    drain();
    ASSERT_TRUE(created && created->ok());

    for (int i = 0; i < 25; ++i) {
        std::optional<Result<Unit>> done;
        catalog.createTable({"db", "t" + std::to_string(100 + i)}, ordersSchema(),
                            [&](Result<Unit> r) { done = std::move(r); });
        drain();
        ASSERT_TRUE(done && done->ok());
    }
    std::optional<Result<std::vector<std::string>>> all;
    catalog.listTables(
        "db", std::nullopt, [&](auto r) { all = std::move(r); }, 10);
    for (int i = 0; i < 5 && !all; ++i)
        drain();
    ASSERT_TRUE(all && all->ok());
    EXPECT_EQ((*all)->size(), 25u);

    // Cancelled before the worker ran: Cancelled, and the table is not created.
    std::optional<Result<Unit>> cancelled;
    Cancellation c = catalog.createTable({"db", "never"}, ordersSchema(),
                                         [&](Result<Unit> r) { cancelled = std::move(r); });
    c.cancel();
    drain();
    ASSERT_TRUE(cancelled);
    EXPECT_EQ(cancelled->error().kind, ErrorKind::Cancelled);
    EXPECT_FALSE(fs::exists(tableDir("db", "never")));
}

}  // namespace
}  // namespace paimon
