// A scripted session in the real window, under a real keychain (ctest secrets_scan runs it in
// with-keyring.sh): a DLF profile is typed into the profile form, saved, tested, connected,
// browsed down to a table and closed. Then every file under the throwaway HOME and the
// settings folder, everything the process printed, and every activity-log entry are searched
// for the access key secret and the security token.
#include <gtest/gtest.h>
#include <unistd.h>

#include <QApplication>
#include <QComboBox>
#include <QDirIterator>
#include <QFile>
#include <QLineEdit>
#include <QSettings>
#include <QTest>

#include <cstdio>
#include <optional>

#include "tests/support/Await.h"
#include "tests/support/FileScan.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/TempDir.h"
#include "ui/activity/ActivityLogModel.h"
#include "ui/connection/ConnectionRegistry.h"
#include "ui/connection/ProfileEditor.h"
#include "ui/connection/SecretStore.h"
#include "ui/main/MainWindow.h"
#include "ui/navigator/CatalogTreeModel.h"
#include "ui/navigator/NavigatorView.h"

namespace paimon::testing {
namespace {

const QString kKeySecret = QStringLiteral("AkSecret-9f3Kq-東京-%$");
const QString kStsToken = QStringLiteral("StsToken-CAIS-4xY7-pL2");

// Sends this process's stdout and stderr (Qt's messages included) to a file while it lives.
class CapturedOutput {
public:
    explicit CapturedOutput(const QString& path) {
        std::fflush(stdout);
        std::fflush(stderr);
        savedOut_ = ::dup(1);
        savedErr_ = ::dup(2);
        FILE* f = std::fopen(path.toLocal8Bit().constData(), "w");
        ::dup2(::fileno(f), 1);
        ::dup2(::fileno(f), 2);
        std::fclose(f);
    }
    ~CapturedOutput() {
        std::fflush(stdout);
        std::fflush(stderr);
        ::dup2(savedOut_, 1);
        ::dup2(savedErr_, 2);
        ::close(savedOut_);
        ::close(savedErr_);
    }

private:
    int savedOut_ = -1;
    int savedErr_ = -1;
};

TEST(Secrets, NoneIsWrittenPrintedOrLoggedInADlfSession) {
    TempDir dir;
    // The server wants exactly these credentials (DLF4 signatures and the STS token).
    qputenv("PAIMON_SERVER_ACCESS_KEY_SECRET", kKeySecret.toUtf8());
    ServerProcess server({"--warehouse", QString::fromStdString((dir.path() / "wh").string()),
                          "--demo", "--auth", "dlf", "--access-key-id", "LTAI-test-id",
                          "--security-token", kStsToken});
    qunsetenv("PAIMON_SERVER_ACCESS_KEY_SECRET");
    const QString output = QString::fromStdString((dir.path() / "output.txt").string());
    int activityRows = 0;
    QStringList activityHits;
    // A lambda, so that a failed ASSERT inside ends the session, not the whole test.
    std::optional<CapturedOutput> captured(std::in_place, output);
    [&] {
        // Where paimon-browser keeps its settings (XDG_CONFIG_HOME is the throwaway HOME's).
        QSettings settings(QSettings::NativeFormat, QSettings::UserScope, "paimon-catalog-browser",
                           "paimon-browser");
        ui::SecretStore secrets;
        auto window = std::make_unique<ui::MainWindow>(&settings, &secrets);
        window->show();

        // The profile form, typed like a user would.
        ui::ConnectionProfile blank;
        blank.id = ui::ConnectionProfile::newId();
        ui::ProfileEditor form(blank, {}, {});
        form.nameEdit()->setText(QStringLiteral("DLF 杭州"));
        form.uriEdit()->setText(QString::fromStdString(server.url()));
        form.authBox()->setCurrentIndex(
            form.authBox()->findData(static_cast<int>(ui::AuthKind::DlfAccessKey)));
        auto field = [&](const char* name) { return form.findChild<QLineEdit*>(name); };
        ASSERT_TRUE(field("accessKeyId") && field("accessKeySecret") && field("securityToken"));
        QTest::keyClicks(field("accessKeyId"), QStringLiteral("LTAI-test-id"));
        field("accessKeySecret")->setText(kKeySecret);  // keyClicks cannot type 東京
        QTest::keyClicks(field("securityToken"), kStsToken);
        field("region")->setText(QStringLiteral("cn-hangzhou"));
        form.testConnection();
        ASSERT_TRUE(spinUntil([&] {
            return !form.testReport().isEmpty() && !form.testReport().startsWith("Testing");
        }));
        std::optional<ui::SecretStore::Outcome> saved;
        window->registry()->save(form.profile(), form.secrets(),
                                 [&](ui::SecretStore::Outcome o) { saved = o; });
        ASSERT_TRUE(spinUntil([&] { return saved.has_value(); }));
        ASSERT_TRUE(saved->ok) << saved->problem.toStdString();

        // Connect, open a database and a table, close.
        window->openConnection(blank.id);
        auto* model = window->model();
        const QModelIndex conn = model->index(0, 0);
        QModelIndex sales;
        spinUntil([&] {
            for (int r = 0; r < model->rowCount(conn); ++r)
                if (model->index(r, 0, conn).data(ui::CatalogTreeModel::NameRole) == "sales")
                    sales = model->index(r, 0, conn);
            return sales.isValid();
        });
        ASSERT_TRUE(sales.isValid())
            << "the signed requests were accepted: "
            << conn.data(ui::CatalogTreeModel::ErrorRole).toString().toStdString()
            << form.testReport().toStdString();
        model->fetchMore(sales);  // its folders; the first is Tables
        ASSERT_TRUE(spinUntil([&] { return model->rowCount(sales) > 0; }));
        sales = model->index(0, 0, sales);
        model->fetchMore(sales);
        ASSERT_TRUE(spinUntil([&] { return model->rowCount(sales) > 1; }));
        model->loadTable(model->index(0, 0, sales));
        ASSERT_TRUE(spinUntil([&] { return model->pendingRequests() == 0; }));
        window->close();

        const ui::ActivityLogModel* log = window->activity();
        activityRows = log->rowCount();
        for (int r = 0; r < log->rowCount(); ++r) {
            const auto& entry = log->entry(r);
            const QString text = ui::ActivityLogModel::details(entry) +
                                 ui::ActivityLogModel::curlCommand(entry.record);
            if (text.contains(kKeySecret) || text.contains(kStsToken)) activityHits << text;
        }
        window.reset();
        settings.sync();
    }();
    captured.reset();
    if (::testing::Test::HasFailure()) {
        // What gtest printed while the output was captured, secrets masked.
        QFile f(output);
        if (f.open(QIODevice::ReadOnly)) {
            QString text = QString::fromUtf8(f.readAll());
            text.replace(kKeySecret, "<secret>").replace(kStsToken, "<sts>");
            std::fprintf(stderr, "%s\n", text.toUtf8().constData());
        }
    }
    EXPECT_GE(activityRows, 4) << "config, databases, tables and the table were asked";
    EXPECT_EQ(activityHits, QStringList());

    // The keychain has them (the only place), and nothing else does.
    for (const QString& secret : {kKeySecret, kStsToken}) {
        SCOPED_TRACE(secret.toStdString());
        EXPECT_EQ(filesContaining(QDir::homePath(), secret.toUtf8()), QStringList());
        EXPECT_EQ(filesContaining(QString::fromStdString(dir.path().string()), secret.toUtf8()),
                  QStringList())
            << "nothing in the output or beside it";
    }
    QFile printed(output);
    ASSERT_TRUE(printed.open(QIODevice::ReadOnly));
    const QByteArray text = printed.readAll();
    EXPECT_FALSE(text.contains(kKeySecret.toUtf8()));
    EXPECT_FALSE(text.contains(kStsToken.toUtf8()));
    // The settings file exists and holds the profile, so the scan looked at the right place.
    QSettings settings(QSettings::NativeFormat, QSettings::UserScope, "paimon-catalog-browser",
                       "paimon-browser");
    EXPECT_TRUE(QFile::exists(settings.fileName())) << settings.fileName().toStdString();
    EXPECT_FALSE(filesContaining(QDir::homePath(), "LTAI-test-id").isEmpty())
        << "the access key id (not a secret) is in the settings";
}

}  // namespace
}  // namespace paimon::testing

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
