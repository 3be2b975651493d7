// A table's Schemas tab: a warehouse folder's schema versions with the changes between any
// two, rolling back through its editor (which the folder refuses while snapshots use a later
// schema); over REST the tab says that older versions are not served and lists the schema ids
// the snapshots used.
#include <gtest/gtest.h>

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>

#include "core/server/DemoWarehouse.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/connection/ConnectionRegistry.h"
#include "ui/details/DetailsPanel.h"
#include "ui/details/SchemasView.h"
#include "ui/details/TablePane.h"
#include "ui/editors/EditorDialog.h"

namespace paimon::testing {
namespace {

using ui::SchemasView;

struct DemoTable : BrowserWindow {
    ServedWarehouse served;
    explicit DemoTable(bool local) {
        EXPECT_TRUE(writeDemoWarehouse(*served.warehouse).ok());
        open();
        if (local) {
            ui::ConnectionProfile p;
            p.id = ui::ConnectionProfile::newId();
            p.name = "Demo folder";
            p.kind = ui::ProfileKind::LocalWarehouse;
            p.warehouse = QString::fromStdString((served.dir.path() / "warehouse").string());
            window->registry()->save(p, {}, [](ui::SecretStore::Outcome) {});
            profileId = p.id;
        } else {
            served.start();
            profileId = window->ensureRestProfile("Demo", served.url(), {});
        }
        window->openConnection(profileId);
        settle();
        view()->setCurrentIndex(find(tables("sales"), "orders"));
        settle();
        EXPECT_TRUE(spinUntil([&] { return pane()->schemas()->source().has_value(); }));
        pane()->showTab(ui::TablePane::SchemasTab);
        EXPECT_TRUE(spinUntil([&] { return schemas()->isLoaded(); }));
    }
    ~DemoTable() {
        if (auto* e = window->currentEditor()) delete e;
        window.reset();
    }
    ui::TablePane* pane() const { return window->details()->tablePane(); }
    SchemasView* schemas() const { return pane()->schemas(); }
};

TEST(SchemasView, AWarehouseFolderListsEveryVersionAndTheChangesBetweenAnyTwo) {
    DemoTable f(true);
    SchemasView* s = f.schemas();
    ASSERT_EQ(s->table()->rowCount(), 4) << s->statusLabel()->text().toStdString();
    EXPECT_EQ(s->table()->item(0, SchemasView::Id)->text(), "0");
    EXPECT_TRUE(
        s->table()->item(1, SchemasView::Changes)->text().contains("Add column `created_at`"));
    // The snapshots that used each version: the demo's 24 all use the last one.
    ASSERT_TRUE(spinUntil([&] { return s->isUsageLoaded(); }));
    EXPECT_EQ(s->table()->item(0, SchemasView::Snapshots)->text(), "none");
    EXPECT_EQ(s->table()->item(3, SchemasView::Snapshots)->text(), "1–24 (24)");
    // The last version is selected, compared with the one before.
    EXPECT_EQ(s->table()->currentRow(), 3);
    EXPECT_TRUE(s->diffText().contains("Set the table comment")) << s->diffText().toStdString();
    EXPECT_FALSE(s->rollbackButton()->isEnabled()) << "the current schema is not rolled back to";
    // Any two: from 0 to 3.
    s->compareBox()->setCurrentIndex(0);
    EXPECT_TRUE(s->diffText().contains("Add column `created_at`"));
    EXPECT_TRUE(s->diffText().contains("Rename column `status` to `order_status`"));

    // Roll back to schema 1: its editor asks for the name; the folder refuses, as Java's
    // catalog does, while later schemas are in use; the editor stays with the reason.
    s->table()->selectRow(1);
    ASSERT_TRUE(s->rollbackButton()->isEnabled());
    s->rollbackButton()->click();
    QPointer<ui::EditorDialog> e = f.window->currentEditor();
    ASSERT_TRUE(e);
    e->apply();
    EXPECT_TRUE(e->bannerText().contains("to confirm")) << e->bannerText().toStdString();
    e->findChild<QLineEdit*>("confirmName")->setText("orders");
    EXPECT_TRUE(e->previewText().contains("back to schema 1")) << e->previewText().toStdString();
    e->apply();
    ASSERT_TRUE(spinUntil([&] { return !e || !e->isBusy(); }));
    ASSERT_TRUE(e && e->isVisible());
    EXPECT_FALSE(e->bannerText().isEmpty());
    EXPECT_EQ(
        listSchemaIds(f.served.dir.path() / "warehouse" / "sales.db" / "orders" / "schema").size(),
        4u)
        << "nothing was deleted";
}

TEST(SchemasView, OverRestTheTabSaysOlderVersionsAreNotServedAndListsTheSnapshotsSchemaIds) {
    DemoTable f(false);
    SchemasView* s = f.schemas();
    EXPECT_TRUE(s->statusLabel()->text().contains("current schema"))
        << s->statusLabel()->text().toStdString();
    // What the protocol does tell: the schema ids the snapshots used.
    ASSERT_TRUE(spinUntil([&] { return s->isUsageLoaded(); }));
    ASSERT_EQ(s->table()->rowCount(), 1) << s->statusLabel()->text().toStdString();
    EXPECT_EQ(s->table()->item(0, SchemasView::Id)->text(), "3");
    EXPECT_EQ(s->table()->item(0, SchemasView::Snapshots)->text(), "1–24 (24)");
    EXPECT_EQ(s->table()->item(0, SchemasView::Changes)->text(), "not served");
    EXPECT_TRUE(s->statusLabel()->text().contains("snapshots used these schema ids"));
    EXPECT_FALSE(s->rollbackButton()->isEnabled()) << "the newest one used is not rolled back to";
}

}  // namespace
}  // namespace paimon::testing
