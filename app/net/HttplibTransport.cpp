#include "app/net/HttplibTransport.h"

#include <httplib.h>
#include <netdb.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <fstream>
#include <map>
#include <mutex>
#include <sstream>
#include <thread>
#include <vector>

namespace paimon {
namespace {

using Clock = std::chrono::steady_clock;

// A pooled connection older than this since its last use is reopened rather than trusted:
// servers close idle keep-alive connections (ours after 15 s, others sooner).
constexpr auto kReopenAfterIdle = std::chrono::seconds(5);
constexpr int kMaxRedirects = 5;

struct Target {
    std::string scheme;  // "http" or "https"
    std::string origin;  // scheme://host[:port]
    std::string host;
    std::string path;  // what goes on the request line: path and query, as encoded
};

std::optional<Target> parseUrl(const std::string& url) {
    size_t colon = url.find("://");
    if (colon == std::string::npos) return std::nullopt;
    Target t;
    t.scheme = url.substr(0, colon);
    if (t.scheme != "http" && t.scheme != "https") return std::nullopt;
    size_t slash = url.find('/', colon + 3);
    std::string authority =
        url.substr(colon + 3, slash == std::string::npos ? slash : slash - colon - 3);
    if (authority.empty() || authority.find('@') != std::string::npos) return std::nullopt;
    t.origin = t.scheme + "://" + authority;
    t.host = authority;
    if (t.host.front() == '[') {
        t.host = t.host.substr(1, t.host.find(']') - 1);
    } else if (size_t c = t.host.rfind(':'); c != std::string::npos) {
        t.host = t.host.substr(0, c);
    }
    t.path = slash == std::string::npos ? "/" : url.substr(slash);
    return t;
}

// Where a redirect points, without its query (which could carry something sensitive).
std::string withoutQuery(const std::string& location) {
    return location.substr(0, location.find_first_of("?#"));
}

}  // namespace

struct HttplibTransport::Impl : std::enable_shared_from_this<HttplibTransport::Impl> {
    struct Job {
        HttpRequest request;
        Callback done;
        std::atomic<bool> delivered{false};
        std::mutex mutex;  // guards cancelled and client
        bool cancelled = false;
        httplib::Client* client = nullptr;  // while a worker sends it
    };

    struct Connection {
        std::unique_ptr<httplib::Client> client;
        Clock::time_point lastUsed;
        bool used = false;
    };

    std::shared_ptr<Scheduler> scheduler;
    Settings settings;
    std::vector<X509*> extraCas;
    std::string caProblem;

    std::mutex mutex;
    std::condition_variable wake;
    std::deque<std::shared_ptr<Job>> queue;
    std::vector<std::shared_ptr<Job>> inFlight;  // taken by a worker, not yet answered
    bool stopping = false;
    std::vector<std::thread> workers;

    Impl(std::shared_ptr<Scheduler> s, Settings o)
        : scheduler(std::move(s)), settings(std::move(o)) {
        if (!settings.caFile.empty()) loadCaFile();
    }
    ~Impl() {
        for (X509* cert : extraCas)
            X509_free(cert);
    }
    Impl(const Impl&) = delete;
    Impl& operator=(const Impl&) = delete;
    Impl(Impl&&) = delete;
    Impl& operator=(Impl&&) = delete;

