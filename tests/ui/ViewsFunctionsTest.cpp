// Views and functions in the browser against paimon-rest-server: the Views and Functions
// folders under each database, their detail panes (columns, queries per dialect, signature,
// definitions), the search across databases, a warehouse folder's folders shown disabled with
// the reason, and the editors (create, alter as change actions, rename, drop) with Preview.
#include <gtest/gtest.h>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QTabWidget>
#include <QTableWidget>

#include "core/json/Messages.h"
#include "core/server/DemoWarehouse.h"
#include "core/server/ObjectStore.h"
#include "tests/ui/EditorFixture.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/connection/ConnectionRegistry.h"
#include "ui/details/DefinitionBox.h"
#include "ui/details/DetailsPanel.h"
#include "ui/details/ObjectPanes.h"
#include "ui/editors/FieldsGrid.h"
#include "ui/editors/FunctionEditor.h"
#include "ui/editors/OptionsGrid.h"
#include "ui/editors/ViewEditors.h"

namespace paimon::testing {
namespace {

using ui::CatalogTreeModel;
using Kind = ui::NodeKind;

// The window on the demo catalog, connected.
struct DemoWindow : BrowserWindow {
    ServedWarehouse served;
    DemoWindow() {
        EXPECT_TRUE(writeDemoWarehouse(*served.warehouse).ok());
        served.start();
        open();
        profileId = window->ensureRestProfile("Demo", served.url(), {});
        window->openConnection(profileId);
        settle();
    }
    ~DemoWindow() { window.reset(); }
    ui::DetailsPanel* details() const { return window->details(); }
};

// The views or functions the server keeps for `db`, read from its files.
ViewInfo storedView(ServedWarehouse& s, const std::string& db, const std::string& name) {
    ObjectStore store(s.warehouse, ".paimon-catalog-browser-views", "VIEW");
    auto text = store.read(db, name);
    EXPECT_TRUE(text.ok()) << (text ? "" : text.error().describe());
    if (!text) return {};
    auto view = codec::decodeGetViewResponse(*text);
    EXPECT_TRUE(view.ok());
    return view ? *view : ViewInfo{};
}
bool viewStored(ServedWarehouse& s, const std::string& db, const std::string& name) {
    return ObjectStore(s.warehouse, ".paimon-catalog-browser-views", "VIEW").read(db, name).ok();
}
Result<FunctionInfo> storedFunction(ServedWarehouse& s, const std::string& db,
                                    const std::string& name) {
    ObjectStore store(s.warehouse, ".paimon-catalog-browser-functions", "FUNCTION");
    auto text = store.read(db, name);
    if (!text) return text.takeError();
    return codec::decodeGetFunctionResponse(*text);
}

TEST(ViewsAndFunctions, FoldersListThemAndTheirPanesShowWhatTheyAre) {
    DemoWindow f;
    const QModelIndex salesDb = f.find(f.connection(), "sales");
    ASSERT_TRUE(salesDb.isValid());
    QModelIndex views = f.folder(salesDb, Kind::ViewsFolder);
    ASSERT_TRUE(views.isValid());
    EXPECT_EQ(views.data().toString(), "Views");
    EXPECT_EQ(f.children(views), (QStringList{"big_orders", "orders per day"}));
    EXPECT_EQ(views.siblingAtColumn(CatalogTreeModel::InfoColumn).data().toString(), "2");

    // A view: columns, its queries per dialect, its definition.
    f.view()->setCurrentIndex(f.find(views, "orders per day"));
    ui::ViewPane* vp = f.details()->viewPane();
    ASSERT_TRUE(spinUntil([&] { return f.details()->currentWidget() == vp; }));
    EXPECT_EQ(vp->columnsTable()->rowCount(), 3);
    EXPECT_EQ(vp->columnsTable()->item(1, 1)->text(), "BIGINT");
    EXPECT_EQ(vp->columnsTable()->item(1, 2)->text(), "no");
    QStringList dialects;
    for (int i = 0; i < vp->dialectBox()->count(); ++i)
        dialects << vp->dialectBox()->itemData(i).toString();
    EXPECT_EQ(dialects, (QStringList{"", "flink", "spark", "trino"}));
    vp->dialectBox()->setCurrentIndex(3);
    EXPECT_TRUE(vp->queryText().contains("FROM paimon.sales.orders"))
        << vp->queryText().toStdString();
    vp->definition()->formatBox()->setCurrentIndex(1);  // Spark SQL
    EXPECT_TRUE(vp->definition()->text().startsWith("CREATE VIEW `sales`.`orders per day`"))
        << vp->definition()->text().toStdString();
    EXPECT_TRUE(vp->definition()->text().contains("count(*)"));

    // A view's columns in the tree; a column shows its view and edits it.
    const QModelIndex perDay = f.find(views, "orders per day");
    f.view()->expand(perDay);
    ASSERT_TRUE(spinUntil([&] { return f.proxy()->rowCount(perDay) == 3; }));
    EXPECT_EQ(f.children(perDay), (QStringList{"dt", "orders", "revenue"}));
    EXPECT_EQ(perDay.siblingAtColumn(CatalogTreeModel::InfoColumn).data().toString(),
              CatalogTreeModel::columnsText(3));
    const QModelIndex orders = f.find(perDay, "orders");
    EXPECT_EQ(orders.siblingAtColumn(CatalogTreeModel::InfoColumn).data().toString(),
              "BIGINT NOT NULL");
    EXPECT_EQ(orders.data(CatalogTreeModel::ObjectRole).toString(), "orders per day");
    f.view()->setCurrentIndex(orders);
    ASSERT_TRUE(spinUntil([&] { return f.details()->currentWidget() == vp; }));
    EXPECT_TRUE(f.window->findChild<QAction*>("edit")->isEnabled());
    EXPECT_FALSE(f.window->findChild<QAction*>("rename")->isEnabled())
        << "a view's column is not renamed on its own";

    // A function: its signature and each engine's definition.
    const QModelIndex analyticsDb = f.find(f.connection(), "analytics");
    QModelIndex functions = f.folder(analyticsDb, Kind::FunctionsFolder);
    ASSERT_TRUE(functions.isValid());
    f.view()->setCurrentIndex(f.find(functions, "geo.distance_km"));
    ui::FunctionPane* fp = f.details()->functionPane();
    ASSERT_TRUE(spinUntil([&] { return f.details()->currentWidget() == fp; }));
    EXPECT_TRUE(fp->signatureText().startsWith("geo.distance_km(lat1 DOUBLE, lon1 DOUBLE"))
        << fp->signatureText().toStdString();
    EXPECT_TRUE(fp->engineText().contains("com.example.geo.DistanceKm"));
    EXPECT_EQ(fp->parametersTable()->rowCount(), 5) << "four parameters and the return value";
    fp->definition()->formatBox()->setCurrentIndex(0);  // Flink SQL
    EXPECT_EQ(fp->definition()->text(),
              "CREATE FUNCTION `analytics`.`geo.distance_km` AS 'com.example.geo.DistanceKm' "
              "LANGUAGE JAVA USING JAR 'oss://demo-bucket/udf/geo-udf-1.4.jar';\n");
    EXPECT_TRUE(fp->infoText().contains("Deterministic: yes"));
}

TEST(ViewsAndFunctions, TheFilterFindsViewsAndFunctionsInDatabasesNeverOpened) {
    DemoWindow f;
    QTest::keyClick(f.window.get(), Qt::Key_F, Qt::ControlModifier);
    QTest::keyClicks(f.window->filterEdit(), "mask_");
    // The search across databases brings the function under its database's folder.
    ASSERT_TRUE(spinUntil([&] {
        const QModelIndex folder = f.shownFolder("sales", Kind::FunctionsFolder);
        return folder.isValid() && f.children(folder).contains("mask_email");
    }));
    EXPECT_FALSE(f.shownFolder("sales", Kind::TablesFolder).isValid()) << "no table matches";
    QTest::keyClick(f.window->filterEdit(), Qt::Key_Escape);
    f.settle();
    QTest::keyClick(f.window.get(), Qt::Key_F, Qt::ControlModifier);
    QTest::keyClicks(f.window->filterEdit(), "big_ord");
    ASSERT_TRUE(spinUntil([&] {
        const QModelIndex folder = f.shownFolder("sales", Kind::ViewsFolder);
        return folder.isValid() && f.children(folder) == QStringList{"big_orders"};
    }));
}

TEST(ViewsAndFunctions, AWarehouseFolderShowsTheFoldersDisabledWithTheReason) {
    ServedWarehouse local;  // never started: the folder is opened directly
    local.createTables("here", 2);
    BrowserWindow w;
    w.open();
    ui::ConnectionProfile p;
    p.id = ui::ConnectionProfile::newId();
    p.name = "local";
    p.kind = ui::ProfileKind::LocalWarehouse;
    p.warehouse = QString::fromStdString((local.dir.path() / "warehouse").string());
    w.window->registry()->save(p, {}, [](ui::SecretStore::Outcome) {});
    w.profileId = p.id;
    w.window->openConnection(p.id);
    w.settle();
    const QModelIndex db = w.find(w.connection(), "here");
    EXPECT_EQ(w.children(w.folder(db, Kind::TablesFolder)).size(), 2);
    const QModelIndex views = w.folder(db, Kind::ViewsFolder);
    ASSERT_TRUE(views.isValid());
    ASSERT_TRUE(spinUntil([&] { return !(views.flags() & Qt::ItemIsEnabled); }));
    EXPECT_TRUE(views.data(CatalogTreeModel::ErrorRole).toString().isEmpty()) << "not a failure";
    EXPECT_TRUE(views.data(Qt::ToolTipRole).toString().contains("warehouse folder has no views"))
        << views.data(Qt::ToolTipRole).toString().toStdString();
    EXPECT_EQ(views.siblingAtColumn(CatalogTreeModel::InfoColumn).data().toString(),
              "not supported");
    EXPECT_EQ(w.proxy()->rowCount(views), 0);
    const QModelIndex functions = w.folder(db, Kind::FunctionsFolder);
    EXPECT_TRUE(spinUntil([&] { return !(functions.flags() & Qt::ItemIsEnabled); }));
    w.window.reset();
}

// Create a view by form (two dialects, a name with a space, non-ASCII and %), alter it as
// change actions, rename it, drop it.
TEST(ViewsAndFunctions, ViewEditorsCreateAlterRenameAndDrop) {
    EditorFixture f;
    const QModelIndex salesDb = f.database("sales");
    const QModelIndex views = f.folder(salesDb, Kind::ViewsFolder);
    ASSERT_TRUE(views.isValid());
    f.select(views);
    QPointer<ui::ViewEditor> e = f.trigger<ui::ViewEditor>("newView");
    ASSERT_TRUE(e);
    // Nothing typed: refused before anything is sent.
    const int before = f.writesSent();
    e->apply();
    EXPECT_TRUE(e->bannerText().contains("name")) << e->bannerText().toStdString();
    e->nameEdit()->setText("vue été 10%");
    e->columns()->addRow("total", "DECIMAL(12, 2)", "the sum");
    e->queryEdit()->setPlainText("SELECT id, 1 AS total FROM sales.orders_0000");
    e->addDialect("flink");
    EXPECT_EQ(e->queryEdit()->toPlainText(), "SELECT id, 1 AS total FROM sales.orders_0000")
        << "a new dialect starts from the default query";
    e->addDialect("spark");
    e->queryEdit()->setPlainText("");
    e->apply();
    EXPECT_TRUE(e->bannerText().contains("spark")) << e->bannerText().toStdString();
    e->queryEdit()->setPlainText("SELECT id, CAST(1 AS DECIMAL(12,2)) AS total FROM orders_0000");
    e->columns()->addRow("bad", "DECIMAL(99, 2)");
    e->apply();
    EXPECT_TRUE(e->bannerText().contains("bad")) << e->bannerText().toStdString();
    e->columns()->table()->selectRow(2);
    e->columns()->table()->setCurrentCell(2, 0);
    e->columns()->removeCurrentRow();
    EXPECT_EQ(f.writesSent(), before);
    const QString preview = e->previewText();
    EXPECT_TRUE(preview.contains("POST")) << preview.toStdString();
    EXPECT_TRUE(preview.contains("/databases/sales/views")) << preview.toStdString();
    EXPECT_TRUE(preview.contains("\"spark\": \"SELECT id, CAST(1")) << preview.toStdString();
    f.applyByKeyboard(e);
    ASSERT_TRUE(f.closes(e)) << (e ? e->bannerText().toStdString() : "");
    ViewInfo made = storedView(f.served, "sales", "vue été 10%");
    EXPECT_EQ(made.schema.fields.size(), 2u);
    EXPECT_EQ(made.schema.dialects.size(), 2u);
    EXPECT_EQ(made.schema.query, "SELECT id, 1 AS total FROM sales.orders_0000");
    // In the tree, selected, its details shown.
    const QModelIndex row = f.find(f.shownFolder("sales", Kind::ViewsFolder), "vue été 10%");
    ASSERT_TRUE(row.isValid());
    EXPECT_EQ(f.view()->currentIndex(), row);
    EXPECT_TRUE(spinUntil(
        [&] { return f.window->details()->currentWidget() == f.window->details()->viewPane(); }));

    // Edit: a dialect added, one dropped, one changed; an option; the comment.
    QPointer<ui::ViewEditor> a = f.trigger<ui::ViewEditor>("edit");
    ASSERT_TRUE(a);
    ASSERT_TRUE(spinUntil([&] { return a->isLoaded(); }));
    EXPECT_TRUE(a->queryEdit()->isReadOnly()) << "the default query cannot change";
    a->removeDialect("spark");
    a->addDialect("trino");
    a->queryEdit()->setPlainText("SELECT 1");
    a->showDialect("flink");
    a->queryEdit()->setPlainText("SELECT 2");
    a->commentEdit()->setText("by the test");
    a->optionsGrid()->addRow("owner", "team b");
    const QString alter = a->previewText();
    for (const char* action :
         {"addDialect", "dropDialect", "updateDialect", "setOption", "updateComment"})
        EXPECT_TRUE(alter.contains(action)) << action << "\n" << alter.toStdString();
    f.applyByKeyboard(a);
    ASSERT_TRUE(f.closes(a)) << (a ? a->bannerText().toStdString() : "");
    ViewInfo altered = storedView(f.served, "sales", "vue été 10%");
    EXPECT_EQ(altered.schema.dialects,
              (std::map<std::string, std::string>{{"flink", "SELECT 2"}, {"trino", "SELECT 1"}}));
    EXPECT_EQ(altered.schema.comment, "by the test");
    EXPECT_EQ(altered.schema.options.at("owner"), "team b");

    // Rename, then drop (the name typed).
    f.select(f.view()->currentIndex());
    QTest::keyClick(f.view(), Qt::Key_F2);
    QPointer<ui::RenameViewDialog> r =
        qobject_cast<ui::RenameViewDialog*>(f.window->currentEditor());
    ASSERT_TRUE(r);
    r->nameEdit()->setText("a/b view");
    f.applyByKeyboard(r);
    ASSERT_TRUE(f.closes(r)) << (r ? r->bannerText().toStdString() : "");
    EXPECT_FALSE(viewStored(f.served, "sales", "vue été 10%"));
    EXPECT_TRUE(viewStored(f.served, "sales", "a/b view"));
    const QModelIndex moved = f.find(f.shownFolder("sales", Kind::ViewsFolder), "a/b view");
    ASSERT_TRUE(moved.isValid());
    EXPECT_EQ(f.view()->currentIndex(), moved);
    f.select(moved);
    QTest::keyClick(f.view(), Qt::Key_Delete);
    QPointer<ui::DropObjectDialog> d =
        qobject_cast<ui::DropObjectDialog*>(f.window->currentEditor());
    ASSERT_TRUE(d);
    const int beforeDrop = f.writesSent();
    d->apply();
    EXPECT_TRUE(d->bannerText().contains("to confirm"));
    EXPECT_EQ(f.writesSent(), beforeDrop);
    d->confirmEdit()->setText("a/b view");
    f.applyByKeyboard(d);
    ASSERT_TRUE(f.closes(d));
    EXPECT_FALSE(viewStored(f.served, "sales", "a/b view"));
    EXPECT_EQ(f.proxy()->rowCount(f.shownFolder("sales", Kind::ViewsFolder)), 0);
}

TEST(ViewsAndFunctions, FunctionEditorsCreateAlterAndDrop) {
    EditorFixture f;
    const QModelIndex functions = f.folder(f.database("sales"), Kind::FunctionsFolder);
    ASSERT_TRUE(functions.isValid());
    f.select(functions);
    QPointer<ui::FunctionEditor> e = f.trigger<ui::FunctionEditor>("newFunction");
    ASSERT_TRUE(e);
    e->nameEdit()->setText("net total");  // a space: Java refuses it
    e->apply();
    EXPECT_TRUE(e->bannerText().contains("Invalid function name")) << e->bannerText().toStdString();
    e->nameEdit()->setText("net_total");
    e->inputs()->addRow("amount", "DECIMAL(10, 2)");
    e->inputs()->addRow("tax", "DECIMAL(10, 2)");
    e->returns()->table()->item(0, 1)->setText("DECIMAL(12, 2)");
    e->apply();
    EXPECT_TRUE(e->bannerText().contains("SQL expression")) << e->bannerText().toStdString();
    e->bodyEdit()->setPlainText("amount - tax");
    e->addEngine("spark");
    e->kindBox()->setCurrentIndex(
        e->kindBox()->findData(static_cast<int>(FunctionDefinition::Type::File)));
    EXPECT_FALSE(e->bodyEdit()->isVisibleTo(e)) << "a class in a file has no body";
    e->classEdit()->setText("com.acme.NetTotal");
    e->languageEdit()->setText("scala");
    e->filesEdit()->setPlainText("jar oss://bucket/udf one.jar");
    e->apply();
    EXPECT_TRUE(e->bannerText().contains("TYPE URI")) << e->bannerText().toStdString();
    e->filesEdit()->setPlainText("jar oss://bucket/udf.jar\noss://bucket/more.jar");
    e->deterministicBox()->setChecked(false);
    const QString preview = e->previewText();
    EXPECT_TRUE(preview.contains("/databases/sales/functions")) << preview.toStdString();
    f.applyByKeyboard(e);
    ASSERT_TRUE(f.closes(e)) << (e ? e->bannerText().toStdString() : "");
    auto made = storedFunction(f.served, "sales", "net_total");
    ASSERT_TRUE(made.ok());
    EXPECT_FALSE(made->deterministic);
    ASSERT_EQ(made->inputParams->size(), 2u);
    EXPECT_EQ(made->returnParams->at(0).type.sql(), "DECIMAL(12, 2)");
    EXPECT_EQ(made->definitions.at("flink").definition, "amount - tax");
    const FunctionDefinition& spark = made->definitions.at("spark");
    EXPECT_EQ(spark.type, FunctionDefinition::Type::File);
    EXPECT_EQ(spark.className, "com.acme.NetTotal");
    ASSERT_EQ(spark.fileResources.size(), 2u);
    EXPECT_EQ(spark.fileResources[1].resourceType, "jar");
    EXPECT_EQ(spark.fileResources[1].uri, "oss://bucket/more.jar");
    const QModelIndex row = f.find(f.shownFolder("sales", Kind::FunctionsFolder), "net_total");
    ASSERT_TRUE(row.isValid());
    EXPECT_EQ(f.view()->currentIndex(), row);

    // Edit: the flink definition changed, spark dropped, a comment.
    QPointer<ui::FunctionEditor> a = f.trigger<ui::FunctionEditor>("edit");
    ASSERT_TRUE(a);
    ASSERT_TRUE(spinUntil([&] { return a->isLoaded(); }));
    EXPECT_FALSE(a->deterministicBox()->isEnabled());
    a->showEngine("flink");
    EXPECT_EQ(a->bodyEdit()->toPlainText(), "amount - tax");
    a->bodyEdit()->setPlainText("amount - tax + 0");
    a->removeEngine("spark");
    a->commentEdit()->setText("net of tax");
    const QString alter = a->previewText();
    for (const char* action : {"updateDefinition", "dropDefinition", "updateComment"})
        EXPECT_TRUE(alter.contains(action)) << action << "\n" << alter.toStdString();
    f.applyByKeyboard(a);
    ASSERT_TRUE(f.closes(a)) << (a ? a->bannerText().toStdString() : "");
    auto altered = storedFunction(f.served, "sales", "net_total");
    ASSERT_TRUE(altered.ok());
    EXPECT_EQ(altered->definitions.size(), 1u);
    EXPECT_EQ(altered->definitions.at("flink").definition, "amount - tax + 0");
    EXPECT_EQ(altered->comment, "net of tax");

    // Drop.
    f.select(f.find(f.shownFolder("sales", Kind::FunctionsFolder), "net_total"));
    QPointer<ui::DropObjectDialog> d = f.trigger<ui::DropObjectDialog>("drop");
    ASSERT_TRUE(d);
    d->confirmEdit()->setText("net_total");
    f.applyByKeyboard(d);
    ASSERT_TRUE(f.closes(d));
    EXPECT_FALSE(storedFunction(f.served, "sales", "net_total").ok());
    EXPECT_EQ(f.proxy()->rowCount(f.shownFolder("sales", Kind::FunctionsFolder)), 0);
}

TEST(ViewsAndFunctions, ReadOnlyProfilesOfferNoViewOrFunctionWrites) {
    EditorFixture f(/*readOnly=*/true);
    f.select(f.folder(f.database("sales"), Kind::ViewsFolder));
    for (const char* name : {"newView", "newFunction", "edit", "drop", "rename"})
        EXPECT_FALSE(f.action(name)->isEnabled()) << name;
}

}  // namespace
}  // namespace paimon::testing
