// The export dialog on the real window against a real paimon-rest-server: a database, a whole
// connection split into files, a table that fails while the rest are exported, and Cancel
// half-way, which leaves no file behind.
#include <gtest/gtest.h>

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "tests/ui/UiTestSupport.h"
#include "ui/export/ExportDialog.h"

namespace fs = std::filesystem;

namespace paimon::testing {
namespace {

struct ExportFixture : WindowFixture {
    TempDir out;
    explicit ExportFixture(int tables) : WindowFixture(tables) {
        window->openConnection(profileId);
        settle();
    }
    ui::ExportDialog* open(const QModelIndex& node) {
        view()->setCurrentIndex(node);
        ui::ExportDialog* dialog = nullptr;
        auto c = QObject::connect(window.get(), &ui::MainWindow::exportOpened,
                                  [&](ui::ExportDialog* d) { dialog = d; });
        auto* a = window->findChild<QAction*>("export");
        EXPECT_TRUE(a && a->isEnabled());
        if (a) a->trigger();
        QObject::disconnect(c);
        return dialog;
    }
    bool run(ui::ExportDialog* d) {
        bool ok = false, finished = false;
        auto c = QObject::connect(d, &ui::ExportDialog::finished, [&](bool r) {
            ok = r;
            finished = true;
        });
        d->exportButton()->click();
        EXPECT_TRUE(spinUntil([&] { return finished; }, 60000));
        QObject::disconnect(c);
        return ok;
    }
    static std::string readAll(const fs::path& p) {
        std::ifstream in(p, std::ios::binary);
        std::ostringstream s;
        s << in.rdbuf();
        return s.str();
    }
    static std::vector<fs::path> filesUnder(const fs::path& root) {
        std::vector<fs::path> files;
        if (!fs::exists(root)) return files;
        for (const auto& e : fs::recursive_directory_iterator(root))
            if (e.is_regular_file()) files.push_back(e.path());
        std::sort(files.begin(), files.end());
        return files;
    }
};

TEST(ExportDialog, ADatabaseAsOneJsonFile) {
    ExportFixture f(120);
    ui::ExportDialog* d = f.open(f.find(f.connection(), "analytics"));
    ASSERT_TRUE(d);
    d->formatBox()->setCurrentIndex(2);  // Paimon JSON
    EXPECT_TRUE(d->pathEdit()->text().endsWith("analytics.json"));
    const fs::path file = f.out.path() / "analytics.json";
    d->pathEdit()->setText(QString::fromStdString(file.string()));
    ASSERT_TRUE(f.run(d)) << d->statusText().toStdString();
    EXPECT_TRUE(d->statusText().contains("Exported 120 tables")) << d->statusText().toStdString();
    EXPECT_EQ(d->progressBar()->value(), 120);
    auto json = nlohmann::json::parse(f.readAll(file));
    ASSERT_EQ(json.size(), 120u);
    EXPECT_EQ(json[0]["identifier"]["object"], "t_0000");
    EXPECT_EQ(json[119]["identifier"]["object"], "t_0119");
    EXPECT_EQ(json[5]["schema"]["primaryKeys"], nlohmann::json({"id", "dt"}));
    EXPECT_EQ(f.filesUnder(f.out.path()).size(), 1u);  // no temporary file left
    delete d;
}

TEST(ExportDialog, AConnectionSplitIntoFilesWithAFailingTableListed) {
    ExportFixture f(5);
    // One table's schema file is damaged: that table fails, the others are exported.
    fs::path schemaDir = f.served.dir.path() / "warehouse" / "analytics.db" / "t_0002" / "schema";
    ASSERT_TRUE(fs::exists(schemaDir / "schema-0"));
    std::ofstream(schemaDir / "schema-0", std::ios::trunc) << "{ not json";
    ui::ExportDialog* d = f.open(f.connection());
    ASSERT_TRUE(d);
    d->formatBox()->setCurrentIndex(0);  // Flink SQL
    d->splitButton()->setChecked(true);
    const fs::path folder = f.out.path() / "defs";
    d->pathEdit()->setText(QString::fromStdString(folder.string()));
    EXPECT_FALSE(f.run(d));
    EXPECT_TRUE(d->statusText().contains("Exported 6 tables")) << d->statusText().toStdString();
    EXPECT_TRUE(d->statusText().contains("1 failed"));
    EXPECT_TRUE(d->failuresText().startsWith("analytics.t_0002: "))
        << d->failuresText().toStdString();
    auto files = f.filesUnder(folder);
    ASSERT_EQ(files.size(), 6u);
    EXPECT_EQ(files[0], folder / "analytics" / "t_0000.sql");
    EXPECT_EQ(files[5], folder / "sales" / "orders_0001.sql");
    EXPECT_NE(f.readAll(files[0]).find("CREATE TABLE `analytics`.`t_0000`"), std::string::npos);
    delete d;
}

TEST(ExportDialog, CancelHalfWayLeavesNoFile) {
    ExportFixture f(400);
    ui::ExportDialog* d = f.open(f.find(f.connection(), "analytics"));
    ASSERT_TRUE(d);
    const fs::path file = f.out.path() / "all.sql";
    d->pathEdit()->setText(QString::fromStdString(file.string()));
    bool finished = false;
    QObject::connect(d, &ui::ExportDialog::finished, [&] { finished = true; });
    d->exportButton()->click();
    ASSERT_TRUE(spinUntil([&] { return d->progressBar()->value() >= 8; }));
    EXPECT_TRUE(d->isRunning());
    EXPECT_LT(d->progressBar()->value(), 400);
    d->cancelButton()->click();
    ASSERT_TRUE(spinUntil([&] { return finished; }));
    EXPECT_FALSE(d->isRunning());
    EXPECT_TRUE(d->isVisible()) << "the dialog stays to say what happened";
    EXPECT_TRUE(d->statusText().contains("Cancelled")) << d->statusText().toStdString();
    // The cancelled requests' answers are queued before any later answer on the same catalog:
    // once a request sent now is answered, every one of them has been delivered, and changed
    // nothing.
    auto catalog =
        f.window->model()->catalogFor(f.window->filterModel()->mapToSource(f.connection()));
    ASSERT_TRUE(catalog);
    const int progress = d->progressBar()->value();
    auto later = await<std::vector<std::string>>(
        [&](auto cb) { return catalog->listDatabases(std::nullopt, cb); });
    ASSERT_TRUE(later.ok()) << later.error().describe();
    EXPECT_EQ(d->progressBar()->value(), progress);
    EXPECT_TRUE(d->statusText().contains("Cancelled"));
    EXPECT_TRUE(f.filesUnder(f.out.path()).empty());
    f.settle();
    delete d;
}

}  // namespace
}  // namespace paimon::testing
