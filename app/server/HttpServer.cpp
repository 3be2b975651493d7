#include "app/server/HttpServer.h"

#include <microhttpd.h>
#include <netdb.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <charconv>
#include <chrono>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <functional>
#include <iostream>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include "core/util/Crypto.h"

namespace paimon::server {
namespace {

// A fixed set of threads taking tasks in order.
class WorkerPool {
public:
    explicit WorkerPool(unsigned threads) {
        for (unsigned i = 0; i < threads; ++i)
            threads_.emplace_back([this] { run(); });
    }
    ~WorkerPool() {
        {
            std::lock_guard lock(mutex_);
            stopping_ = true;
        }
        wake_.notify_all();
        for (auto& t : threads_)
            t.join();
    }
    WorkerPool(const WorkerPool&) = delete;
    WorkerPool& operator=(const WorkerPool&) = delete;
    WorkerPool(WorkerPool&&) = delete;
    WorkerPool& operator=(WorkerPool&&) = delete;

    void post(std::function<void()> task) {
        {
            std::lock_guard lock(mutex_);
            tasks_.push_back(std::move(task));
        }
        wake_.notify_one();
    }

private:
    void run() {
        while (true) {
            std::function<void()> task;
            {
                std::unique_lock lock(mutex_);
                wake_.wait(lock, [this] { return stopping_ || !tasks_.empty(); });
                if (tasks_.empty()) return;
                task = std::move(tasks_.front());
                tasks_.pop_front();
            }
            task();
        }
    }

    std::mutex mutex_;
    std::condition_variable wake_;
    std::deque<std::function<void()>> tasks_;
    bool stopping_ = false;
    std::vector<std::thread> threads_;
};

// One request, from its request line to its answer.
struct Exchange {
    ServerRequest request;
    bool started = false;   // the headers were read
    bool tooLarge = false;  // the body passed the limit: answered 413, the rest discarded
    bool dispatched = false;
    std::optional<HttpResponse> response;  // set by a worker before the connection resumes
    int status = 0;
};

std::optional<size_t> parseSize(const std::string& text) {
    size_t value = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
    return value;
}

}  // namespace

struct HttpServer::Impl {
    RestService& service;
    Options options;
    WorkerPool workers;
    MHD_Daemon* daemon = nullptr;
    std::atomic<int> active{0};

    Impl(RestService& s, Options o)
        : service(s), options(std::move(o)), workers(std::max(1u, options.workers)) {}

    // Called with the raw request target before anything is decoded: what a DLF signature
    // covers. What it returns is the request's state for the access handler.
    static void* onUri(void* /*cls*/, const char* uri, MHD_Connection* /*connection*/) {
        auto* x = new Exchange;
        x->request.target = uri;
        return x;
    }

    static MHD_Result onHeader(void* cls, MHD_ValueKind /*kind*/, const char* key,
                               const char* value) {
        static_cast<Headers*>(cls)->add(key, value ? value : "");
        return MHD_YES;
    }

    static MHD_Result answer(MHD_Connection* connection, Exchange& x,
                             const HttpResponse& response) {
        x.status = response.status;
        // MUST_COPY: libmicrohttpd copies the body and never writes to it; its 0.9.75 signature
        // takes a void* all the same (the _copy variant arrived later).
        auto* body = const_cast<char*>(response.body.data());  // NOLINT(*-const-cast)
        MHD_Response* r =
            MHD_create_response_from_buffer(response.body.size(), body, MHD_RESPMEM_MUST_COPY);
        if (!r) return MHD_NO;
        for (const auto& [name, value] : response.headers)
            MHD_add_response_header(r, name.c_str(), value.c_str());
        // A request id on every answer, as catalog servers send, so that clients can quote it.
        MHD_add_response_header(r, "x-request-id", crypto::uuid4().c_str());
        MHD_Result queued =
            MHD_queue_response(connection, static_cast<unsigned>(response.status), r);
        MHD_destroy_response(r);
        return queued;
    }

