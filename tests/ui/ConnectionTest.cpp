// Profiles, Test connection and the activity log against real servers.
#include <gtest/gtest.h>

#include <QAbstractItemModelTester>

#include "tests/ui/UiTestSupport.h"
#include "ui/activity/ActivityLogModel.h"
#include "ui/connection/ProfileStore.h"

namespace paimon::testing {
namespace {

using ui::CatalogConnector;
using ui::ConnectionProfile;

CatalogConnector::TestReport runTest(const ConnectionProfile& p, const ui::ProfileSecrets& s,
                                     std::vector<RequestRecord>* log = nullptr) {
    std::optional<CatalogConnector::TestReport> report;
    CatalogConnector::test(
        p, s,
        [log](const RequestRecord& r) {
            if (log) log->push_back(r);
        },
        [&](CatalogConnector::TestReport r) { report = r; });
    EXPECT_TRUE(spinUntil([&] { return report.has_value(); }));
    return report.value_or(CatalogConnector::TestReport{});
}

TEST(TestConnection, ReportsEachStepWhenAllIsWell) {
    ServedWarehouse served;
    served.createTables("db", 1);
    served.start();
    auto report = runTest(served.profile(), {});
    EXPECT_TRUE(report.ok) << report.text.toStdString();
    EXPECT_TRUE(report.text.contains("Configuration handshake (GET /v1/config): OK"));
    EXPECT_TRUE(report.text.contains("Listing databases: OK (first: db)"));
}

TEST(TestConnection, NamesARefusedTokenAndWhatToCheck) {
    ServedWarehouse served;
    served.start({"--auth", "bearer", "--token", "right-token"});
    ConnectionProfile p = served.profile();
    p.auth = ui::AuthKind::Bearer;
    ui::ProfileSecrets wrong;
    wrong.token = "wrong-token";
    std::vector<RequestRecord> log;
    auto report = runTest(p, wrong, &log);
    EXPECT_FALSE(report.ok);
    EXPECT_TRUE(report.text.contains("HTTP 401")) << report.text.toStdString();
    EXPECT_TRUE(report.text.contains("requestId: ")) << "the server's request id is quoted";
    EXPECT_TRUE(report.text.contains("refused the credentials")) << report.text.toStdString();
    EXPECT_FALSE(report.text.contains("wrong-token"));
    ui::ProfileSecrets right;
    right.token = "right-token";
    EXPECT_TRUE(runTest(p, right).ok);
    // The activity log never holds the token: not in headers, details or curl.
    ASSERT_FALSE(log.empty());
    for (const auto& r : log) {
        ui::ActivityLogModel::Entry e{QDateTime::currentDateTime(), "c", r};
        QString all = ui::ActivityLogModel::details(e) + ui::ActivityLogModel::curlCommand(r);
        EXPECT_FALSE(all.contains("wrong-token"));
        EXPECT_TRUE(all.contains("Authorization: ***")) << all.toStdString();
    }
}

TEST(TestConnection, SaysWhenTheUriIsNotACatalog) {
    ServedWarehouse served;
    served.start();
    ConnectionProfile p = served.profile();
    p.uri += "/not-here";
    auto report = runTest(p, {});
    EXPECT_FALSE(report.ok);
    EXPECT_TRUE(report.text.contains("not as a Paimon REST catalog")) << report.text.toStdString();
}

TEST(TestConnection, SaysWhenNothingListens) {
    ConnectionProfile p;
    p.id = ConnectionProfile::newId();
    p.name = "x";
    p.uri = "http://127.0.0.1:9";
    auto report = runTest(p, {});
    EXPECT_FALSE(report.ok);
    EXPECT_TRUE(report.text.contains("refused")) << report.text.toStdString();
    EXPECT_TRUE(report.text.contains("Check the host name and port"));
}

TEST(TestConnection, OpensALocalWarehouseFolder) {
    ServedWarehouse local;  // never started: the folder is opened directly
    local.createTables("here", 2);
    ConnectionProfile p;
    p.id = ConnectionProfile::newId();
    p.name = "local";
    p.kind = ui::ProfileKind::LocalWarehouse;
    p.warehouse = QString::fromStdString((local.dir.path() / "warehouse").string());
    auto report = runTest(p, {});
    EXPECT_TRUE(report.ok) << report.text.toStdString();
    EXPECT_TRUE(report.text.contains("first: here"));
}

// An opener that counts its attempts, over the real server.
struct CountingOpener {
    std::shared_ptr<int> calls = std::make_shared<int>(0);
    ui::ConnectionService::Opener opener() const {
        auto inner = plainOpener();
        auto count = calls;
        return [inner, count](const ConnectionProfile& p, Callback<ui::OpenedCatalog> done) {
            ++*count;
            return inner(p, std::move(done));
        };
    }
};

TEST(ConnectionService, OpensOnceForEveryoneWhoAsksAndClosesInOnePlace) {
    ServedWarehouse served;
    served.createTables("db", 1);
    served.start();
    CountingOpener counting;
    ui::ConnectionService service(counting.opener());
    QStringList opened, closed;
    QObject::connect(&service, &ui::ConnectionService::opened,
                     [&](const QString& id, const QStringList&) { opened << id; });
    QObject::connect(&service, &ui::ConnectionService::closed,
                     [&](const QString& id) { closed << id; });
    const ConnectionProfile p = served.profile();
    std::shared_ptr<Catalog> first, second, third;
    (void)service.open(p, [&](Result<std::shared_ptr<Catalog>> c) { first = c.value(); });
    (void)service.open(p, [&](Result<std::shared_ptr<Catalog>> c) { second = c.value(); });
    ASSERT_TRUE(spinUntil([&] { return first && second; }));
    EXPECT_EQ(first, second);
    EXPECT_EQ(*counting.calls, 1);
    EXPECT_EQ(opened, QStringList{p.id});
    EXPECT_EQ(service.catalog(p.id), first);
    // Open already: answered at once, from the same catalog.
    (void)service.open(p, [&](Result<std::shared_ptr<Catalog>> c) { third = c.value(); });
    EXPECT_EQ(third, first);
    EXPECT_EQ(*counting.calls, 1);

    service.close(p.id);
    EXPECT_EQ(closed, QStringList{p.id});
    EXPECT_FALSE(service.isOpen(p.id));
    std::shared_ptr<Catalog> again;
    (void)service.open(p, [&](Result<std::shared_ptr<Catalog>> c) { again = c.value(); });
    ASSERT_TRUE(spinUntil([&] { return again != nullptr; }));
    EXPECT_NE(again, first);  // a new session
    EXPECT_EQ(*counting.calls, 2);
}

TEST(ConnectionService, ACancelledOrClosedOpeningAnswersCancelledOnceAndAFailureIsTriedAgain) {
    ServedWarehouse served;
    served.createTables("db", 1);
    served.start();
    CountingOpener counting;
    ui::ConnectionService service(counting.opener());
    const ConnectionProfile p = served.profile();
    std::vector<ErrorKind> droppedAnswers;
    std::shared_ptr<Catalog> kept;
    Cancellation dropped = service.open(p, [&](Result<std::shared_ptr<Catalog>> c) {
        droppedAnswers.push_back(c ? ErrorKind::ServiceFailure : c.error().kind);
    });
    (void)service.open(p, [&](Result<std::shared_ptr<Catalog>> c) { kept = c.value(); });
    dropped.cancel();  // answered Cancelled at once; the other caller still gets the catalog
    EXPECT_EQ(droppedAnswers, std::vector<ErrorKind>{ErrorKind::Cancelled});
    ASSERT_TRUE(spinUntil([&] { return kept != nullptr; }));
    dropped.cancel();
    EXPECT_EQ(droppedAnswers.size(), 1u);  // once, however often it is cancelled

    // Closed while opening: the caller hears Cancelled once, and the opening's own late
    // answer reaches nobody.
    ConnectionProfile other = served.profile(QStringLiteral("Other"));
    std::vector<ErrorKind> late;
    (void)service.open(other, [&](Result<std::shared_ptr<Catalog>> c) {
        late.push_back(c ? ErrorKind::ServiceFailure : c.error().kind);
    });
    service.close(other.id);
    EXPECT_EQ(late, std::vector<ErrorKind>{ErrorKind::Cancelled});
    EXPECT_EQ(*counting.calls, 2);
    std::shared_ptr<Catalog> fresh;
    (void)service.open(other, [&](Result<std::shared_ptr<Catalog>> c) { fresh = c.value(); });
    ASSERT_TRUE(spinUntil([&] { return fresh != nullptr; }));
    EXPECT_EQ(late.size(), 1u);

    // A failure is not remembered: the next open() tries again.
    ConnectionProfile down = served.profile(QStringLiteral("Down"));
    down.uri = QStringLiteral("http://127.0.0.1:9");
    std::optional<Error> failed;
    (void)service.open(down, [&](Result<std::shared_ptr<Catalog>> c) { failed = c.error(); });
    ASSERT_TRUE(spinUntil([&] { return failed.has_value(); }));
    EXPECT_EQ(failed->kind, ErrorKind::Network);
    EXPECT_FALSE(service.isOpen(down.id));
    const int before = *counting.calls;
    failed.reset();
    (void)service.open(down, [&](Result<std::shared_ptr<Catalog>> c) { failed = c.error(); });
    ASSERT_TRUE(spinUntil([&] { return failed.has_value(); }));
    EXPECT_EQ(*counting.calls, before + 1);
}

TEST(ActivityLog, CurlCommandQuotesForTheShell) {
    RequestRecord r;
    r.method = "POST";
    r.url = "http://h/v1/p/databases";
    r.headers.add("Content-Type", "application/json");
    r.requestBody = R"({"name":"it's"})";
    EXPECT_EQ(ui::ActivityLogModel::curlCommand(r),
              "curl -X POST 'http://h/v1/p/databases' -H 'Content-Type: application/json' "
              "--data-binary '{\"name\":\"it'\\''s\"}'");
}

TEST(ActivityLog, KeepsTheNewestEntriesOnly) {
    ui::ActivityLogModel log;
    RequestRecord r;
    r.method = "GET";
    std::unique_ptr<QAbstractItemModelTester> tester;
    for (int i = 0; i < ui::ActivityLogModel::kMaxEntries + 10; ++i) {
        // The last appends, each removing the oldest at capacity, checked as they happen (a
        // tester from the first would make this test quadratic).
        if (i == ui::ActivityLogModel::kMaxEntries - 2) {
            tester = std::make_unique<QAbstractItemModelTester>(
                &log, QAbstractItemModelTester::FailureReportingMode::Fatal);
        }
        r.url = "http://h/" + std::to_string(i);
        log.append("c", r);
    }
    EXPECT_EQ(log.rowCount(), ui::ActivityLogModel::kMaxEntries);
    EXPECT_EQ(log.entry(0).record.url, "http://h/10");
}

TEST(Profiles, RoundTripThroughSettingsWithoutSecrets) {
    TempDir dir;
    auto settings = settingsIn(dir);
    ConnectionProfile a;
    a.id = ConnectionProfile::newId();
    a.name = "DLF 杭州";
    a.uri = "https://cn-hangzhou-vpc.dlf.aliyuncs.com";
    a.warehouse = "wh $1 %2";
    a.auth = ui::AuthKind::DlfAccessKey;
    a.accessKeyId = "LTAI-id";
    a.signer = ui::SignerChoice::OpenApi;
    a.region = "cn-hangzhou";
    a.headers = {{"X-Team", "data"}};
    a.caFile = "/etc/ca.pem";
    a.timeoutSeconds = 42;
    a.readOnly = true;
    a.production = true;
    a.color = "#ff8800";
    ConnectionProfile b;
    b.id = ConnectionProfile::newId();
    b.name = "local";
    b.kind = ui::ProfileKind::LocalWarehouse;
    b.warehouse = "/data/wh";
    ui::ProfileStore(*settings).save({a, b});
    settings->sync();
    auto loaded = ui::ProfileStore(*settings).load();
    ASSERT_EQ(loaded.size(), 2);
    EXPECT_EQ(loaded[0], a);
    EXPECT_EQ(loaded[1], b);
    // A header that carries credentials would be saved in plain text: refused.
    a.headers.append(qMakePair(QStringLiteral("Authorization"), QStringLiteral("Bearer x")));
    EXPECT_TRUE(a.problem().contains("credentials"));
}

TEST(Profiles, CatalogOptionsCarryTheSecretsOnlyInMemory) {
    ConnectionProfile p;
    p.uri = "http://h";
    p.auth = ui::AuthKind::DlfAccessKey;
    p.accessKeyId = "id";
    p.signer = ui::SignerChoice::Default;
    ui::ProfileSecrets s;
    s.accessKeySecret = "sec";
    s.securityToken = "sts";
    Options o = ui::catalogOptions(p, s);
    EXPECT_EQ(o.at("token.provider"), "dlf");
    EXPECT_EQ(o.at("dlf.access-key-secret"), "sec");
    EXPECT_EQ(o.at("dlf.security-token"), "sts");
    EXPECT_EQ(o.at("dlf.signing-algorithm"), "default");
    EXPECT_EQ(p.secretNames(), (QStringList{"accessKeySecret", "securityToken"}));
}

}  // namespace
}  // namespace paimon::testing
