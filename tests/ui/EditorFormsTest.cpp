// The editors' forms and profiles: read-only profiles send nothing, production ones confirm;
// the column grid and the type builder.

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

TEST(Editors, ReadOnlyProfilesSendNothing) {
    EditorFixture f(/*readOnly=*/true);
    f.select(f.table("sales", "orders_0000"));
    for (const char* name : {"newDatabase", "newTable", "edit", "rename", "drop"})
        EXPECT_FALSE(f.action(name)->isEnabled()) << name;
    QTest::keyClick(f.view(), Qt::Key_Delete);
    QTest::keyClick(f.view(), Qt::Key_F2);
    EXPECT_EQ(f.window->currentEditor(), nullptr);
    // An editor made anyway refuses to send.
    QModelIndex source = f.window->currentSourceIndex();
    ui::EditorDialog::Target target{*f.window->model()->profileFor(source),
                                    f.window->model()->catalogFor(source)};
    auto* e = new ui::DatabaseEditor(target, QString());
    e->nameEdit()->setText("nope");
    EXPECT_FALSE(e->applyButton()->isEnabled());
    e->show();
    f.applyByKeyboard(e);
    EXPECT_TRUE(e->bannerText().contains("read-only"));
    EXPECT_EQ(f.writesSent(), 0);
    EXPECT_FALSE(f.served.warehouse->getDatabase("nope").ok());
    delete e;
}

TEST(Editors, ProductionProfilesConfirmEveryWrite) {
    EditorFixture f(/*readOnly=*/false, /*production=*/true);
    f.select(f.connection());
    QPointer<ui::DatabaseEditor> e = f.trigger<ui::DatabaseEditor>("newDatabase");
    ASSERT_TRUE(e);
    e->nameEdit()->setText("prod_db");
    f.applyByKeyboard(e);
    EXPECT_TRUE(e->isVisible());
    EXPECT_TRUE(e->bannerText().contains("production")) << e->bannerText().toStdString();
    EXPECT_TRUE(e->previewButton()->isChecked());  // the request is shown
    EXPECT_EQ(f.writesSent(), 0);
    // A change to the form asks again.
    e->nameEdit()->setText("prod_db2");
    f.applyByKeyboard(e);
    EXPECT_EQ(f.writesSent(), 0);
    f.applyByKeyboard(e);  // confirmed
    ASSERT_TRUE(f.closes(e)) << e->bannerText().toStdString();
    EXPECT_TRUE(f.served.warehouse->getDatabase("prod_db2").ok());
    EXPECT_EQ(f.writesSent(), 1);
}

TEST(Editors, ColumnGridKeepsKeysAndNestedIds) {
    ColumnGridModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::Fatal);
    Schema s;
    s.fields = {column(0, "id", "BIGINT NOT NULL"), column(1, "r", "ROW<a INT, b STRING>")};
    s.fields[1].type.mutableFields()[0].id = 7;
    s.fields[1].type.mutableFields()[1].id = 8;
    s.primaryKeys = {"id"};
    m.setSchema(s);
    // Renaming a key column renames it in the key.
    ASSERT_TRUE(m.setData(m.index(0, ColumnGridModel::Name), "key"));
    EXPECT_EQ(m.primaryKeys(), QStringList{"key"});
    // Retyping the ROW keeps the ids of the fields whose names stay; a new field gets a new id.
    ASSERT_TRUE(m.setData(m.index(1, ColumnGridModel::Type), "ROW<b STRING, c INT>"));
    auto out = m.toSchema(9);
    ASSERT_TRUE(out.ok()) << out.error().message;
    const auto& nested = out->fields[1].type.fields();
    ASSERT_EQ(nested.size(), 2u);
    EXPECT_EQ(nested[0].id, 8);
    EXPECT_EQ(nested[1].id, 9);
    EXPECT_EQ(out->fields[0].id, 0);
    EXPECT_EQ(out->primaryKeys, std::vector<std::string>{"key"});
    // Moving and removing.
    EXPECT_EQ(m.moveColumn(1, -1), 0);
    EXPECT_EQ(m.rows()[0].name, "r");
    m.removeColumn(1);
    EXPECT_TRUE(m.primaryKeys().isEmpty());
}

TEST(Editors, TypeBuilderBuildsNestedTypesThroughTheParser) {
    ui::TypeBuilder b(parseDataType("MAP<STRING, INT>").value());
    ASSERT_TRUE(b.type());
    EXPECT_EQ(b.type()->sql(), "MAP<STRING, INT>");
    b.keyEdit()->setText("VARCHAR(10)");
    b.elementEdit()->setText("ARRAY<DECIMAL(5, 2)>");
    EXPECT_EQ(b.type()->sql(), "MAP<VARCHAR(10), ARRAY<DECIMAL(5, 2)>>");
    b.elementEdit()->setText("ARRAY<");
    EXPECT_FALSE(b.type().has_value());
    EXPECT_FALSE(b.problem().isEmpty());
    b.familyBox()->setCurrentIndex(b.familyBox()->findText("DECIMAL"));
    b.precisionBox()->setValue(20);
    b.scaleBox()->setValue(4);
    EXPECT_EQ(b.type()->sql(), "DECIMAL(20, 4)");
    b.familyBox()->setCurrentIndex(b.familyBox()->findText("VECTOR"));
    b.elementEdit()->setText("STRING");
    EXPECT_FALSE(b.type().has_value());  // VECTOR holds numbers only
    b.elementEdit()->setText("FLOAT");
    b.lengthBox()->setValue(3);
    EXPECT_EQ(b.type()->sql(), "VECTOR<FLOAT, 3>");

    auto bad = ui::checkTypeText("DECIMAL(10, x)");
    EXPECT_FALSE(bad.type.has_value());
    EXPECT_TRUE(bad.problem.contains("at character")) << bad.problem.toStdString();
}

}  // namespace
}  // namespace paimon::testing
