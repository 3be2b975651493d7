#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "core/auth/DlfAuthProvider.h"
#include "core/auth/DlfToken.h"
#include "core/rest/AuthFactory.h"
#include "tests/support/FakeTransport.h"

namespace paimon {
namespace {

using testing::FakeTransport;
using testing::ManualScheduler;

// A loader the test completes by hand, counting loads.
class ScriptedLoader final : public DlfTokenLoader {
public:
    Cancellation load(Callback done) override {
        ++loads;
        pending.push_back(std::move(done));
        return Cancellation([this] { ++cancels; });
    }
    std::string describe() const override { return "scripted"; }
    void complete(Result<DlfCredentials> r) {
        auto all = std::move(pending);
        pending.clear();
        for (auto& cb : all)
            cb(r);
    }
    int loads = 0;
    int cancels = 0;
    std::vector<Callback> pending;
};

DlfCredentials creds(const std::string& id, std::optional<int64_t> exp = std::nullopt) {
    return {id, "secret-" + id, "sts-" + id, exp};
}

HttpRequest get() {
    HttpRequest r;
    r.method = "GET";
    r.baseUrl = "http://h";
    r.path = "/v1/config";
    return r;
}

struct AuthFixture {
    std::shared_ptr<ManualScheduler> scheduler = std::make_shared<ManualScheduler>();
    std::shared_ptr<ScriptedLoader> loader = std::make_shared<ScriptedLoader>();
    std::shared_ptr<DlfAuthProvider> provider = std::make_shared<DlfAuthProvider>(
        loader, DlfSignerKind::Default, "cn-hangzhou", "h", scheduler);

