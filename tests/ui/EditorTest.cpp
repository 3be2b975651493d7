// The editors driven like a user would, offscreen, against a real paimon-rest-server: each
// write succeeds and shows in the tree in place; bad input is refused before anything is
// sent; refusals, conflicts and a vanished server keep what the user typed; read-only
// profiles send nothing; production profiles confirm first.
#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QUrl>

#include "tests/support/TcpProbe.h"
#include "tests/ui/EditorFixture.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/activity/ActivityLogModel.h"
#include "ui/connection/ConnectionRegistry.h"
#include "ui/details/DetailsPanel.h"
#include "ui/details/TablePane.h"
#include "ui/editors/ColumnGridModel.h"
#include "ui/editors/DatabaseEditors.h"
#include "ui/editors/OptionsGrid.h"
#include "ui/editors/TableEditors.h"
#include "ui/editors/TypeBuilder.h"

namespace paimon::testing {
namespace {

TEST(Editors, CreateDatabaseShowsTheRequestAndAppearsInTheTree) {
    EditorFixture f;
    f.select(f.connection());
    QPointer<ui::DatabaseEditor> e = f.trigger<ui::DatabaseEditor>("newDatabase");
    ASSERT_TRUE(e);
    const QString name = QStringLiteral("new db ü$%");
    e->nameEdit()->setText(name);
    e->commentEdit()->setText("made by the editor");
    e->optionsGrid()->addRow("owner", "team a");
    e->previewButton()->click();
    const QString preview = e->previewText();
    EXPECT_TRUE(preview.contains("POST /v1/paimon/databases")) << preview.toStdString();
    EXPECT_TRUE(preview.contains("\"name\": \"new db ü$%\"")) << preview.toStdString();
    EXPECT_TRUE(preview.contains("\"comment\": \"made by the editor\""));
    f.applyByKeyboard(e);
    ASSERT_TRUE(f.closes(e));

    auto info = f.served.warehouse->getDatabase(name.toStdString());
    ASSERT_TRUE(info.ok()) << info.error().describe();
    EXPECT_EQ(info->options.at("owner"), "team a");
    EXPECT_EQ(info->options.at("comment"), "made by the editor");
    // In the tree in its sorted place, and selected.
    QModelIndex row = f.database(name);
    ASSERT_TRUE(row.isValid());
    EXPECT_EQ(f.view()->currentIndex(), row);
    EXPECT_EQ(f.proxy()->rowCount(f.connection()), 3);
}

TEST(Editors, AlterDatabaseSendsOnlyWhatChanged) {
    EditorFixture f;
    ASSERT_TRUE(f.served.warehouse->alterDatabase("sales", {}, {{"a", "1"}, {"b", "2"}}).ok());
    f.select(f.database("sales"));
    QPointer<ui::DatabaseEditor> e = f.trigger<ui::DatabaseEditor>("edit");
    ASSERT_TRUE(e);
    ASSERT_TRUE(spinUntil([&] { return e->isLoaded(); }));
    QTableWidget* grid = e->optionsGrid()->table();
    ASSERT_EQ(grid->rowCount(), 2);
    // Nothing changed yet: refused, nothing sent.
    const int before = f.writesSent();
    e->applyButton()->click();
    EXPECT_TRUE(e->bannerText().contains("Nothing to change"));
    grid->item(0, 1)->setText("10");  // a = 10
    grid->setCurrentCell(1, 0);
    e->optionsGrid()->removeCurrentRow();  // b removed
    e->optionsGrid()->addRow("c", "3");
    auto op = e->operation();
    ASSERT_TRUE(op.ok());
    const auto& alter = std::get<write::AlterDatabase>(*op);
    EXPECT_EQ(alter.removals, std::vector<std::string>{"b"});
    EXPECT_EQ(alter.updates, (Options{{"a", "10"}, {"c", "3"}}));
    EXPECT_TRUE(e->previewText().contains("\"removals\": [\n    \"b\"\n  ]"))
        << e->previewText().toStdString();
    EXPECT_EQ(f.writesSent(), before);
    f.applyByKeyboard(e);
    ASSERT_TRUE(f.closes(e));
    auto info = f.served.warehouse->getDatabase("sales");
    ASSERT_TRUE(info.ok());
    EXPECT_EQ(info->options, (Options{{"a", "10"}, {"c", "3"}}));
}

TEST(Editors, CreateTableByFormWithKeysOptionsAndNestedTypes) {
    EditorFixture f;
    f.select(f.table("sales", "orders_0000"));
    QPointer<ui::TableEditor> e = f.trigger<ui::TableEditor>("newTable");
    ASSERT_TRUE(e);
    e->nameEdit()->setText("événements 2026");
    auto* cols = e->columns();
    ASSERT_EQ(cols->rowCount(), 1);  // "id BIGINT" to start with
    f.setCell(e, 0, ColumnGridModel::PrimaryKey, Qt::Checked, Qt::CheckStateRole);
    EXPECT_FALSE(cols->rows()[0].nullable);  // a primary-key column is NOT NULL
    int r = cols->addColumn(1, "dt", "string");
    EXPECT_EQ(cols->rows()[r].typeText, "STRING");  // canonical once valid
    f.setCell(e, r, ColumnGridModel::PrimaryKey, Qt::Checked, Qt::CheckStateRole);
    f.setCell(e, r, ColumnGridModel::PartitionKey, Qt::Checked, Qt::CheckStateRole);
    r = cols->addColumn(2, "tags", "MAP<STRING, ARRAY<INT>>");
    f.setCell(e, r, ColumnGridModel::Comment, "labels");
    r = cols->addColumn(3, "amount", "decimal(12, 2) not null");
    EXPECT_FALSE(cols->rows()[r].nullable);
    f.setCell(e, r, ColumnGridModel::Default, "0");
    r = cols->addColumn(4, "point", "ROW<x DOUBLE, y DOUBLE>");
    EXPECT_EQ(e->keysLabel()->text(), "Primary key: id, dt    Partitioned by: dt");
    e->optionsGrid()->addRow("bucket", "4");
    e->commentEdit()->setPlainText("Events, by day");
    f.applyByKeyboard(e);
    ASSERT_TRUE(f.closes(e)) << e->bannerText().toStdString();

    Schema s = schemaOfTable(f.served.warehouse, "sales", "événements 2026");
    EXPECT_EQ(names(s.fields), (std::vector<std::string>{"id", "dt", "tags", "amount", "point"}));
    EXPECT_EQ(s.fields[2].type.sql(), "MAP<STRING, ARRAY<INT>>");
    EXPECT_EQ(s.fields[2].description, "labels");
    EXPECT_EQ(s.fields[3].type.sql(), "DECIMAL(12, 2) NOT NULL");
    EXPECT_EQ(s.fields[3].defaultValue, "0");
    EXPECT_EQ(s.fields[4].type.sql(), "ROW<`x` DOUBLE, `y` DOUBLE>");
    EXPECT_EQ(s.primaryKeys, (std::vector<std::string>{"id", "dt"}));
    EXPECT_EQ(s.partitionKeys, std::vector<std::string>{"dt"});
    EXPECT_EQ(s.options.at("bucket"), "4");
    EXPECT_EQ(s.comment, "Events, by day");

    QModelIndex row = f.find(f.shownFolder("sales"), "événements 2026");
    ASSERT_TRUE(row.isValid());
    EXPECT_EQ(f.view()->currentIndex(), row);
}

TEST(Editors, InvalidInputIsRefusedBeforeAnythingIsSent) {
    EditorFixture f;
    f.select(f.database("sales"));
    QPointer<ui::TableEditor> e = f.trigger<ui::TableEditor>("newTable");
    ASSERT_TRUE(e);
    const int before = f.writesSent();
    auto refused = [&](const char* expected) {
        e->applyButton()->click();
        QApplication::processEvents();
        EXPECT_TRUE(e->bannerText().contains(QString::fromUtf8(expected)))
            << "banner: " << e->bannerText().toStdString() << "\nexpected: " << expected;
        EXPECT_TRUE(e->isVisible());
        EXPECT_EQ(f.writesSent(), before);
    };
    refused("Enter a name for the table");
    e->nameEdit()->setText("t");
    auto* cols = e->columns();
    int r = cols->addColumn(1, "v", "VARCHAR(");
    EXPECT_FALSE(cols->rows()[r].type.has_value());
    EXPECT_FALSE(
        cols->data(cols->index(r, ColumnGridModel::Type), Qt::ToolTipRole).toString().isEmpty());
    refused("Not a type");
    f.setCell(e, r, ColumnGridModel::Type, "VARCHAR(10)");
    f.setCell(e, r, ColumnGridModel::Name, "id");
    refused("used twice");
    f.setCell(e, r, ColumnGridModel::Name, "v");
    // A primary key that is the partition key and nothing more: the catalog's own rule.
    f.setCell(e, r, ColumnGridModel::PrimaryKey, Qt::Checked, Qt::CheckStateRole);
    f.setCell(e, r, ColumnGridModel::PartitionKey, Qt::Checked, Qt::CheckStateRole);
    refused("should not be same with partition fields");
    f.setCell(e, r, ColumnGridModel::PartitionKey, Qt::Unchecked, Qt::CheckStateRole);
    // A bucketed table without a primary key needs a bucket key.
    f.setCell(e, r, ColumnGridModel::PrimaryKey, Qt::Unchecked, Qt::CheckStateRole);
    e->optionsGrid()->addRow("bucket", "4");
    refused("bucket-key");
    e->optionsGrid()->removeCurrentRow();
    e->optionsGrid()->addRow("bucket", "4");
    e->optionsGrid()->addRow("bucket", "5");
    refused("given twice");
    e->optionsGrid()->removeCurrentRow();
    f.setCell(e, r, ColumnGridModel::Default, "not a number");
    f.setCell(e, r, ColumnGridModel::Type, "INT");
    refused("default");
    EXPECT_EQ(f.served.warehouse->listTables("sales")->size(), 2u);
}

TEST(Editors, AlterTableSendsTheDiffAndUpdatesTheTreeInPlace) {
    EditorFixture f;
    QModelIndex t = f.table("sales", "orders_0001");
    f.view()->expand(t);
    f.settle();
    ASSERT_EQ(f.proxy()->rowCount(t), 3);
    f.select(t);
    QPointer<ui::TableEditor> e = f.trigger<ui::TableEditor>("edit");
    ASSERT_TRUE(e);
    ASSERT_TRUE(spinUntil([&] { return e->isLoaded(); }));
    EXPECT_TRUE(e->nameEdit()->isReadOnly());
    EXPECT_FALSE(e->columns()->flags(e->columns()->index(0, ColumnGridModel::PartitionKey)) &
                 Qt::ItemIsEnabled);
    // Rename name -> customer, add email after it, set an option and the comment.
    const int nameRow = f.rowIndex(e, "name");
    f.setCell(e, nameRow, ColumnGridModel::Name, "customer");
    f.setCell(e, nameRow, ColumnGridModel::Comment, "who ordered");
    e->columns()->addColumn(nameRow + 1, "email", "VARCHAR(200)");
    e->optionsGrid()->addRow("snapshot.time-retained", "2 h");
    e->commentEdit()->setPlainText("Orders");
    auto op = e->operation();
    ASSERT_TRUE(op.ok()) << op.error().message;
    const auto lines = describeWrite(*op);
    const QString preview = e->previewText();
    for (const char* step :
         {"Rename column `name` to `customer`", "Add column `email`",
          "Set option snapshot.time-retained = '2 h'", "Set the table comment to 'Orders'"}) {
        EXPECT_TRUE(preview.contains(QString::fromUtf8(step))) << step << "\n"
                                                               << preview.toStdString();
    }
    EXPECT_TRUE(preview.contains("POST /v1/paimon/databases/sales/tables/orders_0001"));
    const int before = f.writesSent();
    f.applyByKeyboard(e);
    ASSERT_TRUE(f.closes(e)) << e->bannerText().toStdString();
    EXPECT_EQ(f.writesSent(), before + 1);  // one alter request

    Schema s = schemaOfTable(f.served.warehouse, "sales", "orders_0001");
    EXPECT_EQ(names(s.fields), (std::vector<std::string>{"id", "customer", "email", "dt"}));
    EXPECT_EQ(s.fields[1].id, 1);  // renamed, not dropped and added
    EXPECT_EQ(s.fields[1].description, "who ordered");
    EXPECT_EQ(s.options.at("snapshot.time-retained"), "2 h");
    EXPECT_EQ(s.comment, "Orders");
    // The same row, its columns updated.
    EXPECT_TRUE(spinUntil([&] { return f.proxy()->rowCount(t) == 4; }));
    EXPECT_EQ(t.data(CatalogTreeModel::NameRole).toString(), "orders_0001");
    EXPECT_EQ(f.proxy()->index(1, 0, t).data(CatalogTreeModel::NameRole).toString(), "customer");
    EXPECT_EQ(f.proxy()->index(2, 0, t).data(CatalogTreeModel::NameRole).toString(), "email");
}

TEST(Editors, AlterKeepsWhatSomeoneElseChangedMeanwhile) {
    EditorFixture f;
    QPointer<ui::TableEditor> e = f.editTable("sales", "orders_0000");
    ASSERT_TRUE(e);
    f.setCell(e, f.rowIndex(e, "name"), ColumnGridModel::Name, "customer");
    // Another client adds a column after the form was filled.
    ASSERT_TRUE(f.served.warehouse
                    ->alterTable({"sales", "orders_0000"},
                                 {change::AddColumn{{"phone"}, DataType::string(), {}, {}}})
                    .ok());
    f.applyByKeyboard(e);
    ASSERT_TRUE(f.closes(e)) << e->bannerText().toStdString();
    Schema s = schemaOfTable(f.served.warehouse, "sales", "orders_0000");
    EXPECT_EQ(names(s.fields), (std::vector<std::string>{"id", "customer", "dt", "phone"}));
}

TEST(Editors, AConflictOffersReloadAndKeepsTheForm) {
    EditorFixture f;
    // Alter: someone else drops the column being renamed.
    QPointer<ui::TableEditor> e = f.editTable("sales", "orders_0000");
    ASSERT_TRUE(e);
    f.setCell(e, f.rowIndex(e, "name"), ColumnGridModel::Name, "customer");
    ASSERT_TRUE(
        f.served.warehouse->alterTable({"sales", "orders_0000"}, {change::DropColumn{{"name"}}})
            .ok());
    f.applyByKeyboard(e);
    ASSERT_TRUE(e->isVisible());
    EXPECT_TRUE(e->bannerText().contains("Not found")) << e->bannerText().toStdString();
    EXPECT_TRUE(e->bannerText().contains("requestId"));
    EXPECT_TRUE(e->reloadButton()->isVisible());
    EXPECT_GE(f.rowIndex(e, "customer"), 0);  // the edit is kept
    e->reloadButton()->click();
    ASSERT_TRUE(spinUntil([&] { return e->bannerText().contains("no longer apply"); }))
        << e->bannerText().toStdString();
    EXPECT_GE(f.rowIndex(e, "customer"), 0);
    e->close();

    // Create: someone else creates the same table first.
    f.select(f.database("sales"));
    QPointer<ui::TableEditor> c = f.trigger<ui::TableEditor>("newTable");
    ASSERT_TRUE(c);
    c->nameEdit()->setText("late");
    c->columns()->addColumn(1, "v", "INT");
    Schema other;
    other.fields = {column(0, "x", "INT")};
    ASSERT_TRUE(f.served.warehouse->createTable({"sales", "late"}, other).ok());
    f.applyByKeyboard(c);
    ASSERT_TRUE(c->isVisible());
    EXPECT_TRUE(c->bannerText().contains("Already exists")) << c->bannerText().toStdString();
    ASSERT_TRUE(c->reloadButton()->isVisible());
    c->reloadButton()->click();  // the tree loads the database again and shows the table
    EXPECT_TRUE(spinUntil([&] { return f.find(f.shownFolder("sales"), "late").isValid(); }));
    EXPECT_EQ(c->nameEdit()->text(), "late");
    EXPECT_EQ(c->columns()->rowCount(), 2);
    c->nameEdit()->setText("later");
    f.applyByKeyboard(c);
    ASSERT_TRUE(f.closes(c)) << c->bannerText().toStdString();
    EXPECT_TRUE(f.served.warehouse->getTable({"sales", "later"}).ok());
}

TEST(Editors, AServerRefusalKeepsTheFormAndShowsTheRequestId) {
    EditorFixture f;
    f.select(f.database("sales"));
    QPointer<ui::TableEditor> e = f.trigger<ui::TableEditor>("newTable");
    ASSERT_TRUE(e);
    e->nameEdit()->setText("a/b");  // the server refuses slashes in names
    e->columns()->addColumn(1, "v", "INT");
    e->optionsGrid()->addRow("owner", "me");
    f.applyByKeyboard(e);
    ASSERT_TRUE(e->isVisible());
    EXPECT_TRUE(e->bannerText().contains("HTTP 400")) << e->bannerText().toStdString();
    EXPECT_TRUE(e->bannerText().contains("requestId"));
    EXPECT_FALSE(e->reloadButton()->isVisible());
    EXPECT_EQ(e->nameEdit()->text(), "a/b");
    EXPECT_EQ(e->columns()->rowCount(), 2);
    EXPECT_EQ(e->optionsGrid()->options()->at("owner"), "me");
    EXPECT_TRUE(e->applyButton()->isEnabled());
}

TEST(Editors, TheServerGoingAwayMidSubmitLosesNothing) {
    EditorFixture f;
    f.select(f.database("sales"));
    QPointer<ui::TableEditor> e = f.trigger<ui::TableEditor>("newTable");
    ASSERT_TRUE(e);
    e->nameEdit()->setText("kept");
    e->columns()->addColumn(1, "payload", "STRING");
    f.served.server->pause();
    const int port = QUrl(f.served.url()).port();
    ASSERT_EQ(unreadBytesAtServer(port), 0);
    e->applyButton()->click();
    EXPECT_TRUE(e->isBusy());
    EXPECT_FALSE(e->applyButton()->isEnabled());
    // Mid-submit: the request has reached the paused server, which goes away unanswering.
    ASSERT_TRUE(spinUntil([&] { return unreadBytesAtServer(port) > 0; }));
    f.served.server->kill();
    f.waitIdle(e);
    ASSERT_TRUE(e->isVisible());
    EXPECT_TRUE(e->bannerText().contains("could not be reached")) << e->bannerText().toStdString();
    EXPECT_EQ(e->nameEdit()->text(), "kept");
    EXPECT_EQ(e->columns()->rowCount(), 2);
    EXPECT_TRUE(e->applyButton()->isEnabled());
}

TEST(Editors, RenameAndDropTablesFromTheKeyboard) {
    EditorFixture f;
    f.select(f.table("sales", "orders_0000"));
    QTest::keyClick(f.view(), Qt::Key_F2);
    QPointer<ui::RenameTableDialog> r =
        qobject_cast<ui::RenameTableDialog*>(f.window->currentEditor());
    ASSERT_TRUE(r);
    r->nameEdit()->setText("zz orders");
    f.applyByKeyboard(r);
    ASSERT_TRUE(f.closes(r)) << r->bannerText().toStdString();
    EXPECT_TRUE(f.served.warehouse->getTable({"sales", "zz orders"}).ok());
    QModelIndex moved = f.find(f.shownFolder("sales"), "zz orders");
    ASSERT_TRUE(moved.isValid());
    EXPECT_EQ(moved.row(), 1);  // after orders_0001: sorted
    EXPECT_EQ(f.view()->currentIndex(), moved);

    // Into another database.
    f.select(moved);
    QPointer<ui::RenameTableDialog> across = f.trigger<ui::RenameTableDialog>("rename");
    ASSERT_TRUE(across);
    across->databaseBox()->setCurrentText("analytics");
    f.applyByKeyboard(across);
    ASSERT_TRUE(f.closes(across)) << across->bannerText().toStdString();
    EXPECT_FALSE(f.find(f.shownFolder("sales"), "zz orders").isValid());
    EXPECT_TRUE(f.table("analytics", "zz orders").isValid());

    // Drop: the name must be typed.
    f.select(f.table("sales", "orders_0001"));
    QTest::keyClick(f.view(), Qt::Key_Delete);
    QPointer<ui::DropTableDialog> d = qobject_cast<ui::DropTableDialog*>(f.window->currentEditor());
    ASSERT_TRUE(d);
    const int before = f.writesSent();
    d->applyButton()->click();
    EXPECT_TRUE(d->bannerText().contains("to confirm"));
    d->confirmEdit()->setText("orders_000");
    d->applyButton()->click();
    EXPECT_EQ(f.writesSent(), before);
    d->confirmEdit()->setText("orders_0001");
    f.applyByKeyboard(d);
    ASSERT_TRUE(f.closes(d));
    EXPECT_FALSE(f.served.warehouse->getTable({"sales", "orders_0001"}).ok());
    EXPECT_EQ(f.proxy()->rowCount(f.shownFolder("sales")), 0);
}

TEST(Editors, DropDatabaseCountsTablesAndNeedsCascade) {
    EditorFixture f;
    f.select(f.database("analytics"));
    QPointer<ui::DropDatabaseDialog> d = f.trigger<ui::DropDatabaseDialog>("drop");
    ASSERT_TRUE(d);
    ASSERT_TRUE(spinUntil([&] { return d->tableCount().has_value(); }));
    EXPECT_EQ(*d->tableCount(), 3);
    EXPECT_TRUE(d->countLabel()->text().contains("3 table"));
    const int before = f.writesSent();
    d->applyButton()->click();
    EXPECT_TRUE(d->bannerText().contains("holds 3 table")) << d->bannerText().toStdString();
    d->cascadeBox()->setChecked(true);
    d->applyButton()->click();
    EXPECT_TRUE(d->bannerText().contains("to confirm"));
    EXPECT_EQ(f.writesSent(), before);
    d->confirmEdit()->setText("analytics");
    f.applyByKeyboard(d);
    ASSERT_TRUE(f.closes(d)) << d->bannerText().toStdString();
    EXPECT_FALSE(f.served.warehouse->getDatabase("analytics").ok());
    EXPECT_FALSE(f.database("analytics").isValid());
    EXPECT_EQ(f.proxy()->rowCount(f.connection()), 1);
}

}  // namespace
}  // namespace paimon::testing
