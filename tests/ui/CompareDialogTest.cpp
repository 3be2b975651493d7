// Compare (Ctrl+Shift+D) against two real servers: the side-by-side tree with "differences
// only" and the filter, the plan with each step's requests, applied a step at a time and then
// all at once until nothing differs; read-only and production right sides; a refused step
// stops the run. Every model under QAbstractItemModelTester.
#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTreeView>

#include "core/server/DemoWarehouse.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/compare/CompareDialog.h"
#include "ui/compare/CompareModel.h"
#include "ui/connection/ConnectionRegistry.h"

namespace paimon::testing {
namespace {

using ui::CompareDialog;
using ui::CompareModel;

// The demo catalog, and a second server holding it with differences: a column and a comment
// more on sales.orders, a table of its own, and no analytics database.
struct TwoServers : BrowserWindow {
    ServedWarehouse demo, second;
    QString demoId, secondId;
    TwoServers() {
        EXPECT_TRUE(writeDemoWarehouse(*demo.warehouse).ok());
        demo.start();
        EXPECT_TRUE(writeDemoWarehouse(*second.warehouse).ok());
        auto altered = second.warehouse->alterTable(
            {"sales", "orders"},
            {change::AddColumn{{"extra"}, sqlType("INT"), std::nullopt, std::nullopt},
             change::UpdateComment{"old"}});
        EXPECT_TRUE(altered.ok()) << altered.error().message;
        Schema legacy;
        legacy.fields = {column(0, "id", "INT")};
        EXPECT_TRUE(second.warehouse->createTable({"sales", "legacy"}, legacy).ok());
        EXPECT_TRUE(second.warehouse->dropDatabase("analytics", true).ok());
        second.start();
        open();
        demoId = window->ensureRestProfile("Demo", demo.url(), {});
        secondId = window->ensureRestProfile("Second", second.url(), {});
        window->openConnection(demoId);
        window->openConnection(secondId);
        settle();
    }
    ~TwoServers() { window.reset(); }