    std::vector<Result<HttpRequest>> results;
    Cancellation ask() {
        return provider->authenticate(get(),
                                      [this](Result<HttpRequest> r) { results.push_back(r); });
    }
};

TEST(DlfAuthProvider, ConcurrentRequestsShareOneLoad) {
    AuthFixture f;
    f.ask();
    f.ask();
    f.ask();
    EXPECT_EQ(f.loader->loads, 1);
    EXPECT_TRUE(f.results.empty());
    f.loader->complete(creds("a"));
    ASSERT_EQ(f.results.size(), 3u);
    for (auto& r : f.results) {
        ASSERT_TRUE(r.ok());
        EXPECT_NE(r->headers.get("Authorization")->find("Credential=a/"), std::string::npos);
        EXPECT_EQ(r->headers.get("x-dlf-security-token"), "sts-a");
    }
    // A token without expiration is never reloaded.
    f.scheduler->advance(Millis(std::chrono::hours(24 * 30)));
    f.ask();
    EXPECT_EQ(f.loader->loads, 1);
    EXPECT_EQ(f.results.size(), 4u);
}

TEST(DlfAuthProvider, RefreshesOneHourBeforeExpiry) {
    AuthFixture f;
    int64_t now = toEpochMillis(f.scheduler->now());
    int64_t expiry = now + 2 * 3600 * 1000;
    f.ask();
    f.loader->complete(creds("a", expiry));
    ASSERT_EQ(f.results.size(), 1u);
    // 59 minutes later: still more than an hour left; no reload.
    f.scheduler->advance(Millis(59 * 60 * 1000));
    f.ask();
    EXPECT_EQ(f.loader->loads, 1);
    EXPECT_EQ(f.results.size(), 2u);
    // Past the margin: the next request waits for a new token and is signed with it.
    f.scheduler->advance(Millis(2 * 60 * 1000));
    f.ask();
    EXPECT_EQ(f.loader->loads, 2);
    EXPECT_EQ(f.results.size(), 2u);
    f.loader->complete(creds("b", expiry + 6 * 3600 * 1000));
    ASSERT_EQ(f.results.size(), 3u);
    EXPECT_NE(f.results[2]->headers.get("Authorization")->find("Credential=b/"), std::string::npos);
}

TEST(DlfAuthProvider, LoadErrorsReachEveryWaiterAndNothingIsSignedUnsigned) {
    AuthFixture f;
    f.ask();
    f.ask();
    f.loader->complete(makeError(ErrorKind::Io, "metadata service down"));
    ASSERT_EQ(f.results.size(), 2u);
    for (auto& r : f.results) {
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().kind, ErrorKind::Credentials);
        EXPECT_NE(r.error().message.find("metadata service down"), std::string::npos);
    }
    // The next request tries to load again.
    f.ask();
    EXPECT_EQ(f.loader->loads, 2);
    f.loader->complete(creds("c"));
    ASSERT_TRUE(f.results.back().ok());
}

TEST(DlfAuthProvider, RefreshFailureIsAnErrorNotAStaleSignature) {
    AuthFixture f;
    int64_t now = toEpochMillis(f.scheduler->now());
    f.ask();
    f.loader->complete(creds("a", now + 30 * 60 * 1000));  // already inside the margin
    f.ask();
    f.loader->complete(makeError(ErrorKind::Credentials, "refresh failed"));
    ASSERT_EQ(f.results.size(), 2u);
    EXPECT_FALSE(f.results[1].ok());
}

TEST(DlfAuthProvider, CancellingTheLastWaiterAbandonsTheLoad) {
    AuthFixture f;
    Cancellation c = f.ask();
    c.cancel();
    ASSERT_EQ(f.results.size(), 1u);
    EXPECT_EQ(f.results[0].error().kind, ErrorKind::Cancelled);
    EXPECT_EQ(f.loader->cancels, 1);
    f.loader->complete(creds("late"));  // arrives after; nobody gets a second callback
    EXPECT_EQ(f.results.size(), 1u);
}

TEST(DlfAuthProvider, OpenApiSignerIsUsedWhenChosen) {
    auto scheduler = std::make_shared<ManualScheduler>();
    auto loader = std::make_shared<StaticTokenLoader>(creds("k"), scheduler);
    auto provider = std::make_shared<DlfAuthProvider>(loader, DlfSignerKind::OpenApi, "cn-beijing",
                                                      "dlfnext.cn-beijing.aliyuncs.com", scheduler);
    int n = 0;
    provider->setNonceSource([&n] { return "nonce-" + std::to_string(++n); });
    std::vector<HttpRequest> out;
    for (int i = 0; i < 2; ++i) {
        provider->authenticate(get(), [&](Result<HttpRequest> r) { out.push_back(r.value()); });
        scheduler->runReady();
    }
    ASSERT_EQ(out.size(), 2u);
    EXPECT_EQ(out[0].headers.get("Authorization")->rfind("acs k:", 0), 0u);
    EXPECT_EQ(out[0].headers.get("Host"), "dlfnext.cn-beijing.aliyuncs.com");
    EXPECT_EQ(out[0].headers.get("x-acs-signature-nonce"), "nonce-1");
    EXPECT_EQ(out[1].headers.get("x-acs-signature-nonce"), "nonce-2");
    EXPECT_NE(out[0].headers.get("Authorization"), out[1].headers.get("Authorization"));
}

TEST(DlfToken, Parses) {
    auto c = parseDlfToken(R"j({"AccessKeyId":"id","AccessKeySecret":"s","SecurityToken":"t",
                               "Expiration":"2025-04-16T03:44:46Z","Code":"Success"})j");
    ASSERT_TRUE(c.ok());
    EXPECT_EQ(c->accessKeyId, "id");
    EXPECT_EQ(c->securityToken, "t");
    EXPECT_EQ(c->expirationMillis, toEpochMillis(*parseIso8601Utc("2025-04-16T03:44:46Z")));
    c = parseDlfToken(R"j({"AccessKeyId":"id","AccessKeySecret":"s"})j");
    ASSERT_TRUE(c.ok());
    EXPECT_FALSE(c->expirationMillis.has_value());
    EXPECT_FALSE(c->securityToken.has_value());
    c = parseDlfToken(R"j({"AccessKeyId":"id","AccessKeySecret":"s","ExpirationAt":123})j");
    EXPECT_EQ(c->expirationMillis, 123);
    c = parseDlfToken(
        R"j({"AccessKeyId":"id","AccessKeySecret":"s","Expiration":"2025-04-16T03:44:46Z","ExpirationAt":1})j");
    EXPECT_NE(c->expirationMillis, 1);
    // Errors never include the text, which holds secrets.
    c = parseDlfToken(
        R"j({"AccessKeyId":"id","AccessKeySecret":"TOPSECRET","Expiration":"tomorrow"})j");
    ASSERT_FALSE(c.ok());
    EXPECT_EQ(c.error().message.find("TOPSECRET"), std::string::npos);
    c = parseDlfToken("TOPSECRET not json");
    ASSERT_FALSE(c.ok());
    EXPECT_EQ(c.error().message.find("TOPSECRET"), std::string::npos);
    EXPECT_FALSE(parseDlfToken(R"j({"AccessKeyId":"id"})j").ok());
}