    void loadCaFile() {
        std::ifstream in(settings.caFile, std::ios::binary);
        if (!in) {
            caProblem = "cannot read the CA file " + settings.caFile;
            return;
        }
        std::stringstream text;
        text << in.rdbuf();
        const std::string pem = text.str();
        BIO* bio = BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size()));
        while (X509* cert = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr))
            extraCas.push_back(cert);
        BIO_free(bio);
        if (extraCas.empty())
            caProblem = "the CA file " + settings.caFile + " holds no PEM certificate";
    }

    void start() {
        // Each worker keeps the state alive while it runs, in case the transport goes away on
        // one of them (see shutdown()).
        for (unsigned i = 0; i < std::max(1u, settings.connections); ++i)
            workers.emplace_back([self = shared_from_this()] { self->run(); });
    }

    void shutdown() {
        // Whatever is queued or under way ends as cancelled; the workers then stop.
        std::vector<std::shared_ptr<Job>> left;
        {
            std::lock_guard lock(mutex);
            stopping = true;
            left.assign(queue.begin(), queue.end());
            left.insert(left.end(), inFlight.begin(), inFlight.end());
            queue.clear();
        }
        wake.notify_all();
        for (auto& job : left)
            cancel(job);
        for (auto& w : workers) {
            // Only if the owner of the last reference was a callback released on a worker:
            // that thread cannot join itself, and leaves its loop on its own.
            if (w.get_id() == std::this_thread::get_id()) {
                w.detach();
            } else {
                w.join();
            }
        }
    }

    void deliver(const std::shared_ptr<Job>& job, TransportResult result) {
        scheduler->post([job, result = std::move(result)]() mutable {
            if (job->delivered.exchange(true)) return;
            // Moved out so that the callback, and what it owns (often the catalog that owns
            // this transport), is released here on the scheduler's thread, not on a worker.
            Callback done = std::move(job->done);
            done(std::move(result));
        });
    }

    void cancel(const std::shared_ptr<Job>& job) {
        {
            std::lock_guard lock(job->mutex);
            if (job->cancelled) return;
            job->cancelled = true;
            // Closes the socket under the worker's blocking read, which then returns.
            if (job->client) job->client->stop();
        }
        deliver(job, TransportError{TransportFailure::Cancelled, "the request was cancelled"});
    }

    void run() {
        std::map<std::string, Connection> connections;  // by origin, this worker's own
        while (true) {
            std::shared_ptr<Job> job;
            {
                std::unique_lock lock(mutex);
                wake.wait(lock, [this] { return stopping || !queue.empty(); });
                if (stopping) return;
                job = std::move(queue.front());
                queue.pop_front();
                inFlight.push_back(job);
            }
            TransportResult result = perform(*job, connections);
            {
                std::lock_guard lock(mutex);
                inFlight.erase(std::find(inFlight.begin(), inFlight.end(), job));
            }
            std::lock_guard lock(job->mutex);
            if (!job->cancelled) deliver(job, std::move(result));  // else Cancelled is on its way
        }
    }

    httplib::Client& connectionFor(const Target& t, std::map<std::string, Connection>& pool,
                                   Millis timeout, bool& reused) {
        Connection& c = pool[t.origin];
        const auto now = Clock::now();
        if (c.client && c.used && now - c.lastUsed > kReopenAfterIdle) c.client->stop();
        if (!c.client) {
            c.client = std::make_unique<httplib::Client>(t.origin);
            c.client->set_keep_alive(true);
            c.client->set_follow_location(false);
            c.client->set_url_encode(false);  // the target is encoded already, byte for byte
            c.client->set_decompress(false);  // and asks for no compression
            if (t.scheme == "https") {
                c.client->enable_server_certificate_verification(true);
                X509_STORE* store = X509_STORE_new();
                X509_STORE_set_default_paths(store);  // the system's roots
                for (X509* cert : extraCas)
                    X509_STORE_add_cert(store, cert);
                c.client->set_ca_cert_store(store);  // the client's context owns it now
            }
            c.used = false;
        }
        const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(timeout);
        const auto micros =
            std::chrono::duration_cast<std::chrono::microseconds>(timeout - seconds);
        c.client->set_connection_timeout(seconds.count(), micros.count());
        c.client->set_read_timeout(seconds.count(), micros.count());
        c.client->set_write_timeout(seconds.count(), micros.count());
        reused = c.used;
        c.used = true;
        c.lastUsed = now;
        return *c.client;
    }

    TransportResult perform(Job& job, std::map<std::string, Connection>& pool) {
        if (!caProblem.empty()) return TransportError{TransportFailure::Tls, caProblem};
        const HttpRequest& request = job.request;
        const bool signedRequest = request.headers.contains("Authorization");
        std::string url = request.url();
        for (int redirects = 0;; ++redirects) {
            auto target = parseUrl(url);
            if (!target) {
                return TransportError{TransportFailure::Other, "the address " + request.baseUrl +
                                                                   " is not a valid http(s) URL"};
            }
            TransportResult result = once(job, *target, pool, /*retryStale=*/true);
            auto* response = std::get_if<HttpResponse>(&result);
            if (!response || response->status < 300 || response->status >= 400) return result;
            auto location = response->headers.get("Location");
            if (!location) return result;
            std::string next = *location;
            if (next.rfind("http://", 0) != 0 && next.rfind("https://", 0) != 0) {
                next.insert(0, next.front() == '/' ? target->origin : target->origin + "/");
            }
            if (signedRequest) {
                return TransportError{
                    TransportFailure::Redirect,
                    "the server redirected the request (HTTP " + std::to_string(response->status) +
                        ") to " + withoutQuery(next) +
                        "; signed requests are never redirected. Use that address as the "
                        "catalog URI."};
            }
            if (redirects == kMaxRedirects) {
                return TransportError{TransportFailure::Redirect, "redirect refused: too many"};
            }
            if (target->scheme == "https" && next.rfind("http://", 0) == 0) {
                return TransportError{TransportFailure::Redirect,
                                      "redirect refused: from https to http " + withoutQuery(next)};
            }
            url = next;
        }
    }

    TransportResult once(Job& job, const Target& target, std::map<std::string, Connection>& pool,
                         bool retryStale) {
        const HttpRequest& request = job.request;
        bool reused = false;
        httplib::Client& client = connectionFor(target, pool, request.timeout, reused);
        {
            std::lock_guard lock(job.mutex);
            if (job.cancelled) return TransportError{TransportFailure::Cancelled, "cancelled"};
            job.client = &client;
        }
        httplib::Request req;
        req.method = request.method;
        req.path = target.path;
        for (const auto& [name, value] : request.headers)
            req.headers.emplace(name, value);
        if (request.body) req.body = *request.body;
        std::string body;
        bool tooLarge = false;
        size_t received = 0;
        req.content_receiver = [&](const char* data, size_t length, uint64_t, uint64_t) {
            received += length;
            if (body.size() + length > settings.maxResponseBytes) {
                tooLarge = true;
                return false;
            }
            body.append(data, length);
            return true;
        };
        httplib::Response res;
        httplib::Error error = httplib::Error::Success;
        const auto started = Clock::now();
        const bool ok = client.send(req, res, error);
        {
            std::lock_guard lock(job.mutex);
            job.client = nullptr;
            if (job.cancelled) return TransportError{TransportFailure::Cancelled, "cancelled"};
        }
        if (ok && error == httplib::Error::Success) {
            HttpResponse response;
            response.status = res.status;
            for (const auto& [name, value] : res.headers)
                response.headers.add(name, value);
            response.body = std::move(body);
            return response;
        }
        if (tooLarge) {
            client.stop();  // the rest of the body is not read: the connection cannot be reused
            return TransportError{TransportFailure::TooLarge,
                                  "the response is larger than " +
                                      std::to_string(settings.maxResponseBytes >> 20) + " MiB"};
        }
        const bool nothingBack = res.status == -1 && received == 0;
        const bool timedOut = Clock::now() - started >= request.timeout;
        if ((error == httplib::Error::Read || error == httplib::Error::Write) && nothingBack &&
            reused && retryStale && !timedOut) {
            // The server had closed this kept-alive connection: once more, on a new one.
            client.stop();
            return once(job, target, pool, false);
        }
        client.stop();
        switch (error) {
            case httplib::Error::Connection: {
                addrinfo* found = nullptr;
                if (::getaddrinfo(target.host.c_str(), nullptr, nullptr, &found) != 0) {
                    return TransportError{TransportFailure::HostNotFound,
                                          "host not found: " + target.host};
                }
                ::freeaddrinfo(found);
                if (timedOut) {
                    return TransportError{TransportFailure::Timeout,
                                          "no connection within the transfer timeout"};
                }
                return TransportError{TransportFailure::ConnectionRefused,
                                      "connection refused by " + target.origin};
            }
            case httplib::Error::ConnectionTimeout:
                return TransportError{TransportFailure::Timeout,
                                      "no connection within the transfer timeout"};
            case httplib::Error::Read:
            case httplib::Error::Write:
                if (timedOut) {
                    return TransportError{TransportFailure::Timeout,
                                          "no response within the transfer timeout"};
                }
                if (nothingBack) {
                    return TransportError{TransportFailure::ConnectionClosed,
                                          "the server closed the connection before answering"};
                }
                return TransportError{TransportFailure::ConnectionReset,
                                      "the connection was closed in the middle of the response"};
            case httplib::Error::SSLConnection:
            case httplib::Error::SSLLoadingCerts:
            case httplib::Error::SSLServerVerification: {
                const long verify = client.get_openssl_verify_result();
                std::string why =
                    verify != X509_V_OK ? X509_verify_cert_error_string(verify)
                    : error == httplib::Error::SSLServerVerification
                        ? "the certificate does not match the host name " + target.host
                        : "the server does not speak TLS here";
                return TransportError{TransportFailure::Tls, "TLS handshake failed: " + why};
            }
            default:
                return TransportError{TransportFailure::Other,
                                      "the request failed: " + httplib::to_string(error)};
        }
    }
};

HttplibTransport::HttplibTransport(std::shared_ptr<Scheduler> scheduler, Settings settings)
    : impl_(std::make_shared<Impl>(std::move(scheduler), std::move(settings))) {
    impl_->start();
}

HttplibTransport::~HttplibTransport() {
    impl_->shutdown();
}

std::string HttplibTransport::caFileProblem() const {
    return impl_->caProblem;
}

Cancellation HttplibTransport::send(HttpRequest request, Callback done) {
    auto job = std::make_shared<Impl::Job>();
    job->request = std::move(request);
    job->done = std::move(done);
    {
        std::lock_guard lock(impl_->mutex);
        impl_->queue.push_back(job);
    }
    impl_->wake.notify_one();
    std::weak_ptr<Impl> weakImpl = impl_;
    std::weak_ptr<Impl::Job> weakJob = job;
    return Cancellation([weakImpl, weakJob] {
        auto self = weakImpl.lock();
        auto job = weakJob.lock();
        if (self && job) self->cancel(job);
    });
}

}  // namespace paimon
