// The table's life end to end: RestCatalog over QtTransport against paimon-rest-server serving
// the warehouse Java Paimon wrote (tests/data/warehouses), every endpoint of OBJECTS.md §2–§5
// with Java's status codes and resource types.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>

#include "core/catalog/PageLoop.h"
#include "core/catalog/RestCatalog.h"
#include "core/json/Messages.h"
#include "core/rest/CatalogOptions.h"
#include "tests/support/Await.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/TempDir.h"
#include "tests/support/TestData.h"
#include "ui/net/QtScheduler.h"
#include "ui/net/QtTransport.h"

namespace fs = std::filesystem;

namespace paimon {
namespace {

using testing::await;
using testing::ServerProcess;

const Identifier kTable{"default", "test_pk_global_index_golden"};

class TableHistoryIntegration : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(
            testing::unpackTestTarball("warehouses/pk_global_index_golden.tar.gz", dir.path()));
        server = std::make_unique<ServerProcess>(QStringList{
            "--warehouse", QString::fromStdString(dir.path().string()), "--prefix", "p"});
        RestCatalog::Setup setup;
        setup.options[opt::kUri] = server->url();
        setup.transport = std::make_shared<QtTransport>();
        setup.scheduler = std::make_shared<QtScheduler>();
        auto opened = await<std::shared_ptr<RestCatalog>>(
            [&](auto cb) { return RestCatalog::open(setup, std::move(cb)); });
        ASSERT_TRUE(opened.ok()) << opened.error().describe();
        catalog = *opened;
    }

    fs::path table() const { return dir.path() / "default.db" / kTable.object; }

    Result<Unit> unit(std::function<Cancellation(Callback<Unit>)> call) {
        return await<Unit>([&](auto cb) { return call(cb); });
    }
    std::vector<int64_t> snapshotIds(const Identifier& id, int pageSize) {
        auto all = await<std::vector<Snapshot>>([&](auto cb) {
            return collectPages<Snapshot>(
                [&](const std::optional<std::string>& token, Callback<Page<Snapshot>> page) {
                    return catalog->listSnapshotsPage(id, ListRequest{pageSize, token, {}},
                                                      std::move(page));
                },
                cb);
        });
        EXPECT_TRUE(all.ok()) << all.error().describe();
        std::vector<int64_t> ids;
        for (const auto& s : *all)
            ids.push_back(s.id);
        return ids;
    }
    static void expectError(const Result<Unit>& r, ErrorKind kind, const std::string& type,
                            int status) {
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().kind, kind) << r.error().describe();
        EXPECT_EQ(r.error().resourceType, type) << r.error().describe();
        EXPECT_EQ(r.error().httpStatus, status) << r.error().describe();
    }

    testing::TempDir dir;
    std::unique_ptr<ServerProcess> server;
    std::shared_ptr<RestCatalog> catalog;
};

TEST_F(TableHistoryIntegration, SnapshotsLatestByVersionAndPaged) {
    auto latest = await<std::optional<TableSnapshot>>(
        [&](auto cb) { return catalog->getLatestSnapshot(kTable, cb); });
    ASSERT_TRUE(latest.ok()) << latest.error().describe();
    ASSERT_TRUE(latest->has_value());
    EXPECT_EQ((*latest)->snapshot.id, 6);
    EXPECT_EQ((*latest)->snapshot.commitKind, "COMPACT");
    EXPECT_EQ((*latest)->recordCount, 6);
    EXPECT_EQ((*latest)->fileCount, 2);
    EXPECT_EQ((*latest)->fileSizeInBytes, 2744);

    for (int pageSize : {0, 1, 4, 6}) {
        EXPECT_EQ(snapshotIds(kTable, pageSize), (std::vector<int64_t>{6, 5, 4, 3, 2, 1}))
            << pageSize;
    }
    auto third = await<Snapshot>([&](auto cb) { return catalog->getSnapshot(kTable, "3", cb); });
    ASSERT_TRUE(third.ok());
    EXPECT_EQ(third->timeMillis, 1784213019664);
    auto earliest =
        await<Snapshot>([&](auto cb) { return catalog->getSnapshot(kTable, "EARLIEST", cb); });
    EXPECT_EQ(earliest->id, 1);
    auto missing = await<Snapshot>([&](auto cb) { return catalog->getSnapshot(kTable, "99", cb); });
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().kind, ErrorKind::NotFound);
    EXPECT_EQ(missing.error().resourceType, "SNAPSHOT");

    // A table nothing was written to has no latest snapshot: empty, not an error.
    fs::remove_all(dir.path() / "default.db" / "test_pk_vector_golden" / "snapshot");
    auto none = await<std::optional<TableSnapshot>>([&](auto cb) {
        return catalog->getLatestSnapshot({"default", "test_pk_vector_golden"}, cb);
    });
    ASSERT_TRUE(none.ok()) << none.error().describe();
    EXPECT_FALSE(none->has_value());
    // A missing table is the table's 404.
    auto noTable = await<std::optional<TableSnapshot>>([&](auto cb) {
        return catalog->getLatestSnapshot({"default", "nope"}, cb);
    });
    ASSERT_FALSE(noTable.ok());
    EXPECT_EQ(noTable.error().resourceType, "TABLE");
    auto noDb = await<Page<Snapshot>>([&](auto cb) {
        return catalog->listSnapshotsPage({"nodb", "t"}, ListRequest{}, cb);
    });
    EXPECT_EQ(noDb.error().resourceType, "DATABASE");
}