struct TempFile {
    std::filesystem::path path = std::filesystem::temp_directory_path() /
                                 ("pcb-token-" + std::to_string(::getpid()) + "-" +
                                  std::to_string(reinterpret_cast<uintptr_t>(this)) + ".json");
    ~TempFile() { std::filesystem::remove(path); }
    void write(const std::string& text) { std::ofstream(path) << text; }
};

TEST(LocalFileTokenLoader, RetriesWithJavasDelaysThenSucceeds) {
    auto scheduler = std::make_shared<ManualScheduler>();
    TempFile file;
    file.write("{ half written");
    auto loader = std::make_shared<LocalFileTokenLoader>(file.path.string(), scheduler);
    std::optional<Result<DlfCredentials>> out;
    loader->load([&](Result<DlfCredentials> r) { out = r; });
    scheduler->runReady();
    EXPECT_FALSE(out.has_value());
    EXPECT_EQ(scheduler->nextDelay(), Millis(1000));
    scheduler->advance(Millis(1000));
    EXPECT_EQ(scheduler->nextDelay(), Millis(2000));
    file.write(R"j({"AccessKeyId":"id","AccessKeySecret":"s"})j");
    scheduler->advance(Millis(2000));
    ASSERT_TRUE(out.has_value());
    ASSERT_TRUE(out->ok());
    EXPECT_EQ((*out)->accessKeyId, "id");
}

TEST(LocalFileTokenLoader, GivesUpAfterFiveRetriesWithTheLastError) {
    auto scheduler = std::make_shared<ManualScheduler>();
    auto loader = std::make_shared<LocalFileTokenLoader>("/nonexistent/token.json", scheduler);
    std::optional<Result<DlfCredentials>> out;
    loader->load([&](Result<DlfCredentials> r) { out = r; });
    scheduler->advance(Millis(14999));
    EXPECT_FALSE(out.has_value());  // 1+2+3+4+5 s of waiting
    scheduler->advance(Millis(1));
    ASSERT_TRUE(out.has_value());
    ASSERT_FALSE(out->ok());
    EXPECT_EQ(out->error().kind, ErrorKind::Credentials);
    EXPECT_NE(out->error().message.find("/nonexistent/token.json"), std::string::npos);
}

TEST(EcsTokenLoader, DiscoversTheRoleOnceThenFetchesTokens) {
    auto scheduler = std::make_shared<ManualScheduler>();
    auto transport = std::make_shared<FakeTransport>(scheduler);
    transport->setHandler([](const HttpRequest& r) -> TransportResult {
        if (r.url() == "http://meta/creds/") return FakeTransport::json(200, "my-role\n");
        if (r.url() == "http://meta/creds/my-role") {
            return FakeTransport::json(
                200,
                R"j({"AccessKeyId":"ecs","AccessKeySecret":"s","SecurityToken":"t","Expiration":"2030-01-01T00:00:00Z","Code":"Success"})j");
        }
        return FakeTransport::json(404, "");
    });
    auto loader = std::make_shared<EcsTokenLoader>(transport, "http://meta/creds", "");
    std::vector<Result<DlfCredentials>> out;
    loader->load([&](Result<DlfCredentials> r) { out.push_back(r); });
    scheduler->runReady();
    loader->load([&](Result<DlfCredentials> r) { out.push_back(r); });
    scheduler->runReady();
    ASSERT_EQ(out.size(), 2u);
    ASSERT_TRUE(out[0].ok()) << out[0].error().message;
    EXPECT_EQ(out[0]->accessKeyId, "ecs");
    EXPECT_EQ(out[0]->securityToken, "t");
    ASSERT_EQ(transport->requests().size(), 3u);  // role once, token twice
    EXPECT_FALSE(transport->requests()[0].headers.contains("Authorization"));
}

