// Applying a JSON export to a catalog (core/export/Apply.h), against a real warehouse folder.
#include <gtest/gtest.h>

#include <fstream>

#include "core/catalog/FileSystemCatalog.h"
#include "core/export/Apply.h"
#include "core/export/ViewDefinitions.h"
#include "core/fs/Warehouse.h"
#include "tests/support/FolderCatalog.h"
#include "tests/support/SchemaTestUtil.h"
#include "tests/support/TempDir.h"

namespace fs = std::filesystem;

namespace paimon {
namespace {

using testing::column;
using K = ApplyOutcome::Kind;

Schema schemaWith(const std::string& extraColumn = "") {
    Schema s;
    // Key columns NOT NULL, as a catalog keeps them (and an export writes them).
    s.fields = {column(0, "id", "BIGINT NOT NULL"), column(1, "dt", "STRING NOT NULL")};
    if (!extraColumn.empty()) s.fields.push_back(column(2, extraColumn, "INT"));
    s.partitionKeys = {"dt"};
    s.primaryKeys = {"id", "dt"};
    s.options = {{"bucket", "2"}};
    return s;
}

void writeText(const fs::path& p, const std::string& text) {
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << text;
}

class ApplyTest : public ::testing::Test {
protected:
    void SetUp() override {
        auto folder = folders.open(dir.path() / "wh");
        ASSERT_TRUE(folder.catalog);
        warehouse = folder.warehouse;
        catalog = folder.catalog;
    }
    void drain() { folders.drain(); }
    ApplyReport run(std::vector<CreateTableRequest> definitions,
                    std::vector<ApplyOutcome>* progress = nullptr, ApplyOptions options = {}) {
        std::optional<Result<ApplyReport>> report;
        auto job = ApplyJob::start(
            catalog,
            std::vector<ExportedDefinition>(std::make_move_iterator(definitions.begin()),
                                            std::make_move_iterator(definitions.end())),
            [progress](const ApplyOutcome& o) {
                if (progress) progress->push_back(o);
            },
            [&](Result<ApplyReport> r) { report = std::move(r); }, options);
        drain();
        EXPECT_TRUE(report && report->ok());
        return report && report->ok() ? **report : ApplyReport{};
    }

