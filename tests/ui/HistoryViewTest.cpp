// A table's life in the browser: the summary and the Snapshots, Tags, Branches and Consumers
// tabs against paimon-rest-server's demo catalog, the editors of its actions end to end, a
// read-only profile, and a server without the endpoints.
#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>

#include "core/catalog/RestCatalog.h"
#include "core/rest/CatalogOptions.h"
#include "core/server/DemoWarehouse.h"
#include "tests/support/FaultServer.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/connection/ConnectionRegistry.h"
#include "ui/details/DetailsPanel.h"
#include "ui/details/HistoryModels.h"
#include "ui/details/HistoryView.h"
#include "ui/details/TablePane.h"
#include "ui/editors/EditorLauncher.h"
#include "ui/editors/HistoryEditors.h"
#include "ui/net/QtScheduler.h"
#include "ui/net/QtTransport.h"

namespace paimon::testing {
namespace {

using ui::HistoryView;
using ui::ListingState;

std::shared_ptr<Catalog> openCatalog(const std::string& url) {
    RestCatalog::Setup setup;
    setup.options[opt::kUri] = url;
    setup.transport = std::make_shared<QtTransport>();
    setup.scheduler = std::make_shared<QtScheduler>();
    auto opened = await<std::shared_ptr<RestCatalog>>(
        [&](auto cb) { return RestCatalog::open(setup, std::move(cb)); });
    EXPECT_TRUE(opened.ok()) << opened.error().describe();
    return opened.ok() ? *opened : nullptr;
}

// The demo catalog, served.
struct DemoServer {
    ServedWarehouse served;
    DemoServer() {
        EXPECT_TRUE(writeDemoWarehouse(*served.warehouse).ok());
        served.start();
    }
};

bool settled(const HistoryView& h) {
    return h.latestKnown() && h.snapshotsModel()->state() != ListingState::Loading &&
           h.tagsModel()->state() == ListingState::Complete &&
           h.consumersModel()->state() != ListingState::Loading &&
           !h.branchesStatus()->text().startsWith(QStringLiteral("Loading"));
}

TEST(HistoryView, ShowsTheLifeOfADemoTable) {
    DemoServer demo;
    auto catalog = openCatalog(demo.served.server->url());
    ASSERT_TRUE(catalog);
    ui::TablePane pane;
    pane.showHistory({catalog, {"sales", "orders"}, {}}, true);
    HistoryView* h = pane.history();
    ASSERT_TRUE(spinUntil([&] { return settled(*h); }));

    EXPECT_TRUE(h->summaryText().contains(QStringLiteral("Latest snapshot 24")))
        << h->summaryText().toStdString();
    EXPECT_TRUE(h->summaryText().contains(QStringLiteral("APPEND")));
    // Newest first, every snapshot (fewer than a page).
    auto* snapshots = h->snapshotsModel();
    ASSERT_EQ(snapshots->rowCount(), 24);
    EXPECT_EQ(snapshots->state(), ListingState::Complete);
    QTableView* view = h->snapshotsView();
    EXPECT_EQ(view->model()->index(0, ui::SnapshotsModel::Id).data().toLongLong(), 24);
    EXPECT_TRUE(
        view->model()->index(0, ui::SnapshotsModel::Time).data().toString().contains("ago"));
    EXPECT_FALSE(view->model()
                     ->index(0, ui::SnapshotsModel::Time)
                     .data(Qt::ToolTipRole)
                     .toString()
                     .isEmpty());
    // Sorting by a column sorts what is loaded, numbers as numbers.
    view->sortByColumn(ui::SnapshotsModel::Id, Qt::AscendingOrder);
    EXPECT_EQ(view->model()->index(0, ui::SnapshotsModel::Id).data().toLongLong(), 1);
    view->selectRow(2);
    // The list's context menu offers its tab's actions, enabled as the buttons are.
    ASSERT_EQ(view->actions().size(), 2);
    EXPECT_TRUE(view->actions().at(0)->isEnabled());
    EXPECT_EQ(view->actions().at(0)->text(), "&Tag this snapshot…");
    EXPECT_TRUE(h->snapshotJson()->toPlainText().contains(QStringLiteral("\"id\" : 3")))
        << h->snapshotJson()->toPlainText().toStdString();

    auto* tags = h->tagsModel();
    ASSERT_EQ(tags->rowCount(), 3);
    EXPECT_EQ(tags->names(), (QStringList{"before-backfill", "nightly-2", "v1.0"}));
    EXPECT_EQ(tags->tag(0)->snapshot.id, 11);
    EXPECT_EQ(tags->index(0, ui::TagsModel::Retained).data().toString(), "PT168H");
    EXPECT_EQ(tags->index(2, ui::TagsModel::Retained).data().toString(), "until deleted");
    EXPECT_EQ(h->branchesList()->count(), 1);
    EXPECT_EQ(h->branchesList()->item(0)->text(), "backfill");
    ASSERT_EQ(h->consumersModel()->rowCount(), 2);
    EXPECT_EQ(h->consumersModel()->index(0, 0).data().toString(), "audit-export");
    EXPECT_EQ(h->consumersModel()->index(0, 1).data().toString(), "15");
    for (auto* b : pane.findChildren<QPushButton*>(QStringLiteral("newTag")))
        EXPECT_TRUE(b->isEnabled());

    // A table nothing was written to says so.
    pane.showHistory({catalog, {"sales", "line_items"}, {}}, true);
    ASSERT_TRUE(spinUntil([&] { return settled(*h); }));
    EXPECT_TRUE(h->summaryText().contains(QStringLiteral("No snapshot yet")));
    EXPECT_EQ(h->snapshotsModel()->rowCount(), 0);
    EXPECT_EQ(h->snapshotsStatus()->text(), "Nothing was written to this table yet.");

    // Read-only: every action is off and says why; the lists still load.
    pane.showHistory({catalog, {"sales", "orders"}, "The connection is read-only."}, true);
    ASSERT_TRUE(spinUntil([&] { return settled(*h); }));
    for (const char* name : {"newTag", "tagSnapshot", "rollbackSnapshot", "newBranch", "dropBranch",
                             "resetConsumer", "deleteTag"}) {
        auto* b = pane.findChild<QPushButton*>(QLatin1String(name));
        ASSERT_TRUE(b) << name;
        EXPECT_FALSE(b->isEnabled()) << name;
        EXPECT_EQ(b->toolTip(), "The connection is read-only.") << name;
    }
    EXPECT_EQ(h->snapshotsModel()->rowCount(), 24);
    for (QAction* a : h->tagsView()->actions())
        EXPECT_FALSE(a->isEnabled()) << a->text().toStdString();
}

TEST(HistoryView, SnapshotsLoadAPageAtATimeAsTheListScrolls) {
    DemoServer demo;
    auto catalog = openCatalog(demo.served.server->url());
    ASSERT_TRUE(catalog);
    ui::SnapshotsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSource(catalog, {"analytics", "page_views"}, 25);
    ASSERT_TRUE(spinUntil([&] { return model.state() != ListingState::Loading; }));
    EXPECT_EQ(model.rowCount(), 25);
    EXPECT_EQ(model.state(), ListingState::More);
    EXPECT_TRUE(model.canFetchMore({}));
    EXPECT_EQ(model.snapshot(0)->id, 60);
    while (model.canFetchMore({})) {
        model.fetchMore({});
        ASSERT_TRUE(spinUntil([&] { return model.state() != ListingState::Loading; }));
    }
    ASSERT_EQ(model.rowCount(), 60);
    EXPECT_EQ(model.state(), ListingState::Complete);
    for (int r = 0; r < 60; ++r)
        EXPECT_EQ(model.snapshot(r)->id, 60 - r);
}

// A catalog server with one table and no history endpoints: each answers 501.
struct ServerWithoutHistory {
    FaultServer server{[](const FaultServer::Request& r, int) {
        const std::string& t = r.target;
        if (t.rfind("/v1/config", 0) == 0) return FaultServer::Answer{FaultServer::config()};
        if (t.find("/tables/t/") != std::string::npos) {
            return FaultServer::Answer{FaultServer::response(
                501,
                R"({"message":"not implemented","resourceType":null,"resourceName":null,"code":501})")};
        }
        return FaultServer::Answer{
            FaultServer::response(404, R"({"message":"no such thing","code":404})")};
    }};
};

TEST(HistoryView, AServerWithoutTheEndpointsIsSaidSoInEachTab) {
    ServerWithoutHistory fake;
    auto catalog = openCatalog(fake.server.url());
    ASSERT_TRUE(catalog);
    ui::TablePane pane;
    pane.showHistory({catalog, {"db", "t"}, {}}, true);
    HistoryView* h = pane.history();
    ASSERT_TRUE(spinUntil([&] {
        return h->latestKnown() && h->snapshotsModel()->state() == ListingState::NotOffered &&
               h->tagsModel()->state() == ListingState::NotOffered &&
               h->consumersModel()->state() == ListingState::NotOffered &&
               h->branchesStatus()->text().contains("does not offer");
    }));
    EXPECT_EQ(h->summaryText(), "This server does not report the table's latest snapshot.");
    EXPECT_EQ(h->snapshotsStatus()->text(), "This server does not offer snapshots.");
    EXPECT_FALSE(h->snapshotsModel()->canFetchMore({}));
}

// The window on the demo catalog with sales.orders selected.
struct DemoWindow : BrowserWindow {
    DemoServer demo;
    explicit DemoWindow(bool readOnly = false) {
        open();
        profileId = window->ensureRestProfile("Demo", demo.served.url(), {});
        if (readOnly) {
            ui::ConnectionProfile p = *window->registry()->find(profileId);
            p.readOnly = true;
            window->registry()->save(p, {}, [](ui::SecretStore::Outcome) {});
        }
        window->openConnection(profileId);
        settle();
        view()->setCurrentIndex(find(tables("sales"), "orders"));
        settle();
        EXPECT_TRUE(spinUntil([&] { return settled(*history()); }));
    }
    ~DemoWindow() {
        if (auto* e = window->currentEditor()) delete e;
        window.reset();
    }
    HistoryView* history() const { return window->details()->tablePane()->history(); }
    template <class T>
    T* editor() const {
        return qobject_cast<T*>(window->currentEditor());
    }
    void apply(ui::EditorDialog* e) {
        QPointer<ui::EditorDialog> p(e);
        e->apply();
        EXPECT_TRUE(spinUntil([&] { return !p || !p->isBusy(); }));
        settle();
    }
};

TEST(HistoryView, TagAndRollBackFromTheTabs) {
    DemoWindow w;
    HistoryView* h = w.history();
    // Tag snapshot 5 (the fifth newest is snapshot 20).
    h->snapshotsView()->selectRow(4);
    h->tagSelectedSnapshot();
    auto* tag = w.editor<ui::TagEditor>();
    ASSERT_TRUE(tag);
    EXPECT_EQ(tag->snapshotEdit()->text(), "20");
    tag->retainEdit()->setText("a week");
    w.apply(tag);
    EXPECT_TRUE(w.editor<ui::TagEditor>()) << "an invalid form is not sent";
    EXPECT_TRUE(tag->bannerText().contains("Tag name")) << tag->bannerText().toStdString();
    tag->nameEdit()->setText("checked ü");
    w.apply(tag);
    EXPECT_TRUE(tag->bannerText().contains("Keep for")) << tag->bannerText().toStdString();
    tag->retainEdit()->setText("7d");
    const QString tagPreview = tag->previewText();
    EXPECT_TRUE(tagPreview.contains("POST /v1/paimon/databases/sales/tables/orders/tags"))
        << tagPreview.toStdString();
    for (const char* part :
         {R"("tagName": "checked ü")", R"("snapshotId": 20)", R"("timeRetained": "7d")"})
        EXPECT_TRUE(tagPreview.contains(QString::fromUtf8(part))) << part;
    w.apply(tag);
    ASSERT_TRUE(spinUntil([&] {
        return h->tagsModel()->names().contains("checked ü") &&
               h->tagsModel()->state() == ListingState::Complete;
    }));

    // Roll back to tag v1.0 (snapshot 8): typed confirmation, guarded by the latest snapshot.
    const int v1 = static_cast<int>(h->tagsModel()->names().indexOf("v1.0"));
    h->tagsView()->selectRow(v1);
    h->rollBackToSelectedTag();
    auto* confirm = w.editor<ui::HistoryConfirmDialog>();
    ASSERT_TRUE(confirm);
    EXPECT_EQ(confirm->expectedConfirmation(), "orders");
    confirm->confirmEdit()->setText("order");
    w.apply(confirm);
    EXPECT_TRUE(confirm->bannerText().contains("orders"));
    confirm->confirmEdit()->setText("orders");
    const QString rollbackPreview = confirm->previewText();
    for (const char* part : {"POST /v1/paimon/databases/sales/tables/orders/rollback",
                             R"("type": "tag")", R"("tagName": "v1.0")", R"("fromSnapshot": 24)"})
        EXPECT_TRUE(rollbackPreview.contains(QString::fromUtf8(part)))
            << part << "\n"
            << rollbackPreview.toStdString();
    w.apply(confirm);
    ASSERT_TRUE(spinUntil([&] {
        return h->summaryText().contains("Latest snapshot 8") &&
               h->snapshotsModel()->state() == ListingState::Complete;
    })) << h->summaryText().toStdString();
    EXPECT_EQ(h->snapshotsModel()->rowCount(), 8);
    // The tag of snapshot 20 went with the snapshots after 8.
    ASSERT_TRUE(spinUntil([&] { return h->tagsModel()->state() == ListingState::Complete; }));
    EXPECT_EQ(h->tagsModel()->names(), QStringList{"v1.0"});
}

TEST(HistoryView, BranchesOpenAsTheirOwnTable) {
    DemoWindow w;
    HistoryView* h = w.history();
    h->branchesList()->setCurrentRow(0);
    h->openSelectedBranch();
    ASSERT_TRUE(spinUntil([&] {
        return w.window->details()->shownBranch() == "backfill" && settled(*h) &&
               h->source()->id.object == "orders$branch_backfill";
    }));
    EXPECT_EQ(h->snapshotsModel()->rowCount(), 3);
    auto* back = w.window->details()->tablePane()->findChild<QPushButton*>("backToMain");
    ASSERT_TRUE(back && back->isVisible());
    back->click();
    ASSERT_TRUE(spinUntil([&] { return settled(*h) && h->source()->id.object == "orders"; }));
    EXPECT_EQ(h->snapshotsModel()->rowCount(), 24);

    // A new branch from a tag, then dropped with its name typed.
    h->createBranch();
    auto* branch = w.editor<ui::BranchEditor>();
    ASSERT_TRUE(branch);
    branch->nameEdit()->setText("main");
    w.apply(branch);
    EXPECT_TRUE(branch->bannerText().contains("main")) << branch->bannerText().toStdString();
    branch->nameEdit()->setText("hotfix");
    branch->fromTagBox()->setCurrentIndex(branch->fromTagBox()->findData("v1.0"));
    w.apply(branch);
    ASSERT_TRUE(spinUntil([&] { return h->branchesList()->count() == 2; }));
    h->branchesList()->setCurrentRow(1);
    ASSERT_EQ(h->branchesList()->currentItem()->text(), "hotfix");
    h->dropSelectedBranch();
    auto* drop = w.editor<ui::HistoryConfirmDialog>();
    ASSERT_TRUE(drop);
    drop->confirmEdit()->setText("hotfix");
    w.apply(drop);
    ASSERT_TRUE(spinUntil([&] { return h->branchesList()->count() == 1; }));
}

TEST(HistoryView, ReadOnlyProfilesOpenNoEditor) {
    DemoWindow w(true);
    HistoryView* h = w.history();
    EXPECT_EQ(h->snapshotsModel()->rowCount(), 24);
    auto* newTag = w.window->details()->tablePane()->findChild<QPushButton*>("newTag");
    ASSERT_TRUE(newTag);
    EXPECT_FALSE(newTag->isEnabled());
    ui::HistoryEdit edit;
    edit.table = {"sales", "orders"};
    EXPECT_EQ(w.window->editors()->launchHistory(edit), nullptr);
    EXPECT_FALSE(w.window->editors()->whyNotWritable().isEmpty());
}

}  // namespace
}  // namespace paimon::testing
