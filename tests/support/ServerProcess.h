#pragma once

#include <gtest/gtest.h>

#include <QProcess>
#include <QRegularExpression>
#include <QStringList>

#include <csignal>
#include <string>

#include <sys/types.h>

namespace paimon::testing {

// paimon-rest-server started by the test on a free loopback port, stopped with SIGTERM.
class ServerProcess {
public:
    explicit ServerProcess(const QStringList& args) {
        process_.setProgram(QStringLiteral(PAIMON_SERVER_BINARY));
        process_.setArguments(QStringList{"--port", "0"} + args);
        process_.setProcessChannelMode(QProcess::SeparateChannels);
        process_.start();
        if (!process_.waitForStarted(10000)) {
            ADD_FAILURE() << "paimon-rest-server did not start";
            return;
        }
        QByteArray out;
        while (!out.contains('\n') && process_.waitForReadyRead(10000))
            out += process_.readAllStandardOutput();
        static const QRegularExpression line("^listening on (http://[^\\s]+)$");
        auto m = line.match(QString::fromUtf8(out).trimmed());
        if (!m.hasMatch()) {
            ADD_FAILURE() << "unexpected first line: " << out.toStdString()
                          << process_.readAllStandardError().toStdString();
            return;
        }
        url_ = m.captured(1).toStdString();
    }
    ~ServerProcess() { stop(); }

    const std::string& url() const { return url_; }

    // SIGSTOP: the server holds its connections open and answers nothing.
    void pause() { ::kill(static_cast<pid_t>(process_.processId()), SIGSTOP); }
    // SIGKILL: gone at once, its connections closed by the kernel.
    void kill() {
        if (process_.state() == QProcess::NotRunning) return;
        process_.kill();
        process_.waitForFinished(10000);
        exitCode_ = -9;
    }

    // SIGTERM, then the exit status (0 when it stopped cleanly).
    int stop() {
        if (process_.state() == QProcess::NotRunning) return exitCode_;
        process_.terminate();
        if (!process_.waitForFinished(10000)) {
            process_.kill();
            process_.waitForFinished();
            exitCode_ = -1;
        } else {
            exitCode_ = process_.exitStatus() == QProcess::NormalExit ? process_.exitCode() : -2;
        }
        return exitCode_;
    }

private:
    QProcess process_;
    std::string url_;
    int exitCode_ = 0;
};

}  // namespace paimon::testing