TEST(EcsTokenLoader, MetadataFailuresAreCredentialsErrors) {
    auto scheduler = std::make_shared<ManualScheduler>();
    auto transport = std::make_shared<FakeTransport>(scheduler);
    transport->enqueue(FakeTransport::json(500, "boom"));
    auto loader = std::make_shared<EcsTokenLoader>(transport, "http://meta/", "role");
    std::optional<Result<DlfCredentials>> out;
    loader->load([&](Result<DlfCredentials> r) { out = r; });
    scheduler->runReady();
    ASSERT_TRUE(out && !out->ok());
    EXPECT_EQ(out->error().kind, ErrorKind::Credentials);
    EXPECT_EQ(out->error().httpStatus, 500);
}

TEST(AuthFactory, ChoosesProvidersAsJavaDoes) {
    auto scheduler = std::make_shared<ManualScheduler>();
    auto transport = std::make_shared<FakeTransport>(scheduler);
    auto make = [&](Options o) { return createAuthProvider(o, transport, scheduler); };
    EXPECT_EQ(make({})->get()->describe(), "none");
    EXPECT_EQ(make({{"token.provider", "bear"}, {"token", "t"}})->get()->describe(),
              "bearer token");
    EXPECT_FALSE(make({{"token.provider", "bear"}}).ok());
    EXPECT_FALSE(make({{"token.provider", "kerberos"}}).ok());

    Options dlf = {{"token.provider", "dlf"},
                   {"uri", "https://cn-hangzhou-vpc.dlf.aliyuncs.com"},
                   {"dlf.access-key-id", "id"},
                   {"dlf.access-key-secret", "s"}};
    auto p = make(dlf);
    ASSERT_TRUE(p.ok()) << p.error().message;
    auto* d = dynamic_cast<DlfAuthProvider*>(p->get());
    ASSERT_NE(d, nullptr);
    EXPECT_EQ(d->region(), "cn-hangzhou");
    EXPECT_EQ(d->signerKind(), DlfSignerKind::Default);
    EXPECT_NE(d->describe().find("access key"), std::string::npos);

    auto dlfOf = [&](const Options& o) {
        auto r = make(o);
        EXPECT_TRUE(r.ok()) << r.error().message;
        return std::dynamic_pointer_cast<DlfAuthProvider>(r.value());
    };
    Options next = dlf;
    next["uri"] = "https://dlfnext.cn-beijing.aliyuncs.com";
    EXPECT_EQ(dlfOf(next)->signerKind(), DlfSignerKind::OpenApi);
    next["dlf.signing-algorithm"] = "default";
    EXPECT_EQ(dlfOf(next)->signerKind(), DlfSignerKind::Default);

    Options local = dlf;
    local["uri"] = "http://127.0.0.1:8080";
    auto noRegion = make(local);
    ASSERT_FALSE(noRegion.ok());
    EXPECT_NE(noRegion.error().message.find("dlf.region"), std::string::npos);
    local["dlf.region"] = "cn-shanghai";
    EXPECT_EQ(dlfOf(local)->region(), "cn-shanghai");

    // Precedence: token loader > token path > static keys.
    Options file = dlf;
    file["dlf.token-path"] = "/tmp/x.json";
    EXPECT_NE(make(file)->get()->describe().find("token file"), std::string::npos);
    file["dlf.token-loader"] = "ecs";
    EXPECT_NE(make(file)->get()->describe().find("ECS"), std::string::npos);
    Options none = {{"token.provider", "dlf"}, {"uri", "https://cn-hangzhou.dlf.aliyuncs.com"}};
    EXPECT_FALSE(make(none).ok());
}

}  // namespace
}  // namespace paimon
