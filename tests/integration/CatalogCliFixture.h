#pragma once

// paimon-catalog run as a process against paimon-rest-server on loopback: the fixture of the
// command line's tests.
#include <gtest/gtest.h>

#include <QProcess>
#include <QProcessEnvironment>

#include <map>
#include <memory>
#include <string>

#include "tests/support/ServerProcess.h"
#include "tests/support/TempDir.h"

namespace paimon {

struct CliRun {
    int exit = -1;
    std::string out, err;
};

// The demo catalog behind a bearer token; cli() runs the program with PAIMON_URI (the demo
// server's, or `uri`) and the token.
class CatalogCli : public ::testing::Test {
protected:
    void SetUp() override {
        server = std::make_unique<testing::ServerProcess>(
            QStringList{"--warehouse", QString::fromStdString((dir.path() / "wh").string()),
                        "--demo", "--prefix", "paimon", "--auth", "bearer", "--token", "tok"});
    }

    CliRun cli(QStringList args, const std::string& input = {}, bool withToken = true,
               const std::string& uri = {}) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("PAIMON_URI", QString::fromStdString(uri.empty() ? server->url() : uri));
        if (withToken) env.insert("PAIMON_TOKEN", "tok");
        for (const auto& [k, v] : extraEnv)
            env.insert(QString::fromStdString(k), QString::fromStdString(v));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(PAIMON_CATALOG_BINARY), args);
        EXPECT_TRUE(p.waitForStarted());
        if (!input.empty()) p.write(QByteArray::fromStdString(input));
        p.closeWriteChannel();
        EXPECT_TRUE(p.waitForFinished(30000));
        return CliRun{p.exitCode(), p.readAllStandardOutput().toStdString(),
                      p.readAllStandardError().toStdString()};
    }

    testing::TempDir dir;
    std::unique_ptr<testing::ServerProcess> server;
    std::map<std::string, std::string> extraEnv;
};

}  // namespace paimon
