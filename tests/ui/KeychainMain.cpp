// The profiles' secrets in a real OS keychain (gnome-keyring on a private session bus, see
// with-keyring.sh), and the path where no keychain answers. CTest runs each test in the
// environment it needs (tests/ui/CMakeLists.txt).
#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QProcess>

#include "tests/support/Await.h"
#include "tests/support/FileScan.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/TempDir.h"
#include "ui/connection/ConnectionRegistry.h"

namespace paimon::testing {
namespace {

using ui::ConnectionProfile;
using ui::SecretStore;

const QString kSecret = QStringLiteral("s3cr3t-Token-値-%$");

ConnectionProfile bearerProfile() {
    ConnectionProfile p;
    p.id = ConnectionProfile::newId();
    p.name = "keychain test";
    p.uri = "http://127.0.0.1:1";
    p.auth = ui::AuthKind::Bearer;
    return p;
}

SecretStore::Outcome save(ui::ConnectionRegistry& r, const ConnectionProfile& p,
                          const ui::ProfileSecrets& s) {
    std::optional<SecretStore::Outcome> out;
    r.save(p, s, [&](SecretStore::Outcome o) { out = o; });
    EXPECT_TRUE(spinUntil([&] { return out.has_value(); }));
    return out.value_or(SecretStore::Outcome{});
}

std::pair<ui::ProfileSecrets, SecretStore::Outcome> read(ui::ConnectionRegistry& r,
                                                         const ConnectionProfile& p) {
    std::optional<std::pair<ui::ProfileSecrets, SecretStore::Outcome>> out;
    r.readSecrets(p, [&](ui::ProfileSecrets s, SecretStore::Outcome o) { out.emplace(s, o); });
    EXPECT_TRUE(spinUntil([&] { return out.has_value(); }));
    return out.value_or(std::pair<ui::ProfileSecrets, SecretStore::Outcome>{});
}

QString lookupOutside(const QString& key) {
    QProcess p;
    p.start("secret-tool", {"lookup", "server", SecretStore::kService, "user", key});
    p.waitForFinished(10000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

TEST(Keychain, SecretIsStoredReadBackAfterRestartAndDeletedWithTheProfile) {
    TempDir dir;
    const QString settingsPath = QString::fromStdString((dir.path() / "settings.ini").string());
    ConnectionProfile p = bearerProfile();
    ui::ProfileSecrets secrets;
    secrets.token = kSecret;
    {
        QSettings settings(settingsPath, QSettings::IniFormat);
        SecretStore store;
        ui::ConnectionRegistry registry(&settings, &store);
        auto o = save(registry, p, secrets);
        ASSERT_TRUE(o.ok) << o.problem.toStdString();
    }
    const QString key = SecretStore::entryKey(p.id, "token");
    EXPECT_EQ(lookupOutside(key), kSecret) << "the OS keychain holds it";
    {
        // A restart: new settings, store and registry.
        QSettings settings(settingsPath, QSettings::IniFormat);
        SecretStore store;
        ui::ConnectionRegistry registry(&settings, &store);
        ASSERT_EQ(registry.profiles().size(), 1);
        auto [read_, o] = read(registry, registry.profiles()[0]);
        ASSERT_TRUE(o.ok) << o.problem.toStdString();
        EXPECT_EQ(read_.token, kSecret);
        EXPECT_EQ(filesContaining(QDir::homePath(), kSecret.toUtf8()), QStringList());
        EXPECT_EQ(filesContaining(QString::fromStdString(dir.path().string()), kSecret.toUtf8()),
                  QStringList());

        std::optional<SecretStore::Outcome> removed;
        registry.remove(p.id, [&](SecretStore::Outcome o2) { removed = o2; });
        ASSERT_TRUE(spinUntil([&] { return removed.has_value(); }));
        EXPECT_TRUE(removed->ok) << removed->problem.toStdString();
    }
    EXPECT_EQ(lookupOutside(key), QString()) << "deleted with the profile";
}

TEST(Keychain, NoBackendIsReportedAndSessionOnlyKeepsNothingOnDisk) {
    TempDir dir;
    QSettings settings(QString::fromStdString((dir.path() / "settings.ini").string()),
                       QSettings::IniFormat);
    SecretStore store;
    ui::ConnectionRegistry registry(&settings, &store);
    ConnectionProfile p = bearerProfile();
    ui::ProfileSecrets secrets;
    secrets.token = kSecret;
    auto o = save(registry, p, secrets);
    EXPECT_FALSE(o.ok);
    EXPECT_TRUE(o.noBackend);
    EXPECT_FALSE(o.problem.isEmpty());
    EXPECT_FALSE(o.problem.contains(kSecret));
    ASSERT_EQ(registry.profiles().size(), 1) << "the profile itself is saved";
    store.keepForSession(p.id, secrets);
    auto [read_, readOutcome] = read(registry, p);
    EXPECT_TRUE(readOutcome.ok);
    EXPECT_EQ(read_.token, kSecret);
    settings.sync();
    EXPECT_EQ(filesContaining(QString::fromStdString(dir.path().string()), kSecret.toUtf8()),
              QStringList());
    EXPECT_EQ(filesContaining(QDir::homePath() + "/.config", kSecret.toUtf8()), QStringList());
}

// paimon-catalog --profile: the browser's profile from the user's settings and its token from
// the keychain, against a server that wants that token; never on the command line.
TEST(Keychain, SecretIsUsedByTheCommandLineProfile) {
    TempDir dir;
    ServerProcess server({"--warehouse", QString::fromStdString((dir.path() / "wh").string()),
                          "--demo", "--prefix", "paimon", "--auth", "bearer", "--token", kSecret});
    ConnectionProfile p = bearerProfile();
    p.name = "prod 東京";
    p.uri = QString::fromStdString(server.url());
    ui::ProfileSecrets secrets;
    secrets.token = kSecret;
    {
        // Where paimon-browser keeps its settings (XDG_CONFIG_HOME is the throwaway HOME's).
        QSettings settings(QSettings::NativeFormat, QSettings::UserScope, "paimon-catalog-browser",
                           "paimon-browser");
        SecretStore store;
        ui::ConnectionRegistry registry(&settings, &store);
        auto o = save(registry, p, secrets);
        ASSERT_TRUE(o.ok) << o.problem.toStdString();
    }
    auto run = [](const QStringList& args) {
        QProcess cli;
        cli.start(QStringLiteral(PAIMON_CATALOG_BINARY), args);
        EXPECT_TRUE(cli.waitForFinished(30000));
        return std::tuple{cli.exitCode(), QString::fromUtf8(cli.readAllStandardOutput()),
                          QString::fromUtf8(cli.readAllStandardError())};
    };
    auto [code, out, err] = run({"--profile", "prod 東京", "tables", "sales"});
    EXPECT_EQ(code, 0) << err.toStdString();
    EXPECT_EQ(out, "customers\nline_items\norders\n");
    EXPECT_FALSE(err.contains(kSecret));

    // A wrong token in the keychain: an authentication failure, with the token nowhere.
    secrets.token = "wrong";
    {
        QSettings settings(QSettings::NativeFormat, QSettings::UserScope, "paimon-catalog-browser",
                           "paimon-browser");
        SecretStore store;
        ui::ConnectionRegistry registry(&settings, &store);
        ASSERT_TRUE(save(registry, p, secrets).ok);
    }
    auto [code2, out2, err2] = run({"--profile", "prod 東京", "databases"});
    EXPECT_EQ(code2, 5) << err2.toStdString();
    EXPECT_TRUE(err2.contains("HTTP 401")) << err2.toStdString();
    EXPECT_FALSE(err2.contains("wrong"));
}

}  // namespace
}  // namespace paimon::testing

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
