// The main window driven like a user would, offscreen, against a real paimon-rest-server.
#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

#include <set>

#include "tests/ui/UiTestSupport.h"
#include "ui/activity/ActivityLogModel.h"
#include "ui/connection/ConnectionRegistry.h"
#include "ui/connection/SecretStore.h"
#include "ui/details/DatabasePane.h"
#include "ui/details/DetailsPanel.h"
#include "ui/details/TablePane.h"
#include "ui/main/MainWindow.h"
#include "ui/navigator/CatalogTreeModel.h"
#include "ui/navigator/NavigatorFilterModel.h"
#include "ui/navigator/NavigatorView.h"

namespace paimon::testing {
namespace {

using ui::CatalogTreeModel;
using Kind = CatalogTreeModel::NodeKind;

TEST(MainWindow, OpensAConnectionExpandsAndShowsTableDetailsAndDefinitions) {
    WindowFixture f;
    f.window->openConnection(f.profileId);
    f.settle();
    ASSERT_EQ(f.proxy()->rowCount(), 1);
    QModelIndex analytics = f.find(f.connection(), "analytics");
    ASSERT_TRUE(analytics.isValid());
    f.view()->expand(analytics);
    f.settle();
    EXPECT_EQ(f.proxy()->rowCount(analytics), 3) << "Tables, Views, Functions";
    QModelIndex tables = f.folder(analytics);
    EXPECT_EQ(f.proxy()->rowCount(tables), 30);

    // The database's details.
    f.view()->setCurrentIndex(analytics);
    auto* details = f.window->details();
    EXPECT_TRUE(spinUntil([&] { return details->currentWidget() == details->databasePane(); }));
    EXPECT_TRUE(details->databasePane()->summaryText().contains("analytics"));

    // Keyboard: Down goes to the Tables folder, then to the first table; its details load.
    f.view()->setFocus();
    QTest::keyClick(f.view(), Qt::Key_Down);
    EXPECT_EQ(f.view()->currentIndex(), tables);
    QTest::keyClick(f.view(), Qt::Key_Down);
    f.settle();
    EXPECT_EQ(f.view()->currentIndex().data(CatalogTreeModel::NameRole).toString(), "t_0000");
    ASSERT_EQ(details->currentWidget(), details->tablePane());
    QTableWidget* columns = details->tablePane()->columnsTable();
    ASSERT_EQ(columns->rowCount(), 3);
    EXPECT_EQ(columns->item(0, ui::TablePane::ColName)->text(), "id");
    EXPECT_EQ(columns->item(0, ui::TablePane::ColKey)->text(), "primary");
    EXPECT_EQ(columns->item(2, ui::TablePane::ColKey)->text(), "primary, partition");
    EXPECT_TRUE(details->tablePane()->keysText().contains("Partition keys: dt"));

    // The definition tab, in each format.
    details->tablePane()->showTab(ui::TablePane::DefinitionTab);
    EXPECT_TRUE(details->tablePane()->definitionText().contains("CREATE TABLE"));
    EXPECT_TRUE(details->tablePane()->definitionText().contains("PARTITIONED BY"));
    details->tablePane()->formatBox()->setCurrentIndex(2);
    EXPECT_TRUE(details->tablePane()->definitionText().contains("\"identifier\""));
    TempDir out;
    QString problem;
    QString path = QString::fromStdString((out.path() / "t.json").string());
    ASSERT_TRUE(details->tablePane()->saveDefinitionTo(path, &problem)) << problem.toStdString();
    QFile saved(path);
    ASSERT_TRUE(saved.open(QIODevice::ReadOnly));
    EXPECT_EQ(QString::fromUtf8(saved.readAll()), details->tablePane()->definitionText());

    // Copy name (Ctrl+C on the tree).
    QApplication::clipboard()->clear();
    f.view()->setFocus();
    QTest::keyClick(f.view(), Qt::Key_C, Qt::ControlModifier);
    EXPECT_EQ(QApplication::clipboard()->text(), "t_0000");

    // Every request is in the activity log.
    EXPECT_GE(f.window->activity()->rowCount(), 4);
    EXPECT_EQ(f.window->activity()->index(0, ui::ActivityLogModel::Path).data().toString(),
              "/v1/config");
}

TEST(MainWindow, PagesAsTheUserScrolls) {
    WindowFixture f(450);
    f.window->resize(900, 600);
    QModelIndex analytics = f.openAndExpand("analytics");
    EXPECT_EQ(f.proxy()->rowCount(analytics), 100) << "one page until the user scrolls";
    analytics = f.scrollUntilRows("analytics", 450);
    EXPECT_EQ(f.proxy()->rowCount(analytics), 450);
}

TEST(MainWindow, FilterBoxFiltersLoadedNamesAndAsksTheServer) {
    WindowFixture f(250);
    QModelIndex analytics = f.openAndExpand("analytics");
    ASSERT_EQ(f.proxy()->rowCount(analytics), 100);
    QTest::keyClick(f.window.get(), Qt::Key_F, Qt::ControlModifier);
    EXPECT_TRUE(f.window->filterEdit()->hasFocus());
    QTest::keyClicks(f.window->filterEdit(), "t_024");
    // t_0240..t_0249 are on the third page: the server is asked once typing pauses.
    EXPECT_TRUE(spinUntil([&] {
        analytics = f.shownFolder("analytics");
        return analytics.isValid() && f.proxy()->rowCount(analytics) == 10;
    }));
    EXPECT_FALSE(f.find(f.connection(), "sales").isValid()) << "no match in sales";
    // The matches end within reach of the view, but that is no reason to page the whole
    // listing: the loaded names stay the first page plus the filter's finds.
    f.settle();
    QAbstractItemModel* source = f.window->model();
    const QModelIndex sourceAnalytics = f.window->filterModel()->mapToSource(analytics);
    EXPECT_EQ(source->rowCount(sourceAnalytics), 110);
    QTest::keyClick(f.window->filterEdit(), Qt::Key_Escape);
    EXPECT_EQ(f.window->filterEdit()->text(), QString());
    EXPECT_EQ(f.window->model()->serverFilter(), QString()) << "cleared at once, not after a pause";
    f.settle();
    analytics = f.shownFolder("analytics");
    EXPECT_EQ(f.proxy()->rowCount(analytics), 110) << "the first page plus the filter's finds";
    EXPECT_TRUE(f.find(f.connection(), "sales").isValid());
}

TEST(MainWindow, ScrollingThroughMatchesPagesTheFilterNotTheListing) {
    constexpr int kTables = 1234;
    WindowFixture f(kTables);
    f.window->resize(900, 600);
    QModelIndex analytics = f.openAndExpand("analytics");
    ASSERT_EQ(f.proxy()->rowCount(analytics), 100);
    // Servers match prefixes only: "t_1" starts 234 of the names, all beyond the first page,
    // so the filter's own listing takes three pages.
    std::set<QString> loaded, matches;
    for (int i = 0; i < kTables; ++i) {
        const QString name = QStringLiteral("t_%1").arg(i, 4, 10, QLatin1Char('0'));
        if (name.startsWith(QLatin1String("t_1"))) matches.insert(name);
        if (i < 100 || name.startsWith(QLatin1String("t_1"))) loaded.insert(name);
    }
    ASSERT_GT(matches.size(), 200u) << "more matches than two pages of the filter";
    QTest::keyClick(f.window.get(), Qt::Key_F, Qt::ControlModifier);
    QTest::keyClicks(f.window->filterEdit(), "t_1");
    EXPECT_TRUE(spinUntil([&] { return f.window->model()->serverFilter() == "t_1"; }));
    f.settle();
    analytics = f.scrollUntilRows("analytics", static_cast<int>(matches.size()));
    ASSERT_TRUE(analytics.isValid());
    EXPECT_EQ(f.proxy()->rowCount(analytics), static_cast<int>(matches.size()));
    for (int r = 0; r < f.proxy()->rowCount(analytics); ++r) {
        EXPECT_TRUE(matches.count(f.proxy()->index(r, 0, analytics).data().toString()));
    }
    // Only the filter's pages came: the names that do not match are still the first page's.
    QAbstractItemModel* source = f.window->model();
    const QModelIndex sourceAnalytics = f.window->filterModel()->mapToSource(analytics);
    EXPECT_EQ(source->rowCount(sourceAnalytics), static_cast<int>(loaded.size()));

    // Without the filter, scrolling pages the whole listing again, up to every name.
    QTest::keyClick(f.window.get(), Qt::Key_F, Qt::ControlModifier);
    QTest::keyClick(f.window->filterEdit(), Qt::Key_Escape);
    ASSERT_EQ(f.window->filterEdit()->text(), QString());
    f.settle();
    analytics = f.scrollUntilRows("analytics", kTables);
    EXPECT_EQ(f.proxy()->rowCount(analytics), kTables);
}

TEST(MainWindow, RefreshKeepsExpansionAndSelection) {
    WindowFixture f(5);
    QModelIndex sales = f.openAndExpand("sales");
    QModelIndex order = f.find(sales, "orders_0001");
    f.view()->setCurrentIndex(order);
    f.settle();
    Schema s;
    s.fields = {column(0, "x", "INT")};
    ASSERT_TRUE(f.served.warehouse->createTable({"sales", "orders_0009"}, s).ok());
    const QModelIndex salesDb = f.find(f.connection(), "sales");
    f.view()->setCurrentIndex(salesDb);  // a database's refresh reloads its folders
    f.view()->setFocus();
    QTest::keyClick(f.view(), Qt::Key_F5);
    f.settle();
    sales = f.shownFolder("sales");
    EXPECT_TRUE(f.view()->isExpanded(sales));
    EXPECT_EQ(f.proxy()->rowCount(sales), 3);
    EXPECT_EQ(f.view()->currentIndex(), salesDb);
}

TEST(MainWindow, RestoresOpenConnectionsAndLayoutOnRestart) {
    WindowFixture f(2);
    f.window->openConnection(f.profileId);
    f.settle();
    f.window->resize(1000, 700);
    f.window->close();  // saves the session
    f.window.reset();
    f.open();
    f.settle();
    ASSERT_EQ(f.proxy()->rowCount(), 1);
    EXPECT_EQ(f.connection().data(CatalogTreeModel::NameRole).toString(), "Test catalog");
    EXPECT_EQ(f.window->size(), QSize(1000, 700));
    EXPECT_TRUE(f.find(f.connection(), "analytics").isValid()) << "reconnected on restart";
}

TEST(MainWindow, ErrorsShowOnTheNodeWithoutDialogs) {
    WindowFixture f(2);
    ui::ConnectionProfile dead = f.served.profile("Dead");
    dead.uri = "http://127.0.0.1:9";  // discard port: nothing listens
    f.window->registry()->save(dead, {}, [](ui::SecretStore::Outcome) {});
    f.window->openConnection(dead.id);
    f.settle();
    QModelIndex node = f.proxy()->index(0, 0);
    EXPECT_FALSE(node.data(CatalogTreeModel::ErrorRole).toString().isEmpty());
    EXPECT_EQ(QApplication::activeModalWidget(), nullptr);
    QModelIndex message = f.proxy()->index(0, 0, node);
    EXPECT_TRUE(message.data().toString().contains("retry"));
}

}  // namespace
}  // namespace paimon::testing
