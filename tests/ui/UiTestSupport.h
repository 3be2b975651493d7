#pragma once

#include <QApplication>
#include <QSettings>
#include <QString>

#include <memory>
#include <string>
#include <vector>

#include "core/fs/Warehouse.h"
#include "tests/support/Await.h"
#include "tests/support/SchemaTestUtil.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/TempDir.h"
#include "ui/connection/CatalogConnector.h"
#include "ui/connection/ConnectionService.h"
#include "ui/connection/SecretStore.h"
#include "ui/main/MainWindow.h"
#include "ui/navigator/CatalogTreeModel.h"
#include "ui/navigator/NavigatorFilterModel.h"
#include "ui/navigator/NavigatorView.h"

namespace paimon::testing {

// A warehouse folder made through the core Warehouse, served by a real paimon-rest-server.
struct ServedWarehouse {
    TempDir dir;
    std::shared_ptr<Warehouse> warehouse;
    std::unique_ptr<ServerProcess> server;

    ServedWarehouse() {
        auto w = Warehouse::open(dir.path() / "warehouse");
        EXPECT_TRUE(w.ok());
        warehouse = std::move(w).value();
    }
    void createTables(const std::string& db, int count, const std::string& prefix = "t_") {
        EXPECT_TRUE(warehouse->createDatabase(db, {}).ok());
        Schema s;
        s.fields = {column(0, "id", "BIGINT NOT NULL"), column(1, "name", "STRING"),
                    column(2, "dt", "STRING")};
        s.primaryKeys = {"id", "dt"};
        s.partitionKeys = {"dt"};
        for (int i = 0; i < count; ++i) {
            char name[32];
            std::snprintf(name, sizeof name, "%s%04d", prefix.c_str(), i);
            auto r = warehouse->createTable({db, name}, s);
            EXPECT_TRUE(r.ok()) << r.error().describe();
        }
    }
    void start(const QStringList& extra = {}) {
        server = std::make_unique<ServerProcess>(
            QStringList{"--warehouse", QString::fromStdString((dir.path() / "warehouse").string()),
                        "--prefix", "paimon"} +
            extra);
    }
    QString url() const { return QString::fromStdString(server->url()); }

    ui::ConnectionProfile profile(const QString& name = QStringLiteral("Test")) const {
        ui::ConnectionProfile p;
        p.id = ui::ConnectionProfile::newId();
        p.name = name;
        p.uri = url();
        return p;
    }
};

// The navigator model's opener without a keychain: the profile as it is, no secrets.
inline ui::ConnectionService::Opener plainOpener(
    std::shared_ptr<std::vector<RequestRecord>> log = nullptr) {
    return [log](const ui::ConnectionProfile& p, Callback<ui::OpenedCatalog> done) {
        return ui::CatalogConnector::open(
            p, {},
            [log](const RequestRecord& r) {
                if (log) log->push_back(r);
            },
            std::move(done));
    };
}

// Settings in a file of the test's own.
inline std::unique_ptr<QSettings> settingsIn(const TempDir& dir) {
    return std::make_unique<QSettings>(
        QString::fromStdString((dir.path() / "settings.ini").string()), QSettings::IniFormat);
}

// The browser window, its settings in a file of its own, and ways to look at its tree.
struct BrowserWindow {
    TempDir settingsDir;
    std::unique_ptr<QSettings> settings = settingsIn(settingsDir);
    ui::SecretStore secrets;
    std::unique_ptr<ui::MainWindow> window;
    QString profileId;

    void open() {
        // No QAbstractItemModelTester here: it fetches every fetchable node on each change,
        // which would defeat the paging these tests check (CatalogTreeModelTest has them).
        window = std::make_unique<ui::MainWindow>(settings.get(), &secrets);
        window->model()->setPageSize(100);
        window->restoreSession();
        window->show();
    }
    void settle(int timeoutMs = 20000) {
        EXPECT_TRUE(spinUntil([&] { return window->model()->pendingRequests() == 0; }, timeoutMs));
        QApplication::processEvents();
    }
    ui::NavigatorView* view() const { return window->view(); }
    QAbstractItemModel* proxy() const { return window->filterModel(); }
    QModelIndex find(const QModelIndex& parent, const QString& name) const {
        for (int r = 0; r < proxy()->rowCount(parent); ++r) {
            QModelIndex i = proxy()->index(r, 0, parent);
            if (i.data(ui::CatalogTreeModel::NameRole).toString() == name) return i;
        }
        return {};
    }
    // The names under `parent`, in order.
    QStringList children(const QModelIndex& parent) const {
        QStringList out;
        for (int r = 0; r < proxy()->rowCount(parent); ++r)
            out << proxy()->index(r, 0, parent).data(ui::CatalogTreeModel::NameRole).toString();
        return out;
    }
    QModelIndex connection() const { return proxy()->index(0, 0); }
    // The folder of `kind` (Tables, Views, Functions) under database row `db`, both expanded
    // and the folder's first page loaded.
    QModelIndex folder(const QModelIndex& db, ui::NodeKind kind = ui::NodeKind::TablesFolder) {
        if (!db.isValid()) return {};
        view()->expand(db);
        settle();
        for (int r = 0; r < proxy()->rowCount(db); ++r) {
            QModelIndex i = proxy()->index(r, 0, db);
            if (i.data(ui::CatalogTreeModel::KindRole).toInt() == static_cast<int>(kind)) {
                view()->expand(i);
                settle();
                return proxy()->index(r, 0, db);
            }
        }
        return {};
    }
    // The folder of `kind` under database `db` as the proxy shows it now (nothing expanded or
    // loaded), or an invalid index.
    QModelIndex shownFolder(const QString& db,
                            ui::NodeKind kind = ui::NodeKind::TablesFolder) const {
        const QModelIndex d = find(connection(), db);
        for (int r = 0; d.isValid() && r < proxy()->rowCount(d); ++r) {
            QModelIndex i = proxy()->index(r, 0, d);
            if (i.data(ui::CatalogTreeModel::KindRole).toInt() == static_cast<int>(kind)) return i;
        }
        return {};
    }
    // Database `db`'s Tables folder, as above.
    QModelIndex tables(const QString& db) { return folder(find(connection(), db)); }
};

// The browser window on a served warehouse with two databases.
struct WindowFixture : BrowserWindow {
    ServedWarehouse served;

    explicit WindowFixture(int tables = 30) {
        served.createTables("analytics", tables);
        served.createTables("sales", 2, "orders_");
        served.start();
        open();
        profileId = window->ensureRestProfile("Test catalog", served.url(), {});
    }
    ~WindowFixture() { window.reset(); }  // before the server it may still be talking to
    // Opens the profile's connection and expands database `name` and its Tables folder: the
    // folder's index, first page loaded.
    QModelIndex openAndExpand(const QString& name) {
        window->openConnection(profileId);
        settle();
        return tables(name);
    }
    // Scrolls to the bottom until database `name`'s Tables folder shows `rows` rows (or 40
    // tries); the folder's index as it is then.
    QModelIndex scrollUntilRows(const QString& name, int rows) {
        QModelIndex db;
        for (int i = 0; i < 40; ++i) {
            db = shownFolder(name);
            if (!db.isValid() || proxy()->rowCount(db) == rows) break;
            view()->scrollToBottom();
            settle();
        }
        return db;
    }
};

}  // namespace paimon::testing
