// A partitioned table's Partitions tab in the browser, against paimon-rest-server's demo
// catalog: paging as the list scrolls, the name filter, totals, sorting, the share column,
// mark done and drop through their editors, unpartitioned tables and read-only profiles.
#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>

#include "core/server/DemoWarehouse.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/connection/ConnectionRegistry.h"
#include "ui/details/DetailsPanel.h"
#include "ui/details/PartitionsView.h"
#include "ui/details/TablePane.h"
#include "ui/editors/EditorLauncher.h"
#include "ui/editors/HistoryEditors.h"

namespace paimon::testing {
namespace {

using ui::ListingState;
using ui::PartitionsModel;
using ui::PartitionsView;

// The window on the demo catalog with one table of `analytics` or `sales` selected.
struct PartitionsWindow : BrowserWindow {
    ServedWarehouse served;
    explicit PartitionsWindow(const QString& db = "analytics",
                              const QString& table = "events_hourly", bool readOnly = false) {
        EXPECT_TRUE(writeDemoWarehouse(*served.warehouse).ok());
        served.start();
        open();
        profileId = window->ensureRestProfile("Demo", served.url(), {});
        if (readOnly) {
            ui::ConnectionProfile p = *window->registry()->find(profileId);
            p.readOnly = true;
            window->registry()->save(p, {}, [](ui::SecretStore::Outcome) {});
        }
        window->openConnection(profileId);
        settle();
        view()->setCurrentIndex(find(tables(db), table));
        settle();
    }
    ~PartitionsWindow() {
        if (auto* e = window->currentEditor()) delete e;
        window.reset();
    }
    ui::TablePane* pane() const { return window->details()->tablePane(); }
    PartitionsView* partitions() const { return pane()->partitions(); }
    PartitionsModel* model() const { return partitions()->model(); }
    bool loaded() const {
        const ListingState s = model()->state();
        return s == ListingState::More || s == ListingState::Complete;
    }
    void apply(ui::EditorDialog* e) {
        QPointer<ui::EditorDialog> p(e);
        e->apply();
        EXPECT_TRUE(spinUntil([&] { return !p || !p->isBusy(); }));
        settle();
    }
};

TEST(PartitionsView, PagesFiltersSortsAndTotals) {
    PartitionsWindow w;
    PartitionsView* p = w.partitions();
    // (No QAbstractItemModelTester here: it fetches every page, which would defeat the paging
    // checked below; ModelTesterLoadsEveryPage has one.)
    EXPECT_TRUE(w.pane()->tabs()->isTabVisible(p->tabIndex()));
    ASSERT_TRUE(spinUntil([&] { return w.loaded(); }));
    // The first page of 200; the rest as the list scrolls.
    EXPECT_EQ(w.model()->rowCount(), 200);
    EXPECT_EQ(w.model()->state(), ListingState::More);
    EXPECT_TRUE(p->statusLabel()->text().contains("Scroll down"));
    ASSERT_TRUE(spinUntil([&] {
        return p->totalsLabel()->text().contains("The whole table at snapshot 14");
    })) << p->totalsLabel()->text().toStdString();
    // (Without the English translation's plurals, which the app loads: "partition(s)".)
    EXPECT_TRUE(p->totalsLabel()->text().contains("<b>200 partition"))
        << p->totalsLabel()->text().toStdString();
    EXPECT_TRUE(p->totalsLabel()->text().contains("loaded so far"))
        << p->totalsLabel()->text().toStdString();
    w.model()->fetchMore({});
    ASSERT_TRUE(spinUntil([&] { return w.model()->state() == ListingState::Complete; }));
    EXPECT_EQ(w.model()->rowCount(), 14 * 24);
    EXPECT_TRUE(p->totalsLabel()->text().contains("<b>336 partition"))
        << p->totalsLabel()->text().toStdString();
    EXPECT_TRUE(p->totalsLabel()->text().contains("312 marked done"))
        << p->totalsLabel()->text().toStdString();
    // Descending by name as served; the loaded totals are the whole table's.
    EXPECT_GT(w.model()->partition(0)->name(), w.model()->partition(1)->name());
    const PartitionsModel::Totals t = w.model()->loadedTotals();
    EXPECT_GT(t.rows, 0);

    // Sorted by size: the largest first, with the longest share bar.
    p->view()->sortByColumn(PartitionsModel::Size, Qt::DescendingOrder);
    QAbstractItemModel* shown = p->view()->model();
    const QModelIndex first = shown->index(0, PartitionsModel::Share);
    EXPECT_DOUBLE_EQ(first.data(PartitionsModel::BarRole).toDouble(), 1.0);
    EXPECT_EQ(shown->index(0, PartitionsModel::Size).data(PartitionsModel::SortRole).toLongLong(),
              t.largest);
    EXPECT_TRUE(first.data(Qt::DisplayRole).toString().endsWith(" %"));

    // The filter asks the server for the names that start with it.
    const std::string day = w.model()->partition(300)->spec.front().second;
    p->filterEdit()->setText(QString::fromStdString("dt=" + day + "/hr=1"));
    p->applyFilter();
    ASSERT_TRUE(spinUntil([&] { return w.model()->state() == ListingState::Complete; }));
    EXPECT_EQ(w.model()->rowCount(), 11);  // hr=1 and hr=10 … hr=19
    p->filterEdit()->setText("dt=1999");
    p->applyFilter();
    ASSERT_TRUE(spinUntil([&] { return w.model()->state() == ListingState::Complete; }));
    EXPECT_EQ(w.model()->rowCount(), 0);
    EXPECT_EQ(p->statusLabel()->text(), "No partition name starts with “dt=1999”.");
}

TEST(PartitionsView, ModelTesterLoadsEveryPage) {
    PartitionsWindow w;
    PartitionsModel model;
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    auto catalog = w.window->model()->catalogFor(w.window->currentSourceIndex());
    ASSERT_TRUE(catalog);
    model.setSource(catalog, {"analytics", "events_hourly"}, {}, 50);
    ASSERT_TRUE(spinUntil([&] {
        if (model.canFetchMore({})) model.fetchMore({});
        return model.state() == ListingState::Complete;
    }));
    EXPECT_EQ(model.rowCount(), 14 * 24);
    for (int r = 1; r < model.rowCount(); ++r)
        ASSERT_GT(model.partition(r - 1)->name(), model.partition(r)->name());
}

TEST(PartitionsView, MarkDoneAndDropThroughTheirEditors) {
    PartitionsWindow w;
    PartitionsView* p = w.partitions();
    ASSERT_TRUE(spinUntil([&] { return w.loaded(); }));
    EXPECT_FALSE(p->markDoneButton()->isEnabled());  // nothing selected
    // The two newest hours of yesterday, not done yet.
    const std::string newest = w.model()->partition(0)->name();
    const std::string second = w.model()->partition(1)->name();
    ASSERT_FALSE(w.model()->partition(0)->done);
    p->view()->selectionModel()->select(p->view()->model()->index(0, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    p->view()->selectionModel()->select(p->view()->model()->index(1, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    EXPECT_TRUE(p->markDoneButton()->isEnabled());
    ASSERT_EQ(p->selectedPartitions().size(), 2u);
    p->markDoneButton()->click();
    auto* mark = qobject_cast<ui::HistoryConfirmDialog*>(w.window->currentEditor());
    ASSERT_TRUE(mark);
    EXPECT_TRUE(mark->expectedConfirmation().isEmpty());
    const QString markPreview = mark->previewText();
    EXPECT_TRUE(markPreview.contains(
        "POST /v1/paimon/databases/analytics/tables/events_hourly/partitions/mark"))
        << markPreview.toStdString();
    EXPECT_TRUE(markPreview.contains(
        QString::fromStdString(R"("hr": ")" + newest.substr(newest.find("hr=") + 3))))
        << markPreview.toStdString();
    w.apply(mark);
    ASSERT_TRUE(spinUntil([&] {
        return w.model()->state() != ListingState::Loading && w.model()->rowCount() > 1 &&
               w.model()->partition(0)->done && w.model()->partition(1)->done;
    }));

    // Drop the newest: the table's name typed to confirm; it is gone afterwards.
    p->view()->clearSelection();
    p->view()->selectRow(0);
    p->dropButton()->click();
    auto* drop = qobject_cast<ui::HistoryConfirmDialog*>(w.window->currentEditor());
    ASSERT_TRUE(drop);
    EXPECT_EQ(drop->expectedConfirmation(), "events_hourly");
    w.apply(drop);
    EXPECT_TRUE(drop->bannerText().contains("events_hourly")) << drop->bannerText().toStdString();
    drop->confirmEdit()->setText("events_hourly");
    const QString dropPreview = drop->previewText();
    EXPECT_TRUE(dropPreview.contains("partitions/drop")) << dropPreview.toStdString();
    EXPECT_TRUE(dropPreview.contains(R"("ignoreIfNotExists": false)")) << dropPreview.toStdString();
    w.apply(drop);
    ASSERT_TRUE(spinUntil([&] {
        return w.model()->state() != ListingState::Loading && w.model()->rowCount() > 0 &&
               w.model()->partition(0)->name() == second;
    })) << w.model()->partition(0)->name();
    // The drop was one OVERWRITE commit: the table's life shows it.
    ASSERT_TRUE(spinUntil([&] {
        return w.pane()->history()->summaryText().contains("Latest snapshot 15");
    })) << w.pane()->history()->summaryText().toStdString();
    EXPECT_TRUE(w.pane()->history()->summaryText().contains("OVERWRITE"));
}

TEST(PartitionsView, UnpartitionedTablesHaveNoPartitionsTab) {
    PartitionsWindow w("sales", "customers");
    ASSERT_TRUE(spinUntil([&] { return w.pane()->shown() != nullptr; }));
    EXPECT_FALSE(w.pane()->tabs()->isTabVisible(w.partitions()->tabIndex()));
    EXPECT_FALSE(w.partitions()->source().has_value());
}

TEST(PartitionsView, APartitionedTableWithoutDataSaysSo) {
    PartitionsWindow w("sales", "orders");
    PartitionsView* p = w.partitions();
    EXPECT_TRUE(w.pane()->tabs()->isTabVisible(p->tabIndex()));
    ASSERT_TRUE(spinUntil([&] { return w.model()->state() == ListingState::Complete; }));
    EXPECT_EQ(w.model()->rowCount(), 0);
    EXPECT_EQ(p->statusLabel()->text(), "No partition has data yet.");
}

TEST(PartitionsView, ReadOnlyProfilesOfferNoWrite) {
    PartitionsWindow w("analytics", "events_hourly", true);
    PartitionsView* p = w.partitions();
    ASSERT_TRUE(spinUntil([&] { return w.loaded(); }));
    p->view()->selectRow(0);
    EXPECT_FALSE(p->markDoneButton()->isEnabled());
    EXPECT_FALSE(p->dropButton()->isEnabled());
    EXPECT_FALSE(p->dropButton()->toolTip().isEmpty());
    ui::HistoryEdit edit;
    edit.kind = ui::HistoryEdit::Kind::DropPartitions;
    edit.table = {"analytics", "events_hourly"};
    edit.partitions = p->selectedPartitions();
    EXPECT_EQ(w.window->editors()->launchHistory(edit), nullptr);
}

}  // namespace
}  // namespace paimon::testing
