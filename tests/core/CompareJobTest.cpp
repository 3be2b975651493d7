// Comparing two warehouse folders (core/compare/CompareJob.h), planning, and applying the plan
// (PlanRun) until a second comparison finds nothing.
#include <gtest/gtest.h>

#include "core/compare/AlterPlan.h"
#include "core/compare/CompareJob.h"
#include "tests/support/FolderCatalog.h"
#include "tests/support/SchemaTestUtil.h"
#include "tests/support/TempDir.h"

namespace paimon {
namespace {

using testing::column;

Schema table(std::vector<DataField> fields) {
    Schema s;
    s.fields = std::move(fields);
    return s;
}

class CompareJobTest : public ::testing::Test {
protected:
    void SetUp() override {
        a = folders.open(dir.path() / "a");
        b = folders.open(dir.path() / "b");
        ASSERT_TRUE(a.catalog && b.catalog);
        make(a, "sales", "orders", table({column(0, "id", "INT"), column(1, "amount", "BIGINT")}));
        make(a, "sales", "customers", table({column(0, "id", "INT")}));
        make(a, "only_a", "t", table({column(0, "x", "STRING")}));
        make(
            b, "sales", "orders",
            table({column(0, "id", "INT"), column(1, "amount", "INT"), column(2, "extra", "INT")}));
        make(b, "sales", "returns", table({column(0, "id", "INT")}));
        ASSERT_TRUE(b.warehouse->createDatabase("only_b", {}).ok());
    }
    void make(testing::FolderCatalogs::Folder& f, const std::string& db, const std::string& t,
              const Schema& s) {
        if (!f.warehouse->getDatabase(db).ok()) {
            ASSERT_TRUE(f.warehouse->createDatabase(db, {}).ok());
        }
        ASSERT_TRUE(f.warehouse->createTable({db, t}, s).ok());
    }
    std::optional<CatalogComparison> compare(CompareSide left, CompareSide right,
                                             std::vector<std::string>* steps = nullptr) {
        std::optional<CatalogComparison> out;
        auto job = CompareJob::start(
            std::move(left), std::move(right),
            [steps](const std::string& what, size_t, size_t) {
                if (steps) steps->push_back(what);
            },
            [&](CatalogComparison c) { out = std::move(c); });
        folders.drain();
        return out;
    }