    static MHD_Result onRequest(void* cls, MHD_Connection* connection, const char* url,
                                const char* method, const char* /*version*/, const char* upload,
                                size_t* uploadSize, void** state) {
        auto* self = static_cast<Impl*>(cls);
        auto* x = static_cast<Exchange*>(*state);
        if (!x) {  // no target seen (cannot happen with the URI callback): the decoded URL
            x = new Exchange;
            x->request.target = url;
            *state = x;
        }
        if (!x->started) {
            x->started = true;
            x->request.method = method;
            MHD_get_connection_values(connection, MHD_HEADER_KIND, &Impl::onHeader,
                                      &x->request.headers);
            // A declared body over the limit is refused before a byte of it is read.
            if (auto length = x->request.headers.get("Content-Length")) {
                auto size = parseSize(*length);
                if (size && *size > self->options.maxBodyBytes) {
                    x->tooLarge = true;
                    return answer(connection, *x, tooLargeResponse());
                }
            }
            return MHD_YES;
        }
        if (*uploadSize > 0) {
            if (!x->tooLarge) {
                if (x->request.body.size() + *uploadSize > self->options.maxBodyBytes) {
                    x->tooLarge = true;  // chunked, or longer than it said
                    x->request.body.clear();
                    x->request.body.shrink_to_fit();
                } else {
                    x->request.body.append(upload, *uploadSize);
                }
            }
            *uploadSize = 0;
            return MHD_YES;
        }
        if (x->tooLarge) return answer(connection, *x, tooLargeResponse());
        if (x->response) return answer(connection, *x, *x->response);
        if (x->dispatched) return MHD_YES;
        // The whole request is here: a worker runs it while the connection sleeps.
        x->dispatched = true;
        self->active.fetch_add(1);
        MHD_suspend_connection(connection);
        self->workers.post([self, x, connection] {
            x->response = self->service.handle(x->request);
            MHD_resume_connection(connection);
            self->active.fetch_sub(1);
        });
        return MHD_YES;
    }

    static void onCompleted(void* cls, MHD_Connection* /*connection*/, void** state,
                            MHD_RequestTerminationCode code) {
        auto* self = static_cast<Impl*>(cls);
        auto* x = static_cast<Exchange*>(*state);
        if (!x) return;
        if (self->options.verbose && x->started) {
            std::cerr << x->request.method << " " << x->request.target << " "
                      << (x->status ? std::to_string(x->status) : "(no answer)")
                      << (code == MHD_REQUEST_TERMINATED_COMPLETED_OK ? "" : " (cut short)")
                      << "\n";
        }
        delete x;
        *state = nullptr;
    }

    static HttpResponse tooLargeResponse() {
        return RestService::errorResponse(413, "The request body is too large");
    }
};

HttpServer::HttpServer(RestService& service, Options options)
    : impl_(std::make_unique<Impl>(service, std::move(options))) {}

HttpServer::~HttpServer() {
    if (impl_->daemon) MHD_stop_daemon(impl_->daemon);
}

Result<int> HttpServer::start() {
    const Options& o = impl_->options;
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_NUMERICSERV;
    addrinfo* found = nullptr;
    const std::string port = std::to_string(o.port);
    if (int rc = ::getaddrinfo(o.host.c_str(), port.c_str(), &hints, &found); rc != 0) {
        return makeError(ErrorKind::Configuration,
                         "cannot resolve " + o.host + ": " + ::gai_strerror(rc));
    }
    sockaddr_storage address{};
    std::memcpy(&address, found->ai_addr, found->ai_addrlen);
    const bool v6 = found->ai_family == AF_INET6;
    ::freeaddrinfo(found);

    unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_EPOLL | MHD_ALLOW_SUSPEND_RESUME;
    if (v6) flags |= MHD_USE_IPv6;
    impl_->daemon = MHD_start_daemon(
        flags, static_cast<uint16_t>(o.port), nullptr, nullptr, &Impl::onRequest, impl_.get(),
        MHD_OPTION_SOCK_ADDR, reinterpret_cast<sockaddr*>(&address), MHD_OPTION_URI_LOG_CALLBACK,
        &Impl::onUri, impl_.get(), MHD_OPTION_NOTIFY_COMPLETED, &Impl::onCompleted, impl_.get(),
        MHD_OPTION_THREAD_POOL_SIZE, std::max(1u, o.pollThreads), MHD_OPTION_CONNECTION_LIMIT,
        o.maxConnections, MHD_OPTION_CONNECTION_TIMEOUT, o.idleTimeoutSeconds,
        MHD_OPTION_LISTENING_ADDRESS_REUSE, 1u, MHD_OPTION_LISTEN_BACKLOG_SIZE, 1024u,
        MHD_OPTION_END);
    if (!impl_->daemon) {
        return makeError(ErrorKind::Configuration,
                         "cannot listen on " + o.host + ":" + std::to_string(o.port));
    }
    const MHD_DaemonInfo* info = MHD_get_daemon_info(impl_->daemon, MHD_DAEMON_INFO_BIND_PORT);
    return info ? static_cast<int>(info->port) : o.port;
}

bool HttpServer::stop(int graceMillis) {
    if (!impl_->daemon) return true;
    // No new connections; the requests under way finish (each write is complete and synced
    // when its request ends).
    MHD_socket listener = MHD_quiesce_daemon(impl_->daemon);
    if (listener != MHD_INVALID_SOCKET) ::close(listener);
    for (int waited = 0; waited < graceMillis && impl_->active.load() > 0; waited += 10)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    const bool clean = impl_->active.load() == 0;
    if (clean) {
        MHD_stop_daemon(impl_->daemon);
        impl_->daemon = nullptr;
    }
    return clean;
}

}  // namespace paimon::server
