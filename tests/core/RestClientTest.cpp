#include <gtest/gtest.h>

#include "core/auth/AuthProvider.h"
#include "core/rest/ErrorMapping.h"
#include "core/rest/RestClient.h"
#include "tests/support/FakeTransport.h"

namespace paimon {
namespace {

using testing::FakeTransport;
using testing::ManualScheduler;

// Counts how often it was asked, and stamps each attempt differently (a fresh signature).
class CountingAuth final : public AuthProvider {
public:
    Cancellation authenticate(HttpRequest request, Callback done) override {
        request.headers.set("Authorization", "sig-" + std::to_string(++calls));
        done(std::move(request));
        return {};
    }
    std::string describe() const override { return "counting"; }
    int calls = 0;
};

struct Fixture {
    std::shared_ptr<ManualScheduler> scheduler = std::make_shared<ManualScheduler>();
    std::shared_ptr<FakeTransport> transport = std::make_shared<FakeTransport>(scheduler);
    std::shared_ptr<CountingAuth> auth = std::make_shared<CountingAuth>();
    std::vector<RequestRecord> records;
    std::shared_ptr<RestClient> client;

    Fixture() {
        RestClientOptions o;
        o.baseUrl = "http://h:1";
        o.baseHeaders.set("User-Agent", "test");
        o.random = [] { return 0.5; };
        o.observer = [this](const RequestRecord& r) { records.push_back(r); };
        client = std::make_shared<RestClient>(transport, scheduler, auth, o);
    }

