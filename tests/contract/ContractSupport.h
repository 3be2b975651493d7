#pragma once

// What the contract test's files share (ContractTest.cpp, ContractObjectsTest.cpp): the
// environment that starts paimon-rest-server and Prism once for every case, and the fixture
// that opens a RestCatalog through the proxy.
#include <gtest/gtest.h>
#include <httplib.h>

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTcpServer>

#include <regex>
#include <sstream>

#include "core/catalog/RestCatalog.h"
#include "core/json/Messages.h"
#include "tests/support/Await.h"
#include "tests/support/SchemaTestUtil.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/TempDir.h"
#include "ui/net/QtScheduler.h"
#include "ui/net/QtTransport.h"

namespace paimon {

using testing::await;
using testing::ServerProcess;
using testing::sqlType;

inline constexpr const char* kToken = "contract-token";
// The one request sent broken on purpose, to show that a violation is caught.
inline constexpr const char* kBrokenOnPurpose = "contract-self-test-broken";

// One Prism log line that reports a problem, with the request it belongs to.
struct Violation {
    std::string request;
    std::string line;
};

// paimon-rest-server with the demo catalog, and Prism in front of it.
class ContractEnvironment : public ::testing::Environment {
public:
    inline static ContractEnvironment* instance = nullptr;

    void SetUp() override {
        server = std::make_unique<ServerProcess>(
            QStringList{"--warehouse", QString::fromStdString((dir.path() / "warehouse").string()),
                        "--demo", "--auth", "bearer", "--token", kToken});
        ASSERT_FALSE(server->url().empty());
        const QString tools = QStringLiteral(PAIMON_CONTRACT_DIR);
        const QString prism = tools + "/node_modules/.bin/prism";
        ASSERT_TRUE(QFile::exists(prism))
            << prism.toStdString() << " is missing: run scripts/install-deps";
        const QString spec = QString::fromStdString((dir.path() / "spec.json").string());
        QProcess prepare;
        prepare.start("node",
                      {tools + "/prepare-spec.mjs",
                       QStringLiteral(PAIMON_TEST_DATA) + "/rest-catalog-open-api.yaml", spec});
        ASSERT_TRUE(prepare.waitForFinished(60000));
        ASSERT_EQ(prepare.exitCode(), 0) << prepare.readAllStandardError().toStdString();
        std::printf("%s", prepare.readAllStandardOutput().constData());

        QTcpServer probe;  // a free port for Prism
        ASSERT_TRUE(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        proxy.setProgram(prism);
        proxy.setArguments({"proxy", spec, QString::fromStdString(server->url()), "--host",
                            "127.0.0.1", "--port", QString::number(port), "--errors"});
        proxy.setProcessChannelMode(QProcess::MergedChannels);
        proxy.start();
        ASSERT_TRUE(proxy.waitForStarted(10000));
        ASSERT_TRUE(testing::spinUntil(
            [&] {
                log += proxy.readAll().toStdString();
                return log.find("Prism is listening") != std::string::npos ||
                       proxy.state() == QProcess::NotRunning;
            },
            120000))
            << log;
        ASSERT_NE(log.find("Prism is listening"), std::string::npos) << log;
        url = "http://127.0.0.1:" + std::to_string(port);
    }

    void TearDown() override {
        if (proxy.state() != QProcess::NotRunning) {
            testing::spinUntil([] { return false; }, 300);  // the last log lines
            log += proxy.readAll().toStdString();
            proxy.terminate();
            proxy.waitForFinished(10000);
        }
        log += proxy.readAll().toStdString();
        int requests = 0;
        bool brokenCaught = false;
        for (const Violation& v : violations(requests)) {
            if (v.request.find(kBrokenOnPurpose) != std::string::npos) {
                brokenCaught = true;
                continue;
            }
            ADD_FAILURE() << "contract violation in " << v.request << ":\n  " << v.line;
        }
        EXPECT_TRUE(brokenCaught) << "the request broken on purpose was not reported: the "
                                     "violation check cannot fail";
        std::printf("[ contract ] %d requests through the validating proxy\n", requests);
        EXPECT_GT(requests, 80);
        server.reset();
    }

    // Prism's log, cut into requests ("[HTTP SERVER] get /v1/... Request received") and the
    // lines after each that report a violation or an error.
    std::vector<Violation> violations(int& requests) const {
        static const std::regex received(R"(\[HTTP SERVER\] (\w+ \S+) .*Request received)");
        std::vector<Violation> out;
        std::string current = "(before any request)";
        std::istringstream lines(log);
        for (std::string line; std::getline(lines, line);) {
            std::smatch m;
            if (std::regex_search(line, m, received)) {
                current = m[1];
                ++requests;
            } else if (line.find("Violation") != std::string::npos ||
                       line.find("\u2716") != std::string::npos ||  // ✖ error
                       line.find("\u26a0") != std::string::npos) {  // ⚠ warning
                out.push_back({current, line});
            }
        }
        return out;
    }

    testing::TempDir dir;
    std::unique_ptr<ServerProcess> server;
    QProcess proxy;
    std::string log;
    std::string url;
};

class Contract : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_FALSE(env().url.empty()) << "the proxy did not start";
        RestCatalog::Setup setup;
        setup.options = {{"uri", env().url}, {"token.provider", "bear"}, {"token", kToken}};
        setup.transport = std::make_shared<QtTransport>();
        setup.scheduler = std::make_shared<QtScheduler>();
        auto opened = await<std::shared_ptr<RestCatalog>>(
            [&](auto cb) { return RestCatalog::open(setup, std::move(cb)); });
        ASSERT_TRUE(opened.ok()) << opened.error().describe();
        catalog = *opened;
    }
    static ContractEnvironment& env() { return *ContractEnvironment::instance; }

    // A raw request through the proxy, for what a well-behaved client never sends.
    httplib::Result raw(const std::string& method, const std::string& target,
                        const std::string& body = {}, bool json = true) {
        httplib::Client http(env().url);
        httplib::Headers headers{{"Authorization", std::string("Bearer ") + kToken}};
        if (method == "GET") return http.Get(target, headers);
        if (method == "DELETE") return http.Delete(target, headers);
        if (!json) {
            // No Content-Type at all: httplib's Post always names one, so send it by hand.
            return http.Post(target, headers, body, "");
        }
        return http.Post(target, headers, body, "application/json");
    }

    std::shared_ptr<RestCatalog> catalog;
};

}  // namespace paimon