    CompareDialog* openDialog() {
        QApplication::setActiveWindow(window.get());
        QTest::keyClick(window.get(), Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
        auto* d = window->findChild<CompareDialog*>();
        EXPECT_TRUE(d && d->isVisible());
        return d;
    }
    bool compare(CompareDialog* d) {
        d->compare();
        return spinUntil([d] { return !d->isBusy() && d->comparison() != nullptr; });
    }
    // The rows shown under `parent` of the dialog's tree: "name | left | right | status".
    static QStringList shown(CompareDialog* d, const QModelIndex& parent = {}) {
        QStringList out;
        const QAbstractItemModel* m = d->tree()->model();
        for (int r = 0; r < m->rowCount(parent); ++r) {
            QStringList cells;
            for (int c = 0; c < CompareModel::ColumnCount; ++c)
                cells << m->index(r, c, parent).data().toString();
            out << cells.join(" | ");
        }
        return out;
    }
    void setProfile(const std::function<void(ui::ConnectionProfile&)>& edit) {
        ui::ConnectionProfile p = *window->registry()->find(secondId);
        edit(p);
        window->registry()->save(p, {}, [](ui::SecretStore::Outcome) {});
        // Saved once its secrets are: the navigator's copy follows.
        EXPECT_TRUE(spinUntil([&] {
            const auto* shown =
                window->model()->profileFor(window->model()->connectionIndex(secondId));
            return shown && shown->readOnly == p.readOnly && shown->production == p.production;
        }));
    }
};

TEST(CompareDialog, ShowsTheDifferencesAndAppliesThePlanStepByStep) {
    TwoServers f;
    CompareDialog* d = f.openDialog();
    ASSERT_TRUE(d);
    QAbstractItemModelTester treeTester(d->model());
    QAbstractItemModelTester filterTester(d->tree()->model());
    QAbstractItemModelTester planTester(d->planModel());
    d->setLeft(f.demoId);
    d->setRight(f.secondId);
    ASSERT_TRUE(f.compare(d));
    EXPECT_TRUE(d->statusText().startsWith("1 differ, 5 only left, 1 only right"))
        << d->statusText().toStdString();

    // Differences only (the default): analytics (only left) and sales, which holds them.
    const QStringList top = TwoServers::shown(d);
    EXPECT_EQ(top, (QStringList{"analytics | analytics | — | only left",
                                "sales | sales | sales | holds differences"}));
    const QModelIndex sales = d->tree()->model()->index(1, 0);
    EXPECT_EQ(TwoServers::shown(d, sales), (QStringList{"legacy | — | legacy | only right",
                                                        "orders | orders | orders | differs"}));
    const QModelIndex orders = d->tree()->model()->index(1, 0, sales);
    const QStringList differences = TwoServers::shown(d, orders);
    EXPECT_TRUE(differences.contains("column extra | — | INT | "))
        << differences.join('\n').toStdString();
    EXPECT_TRUE(differences.contains(
        "comment | One row per order; see sales.line_items for the items | old | "))
        << differences.join('\n').toStdString();
    // Everything, then a name.
    d->differencesOnlyBox()->setChecked(false);
    const QModelIndex allSales =
        d->tree()
            ->model()
            ->match(d->tree()->model()->index(0, 0), Qt::DisplayRole, "sales")
            .value(0);
    EXPECT_GT(d->tree()->model()->rowCount(allSales), 2);
    d->filterEdit()->setText("legacy");
    EXPECT_EQ(TwoServers::shown(d), QStringList{"sales | sales | sales | holds differences"});
    EXPECT_EQ(TwoServers::shown(d, d->tree()->model()->index(0, 0)),
              QStringList{"legacy | — | legacy | only right"});
    d->filterEdit()->clear();
    d->differencesOnlyBox()->setChecked(true);

    // The plan: create analytics and its tables, alter orders; legacy is left alone.
    ui::PlanModel* plan = d->planModel();
    ASSERT_GE(plan->rowCount(), 3);
    EXPECT_TRUE(plan->index(0, 1).data().toString().startsWith("Create database `analytics`"))
        << plan->index(0, 1).data().toString().toStdString();
    int alter = -1;
    for (int r = 0; r < plan->rowCount(); ++r)
        if (plan->index(r, 1).data().toString() == "Alter table `sales`.`orders`:") alter = r;
    ASSERT_GE(alter, 0);
    d->planView()->setCurrentIndex(plan->index(alter, 1));
    EXPECT_TRUE(
        d->previewEdit()->toPlainText().contains("POST /v1/paimon/databases/sales/tables/orders"))
        << d->previewEdit()->toPlainText().toStdString();
    EXPECT_TRUE(d->previewEdit()->toPlainText().contains("\"dropColumn\""));
    EXPECT_EQ(plan->index(plan->rowCount() - 1, 1).data().toString(),
              "Only on the right, left alone (nothing is dropped): 1");

    // One step, then the rest.
    QTest::mouseClick(d->applyStepButton(), Qt::LeftButton);
    ASSERT_TRUE(spinUntil([d] { return !d->isBusy(); }));
    EXPECT_EQ(plan->index(0, 2).data().toString(), "applied");
    EXPECT_EQ(plan->index(1, 2).data().toString(), "to do");
    QTest::mouseClick(d->applyAllButton(), Qt::LeftButton);
    ASSERT_TRUE(spinUntil([d] { return !d->isBusy(); }, 30000));
    EXPECT_EQ(d->statusText(), "Every step was applied. Compare again to check.");
    EXPECT_FALSE(d->applyAllButton()->isEnabled());
    ASSERT_TRUE(f.compare(d));
    EXPECT_TRUE(d->statusText().startsWith("0 differ, 0 only left, 1 only right"))
        << d->statusText().toStdString();
    EXPECT_FALSE(d->applyAllButton()->isEnabled()) << "nothing left to do";
    EXPECT_EQ(TwoServers::shown(d), QStringList{"sales | sales | sales | holds differences"})
        << "legacy is still there, only right";
}

TEST(CompareDialog, ReadOnlyAndProductionRightSidesAndARefusedStep) {
    TwoServers f;
    CompareDialog* d = f.openDialog();
    ASSERT_TRUE(d);
    d->setLeft(f.demoId, "sales", "orders");
    d->setRight(f.secondId);
    ASSERT_TRUE(f.compare(d));
    ASSERT_EQ(d->planModel()->rowCount(), 1);  // the table's alter

    f.setProfile([](ui::ConnectionProfile& p) { p.readOnly = true; });
    QTest::mouseClick(d->applyAllButton(), Qt::LeftButton);
    EXPECT_TRUE(d->statusText().contains("is read-only: nothing was sent"))
        << d->statusText().toStdString();
    EXPECT_EQ(d->planModel()->index(0, 2).data().toString(), "to do");

    f.setProfile([](ui::ConnectionProfile& p) {
        p.readOnly = false;
        p.production = true;
    });
    QTest::mouseClick(d->applyAllButton(), Qt::LeftButton);
    EXPECT_EQ(d->applyAllButton()->text(), "&Send to production");
    EXPECT_FALSE(d->isBusy()) << "nothing sent before the second press";
    EXPECT_EQ(d->planModel()->index(0, 2).data().toString(), "to do");

    // The right side's server goes away: the step is refused and the run stops there.
    f.second.server->kill();
    QTest::mouseClick(d->applyAllButton(), Qt::LeftButton);
    ASSERT_TRUE(spinUntil([d] { return !d->isBusy(); }, 30000));
    EXPECT_TRUE(d->planModel()->index(0, 2).data().toString().startsWith("refused: "))
        << d->planModel()->index(0, 2).data().toString().toStdString();
    EXPECT_TRUE(d->statusText().startsWith("Step 1 was refused, and nothing after it was sent"))
        << d->statusText().toStdString();
    EXPECT_TRUE(d->statusText().endsWith("0 of 1 steps applied.")) << d->statusText().toStdString();
}

}  // namespace
}  // namespace paimon::testing
