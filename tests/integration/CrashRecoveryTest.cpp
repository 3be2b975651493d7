// paimon-rest-server killed with SIGKILL while three clients create and alter tables, four
// times over the same warehouse. Restarted, it must read back every table whole, and every
// write it had acknowledged must be there.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <httplib.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <mutex>
#include <random>
#include <set>
#include <thread>

#include "core/fs/Warehouse.h"
#include "core/json/Messages.h"
#include "core/rest/ResourcePaths.h"
#include "core/types/TypeParser.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/TempDir.h"

namespace paimon {
namespace {

using testing::ServerProcess;

Schema wideSchema() {
    Schema s;
    for (int i = 0; i < 40; ++i) {
        auto type = parseDataType(i % 2 ? "DECIMAL(18, 4)" : "STRING NOT NULL");
        s.fields.push_back(DataField{i, "c" + std::to_string(i), *type,
                                     "column " + std::to_string(i), std::nullopt});
    }
    s.primaryKeys = {"c0"};
    s.options = {{"bucket", "4"}};
    return s;
}

std::optional<std::string> prefixOf(httplib::Client& c) {
    auto r = c.Get("/v1/config");
    if (!r || r->status != 200) return std::nullopt;
    auto config = codec::decodeConfigResponse(r->body);
    if (!config.ok() || !config->defaults.count("prefix")) return std::nullopt;
    return config->defaults.at("prefix");
}

TEST(CrashRecovery, AServerKilledDuringWritesLeavesAWarehouseItReadsWhole) {
    // A client writing to a server just killed gets EPIPE, not a signal that ends the test.
    ::signal(SIGPIPE, SIG_IGN);
    testing::TempDir dir;
    const QString warehouse = QString::fromStdString((dir.path() / "wh").string());
    std::mutex mutex;
    std::set<std::string> created;       // acknowledged creates
    std::map<std::string, int> altered;  // acknowledged alters per table
    std::mt19937 random(20261121);
    for (int round = 0; round < 4; ++round) {
        ServerProcess server({"--warehouse", warehouse});
        httplib::Client setup(server.url());
        const ResourcePaths paths(prefixOf(setup));
        setup.Post(paths.databases(), codec::encode(CreateDatabaseRequest{"crash", {}}),
                   "application/json");
        std::atomic<bool> stop{false};
        std::atomic<int> acknowledged{0};
        std::vector<std::thread> writers;
        for (int w = 0; w < 3; ++w) {
            writers.emplace_back([&, w] {
                httplib::Client c(server.url());
                c.set_read_timeout(2);
                for (int i = 0; !stop; ++i) {
                    const std::string name = "t" + std::to_string(round) + "_" + std::to_string(w) +
                                             "_" + std::to_string(i);
                    auto r =
                        c.Post(paths.tables("crash"),
                               codec::encode(CreateTableRequest{{"crash", name}, wideSchema()}),
                               "application/json");
                    if (!r) return;  // the server is gone
                    if (r->status != 200) {
                        ADD_FAILURE() << "create refused: " << r->status << " " << r->body;
                        return;
                    }
                    {
                        std::lock_guard lock(mutex);
                        created.insert(name);
                    }
                    ++acknowledged;
                    change::AddColumn add{{"added"}, *parseDataType("BIGINT"), "x", std::nullopt};
                    auto a = c.Post(paths.table("crash", name),
                                    codec::encode(AlterTableRequest{{add}}), "application/json");
                    if (!a) return;
                    if (a->status == 200) {
                        std::lock_guard lock(mutex);
                        ++altered[name];
                    }
                }
            });
        }
        // Let some writes land, then kill at a moment that differs each round.
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
        while (acknowledged < 15 && std::chrono::steady_clock::now() < deadline)
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
        std::this_thread::sleep_for(std::chrono::milliseconds(random() % 40));
        server.kill();
        stop = true;
        for (auto& t : writers)
            t.join();
        ASSERT_GE(acknowledged, 15) << "round " << round << ": the writers got going";
    }

    // Restarted: every table reads back whole, and every acknowledged write is there.
    ServerProcess server({"--warehouse", warehouse});
    httplib::Client c(server.url());
    const ResourcePaths paths(prefixOf(c));
    std::set<std::string> listed;
    std::optional<std::string> token;
    do {
        std::string target = paths.tables("crash") + "?maxResults=1000";
        if (token) target += "&pageToken=" + *token;
        auto r = c.Get(target);
        ASSERT_TRUE(r);
        ASSERT_EQ(r->status, 200) << r->body;
        auto page = codec::decodeListTablesResponse(r->body);
        ASSERT_TRUE(page.ok());
        listed.insert(page->items.begin(), page->items.end());
        token = page->nextPageToken;
    } while (token);
    for (const auto& name : created)
        EXPECT_TRUE(listed.count(name)) << name << " was acknowledged but is gone";
    int readBack = 0;
    for (const auto& name : listed) {
        auto r = c.Get(paths.table("crash", name));
        ASSERT_TRUE(r);
        ASSERT_EQ(r->status, 200) << name << ": " << r->body;
        auto table = codec::decodeGetTableResponse(r->body);
        ASSERT_TRUE(table.ok()) << name << ": " << table.error().message;
        EXPECT_GE(table->schema.fields.size(), 40u) << name;
        if (altered.count(name)) {
            EXPECT_EQ(table->schema.fields.size(), 41u) << name << ": an acknowledged alter";
            EXPECT_EQ(table->schemaId, 1) << name;
        }
        ++readBack;
    }
    EXPECT_GE(readBack, 60);
    // The folder itself, through the reader the server uses: nothing half-written is taken
    // for a table or a schema.
    auto wh = Warehouse::open(dir.path() / "wh");
    ASSERT_TRUE(wh.ok());
    auto names = (*wh)->listTables("crash");
    ASSERT_TRUE(names.ok());
    EXPECT_EQ(std::set<std::string>(names->begin(), names->end()), listed);
}

}  // namespace
}  // namespace paimon