    testing::TempDir dir;
    testing::FolderCatalogs folders;
    testing::FolderCatalogs::Folder a, b;
};

TEST_F(CompareJobTest, ComparesTwoCatalogsPlansAndAppliesUntilNothingDiffers) {
    std::vector<std::string> steps;
    auto c = compare({a.catalog, {}, {}}, {b.catalog, {}, {}}, &steps);
    ASSERT_TRUE(c);
    ASSERT_EQ(c->databases.size(), 3u);
    EXPECT_EQ(c->databases[0].name(), "only_a");
    EXPECT_EQ(c->databases[0].presence, Presence::OnlyLeft);
    EXPECT_EQ(c->databases[1].name(), "only_b");
    EXPECT_EQ(c->databases[1].presence, Presence::OnlyRight);
    const DatabaseComparison& sales = c->databases[2];
    EXPECT_EQ(sales.presence, Presence::Same);
    ASSERT_EQ(sales.objects.size(), 3u);
    EXPECT_EQ(sales.objects[0].name(), "customers");
    EXPECT_EQ(sales.objects[0].presence, Presence::OnlyLeft);
    EXPECT_EQ(sales.objects[1].name(), "orders");
    EXPECT_EQ(sales.objects[1].presence, Presence::Differs);
    EXPECT_EQ(sales.objects[2].presence, Presence::OnlyRight);
    EXPECT_EQ(c->count(Presence::Differs), 1u);
    EXPECT_TRUE(c->hasDifferences());
    // A warehouse folder keeps no views or functions: said, not compared.
    ASSERT_EQ(c->problems.size(), 2u);
    EXPECT_EQ(c->problems[0].error.kind, ErrorKind::NotImplemented);
    EXPECT_EQ(steps.front(), "databases");
    EXPECT_EQ(steps.back(), "comparing");

    AlterPlan plan = planToMatch(*c);
    ASSERT_EQ(plan.steps.size(), 4u);
    EXPECT_TRUE(std::holds_alternative<write::CreateDatabase>(plan.steps[0].op));
    EXPECT_TRUE(std::holds_alternative<write::CreateTable>(plan.steps[1].op));
    EXPECT_TRUE(std::holds_alternative<write::CreateTable>(plan.steps[2].op));
    const auto* alter = std::get_if<write::AlterTable>(&plan.steps[3].op);
    ASSERT_TRUE(alter);
    EXPECT_EQ(alter->id, (Identifier{"sales", "orders"}));
    EXPECT_EQ(plan.steps[3].warnings,
              (std::vector<std::string>{"drops the column extra and its data",
                                        "casts the data of amount to BIGINT"}));
    EXPECT_EQ(plan.leftAlone, 2u);

    std::vector<WriteOperation> ops;
    for (const auto& s : plan.steps)
        ops.push_back(s.op);
    std::optional<PlanReport> report;
    size_t answered = 0;
    auto run = PlanRun::start(
        b.catalog, ops, [&](size_t, const Result<Unit>& r) { answered += r.ok(); },
        [&](const PlanReport& r) { report = r; });
    folders.drain();
    ASSERT_TRUE(report);
    EXPECT_EQ(report->applied, 4u);
    EXPECT_EQ(answered, 4u);
    EXPECT_FALSE(report->error);

    auto again = compare({a.catalog, {}, {}}, {b.catalog, {}, {}});
    ASSERT_TRUE(again);
    EXPECT_EQ(again->count(Presence::Differs), 0u);
    EXPECT_EQ(again->count(Presence::OnlyLeft), 0u);
    EXPECT_TRUE(planToMatch(*again).steps.empty());
}

TEST_F(CompareJobTest, ARunStopsAtTheFirstRefusalWithWhatWasApplied) {
    std::vector<WriteOperation> ops = {
        write::CreateDatabase{"fresh", {}},
        write::CreateTable{{"missing", "t"}, table({column(0, "a", "INT")})},
        write::CreateDatabase{"never", {}},
    };
    std::optional<PlanReport> report;
    auto run = PlanRun::start(b.catalog, ops, {}, [&](const PlanReport& r) { report = r; });
    folders.drain();
    ASSERT_TRUE(report);
    EXPECT_EQ(report->applied, 1u);
    EXPECT_EQ(report->failedAt, 1u);
    ASSERT_TRUE(report->error);
    EXPECT_EQ(report->error->kind, ErrorKind::NotFound);
    EXPECT_FALSE(b.warehouse->getDatabase("never").ok()) << "nothing after the refusal";
}

TEST_F(CompareJobTest, ComparesTwoTablesOrTwoDatabasesByTheirOwnNames) {
    auto t = compare({a.catalog, "sales", "orders"}, {b.catalog, "sales", "orders"});
    ASSERT_TRUE(t);
    ASSERT_EQ(t->databases.size(), 1u);
    ASSERT_EQ(t->databases[0].objects.size(), 1u);
    EXPECT_EQ(t->databases[0].objects[0].presence, Presence::Differs);
    EXPECT_EQ(t->databases[0].objects[0].differences.size(), 2u);  // amount, extra

    auto d = compare({a.catalog, "only_a", {}}, {b.catalog, "sales", {}});
    ASSERT_TRUE(d);
    ASSERT_EQ(d->databases.size(), 1u);
    EXPECT_EQ(d->databases[0].leftName, "only_a");
    EXPECT_EQ(d->databases[0].rightName, "sales");
    // t only left; orders and returns only right.
    EXPECT_EQ(d->count(Presence::OnlyLeft), 1u);
    EXPECT_EQ(d->count(Presence::OnlyRight), 2u);
    AlterPlan plan = planToMatch(*d);
    ASSERT_EQ(plan.steps.size(), 1u);
    EXPECT_EQ(std::get<write::CreateTable>(plan.steps[0].op).id, (Identifier{"sales", "t"}));
}

TEST_F(CompareJobTest, TheComparingRunsWhereTheOffloadPutsIt) {
    std::function<void()> work, then;
    std::optional<CatalogComparison> out;
    auto job = CompareJob::start(
        {a.catalog, {}, {}}, {b.catalog, {}, {}}, {},
        [&](CatalogComparison c) { out = std::move(c); },
        [&](std::function<void()> w, std::function<void()> t) {
            work = std::move(w);
            then = std::move(t);
        });
    folders.drain();
    ASSERT_TRUE(work && then) << "everything loaded, the comparing handed over";
    EXPECT_FALSE(out);
    work();
    EXPECT_FALSE(out) << "the answer comes with `then`";
    then();
    ASSERT_TRUE(out);
    EXPECT_EQ(out->databases.size(), 3u);

    // Cancelled while the comparing runs: no answer.
    out.reset();
    work = then = nullptr;
    job = CompareJob::start(
        {a.catalog, {}, {}}, {b.catalog, {}, {}}, {},
        [&](CatalogComparison c) { out = std::move(c); },
        [&](std::function<void()> w, std::function<void()> t) {
            work = std::move(w);
            then = std::move(t);
        });
    folders.drain();
    ASSERT_TRUE(work && then);
    work();
    job->cancel();
    then();
    EXPECT_FALSE(out);
}

TEST_F(CompareJobTest, CancelMeansNoAnswer) {
    bool answered = false;
    auto job = CompareJob::start({a.catalog, {}, {}}, {b.catalog, {}, {}}, {},
                                 [&](const CatalogComparison&) { answered = true; });
    job->cancel();
    folders.drain();
    EXPECT_FALSE(answered);
}

}  // namespace
}  // namespace paimon
