#pragma once

#include <QSettings>
#include <QString>

#include <memory>
#include <string>
#include <vector>

#include "core/fs/Warehouse.h"
#include "tests/core/SchemaTestUtil.h"
#include "tests/integration/Await.h"
#include "tests/integration/ServerProcess.h"
#include "tests/support/TempDir.h"
#include "ui/connection/CatalogConnector.h"
#include "ui/navigator/CatalogTreeModel.h"

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
inline ui::CatalogTreeModel::Opener plainOpener(
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

}  // namespace paimon::testing
