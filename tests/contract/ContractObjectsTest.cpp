// The contract test of the objects below a table and beside tables: a table's life, its
// partitions, views and functions, every endpoint through the validating proxy.
#include "tests/contract/ContractSupport.h"

namespace paimon {
namespace {

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

}  // namespace
}  // namespace paimon
