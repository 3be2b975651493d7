// The logging categories: QT_LOGGING_RULES turns the core's messages on, and no message ever
// holds a secret.
#include <gtest/gtest.h>

#include <QLoggingCategory>
#include <QMutex>
#include <QStringList>

#include "core/catalog/RestCatalog.h"
#include "core/rest/CatalogOptions.h"
#include "core/util/Log.h"
#include "tests/support/Await.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/TempDir.h"
#include "ui/net/Logging.h"
#include "ui/net/QtScheduler.h"
#include "ui/net/QtTransport.h"

namespace paimon {
namespace {

using testing::await;
using testing::ServerProcess;

// Every message Qt is given while alive, as "category: text".
class CapturedMessages {
public:
    CapturedMessages() {
        current() = this;
        previous_ = qInstallMessageHandler(&CapturedMessages::handle);
    }
    ~CapturedMessages() {
        qInstallMessageHandler(previous_);
        current() = nullptr;
        QLoggingCategory::setFilterRules(QString());
        log::setSink(nullptr);
    }
    QStringList lines() const {
        QMutexLocker lock(&mutex_);
        return lines_;
    }
    QStringList inCategory(const QString& category) const {
        QStringList out;
        for (const QString& l : lines())
            if (l.startsWith(category + QStringLiteral(": "))) out << l;
        return out;
    }

private:
    static CapturedMessages*& current() {
        static CapturedMessages* c = nullptr;
        return c;
    }
    static void handle(QtMsgType, const QMessageLogContext& context, const QString& text) {
        if (CapturedMessages* c = current()) {
            QMutexLocker lock(&c->mutex_);
            c->lines_ << QString::fromLatin1(context.category) + QStringLiteral(": ") + text;
        }
    }
    mutable QMutex mutex_;
    QStringList lines_;
    QtMessageHandler previous_ = nullptr;
};

class LoggingTest : public ::testing::Test {
protected:
    void SetUp() override {
        server = std::make_unique<ServerProcess>(
            QStringList{"--warehouse", QString::fromStdString((dir.path() / "wh").string()),
                        "--auth", "bearer", "--token", "s3cret-token-4711"});
    }
    Result<std::shared_ptr<RestCatalog>> open() {
        RestCatalog::Setup setup;
        setup.options = {{opt::kUri, server->url()},
                         {opt::kTokenProvider, "bear"},
                         {opt::kToken, "s3cret-token-4711"},
                         {std::string(opt::kHeaderPrefix) + "X-Trace", "trace-me"}};
        setup.transport = std::make_shared<QtTransport>();
        setup.scheduler = std::make_shared<QtScheduler>();
        return await<std::shared_ptr<RestCatalog>>(
            [&](auto cb) { return RestCatalog::open(setup, std::move(cb)); });
    }

    testing::TempDir dir;
    std::unique_ptr<ServerProcess> server;
};

TEST_F(LoggingTest, TheRulesTurnOnEachRequestAndNoMessageHoldsASecret) {
    CapturedMessages captured;
    installCoreLogging();
    QLoggingCategory::setFilterRules(QStringLiteral("paimon.*=true"));
    auto catalog = open();
    ASSERT_TRUE(catalog.ok()) << catalog.error().describe();
    ASSERT_TRUE(
        await<Unit>([&](auto cb) { return (*catalog)->createDatabase("db", {}, cb); }).ok());
    auto missing = await<TableInfo>([&](auto cb) { return (*catalog)->getTable({"db", "t"}, cb); });
    ASSERT_FALSE(missing.ok());

    const QStringList rest = captured.inCategory(QStringLiteral("paimon.rest"));
    ASSERT_GE(rest.size(), 3) << captured.lines().join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(
        rest.filter(QStringLiteral("GET ")).filter(QStringLiteral("/v1/config -> 200")).size() == 1)
        << rest.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(
        rest.filter(QStringLiteral("POST ")).filter(QStringLiteral("/databases -> 200")).size(), 1);
    EXPECT_EQ(rest.filter(QStringLiteral("/databases/db/tables/t -> 404")).size(), 1);
    EXPECT_FALSE(captured.inCategory(QStringLiteral("paimon.catalog")).isEmpty());
    for (const QString& line : captured.lines()) {
        EXPECT_FALSE(line.contains(QStringLiteral("s3cret-token-4711"))) << line.toStdString();
        EXPECT_FALSE(line.contains(QStringLiteral("Bearer"))) << line.toStdString();
    }
}

TEST_F(LoggingTest, WithoutRulesTheDebugMessagesAreNotEvenBuilt) {
    CapturedMessages captured;
    installCoreLogging();
    EXPECT_FALSE(log::enabled(log::kRest, log::Level::Debug));
    bool built = false;
    log::debug(log::kRest, [&] {
        built = true;
        return std::string("never");
    });
    EXPECT_FALSE(built);
    auto catalog = open();
    ASSERT_TRUE(catalog.ok()) << catalog.error().describe();
    // By default a program says nothing on its standard error but warnings: no line of ours.
    for (const QString& line : captured.lines())
        EXPECT_FALSE(line.startsWith(QStringLiteral("paimon."))) << line.toStdString();
    QLoggingCategory::setFilterRules(QStringLiteral("paimon.rest.debug=true"));
    EXPECT_TRUE(log::enabled(log::kRest, log::Level::Debug));
    EXPECT_FALSE(log::enabled(log::kAuth, log::Level::Debug));
}

}  // namespace
}  // namespace paimon