TEST_F(TableHistoryIntegration, TagsWithAwkwardNames) {
    const std::string awkward = "release 1.0% $x ü";
    ASSERT_TRUE(unit([&](auto cb) {
                    return catalog->createTag(kTable, {awkward, 4, "12 h"}, cb);
                }).ok());
    ASSERT_TRUE(unit([&](auto cb) {
                    return catalog->createTag(kTable, {"latest", {}, {}}, cb);
                }).ok());
    auto tag = await<Tag>([&](auto cb) { return catalog->getTag(kTable, awkward, cb); });
    ASSERT_TRUE(tag.ok()) << tag.error().describe();
    EXPECT_EQ(tag->snapshot.id, 4);
    EXPECT_EQ(tag->timeRetained, "PT12H");
    EXPECT_TRUE(tag->createTimeMillis);
    auto plain = await<Tag>([&](auto cb) { return catalog->getTag(kTable, "latest", cb); });
    EXPECT_EQ(plain->snapshot.id, 6);
    EXPECT_FALSE(plain->createTimeMillis);
    EXPECT_TRUE(fs::exists(table() / "tag" / ("tag-" + awkward)));

    expectError(unit([&](auto cb) {
                    return catalog->createTag(kTable, {"latest", 2, {}}, cb);
                }),
                ErrorKind::AlreadyExists, "TAG", 409);
    expectError(unit([&](auto cb) {
                    return catalog->createTag(kTable, {"t", 99, {}}, cb);
                }),
                ErrorKind::NotFound, "SNAPSHOT", 404);
    auto badDuration = unit([&](auto cb) {
        return catalog->createTag(kTable, {"t", 2, "1x"}, cb);
    });
    ASSERT_FALSE(badDuration.ok());
    EXPECT_EQ(badDuration.error().httpStatus, 400);
    EXPECT_EQ(badDuration.error().message, "Invalid timeRetained format: 1x");

    auto page = await<Page<std::string>>([&](auto cb) {
        return catalog->listTagsPage(kTable, ListRequest{1, std::nullopt, std::nullopt}, cb);
    });
    ASSERT_TRUE(page.ok());
    EXPECT_EQ(page->items, std::vector<std::string>{"latest"});
    EXPECT_EQ(page->nextPageToken, "latest");
    auto prefixed = await<Page<std::string>>([&](auto cb) {
        return catalog->listTagsPage(kTable, ListRequest{0, std::nullopt, "rel"}, cb);
    });
    EXPECT_EQ(prefixed->items, std::vector<std::string>{awkward});
    // The prefix is checked as Java's server checks it.
    auto refused = await<Page<std::string>>([&](auto cb) {
        return catalog->listTagsPage(kTable, ListRequest{0, std::nullopt, "a%b"}, cb);
    });
    EXPECT_EQ(refused.error().httpStatus, 400);

    ASSERT_TRUE(unit([&](auto cb) { return catalog->deleteTag(kTable, awkward, cb); }).ok());
    expectError(unit([&](auto cb) { return catalog->deleteTag(kTable, awkward, cb); }),
                ErrorKind::NotFound, "TAG", 404);
    auto byTag =
        await<Snapshot>([&](auto cb) { return catalog->getSnapshot(kTable, "latest", cb); });
    EXPECT_EQ(byTag->id, 6);
}