    testing::TempDir dir;
    std::shared_ptr<Warehouse> warehouse;
    testing::FolderCatalogs folders;
    std::shared_ptr<FileSystemCatalog> catalog;
};

TEST_F(ApplyTest, CreatesWhatIsMissingWithItsDatabaseAndLeavesWhatExists) {
    ASSERT_TRUE(warehouse->createDatabase("sales", {}).ok());
    ASSERT_TRUE(warehouse->createTable({"sales", "same"}, schemaWith()).ok());
    ASSERT_TRUE(warehouse->createTable({"sales", "other"}, schemaWith()).ok());

    std::vector<ApplyOutcome> progress;
    ApplyReport report = run({{{"sales", "same"}, schemaWith()},
                              {{"sales", "other"}, schemaWith("note")},
                              {{"sales", "fresh"}, schemaWith()},
                              {{"new_db", "t1"}, schemaWith()},
                              {{"new_db", "t2"}, schemaWith()}},
                             &progress);
    ASSERT_EQ(report.outcomes.size(), 5u);
    EXPECT_EQ(report.outcomes[0].kind, K::Same);
    EXPECT_EQ(report.outcomes[1].kind, K::Differs);
    ASSERT_EQ(report.outcomes[1].differences.size(), 1u);
    EXPECT_NE(describeSchemaChange(report.outcomes[1].differences[0]).find("note"),
              std::string::npos);
    EXPECT_EQ(report.outcomes[2].kind, K::Created);
    EXPECT_EQ(report.outcomes[3].kind, K::Created);
    EXPECT_EQ(report.outcomes[4].kind, K::Created);
    EXPECT_EQ(report.count(K::Created), 3u);
    EXPECT_EQ(progress.size(), 5u);  // each outcome reported as it was known

    // What exists was not touched; what was missing is there, its database too.
    auto other = warehouse->getTable({"sales", "other"});
    ASSERT_TRUE(other.ok());
    EXPECT_EQ(other->schema.fields.size(), 2u);
    EXPECT_TRUE(warehouse->getTable({"new_db", "t2"}).ok());
    EXPECT_TRUE(warehouse->getTable({"sales", "fresh"}).ok());

    // Applying again changes nothing.
    ApplyReport again = run({{{"sales", "fresh"}, schemaWith()}, {{"new_db", "t1"}, schemaWith()}});
    EXPECT_EQ(again.count(K::Same), 2u);
}

TEST_F(ApplyTest, AlterChangesWhatDiffersAndADryRunSendsNothing) {
    ASSERT_TRUE(warehouse->createDatabase("sales", {}).ok());
    ASSERT_TRUE(warehouse->createTable({"sales", "orders"}, schemaWith("note")).ok());
    ASSERT_TRUE(warehouse->createTable({"sales", "keyed"}, schemaWith()).ok());
    Schema wider = schemaWith("amount");
    wider.comment = "orders";
    Schema otherKeys = schemaWith();
    otherKeys.partitionKeys.clear();
    const std::vector<CreateTableRequest> wanted = {{{"sales", "orders"}, wider},
                                                    {{"sales", "keyed"}, otherKeys},
                                                    {{"fresh", "t"}, schemaWith()}};

    ApplyReport dry = run(wanted, nullptr, {.alter = true, .dryRun = true});
    ASSERT_EQ(dry.outcomes.size(), 3u);
    EXPECT_EQ(dry.outcomes[0].kind, K::Altered);
    ASSERT_EQ(dry.outcomes[0].writes.size(), 1u);
    EXPECT_TRUE(std::holds_alternative<write::AlterTable>(dry.outcomes[0].writes[0]));
    EXPECT_EQ(dry.outcomes[0].warnings,
              std::vector<std::string>{"drops the column note and its data"});
    EXPECT_EQ(dry.outcomes[1].kind, K::NeedsRecreate);
    ASSERT_EQ(dry.outcomes[1].notes.size(), 1u);
    EXPECT_NE(dry.outcomes[1].notes[0].find("partition keys"), std::string::npos);
    EXPECT_EQ(dry.outcomes[2].kind, K::Created);
    ASSERT_EQ(dry.outcomes[2].writes.size(), 2u);  // its database first
    EXPECT_TRUE(std::holds_alternative<write::CreateDatabase>(dry.outcomes[2].writes[0]));
    // Nothing was sent.
    EXPECT_EQ(warehouse->getTable({"sales", "orders"})->schema.fields[2].name, "note");
    EXPECT_FALSE(warehouse->getDatabase("fresh").ok());

    ApplyReport applied = run(wanted, nullptr, {.alter = true});
    EXPECT_EQ(applied.count(K::Altered), 1u);
    EXPECT_EQ(applied.count(K::NeedsRecreate), 1u);
    EXPECT_EQ(applied.count(K::Created), 1u);
    auto orders = warehouse->getTable({"sales", "orders"});
    ASSERT_TRUE(orders.ok());
    EXPECT_EQ(orders->schema.fields[2].name, "amount");
    EXPECT_EQ(orders->schema.comment, "orders");
    ApplyReport again = run(wanted, nullptr, {.alter = true});
    EXPECT_EQ(again.count(K::Same), 2u);
    EXPECT_EQ(again.count(K::NeedsRecreate), 1u);
}

TEST_F(ApplyTest, AFailureIsReportedAndTheRestIsStillApplied) {
    Schema broken = schemaWith();
    broken.primaryKeys = {"no_such_column"};
    ApplyReport report = run({{{"db", "bad"}, broken}, {{"db", "good"}, schemaWith()}});
    ASSERT_EQ(report.outcomes.size(), 2u);
    EXPECT_EQ(report.outcomes[0].kind, K::Failed);
    ASSERT_TRUE(report.outcomes[0].error);
    EXPECT_EQ(report.outcomes[0].error->kind, ErrorKind::BadRequest);
    EXPECT_EQ(report.outcomes[1].kind, K::Created);
}

TEST_F(ApplyTest, CancelAnswersWithWhatWasDoneAndSendsNothingMore) {
    std::optional<Result<ApplyReport>> report;
    auto job = ApplyJob::start(catalog, {{{"db", "a"}, schemaWith()}, {{"db", "b"}, schemaWith()}},
                               nullptr, [&](Result<ApplyReport> r) { report = std::move(r); });
    job->cancel();
    ASSERT_TRUE(report && report->ok());
    EXPECT_TRUE((*report)->outcomes.empty());
    drain();
    EXPECT_FALSE(warehouse->getTable({"db", "b"}).ok());
    job->cancel();  // harmless twice
}

TEST_F(ApplyTest, ReadsAnExportFileOrFolderAndNamesTheFileThatIsNotOne) {
    const CreateTableRequest a{{"db", "a"}, schemaWith()};
    const CreateTableRequest b{{"db", "b"}, schemaWith("x")};
    writeText(dir.path() / "one.json", "[" + codec::encode(a) + "," + codec::encode(b) + "]");
    auto one = readJsonExport(dir.path() / "one.json");
    ASSERT_TRUE(one.ok()) << one.error().message;
    EXPECT_EQ(*one, (std::vector<ExportedDefinition>{a, b}));

    // A folder written with split: in path order, other files ignored.
    writeText(dir.path() / "split" / "db" / "b.json", codec::encode(b));
    writeText(dir.path() / "split" / "db" / "a.json", codec::encode(a));
    writeText(dir.path() / "split" / "README.txt", "not a definition");
    auto folder = readJsonExport(dir.path() / "split");
    ASSERT_TRUE(folder.ok()) << folder.error().message;
    EXPECT_EQ(*folder, (std::vector<ExportedDefinition>{a, b}));

    writeText(dir.path() / "split" / "db" / "c.json", "{not json");
    auto bad = readJsonExport(dir.path() / "split");
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().kind, ErrorKind::Io);
    EXPECT_NE(bad.error().message.find("c.json"), std::string::npos);

