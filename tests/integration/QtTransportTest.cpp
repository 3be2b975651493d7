// Both transports (QtTransport for the browser, HttplibTransport for the command line) against
// small real HTTP servers (cpp-httplib on loopback), for what a catalog server does not do:
// redirects, stalls, huge bodies, echoing exactly what arrived. One contract, both must keep it.
#include <gtest/gtest.h>
#include <httplib.h>

#include <QElapsedTimer>

#include <thread>

#include "app/net/HttplibTransport.h"
#include "tests/support/Await.h"
#include "ui/net/QtScheduler.h"
#include "ui/net/QtTransport.h"

namespace paimon {
namespace {

class LocalHttpServer {
public:
    explicit LocalHttpServer(const std::function<void(httplib::Server&)>& routes) {
        routes(server_);
        port_ = server_.bind_to_any_port("127.0.0.1");
        thread_ = std::thread([this] { server_.listen_after_bind(); });
        while (!server_.is_running())
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    ~LocalHttpServer() {
        server_.stop();
        thread_.join();
    }
    std::string base() const { return "http://127.0.0.1:" + std::to_string(port_); }
    int port() const { return port_; }

private:
    httplib::Server server_;
    int port_ = 0;
    std::thread thread_;
};

// Makes the transport under test, with a CA file and a response limit, and says why the CA
// file cannot be used.
struct QtMaker {
    std::shared_ptr<Transport> make(const std::string& caFile = {},
                                    size_t maxResponseBytes = size_t{32} << 20) {
        QtTransportSettings settings;
        settings.caFile = QString::fromStdString(caFile);
        settings.maxResponseBytes = static_cast<qint64>(maxResponseBytes);
        auto t = std::make_shared<QtTransport>(settings);
        caProblem = t->caFileProblem().toStdString();
        return t;
    }
    std::string caProblem;
};

struct HttplibMaker {
    std::shared_ptr<Transport> make(const std::string& caFile = {},
                                    size_t maxResponseBytes = size_t{32} << 20) {
        HttplibTransportSettings settings;
        settings.caFile = caFile;
        settings.maxResponseBytes = maxResponseBytes;
        auto t = std::make_shared<HttplibTransport>(std::make_shared<QtScheduler>(), settings);
        caProblem = t->caFileProblem();
        return t;
    }
    std::string caProblem;
};

template <class Maker>
class TransportContract : public ::testing::Test {
protected:
    Maker maker;
};
using Transports = ::testing::Types<QtMaker, HttplibMaker>;
class TransportNames {
public:
    template <class T>
    static std::string GetName(int) {
        return std::is_same_v<T, QtMaker> ? "QtTransport" : "HttplibTransport";
    }
};
TYPED_TEST_SUITE(TransportContract, Transports, TransportNames);

TransportResult sendAndWait(Transport& transport, HttpRequest request, Cancellation* out = nullptr,
                            int timeoutMs = 20000) {
    std::optional<TransportResult> result;
    int calls = 0;
    Cancellation c = transport.send(std::move(request), [&](TransportResult r) {
        ++calls;
        result = std::move(r);
    });
    if (out) *out = c;
    EXPECT_FALSE(result.has_value()) << "called inside send()";
    EXPECT_TRUE(testing::spinUntil([&] { return result.has_value(); }, timeoutMs));
    EXPECT_EQ(calls, 1);
    return result.value_or(TransportError{TransportFailure::Other, "no result"});
}

HttpRequest request(const std::string& base, std::string method, std::string path) {
    HttpRequest r;
    r.method = std::move(method);
    r.baseUrl = base;
    r.path = std::move(path);
    return r;
}

TYPED_TEST(TransportContract, SendsTheBodyAndHeadersExactlyAsGiven) {
    LocalHttpServer server([](httplib::Server& s) {
        s.Post("/echo", [](const httplib::Request& req, httplib::Response& res) {
            std::string out = req.get_header_value("Content-Type") + "\n" +
                              req.get_header_value("Content-MD5") + "\n" + req.target + "\n" +
                              req.body;
            res.set_header("x-request-id", "req-42");
            res.set_content(out, "text/plain");
        });
    });
    auto transport = this->maker.make();
    HttpRequest r = request(server.base(), "POST", "/echo");
    r.query = {{"a", "x y/z"}, {"b", "名"}};
    r.headers.set("Content-Type", "application/json");
    r.headers.set("Content-MD5", "abc==");
    r.body = R"({"name":"名 字","n":1})";
    auto result = sendAndWait(*transport, r);
    auto* response = std::get_if<HttpResponse>(&result);
    ASSERT_TRUE(response);
    EXPECT_EQ(response->status, 200);
    EXPECT_EQ(response->body, "application/json\nabc==\n/echo?a=x%20y%2Fz&b=%E5%90%8D\n" + *r.body);
    EXPECT_EQ(requestIdOf(response->headers), "req-42");
}

TYPED_TEST(TransportContract, ErrorStatusesAreResponsesNotFailures) {
    LocalHttpServer server([](httplib::Server& s) {
        s.Get("/missing", [](const httplib::Request&, httplib::Response& res) {
            res.status = 404;
            res.set_content(R"({"message":"no","code":404})", "application/json");
        });
        s.Delete("/gone", [](const httplib::Request& req, httplib::Response& res) {
            res.status = 503;
            res.set_header("Retry-After", "2");
            res.set_content(req.body, "text/plain");
        });
    });
    auto transport = this->maker.make();
    auto result = sendAndWait(*transport, request(server.base(), "GET", "/missing"));
    ASSERT_TRUE(std::holds_alternative<HttpResponse>(result));
    EXPECT_EQ(std::get<HttpResponse>(result).status, 404);
    EXPECT_EQ(std::get<HttpResponse>(result).body, R"({"message":"no","code":404})");
    // DELETE may carry a body.
    HttpRequest del = request(server.base(), "DELETE", "/gone");
    del.body = "payload";
    del.headers.set("Content-Type", "application/json");
    result = sendAndWait(*transport, del);
    ASSERT_TRUE(std::holds_alternative<HttpResponse>(result));
    EXPECT_EQ(std::get<HttpResponse>(result).status, 503);
    EXPECT_EQ(std::get<HttpResponse>(result).headers.get("Retry-After"), "2");
    EXPECT_EQ(std::get<HttpResponse>(result).body, "payload");
}

TYPED_TEST(TransportContract, SignedRequestsAreNeverRedirected) {
    int hits = 0;
    LocalHttpServer server([&](httplib::Server& s) {
        s.Get("/old", [](const httplib::Request&, httplib::Response& res) {
            res.set_redirect("/new?token=secret");
        });
        s.Get("/new", [&](const httplib::Request&, httplib::Response& res) {
            ++hits;
            res.set_content("{}", "application/json");
        });
    });
    auto transport = this->maker.make();
    HttpRequest r = request(server.base(), "GET", "/old");
    r.headers.set("Authorization", "DLF4-HMAC-SHA256 Credential=x");
    auto result = sendAndWait(*transport, r);
    auto* error = std::get_if<TransportError>(&result);
    ASSERT_TRUE(error);
    EXPECT_EQ(error->failure, TransportFailure::Redirect);
    EXPECT_NE(error->message.find("/new"), std::string::npos);
    EXPECT_EQ(error->message.find("secret"), std::string::npos);
    EXPECT_EQ(hits, 0);

    // Unsigned requests may follow.
    result = sendAndWait(*transport, request(server.base(), "GET", "/old"));
    ASSERT_TRUE(std::holds_alternative<HttpResponse>(result));
    EXPECT_EQ(std::get<HttpResponse>(result).status, 200);
    EXPECT_EQ(hits, 1);
}

TYPED_TEST(TransportContract, TransferTimeout) {
    LocalHttpServer server([](httplib::Server& s) {
        s.Get("/slow", [](const httplib::Request&, httplib::Response& res) {
            std::this_thread::sleep_for(std::chrono::milliseconds(1500));
            res.set_content("late", "text/plain");
        });
    });
    auto transport = this->maker.make();
    HttpRequest r = request(server.base(), "GET", "/slow");
    r.timeout = std::chrono::milliseconds(300);
    QElapsedTimer clock;
    clock.start();
    auto result = sendAndWait(*transport, r);
    auto* error = std::get_if<TransportError>(&result);
    ASSERT_TRUE(error);
    EXPECT_EQ(error->failure, TransportFailure::Timeout);
    EXPECT_LT(clock.elapsed(), 1400);
}

TYPED_TEST(TransportContract, CancelEndsTheRequestOnce) {
    LocalHttpServer server([](httplib::Server& s) {
        s.Get("/slow", [](const httplib::Request&, httplib::Response& res) {
            std::this_thread::sleep_for(std::chrono::milliseconds(800));
            res.set_content("late", "text/plain");
        });
    });
    auto transport = this->maker.make();
    std::optional<TransportResult> result;
    int calls = 0;
    Cancellation c =
        transport->send(request(server.base(), "GET", "/slow"), [&](TransportResult r) {
            ++calls;
            result = std::move(r);
        });
    testing::spinUntil([] { return false; }, 100);
    c.cancel();
    c.cancel();
    ASSERT_TRUE(testing::spinUntil([&] { return result.has_value(); }));
    testing::spinUntil([] { return false; }, 1000);  // nothing more arrives later
    EXPECT_EQ(calls, 1);
    ASSERT_TRUE(std::holds_alternative<TransportError>(*result));
    EXPECT_EQ(std::get<TransportError>(*result).failure, TransportFailure::Cancelled);
}

TYPED_TEST(TransportContract, ResponsesOverTheLimitAreAbandoned) {
    LocalHttpServer server([](httplib::Server& s) {
        s.Get("/huge", [](const httplib::Request&, httplib::Response& res) {
            res.set_content(std::string(3 << 20, 'x'), "application/json");
        });
    });
    auto transport = this->maker.make({}, 1 << 20);
    auto result = sendAndWait(*transport, request(server.base(), "GET", "/huge"));
    auto* error = std::get_if<TransportError>(&result);
    ASSERT_TRUE(error);
    EXPECT_EQ(error->failure, TransportFailure::TooLarge);
}

TYPED_TEST(TransportContract, NetworkFailuresAreTyped) {
    int freePort = 0;
    {
        LocalHttpServer probe([](httplib::Server&) {});
        freePort = probe.port();
    }
    auto transport = this->maker.make();
    auto refused = sendAndWait(
        *transport, request("http://127.0.0.1:" + std::to_string(freePort), "GET", "/v1/config"));
    ASSERT_TRUE(std::holds_alternative<TransportError>(refused));
    EXPECT_EQ(std::get<TransportError>(refused).failure, TransportFailure::ConnectionRefused);

    // TLS spoken to a plain HTTP server: a TLS failure, reported, never ignored.
    LocalHttpServer plain([](httplib::Server& s) {
        s.Get("/x", [](const httplib::Request&, httplib::Response& res) {
            res.set_content("{}", "application/json");
        });
    });
    auto tls = sendAndWait(
        *transport, request("https://127.0.0.1:" + std::to_string(plain.port()), "GET", "/x"));
    ASSERT_TRUE(std::holds_alternative<TransportError>(tls));
    EXPECT_EQ(std::get<TransportError>(tls).failure, TransportFailure::Tls)
        << std::get<TransportError>(tls).message;

    auto bad = sendAndWait(*transport, request("ftp://127.0.0.1", "GET", "/x"));
    ASSERT_TRUE(std::holds_alternative<TransportError>(bad));

    auto withCa = this->maker.make("/nonexistent/ca.pem");
    EXPECT_FALSE(this->maker.caProblem.empty());
    auto noCa = sendAndWait(*withCa, request(plain.base(), "GET", "/x"));
    ASSERT_TRUE(std::holds_alternative<TransportError>(noCa));
    EXPECT_NE(std::get<TransportError>(noCa).message.find("CA file"), std::string::npos);
}

TEST(QtScheduler, RunsTasksLaterInOrderAndHonoursCancel) {
    QtScheduler scheduler;
    std::vector<int> ran;
    scheduler.post([&] { ran.push_back(1); });
    EXPECT_TRUE(ran.empty());
    scheduler.after(Millis(50), [&] { ran.push_back(3); });
    Cancellation c = scheduler.after(Millis(20), [&] { ran.push_back(99); });
    scheduler.post([&] { ran.push_back(2); });
    c.cancel();
    // From another thread too.
    std::thread([&] { scheduler.post([&] { ran.push_back(4); }); }).join();
    ASSERT_TRUE(testing::spinUntil([&] { return ran.size() == 4; }));
    testing::spinUntil([] { return false; }, 100);
    EXPECT_EQ(ran, (std::vector<int>{1, 2, 4, 3}));
}

}  // namespace
}  // namespace paimon
