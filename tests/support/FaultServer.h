#pragma once

// A loopback HTTP/1.1 server on raw sockets that answers each request with exactly the bytes
// a test scripts, including what a well-behaved server library will not produce: a reset in the
// middle of a body, a body shorter than its Content-Length, a stall, a trickle.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace paimon::testing {

class FaultServer {
public:
    struct Request {
        std::string method;
        std::string target;  // path and query as sent
        std::string head;    // the whole request head
    };
    // What to do with one request.
    struct Answer {
        std::string bytes;  // written as is (status line, headers, body)
        // Written in slices of `sliceBytes` with `slicePause` between them (a trickle); 0: at once.
        size_t sliceBytes = 0;
        std::chrono::milliseconds slicePause{0};
        std::chrono::milliseconds stallBefore{0};  // nothing at all for this long first
        std::chrono::milliseconds stallAfter{0};   // keep the connection open, silent, after
        bool reset = false;  // end with a TCP reset (SO_LINGER 0) instead of a close
    };
    using Handler = std::function<Answer(const Request&, int attempt)>;

    explicit FaultServer(Handler handler) : handler_(std::move(handler)) {
        listener_ = ::socket(AF_INET, SOCK_STREAM, 0);
        int one = 1;
        ::setsockopt(listener_, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        addr.sin_port = 0;
        ::bind(listener_, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
        ::listen(listener_, 16);
        socklen_t len = sizeof addr;
        ::getsockname(listener_, reinterpret_cast<sockaddr*>(&addr), &len);
        port_ = ntohs(addr.sin_port);
        acceptor_ = std::thread([this] { acceptLoop(); });
    }
    ~FaultServer() {
        stopping_ = true;
        ::shutdown(listener_, SHUT_RDWR);
        acceptor_.join();
        ::close(listener_);
        std::vector<std::thread> workers;
        {
            std::lock_guard lock(mutex_);
            workers.swap(workers_);
        }
        for (auto& w : workers)
            w.join();
    }

    std::string url() const { return "http://127.0.0.1:" + std::to_string(port_); }
    // Requests whose target starts with `prefix`, so far.
    int count(const std::string& prefix) const {
        std::lock_guard lock(mutex_);
        int n = 0;
        for (const auto& r : seen_)
            if (r.target.rfind(prefix, 0) == 0) ++n;
        return n;
    }
    std::vector<Request> requests() const {
        std::lock_guard lock(mutex_);
        return seen_;
    }

    // Answer helpers.
    static std::string response(int status, const std::string& body,
                                const std::string& contentType = "application/json",
                                const std::string& extraHeaders = {}) {
        return "HTTP/1.1 " + std::to_string(status) + " X\r\nContent-Type: " + contentType +
               "\r\nContent-Length: " + std::to_string(body.size()) + "\r\n" + extraHeaders +
               "Connection: close\r\n\r\n" + body;
    }
    static std::string config() { return response(200, R"({"defaults":{},"overrides":{}})"); }

private:
    void acceptLoop() {
        while (!stopping_) {
            pollfd p{listener_, POLLIN, 0};
            if (::poll(&p, 1, 50) <= 0) continue;
            int fd = ::accept(listener_, nullptr, nullptr);
            if (fd < 0) continue;
            std::lock_guard lock(mutex_);
            workers_.emplace_back([this, fd] { serve(fd); });
        }
    }

    // Sleeps in small steps so that a stopping server does not wait out a long stall.
    void pause(std::chrono::milliseconds d) {
        auto end = std::chrono::steady_clock::now() + d;
        while (!stopping_ && std::chrono::steady_clock::now() < end)
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }

    void serve(int fd) {
        std::string head;
        char buf[8192];
        while (head.find("\r\n\r\n") == std::string::npos) {
            pollfd p{fd, POLLIN, 0};
            if (stopping_ || ::poll(&p, 1, 50) < 0) break;
            if (!(p.revents & POLLIN)) continue;
            ssize_t n = ::recv(fd, buf, sizeof buf, 0);
            if (n <= 0) break;
            head.append(buf, static_cast<size_t>(n));
        }
        Request r;
        size_t sp1 = head.find(' '), sp2 = head.find(' ', sp1 + 1);
        if (sp1 != std::string::npos && sp2 != std::string::npos) {
            r.method = head.substr(0, sp1);
            r.target = head.substr(sp1 + 1, sp2 - sp1 - 1);
        }
        r.head = head.substr(0, head.find("\r\n\r\n"));
        int attempt = 0;
        {
            std::lock_guard lock(mutex_);
            for (const auto& s : seen_)
                if (s.method == r.method && s.target == r.target) ++attempt;
            seen_.push_back(r);
        }
        Answer a = handler_(r, attempt);
        pause(a.stallBefore);
        size_t slice = a.sliceBytes ? a.sliceBytes : a.bytes.size();
        for (size_t at = 0; at < a.bytes.size() && !stopping_; at += slice) {
            size_t n = std::min(slice, a.bytes.size() - at);
            if (::send(fd, a.bytes.data() + at, n, MSG_NOSIGNAL) < 0) break;
            if (a.sliceBytes) pause(a.slicePause);
        }
        pause(a.stallAfter);
        if (a.reset) {
            linger l{1, 0};
            ::setsockopt(fd, SOL_SOCKET, SO_LINGER, &l, sizeof l);
        }
        ::close(fd);
    }

    Handler handler_;
    int listener_ = -1;
    int port_ = 0;
    std::atomic<bool> stopping_{false};
    std::thread acceptor_;
    mutable std::mutex mutex_;
    std::vector<std::thread> workers_;
    std::vector<Request> seen_;
};

}  // namespace paimon::testing