    auto missing = readJsonExport(dir.path() / "nothing.json");
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().kind, ErrorKind::Io);
}

// Views and functions in an export: told apart by their member, read back to what was written.
TEST_F(ApplyTest, ReadsViewsAndFunctionsFromAnExport) {
    ViewSchema view;
    view.fields = {column(0, "id", "BIGINT")};
    view.query = "SELECT id FROM t";
    view.dialects = {{"spark", "SELECT id FROM db.t"}};
    view.comment = "a view";
    FunctionInfo fn;
    fn.database = "db";
    fn.name = "f.v1";
    fn.inputParams = {{column(0, "x", "INT")}};
    fn.returnParams = {{column(0, "y", "INT")}};
    fn.definitions["flink"] = {FunctionDefinition::Type::Sql, "x + 1", {}, {}, {}, {}};
    const CreateTableRequest table{{"db", "t"}, schemaWith()};
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    list.push_back(nlohmann::ordered_json::parse(codec::encode(table)));
    list.push_back(paimonJsonViewDefinition({"db", "v w"}, view));
    list.push_back(paimonJsonFunctionDefinition({"db", "f.v1"}, fn));
    writeText(dir.path() / "all.json", list.dump());
    auto read = readJsonExport(dir.path() / "all.json");
    ASSERT_TRUE(read.ok()) << read.error().message;
    ASSERT_EQ(read->size(), 3u);
    EXPECT_EQ(std::get<CreateTableRequest>((*read)[0]), table);
    EXPECT_EQ(std::get<CreateViewRequest>((*read)[1]), (CreateViewRequest{{"db", "v w"}, view}));
    const auto& f = std::get<FunctionDefinitionRequest>((*read)[2]);
    EXPECT_EQ(f.identifier, (Identifier{"db", "f.v1"}));
    EXPECT_EQ(f.function.definitions, fn.definitions);
    EXPECT_EQ(f.function.inputParams, fn.inputParams);
    EXPECT_EQ(identifierOf((*read)[1]), (Identifier{"db", "v w"}));
    EXPECT_TRUE(functionDifferences(f.function, f.function).empty());
    FunctionInfo other = f.function;
    other.definitions["flink"].definition = "x + 2";
    EXPECT_EQ(differingAspects(functionDifferences(f.function, other)),
              std::vector<std::string>{"flink definition"});
    ViewSchema changed = view;
    changed.dialects.clear();
    EXPECT_EQ(differingAspects(viewDifferences(view, changed)),
              std::vector<std::string>{"spark query"});

    writeText(dir.path() / "bad.json",
              R"([{"function":{"name":"f"},"identifier":{"database":1}}])");
    auto bad = readJsonExport(dir.path() / "bad.json");
    ASSERT_FALSE(bad.ok());
    EXPECT_NE(bad.error().message.find("bad.json"), std::string::npos);
}

}  // namespace
}  // namespace paimon