    std::optional<Result<HttpResponse>> run(std::string method,
                                            std::optional<std::string> body = {}) {
        std::optional<Result<HttpResponse>> out;
        int calls = 0;
        client->execute(method, "/v1/x", {}, std::move(body), [&](Result<HttpResponse> r) {
            ++calls;
            out = std::move(r);
        });
        scheduler->advance(Millis(10 * 60 * 1000));
        EXPECT_LE(calls, 1);
        return out;
    }
};

HttpResponse status(int code, Headers h = {}) {
    return FakeTransport::json(code, "", std::move(h));
}

TEST(RestClient, SuccessIsExactly200_202_204) {
    for (int code : {200, 202, 204}) {
        Fixture f;
        f.transport->enqueue(status(code));
        auto r = f.run("GET");
        ASSERT_TRUE(r && r->ok()) << code;
        ASSERT_EQ(f.records.size(), 1u);
        EXPECT_EQ(f.records[0].status, code);
        EXPECT_TRUE(f.records[0].outcome.empty());
    }
    Fixture f;
    f.transport->enqueue(FakeTransport::json(201, "{}"));
    auto r = f.run("GET");
    ASSERT_TRUE(r && !r->ok());
    EXPECT_EQ(r->error().kind, ErrorKind::UnexpectedStatus);
    EXPECT_EQ(r->error().httpStatus, 201);
}

// PROTOCOL.md §10.13: a body is declared JSON whatever the auth provider (here one that adds no
// Content-Type of its own); a request without a body carries none. The client names itself.
TEST(RestClient, EveryBodyIsDeclaredJsonAndTheClientNamesItself) {
    auto scheduler = std::make_shared<ManualScheduler>();
    auto transport = std::make_shared<FakeTransport>(scheduler);
    RestClientOptions o;
    o.baseUrl = "http://h:1";
    auto client =
        std::make_shared<RestClient>(transport, scheduler, std::make_shared<CountingAuth>(), o);
    for (const char* method : {"POST", "DELETE", "GET"}) {
        transport->enqueue(status(200));
        std::optional<std::string> body;
        if (std::string(method) != "GET") body = R"({"name":"x"})";
        client->execute(method, "/v1/x", {}, body, [](Result<HttpResponse>) {});
        scheduler->advance(Millis(1000));
        const HttpRequest& sent = transport->last();
        EXPECT_EQ(sent.headers.get("Content-Type"),
                  body ? std::optional<std::string>("application/json") : std::nullopt)
            << method;
        std::string agent = sent.headers.get("User-Agent").value_or("");
        EXPECT_EQ(agent.rfind("paimon-catalog-browser/", 0), 0u) << agent;
        EXPECT_GT(agent.size(), std::string("paimon-catalog-browser/").size());
    }
    // header.User-Agent (a base header) wins over the default.
    Fixture f;
    f.transport->enqueue(status(200));
    f.run("POST", "{}");
    EXPECT_EQ(f.transport->last().headers.get("User-Agent"), "test");
    EXPECT_EQ(f.transport->last().headers.get("Content-Type"), "application/json");
}

TEST(RestClient, StampsBaseHeadersAndAuthOnEveryAttempt) {
    Fixture f;
    f.transport->enqueue(status(503));
    f.transport->enqueue(status(200));
    auto r = f.run("POST", "{}");
    ASSERT_TRUE(r && r->ok());
    ASSERT_EQ(f.transport->requests().size(), 2u);
    EXPECT_EQ(f.transport->requests()[0].headers.get("Authorization"), "sig-1");
    EXPECT_EQ(f.transport->requests()[1].headers.get("Authorization"), "sig-2");
    EXPECT_EQ(f.transport->requests()[1].headers.get("User-Agent"), "test");
    EXPECT_EQ(f.transport->requests()[1].body, "{}");
}

TEST(RestClient, RetriesTooManyRequestsWithExponentialBackoff) {
    Fixture f;
    for (int i = 0; i < 10; ++i)
        f.transport->enqueue(status(429));
    std::optional<Result<HttpResponse>> out;
    f.client->execute("GET", "/v1/x", {}, std::nullopt, [&](Result<HttpResponse> r) { out = r; });
    f.scheduler->runReady();
    // Backoff 1 s, 2 s, 4 s, 8 s, 16 s, each plus 5 % (random 0.5 x 10 %).
    for (int64_t wait : {1050, 2100, 4200, 8400, 16800}) {
        ASSERT_FALSE(out.has_value());
        EXPECT_EQ(f.scheduler->nextDelay(), Millis(wait));
        f.scheduler->advance(Millis(wait));
    }
    ASSERT_TRUE(out.has_value());
    ASSERT_FALSE(out->ok());
    EXPECT_EQ(out->error().httpStatus, 429);
    EXPECT_EQ(f.transport->requests().size(), 6u);  // 1 + 5 retries
    EXPECT_EQ(f.records.size(), 6u);
    EXPECT_EQ(f.records.back().attempt, 6);
    EXPECT_EQ(f.records.back().status, 429);
    EXPECT_EQ(f.records.back().url, "http://h:1/v1/x");
    EXPECT_NE(f.records.back().outcome.find("HTTP 429"), std::string::npos);
    // The log sees that a credential was sent, never the credential.
    EXPECT_EQ(f.records.back().headers.get("Authorization"), "***");
    EXPECT_EQ(f.transport->requests().back().headers.get("Authorization"), "sig-6");
}

TEST(RestClient, HonoursRetryAfterSecondsAndDates) {
    Fixture f;
    Headers h;
    h.set("Retry-After", "7");
    f.transport->enqueue(status(503, h));
    Headers d;
    d.set("Retry-After", formatRfc1123(f.scheduler->now() + std::chrono::seconds(30)));
    f.transport->enqueue(status(503, d));
    f.transport->enqueue(status(200));
    std::optional<Result<HttpResponse>> out;
    f.client->execute("POST", "/v1/x", {}, "{}", [&](Result<HttpResponse> r) { out = r; });
    f.scheduler->runReady();
    EXPECT_EQ(f.scheduler->nextDelay(), Millis(7000));
    f.scheduler->advance(Millis(7000));
    EXPECT_EQ(f.scheduler->nextDelay(), Millis(23000));  // 30 s after the start, 7 s have passed
    f.scheduler->advance(Millis(23000));
    ASSERT_TRUE(out && out->ok());
}

TEST(RestClient, DoesNotRetryOtherStatuses) {
    for (int code : {400, 401, 403, 404, 409, 500, 501}) {
        Fixture f;
        f.transport->enqueue(status(code));
        auto r = f.run("GET");
        ASSERT_TRUE(r && !r->ok());
        EXPECT_EQ(f.transport->requests().size(), 1u) << code;
    }
}

TEST(RestClient, IoRetriesOnlyForIdempotentMethodsAndRetryableFailures) {
    {
        Fixture f;
        f.transport->enqueue(TransportError{TransportFailure::ConnectionReset, "reset"});
        f.transport->enqueue(status(200));
        auto r = f.run("GET");
        ASSERT_TRUE(r && r->ok());
        EXPECT_EQ(f.transport->requests().size(), 2u);
    }
    {
        Fixture f;
        f.transport->enqueue(TransportError{TransportFailure::ConnectionReset, "reset"});
        auto r = f.run("POST", "{}");
        ASSERT_TRUE(r && !r->ok());
        EXPECT_EQ(r->error().kind, ErrorKind::Network);
        EXPECT_EQ(f.transport->requests().size(), 1u);
    }
    for (TransportFailure never :
         {TransportFailure::Timeout, TransportFailure::HostNotFound,
          TransportFailure::ConnectionRefused, TransportFailure::ConnectionClosed,
          TransportFailure::Tls, TransportFailure::Redirect}) {
        Fixture f;
        f.transport->enqueue(TransportError{never, "x"});
        auto r = f.run("GET");
        ASSERT_TRUE(r && !r->ok());
        EXPECT_EQ(f.transport->requests().size(), 1u);
    }
    Fixture f;
    f.transport->enqueue(TransportError{TransportFailure::Timeout, "no answer in 3 s"});
    auto r = f.run("GET");
    EXPECT_EQ(r->error().kind, ErrorKind::Timeout);
    f.transport->enqueue(TransportError{TransportFailure::Tls, "self-signed certificate"});
    r = f.run("GET");
    EXPECT_EQ(r->error().kind, ErrorKind::Tls);
    EXPECT_NE(r->error().message.find("self-signed"), std::string::npos);
}

TEST(RestClient, CancelDuringBackoffEndsWithCancelledOnce) {
    Fixture f;
    f.transport->enqueue(status(503));
    int calls = 0;
    std::optional<Result<HttpResponse>> out;
    Cancellation c =
        f.client->execute("GET", "/v1/x", {}, std::nullopt, [&](Result<HttpResponse> r) {
            ++calls;
            out = r;
        });
    f.scheduler->runReady();
    ASSERT_FALSE(out.has_value());
    c.cancel();
    c.cancel();
    f.scheduler->advance(Millis(60000));
    EXPECT_EQ(calls, 1);
    EXPECT_EQ(out->error().kind, ErrorKind::Cancelled);
    EXPECT_EQ(f.transport->requests().size(), 1u);  // no retry after the cancel
}

TEST(RestClient, CancelInFlight) {
    Fixture f;
    f.transport->setLatency(Millis(5000));
    f.transport->enqueue(status(200));
    int calls = 0;
    std::optional<Result<HttpResponse>> out;
    Cancellation c =
        f.client->execute("GET", "/v1/x", {}, std::nullopt, [&](Result<HttpResponse> r) {
            ++calls;
            out = r;
        });
    f.scheduler->advance(Millis(100));
    c.cancel();
    f.scheduler->advance(Millis(10000));
    EXPECT_EQ(calls, 1);
    EXPECT_EQ(out->error().kind, ErrorKind::Cancelled);
}

TEST(ErrorMapping, BodyCodeWinsAndRequestIdIsKept) {
    HttpResponse r;
    r.status = 500;
    r.headers.set("x-request-id", "req-42");
    r.body =
        R"j({"message":"Table t does not exist","resourceType":"TABLE","resourceName":"t","code":404})j";
    Error e = errorFromResponse(r);
    EXPECT_EQ(e.kind, ErrorKind::NotFound);
    EXPECT_EQ(e.httpStatus, 500);
    EXPECT_EQ(e.requestId, "req-42");
    EXPECT_EQ(e.resourceType, "TABLE");
    EXPECT_EQ(e.resourceName, "t");
    EXPECT_NE(e.describe().find("requestId: req-42"), std::string::npos);

    const std::vector<std::pair<int, ErrorKind>> kinds = {
        {400, ErrorKind::BadRequest},       {401, ErrorKind::NotAuthorized},
        {403, ErrorKind::Forbidden},        {404, ErrorKind::NotFound},
        {409, ErrorKind::AlreadyExists},    {500, ErrorKind::ServiceFailure},
        {501, ErrorKind::NotImplemented},   {503, ErrorKind::ServiceUnavailable},
        {405, ErrorKind::UnexpectedStatus}, {406, ErrorKind::UnexpectedStatus}};
    for (auto [code, kind] : kinds) {
        HttpResponse s;
        s.status = code;
        EXPECT_EQ(errorFromResponse(s).kind, kind) << code;
    }
}

TEST(ErrorMapping, UnparsableBodiesAreNeverEchoed) {
    HttpResponse r;
    r.status = 401;
    r.body = "<html>Bearer sk-very-secret</html>";
    Error e = errorFromResponse(r);
    EXPECT_EQ(e.kind, ErrorKind::NotAuthorized);
    EXPECT_EQ(e.describe().find("sk-very-secret"), std::string::npos);
    EXPECT_NE(e.message.find("401"), std::string::npos);
}

TEST(RetryPolicy, RetryAfterParsing) {
    SystemTime now = fromEpochMillis(1700000000000);
    EXPECT_EQ(parseRetryAfter("3", now), Millis(3000));
    EXPECT_FALSE(parseRetryAfter("0", now).has_value());
    EXPECT_FALSE(parseRetryAfter("-5", now).has_value());
    EXPECT_FALSE(parseRetryAfter("soon", now).has_value());
    EXPECT_EQ(parseRetryAfter(formatRfc1123(now + std::chrono::seconds(12)), now), Millis(12000));
    EXPECT_FALSE(parseRetryAfter(formatRfc1123(now - std::chrono::seconds(12)), now).has_value());
    RetryPolicy p;
    EXPECT_EQ(p.backoff(1, 0.0), Millis(1000));
    EXPECT_EQ(p.backoff(8, 0.0), Millis(64000));
    EXPECT_EQ(p.backoff(20, 0.0), Millis(64000));
    EXPECT_LT(p.backoff(1, 0.999), Millis(1100));
}

}  // namespace
}  // namespace paimon