TEST_F(TableHistoryIntegration, BranchesOpenAsTheirOwnTables) {
    ASSERT_TRUE(unit([&](auto cb) { return catalog->createTag(kTable, {"t3", 3, {}}, cb); }).ok());
    ASSERT_TRUE(unit([&](auto cb) {
                    return catalog->createBranch(kTable, {"back fill", "t3"}, cb);
                }).ok());
    ASSERT_TRUE(unit([&](auto cb) {
                    return catalog->createBranch(kTable, {"empty", {}}, cb);
                }).ok());
    auto branches =
        await<std::vector<std::string>>([&](auto cb) { return catalog->listBranches(kTable, cb); });
    ASSERT_TRUE(branches.ok());
    EXPECT_EQ(*branches, (std::vector<std::string>{"back fill", "empty"}));

    const Identifier branch{"default", kTable.object + "$branch_back fill"};
    auto info = await<TableInfo>([&](auto cb) { return catalog->getTable(branch, cb); });
    ASSERT_TRUE(info.ok()) << info.error().describe();
    EXPECT_EQ(info->schema.options.at("branch"), "back fill");
    EXPECT_EQ(snapshotIds(branch, 0), std::vector<int64_t>{3});

    expectError(unit([&](auto cb) {
                    return catalog->createBranch(kTable, {"empty", {}}, cb);
                }),
                ErrorKind::AlreadyExists, "BRANCH", 409);
    expectError(unit([&](auto cb) {
                    return catalog->createBranch(kTable, {"b", "nope"}, cb);
                }),
                ErrorKind::NotFound, "TAG", 404);
    // Names Java refuses never leave the client.
    auto main = unit([&](auto cb) { return catalog->createBranch(kTable, {"main", {}}, cb); });
    EXPECT_EQ(main.error().kind, ErrorKind::BadRequest);
    EXPECT_EQ(main.error().httpStatus, 0);

    expectError(
        unit([&](auto cb) { return catalog->renameBranch(kTable, "empty", "back fill", cb); }),
        ErrorKind::AlreadyExists, "BRANCH", 409);
    ASSERT_TRUE(
        unit([&](auto cb) { return catalog->renameBranch(kTable, "empty", "spare", cb); }).ok());
    ASSERT_TRUE(unit([&](auto cb) { return catalog->dropBranch(kTable, "spare", cb); }).ok());
    expectError(unit([&](auto cb) { return catalog->dropBranch(kTable, "spare", cb); }),
                ErrorKind::NotFound, "BRANCH", 404);
    expectError(unit([&](auto cb) { return catalog->fastForwardBranch(kTable, "spare", cb); }),
                ErrorKind::NotFound, "BRANCH", 404);

    ASSERT_TRUE(
        unit([&](auto cb) { return catalog->fastForwardBranch(kTable, "back fill", cb); }).ok());
    EXPECT_EQ(snapshotIds(kTable, 0), (std::vector<int64_t>{3, 2, 1}));
}

TEST_F(TableHistoryIntegration, ConsumersAndRollback) {
    ASSERT_TRUE(unit([&](auto cb) {
                    return catalog->resetConsumer(kTable, {"job-1", 5}, cb);
                }).ok());
    ASSERT_TRUE(unit([&](auto cb) {
                    return catalog->resetConsumer(kTable, {"job-2", 2}, cb);
                }).ok());
    auto consumers = await<Page<Consumer>>(
        [&](auto cb) { return catalog->listConsumersPage(kTable, ListRequest{}, cb); });
    ASSERT_TRUE(consumers.ok()) << consumers.error().describe();
    EXPECT_EQ(consumers->items, (std::vector<Consumer>{{"job-1", 5}, {"job-2", 2}}));
    expectError(unit([&](auto cb) {
                    return catalog->resetConsumer(kTable, {"job-1", 77}, cb);
                }),
                ErrorKind::NotFound, "SNAPSHOT", 404);
    ASSERT_TRUE(unit([&](auto cb) {
                    return catalog->resetConsumer(kTable, {"job-2", {}}, cb);
                }).ok());

    auto stale = unit([&](auto cb) {
        return catalog->rollback(kTable, {RollbackTarget::toSnapshot(4), 5}, cb);
    });
    ASSERT_FALSE(stale.ok());
    EXPECT_EQ(stale.error().httpStatus, 500);
    EXPECT_EQ(stale.error().message, "Latest snapshot 6 is not 5");
    expectError(unit([&](auto cb) {
                    return catalog->rollback(kTable, {RollbackTarget::toSnapshot(42), {}}, cb);
                }),
                ErrorKind::NotFound, "SNAPSHOT", 404);
    expectError(unit([&](auto cb) {
                    return catalog->rollback(kTable, {RollbackTarget::toTag("nope"), {}}, cb);
                }),
                ErrorKind::NotFound, "TAG", 404);
    ASSERT_TRUE(unit([&](auto cb) {
                    return catalog->rollback(kTable, {RollbackTarget::toSnapshot(4), 6}, cb);
                }).ok());
    EXPECT_EQ(snapshotIds(kTable, 0), (std::vector<int64_t>{4, 3, 2, 1}));

    auto schema = unit([&](auto cb) { return catalog->rollbackSchema(kTable, 3, cb); });
    ASSERT_FALSE(schema.ok());
    EXPECT_EQ(schema.error().httpStatus, 500);
    EXPECT_EQ(schema.error().message, "Schema 3 does not exist.");
    ASSERT_TRUE(unit([&](auto cb) { return catalog->rollbackSchema(kTable, 0, cb); }).ok());
}

TEST_F(TableHistoryIntegration, SystemTablesAndUnservedEndpoints) {
    auto system = await<Page<Snapshot>>([&](auto cb) {
        return catalog->listSnapshotsPage({"default", kTable.object + "$snapshots"}, {}, cb);
    });
    EXPECT_EQ(system.error().kind, ErrorKind::BadRequest);
    auto onBranch = await<std::vector<std::string>>([&](auto cb) {
        return catalog->listBranches({"default", kTable.object + "$branch_b"}, cb);
    });
    EXPECT_EQ(onBranch.error().kind, ErrorKind::BadRequest);
}

}  // namespace
}  // namespace paimon
