#pragma once

// The browser window with an editor open on a served warehouse: what the editor tests share.

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

using ui::CatalogTreeModel;
using ui::ColumnGridModel;
using Kind = CatalogTreeModel::NodeKind;

struct EditorFixture : WindowFixture {
    // Checks the navigator's model through every insert, move and removal the editors cause.
    std::unique_ptr<QAbstractItemModelTester> tester;

    explicit EditorFixture(bool readOnly = false, bool production = false) : WindowFixture(3) {
        if (readOnly || production) {
            ui::ConnectionProfile p = *window->registry()->find(profileId);
            p.readOnly = readOnly;
            p.production = production;
            window->registry()->save(p, {}, [](ui::SecretStore::Outcome) {});
        }
        tester = std::make_unique<QAbstractItemModelTester>(
            window->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        window->openConnection(profileId);
        settle();
        QApplication::setActiveWindow(window.get());
    }
    ~EditorFixture() {
        if (auto* e = window->currentEditor()) delete e;
    }

    QModelIndex database(const QString& name) { return find(connection(), name); }
    QModelIndex table(const QString& db, const QString& name) { return find(tables(db), name); }
    void select(const QModelIndex& proxyIndex) {
        ASSERT_TRUE(proxyIndex.isValid());
        QApplication::setActiveWindow(window.get());
        view()->setCurrentIndex(proxyIndex);
        view()->setFocus();
        QApplication::processEvents();
    }
    QAction* action(const char* name) const {
        return window->findChild<QAction*>(QLatin1String(name));
    }
    template <class T>
    T* trigger(const char* name) {
        QAction* a = action(name);
        EXPECT_TRUE(a && a->isEnabled()) << name;
        if (!a || !a->isEnabled()) return nullptr;
        a->trigger();
        auto* e = qobject_cast<T*>(window->currentEditor());
        EXPECT_NE(e, nullptr) << name;
        // Every model of the form (the column grid, the options grids' tables, completers)
        // is checked through every edit the test makes; each tester goes with its model.
        if (e) {
            for (QAbstractItemModel* m : e->template findChildren<QAbstractItemModel*>())
                new QAbstractItemModelTester(
                    m, QAbstractItemModelTester::FailureReportingMode::Fatal, m);
        }
        return e;
    }
    // Ctrl+Enter in the editor, then waits until the catalog answered.
    void applyByKeyboard(ui::EditorDialog* editor) {
        editor->activateWindow();
        QApplication::setActiveWindow(editor);
        QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
        waitIdle(editor);
    }
    void waitIdle(ui::EditorDialog* editor) {
        QPointer<ui::EditorDialog> p(editor);
        EXPECT_TRUE(spinUntil([&] { return !p || !p->isBusy(); }));
        settle();
    }
    static bool closes(ui::EditorDialog* editor) {
        QPointer<ui::EditorDialog> p(editor);
        return spinUntil([&] { return !p || !p->isVisible(); });
    }
    // Requests other than reads, as the activity log saw them.
    int writesSent() const {
        int n = 0;
        auto* log = window->activity();
        for (int r = 0; r < log->rowCount(); ++r) {
            const std::string& m = log->entry(r).record.method;
            if (m != "GET") ++n;
        }
        return n;
    }
    // The table editor on db.table, loaded.
    QPointer<ui::TableEditor> editTable(const QString& db, const QString& name) {
        select(table(db, name));
        QPointer<ui::TableEditor> e = trigger<ui::TableEditor>("edit");
        EXPECT_TRUE(e && spinUntil([&] { return e->isLoaded(); }));
        return e;
    }
    int rowIndex(ui::TableEditor* e, const QString& name) {
        const auto& rows = e->columns()->rows();
        for (size_t i = 0; i < rows.size(); ++i)
            if (rows[i].name == name) return static_cast<int>(i);
        return -1;
    }
    void setCell(ui::TableEditor* e, int row, int column, const QVariant& value,
                 int role = Qt::EditRole) {
        ASSERT_TRUE(e->columns()->setData(e->columns()->index(row, column), value, role));
    }
};

inline Schema schemaOfTable(const std::shared_ptr<Warehouse>& w, const std::string& db,
                            const std::string& t) {
    auto info = w->getTable({db, t});
    EXPECT_TRUE(info.ok()) << (info.ok() ? "" : info.error().describe());
    return info.ok() ? info->schema : Schema{};
}

inline std::vector<std::string> names(const std::vector<DataField>& fields) {
    std::vector<std::string> out;
    for (const auto& f : fields)
        out.push_back(f.name);
    return out;
}

}  // namespace paimon::testing
