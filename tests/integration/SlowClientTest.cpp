// paimon-rest-server under slow and half-open clients: 1,000 connections that send half a
// request line and then nothing, held open while another client's get-table calls must still
// be answered. Bounded in count (1,000 idle sockets, 300 calls) and in time (each call has a
// 2 s budget; the whole test a minute). The latencies are printed for docs/RELIABILITY.md.
#include <gtest/gtest.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <string>
#include <vector>

#include "core/fs/Warehouse.h"
#include "tests/support/Await.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/TempDir.h"

namespace paimon {
namespace {

using Clock = std::chrono::steady_clock;

struct Endpoint {
    std::string host;
    int port = 0;
};

Endpoint endpointOf(const std::string& url) {
    // http://127.0.0.1:PORT
    size_t colon = url.rfind(':');
    return {url.substr(7, colon - 7), std::stoi(url.substr(colon + 1))};
}

int connectTo(const Endpoint& e) {
    int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0) return -1;
    timeval timeout{2, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    ::setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof timeout);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(static_cast<uint16_t>(e.port));
    ::inet_pton(AF_INET, e.host.c_str(), &addr.sin_addr);
    if (::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

// One get-table on a new connection: the whole answer read, or -1 ms when none came in 2 s.
double timedGetTable(const Endpoint& e, const std::string& target) {
    auto start = Clock::now();
    int fd = connectTo(e);
    if (fd < 0) return -1;
    std::string request =
        "GET " + target + " HTTP/1.1\r\nHost: " + e.host + "\r\nConnection: close\r\n\r\n";
    if (::send(fd, request.data(), request.size(), MSG_NOSIGNAL) !=
        static_cast<ssize_t>(request.size())) {
        ::close(fd);
        return -1;
    }
    std::string answer;
    char buf[16384];
    while (true) {
        ssize_t n = ::recv(fd, buf, sizeof buf, 0);
        if (n <= 0) break;
        answer.append(buf, static_cast<size_t>(n));
    }
    ::close(fd);
    if (answer.rfind("HTTP/1.1 200", 0) != 0 || answer.find("\"schema\"") == std::string::npos)
        return -1;
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// `count` connections that send `half` (every `sendEvery`-th one; the others send nothing) and
// then stay silent; as many as could be opened.
std::vector<int> holdOpen(const Endpoint& e, int count, const std::string& half,
                          int sendEvery = 1) {
    std::vector<int> fds;
    fds.reserve(static_cast<size_t>(count));
    for (int i = 0; i < count; ++i) {
        int fd = connectTo(e);
        if (fd < 0) break;
        if (i % sendEvery == 0) ::send(fd, half.data(), half.size(), MSG_NOSIGNAL);
        fds.push_back(fd);
    }
    return fds;
}

TEST(SlowClients, AThousandHalfOpenConnectionsDoNotStallOtherClients) {
    rlimit files{};
    ::getrlimit(RLIMIT_NOFILE, &files);
    files.rlim_cur = files.rlim_max;
    ::setrlimit(RLIMIT_NOFILE, &files);
    ASSERT_GE(files.rlim_cur, 1200u) << "this test needs 1,200 file descriptors";

    testing::TempDir dir;
    testing::ServerProcess server(
        {"--warehouse", QString::fromStdString((dir.path() / "wh").string()), "--demo"});
    ASSERT_FALSE(server.url().empty());
    const Endpoint e = endpointOf(server.url());
    const std::string target = "/v1/paimon/databases/sales/tables/orders";
    ASSERT_GT(timedGetTable(e, target), 0) << "the server answers at all";

    constexpr int kIdle = 1000;
    const std::vector<int> idle = holdOpen(e, kIdle, "GET /v1/paimon/databases/sales/tab");
    EXPECT_EQ(static_cast<int>(idle.size()), kIdle) << "every idle connection was accepted";

    constexpr int kCalls = 300;
    std::vector<double> ms;
    int failed = 0;
    const auto deadline = Clock::now() + std::chrono::seconds(60);
    for (int i = 0; i < kCalls && Clock::now() < deadline; ++i) {
        double t = timedGetTable(e, target);
        if (t < 0) {
            ++failed;
        } else {
            ms.push_back(t);
        }
    }
    for (int fd : idle)
        ::close(fd);
    ASSERT_FALSE(ms.empty()) << "no get-table was answered while " << kIdle
                             << " half-open connections were held";
    std::sort(ms.begin(), ms.end());
    auto at = [&](double q) {
        return ms[std::min(ms.size() - 1, static_cast<size_t>(q * static_cast<double>(ms.size())))];
    };
    std::printf(
        "[ slow     ] %zu idle connections held; %zu of %d get-table calls answered: "
        "p50 %.2f ms, p99 %.2f ms, max %.2f ms\n",
        idle.size(), ms.size(), kCalls, at(0.5), at(0.99), ms.back());
    EXPECT_EQ(failed, 0) << "calls that got no answer within 2 s";
    EXPECT_EQ(static_cast<int>(ms.size()), kCalls);
    // Availability, not speed: before the event-driven server, calls waited ~20 s for a
    // worker here. The measured p99 (well under 50 ms) goes to docs/RELIABILITY.md.
    EXPECT_LT(at(0.99), 1000.0);
}

// The bounds: connections beyond --max-connections wait in the kernel's accept queue until a
// slot frees, and a connection silent for longer than --idle-timeout is closed (in the middle
// of its headers or between requests).
TEST(SlowClients, ConnectionsAreBoundedAndSilentOnesClosed) {
    testing::TempDir dir;
    const std::string target = "/v1/paimon/databases/sales/tables/orders";
    const std::string half = "GET /v1/paimon/data";
    {
        testing::ServerProcess server({"--warehouse",
                                       QString::fromStdString((dir.path() / "a").string()),
                                       "--demo", "--max-connections", "20"});
        ASSERT_FALSE(server.url().empty());
        const Endpoint e = endpointOf(server.url());
        const std::vector<int> held = holdOpen(e, 20, half);
        ASSERT_EQ(held.size(), 20u);
        EXPECT_LT(timedGetTable(e, target), 0) << "a 21st connection was served at once";
        for (int fd : held)
            ::close(fd);
        EXPECT_TRUE(testing::spinUntil([&] { return timedGetTable(e, target) > 0; }, 10000))
            << "slots freed by closed connections are used again";
    }
    testing::ServerProcess server({"--warehouse",
                                   QString::fromStdString((dir.path() / "b").string()), "--demo",
                                   "--idle-timeout", "1"});
    ASSERT_FALSE(server.url().empty());
    const Endpoint e = endpointOf(server.url());
    const std::vector<int> silent = holdOpen(e, 5, half, 2);  // half a request, or nothing
    ASSERT_EQ(silent.size(), 5u);
    const auto start = Clock::now();
    int closed = 0;
    for (int fd : silent) {
        char byte = 0;
        for (int tries = 0; tries < 3; ++tries) {  // up to 3 x 2 s
            ssize_t n = ::recv(fd, &byte, 1, 0);
            if (n == 0) {
                ++closed;  // the server's FIN
                break;
            }
            if (n > 0) break;  // an answer to half a request: wrong either way
        }
        ::close(fd);
    }
    const double waited = std::chrono::duration<double>(Clock::now() - start).count();
    EXPECT_EQ(closed, 5) << "silent connections the server left open";
    std::printf("[ slow     ] 5 silent connections closed by the server after %.1f s\n", waited);
}

}  // namespace
}  // namespace paimon
