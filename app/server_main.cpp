// paimon-rest-server: a local Paimon REST catalog server in front of a warehouse folder.
// Argument parsing and the HTTP wiring only; the protocol lives in core/server.
#include <httplib.h>
#include <signal.h>

#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <iostream>
#include <string>
#include <thread>

#include "core/fs/Warehouse.h"
#include "core/server/DemoWarehouse.h"
#include "core/server/RestService.h"
#include "core/util/Crypto.h"

namespace {

constexpr const char* kUsage = R"(Usage: paimon-rest-server --warehouse DIR [options]

Serves the Paimon REST catalog protocol from a Paimon warehouse folder.

Options:
  --warehouse DIR          the warehouse folder (created when missing)
  --host HOST              address to listen on (default 127.0.0.1)
  --port N                 port to listen on; 0 picks a free one (default 8080)
  --prefix P               path prefix announced in /v1/config (default: paimon)
  --auth MODE              none, bearer or dlf (default none)
  --token T                bearer token (or environment PAIMON_SERVER_TOKEN)
  --access-key-id ID       DLF access key id
  --access-key-secret S    DLF access key secret (or environment PAIMON_SERVER_ACCESS_KEY_SECRET)
  --security-token T       DLF STS token that requests must carry (optional)
  --max-body-bytes N       largest request body accepted, else 413 (default 16777216)
  --demo                   first write the demo catalog into DIR if DIR is empty
  --verbose                log each request (method, path, status) to stderr
  --version                print the version
  --help                   print this help

When ready it prints one line "listening on http://HOST:PORT" on stdout.
SIGINT and SIGTERM stop it cleanly.
)";

int usageError(const std::string& message) {
    std::cerr << "paimon-rest-server: " << message << "\n"
              << "Try 'paimon-rest-server --help'.\n";
    return 2;
}

std::string envOr(const char* name, const std::string& fallback) {
    const char* v = std::getenv(name);
    return v && *v ? std::string(v) : fallback;
}

}  // namespace

int main(int argc, char** argv) {
    // Java clients cannot work without a prefix (PROTOCOL.md §2), so there is always one.
    std::string warehouseDir, host = "127.0.0.1", prefix = "paimon", authMode = "none", token,
                              keyId, keySecret, securityToken;
    int port = 8080;
    size_t maxBody = 16 * 1024 * 1024;
    bool demo = false, verbose = false;

    for (int i = 1; i < argc; ++i) {
        std::string arg = argv[i];
        auto value = [&](std::string& out) {
            if (i + 1 >= argc) return false;
            out = argv[++i];
            return true;
        };
        std::string v;
        if (arg == "--help" || arg == "-h") {
            std::cout << kUsage;
            return 0;
        } else if (arg == "--version") {
            std::cout << "paimon-rest-server " << PAIMON_VERSION << "\n";
            return 0;
        } else if (arg == "--demo") {
            demo = true;
        } else if (arg == "--verbose") {
            verbose = true;
        } else if (arg == "--warehouse") {
            if (!value(warehouseDir)) return usageError("--warehouse needs a folder");
        } else if (arg == "--host") {
            if (!value(host)) return usageError("--host needs an address");
        } else if (arg == "--port" || arg == "--max-body-bytes") {
            if (!value(v)) return usageError(arg + " needs a number");
            try {
                size_t used = 0;
                long long n = std::stoll(v, &used);
                if (used != v.size() || n < 0) throw std::invalid_argument(v);
                if (arg == "--port") {
                    if (n > 65535) throw std::out_of_range(v);
                    port = static_cast<int>(n);
                } else {
                    maxBody = static_cast<size_t>(n);
                }
            } catch (const std::exception&) {
                return usageError(arg + " needs a number, got '" + v + "'");
            }
        } else if (arg == "--prefix") {
            if (!value(prefix) || prefix.empty()) {
                return usageError("--prefix needs a non-empty value (Java clients need a prefix)");
            }
        } else if (arg == "--auth") {
            if (!value(authMode)) return usageError("--auth needs none, bearer or dlf");
        } else if (arg == "--token") {
            if (!value(token)) return usageError("--token needs a value");
        } else if (arg == "--access-key-id") {
            if (!value(keyId)) return usageError("--access-key-id needs a value");
        } else if (arg == "--access-key-secret") {
            if (!value(keySecret)) return usageError("--access-key-secret needs a value");
        } else if (arg == "--security-token") {
            if (!value(securityToken)) return usageError("--security-token needs a value");
        } else {
            return usageError("unknown argument '" + arg + "'");
        }
    }
    if (warehouseDir.empty()) return usageError("--warehouse DIR is required");

    paimon::RestService::Config config;
    config.prefix = prefix;
    config.warehouseName = warehouseDir;
    token = envOr("PAIMON_SERVER_TOKEN", token);
    keySecret = envOr("PAIMON_SERVER_ACCESS_KEY_SECRET", keySecret);
    if (authMode == "bearer") {
        if (token.empty()) return usageError("--auth bearer needs --token");
        config.auth.mode = paimon::ServerAuthConfig::Mode::Bearer;
        config.auth.token = token;
    } else if (authMode == "dlf") {
        if (keyId.empty() || keySecret.empty()) {
            return usageError("--auth dlf needs --access-key-id and --access-key-secret");
        }
        config.auth.mode = paimon::ServerAuthConfig::Mode::Dlf;
        config.auth.dlf.accessKeyId = keyId;
        config.auth.dlf.accessKeySecret = keySecret;
        if (!securityToken.empty()) config.auth.dlf.securityToken = securityToken;
    } else if (authMode != "none") {
        return usageError("--auth must be none, bearer or dlf");
    }

    auto warehouse = paimon::Warehouse::open(warehouseDir);
    if (!warehouse) {
        std::cerr << "paimon-rest-server: " << warehouse.error().message << "\n";
        return 1;
    }
    if (demo) {
        auto written = paimon::writeDemoWarehouse(**warehouse);
        if (!written) {
            std::cerr << "paimon-rest-server: cannot write the demo catalog: "
                      << written.error().message << "\n";
            return 1;
        }
        if (*written) std::cerr << "paimon-rest-server: wrote the demo catalog\n";
    }

    // Signals are taken by a thread of their own, which stops the server.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGINT);
    sigaddset(&stopSignals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);
    signal(SIGPIPE, SIG_IGN);

    paimon::RestService service(*warehouse, config);
    httplib::Server server;
    server.set_payload_max_length(maxBody);
    server.set_keep_alive_max_count(10000);
    server.set_keep_alive_timeout(5);
    // Answers go out at once: without this, Nagle's algorithm holds the body back until the
    // client acknowledges the headers, which a delayed ACK postpones by 40 ms per request.
    server.set_tcp_nodelay(true);
    // Answers are never compressed. httplib would pick Brotli at its highest quality for any
    // client that accepts it (Qt's do), which takes 4 ms for a 28 KB page of names: more than
    // it saves on the loopback and LAN links this server runs on. The request object is
    // httplib's own non-const local, so dropping the header here is well defined.
    server.set_pre_routing_handler([](const httplib::Request& req, httplib::Response&) {
        const_cast<httplib::Request&>(req).headers.erase("Accept-Encoding");
        return httplib::Server::HandlerResponse::Unhandled;
    });
    // Each open connection holds a worker while it is kept alive; leave room for several
    // clients (a browser opens up to six connections).
    server.new_task_queue = [] { return new httplib::ThreadPool(32); };
    std::atomic<int> active{0};
    auto handler = [&](const httplib::Request& req, httplib::Response& res) {
        active.fetch_add(1);
        struct Leave {
            std::atomic<int>& n;
            ~Leave() { n.fetch_sub(1); }
        } leave{active};
        paimon::ServerRequest request;
        request.method = req.method;
        request.target = req.target;
        for (const auto& [name, value] : req.headers)
            request.headers.add(name, value);
        request.body = req.body;
        paimon::HttpResponse response = service.handle(request);
        res.status = response.status;
        // A request id on every answer, as catalog servers send, so that clients can quote it.
        res.set_header("x-request-id", paimon::crypto::uuid4());
        std::string contentType = response.headers.get("Content-Type").value_or("text/plain");
        for (const auto& [name, value] : response.headers) {
            if (name != "Content-Type") res.set_header(name, value);
        }
        res.set_content(response.body, contentType);
    };
    for (const char* pattern : {".*"}) {
        server.Get(pattern, handler);
        server.Post(pattern, handler);
        server.Delete(pattern, handler);
        server.Put(pattern, handler);
        server.Patch(pattern, handler);
    }
    // Failures httplib answers itself (413, malformed requests) get a JSON body too.
    server.set_error_handler([](const httplib::Request&, httplib::Response& res) {
        if (!res.body.empty()) return;
        std::string message = res.status == 413 ? "The request body is too large"
                                                : "The request could not be processed";
        paimon::HttpResponse error = paimon::RestService::errorResponse(res.status, message);
        if (!res.has_header("x-request-id"))
            res.set_header("x-request-id", paimon::crypto::uuid4());
        res.set_content(error.body, "application/json");
    });
    if (verbose) {
        server.set_logger([](const httplib::Request& req, const httplib::Response& res) {
            std::cerr << req.method << " " << req.path << " " << res.status << "\n";
        });
    }

    int bound =
        port == 0 ? server.bind_to_any_port(host) : (server.bind_to_port(host, port) ? port : -1);
    if (bound < 0) {
        std::cerr << "paimon-rest-server: cannot listen on " << host << ":" << port << "\n";
        return 1;
    }
    // On SIGINT/SIGTERM: stop accepting, let the requests under way finish (every write is
    // complete and synced when its request ends), then leave without waiting for idle
    // keep-alive connections to time out.
    std::thread([&] {
        int received = 0;
        sigwait(&stopSignals, &received);
        server.stop();
        for (int i = 0; i < 1000 && active.load() > 0; ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        std::cerr << "paimon-rest-server: stopped" << std::endl;
        std::cout.flush();
        ::_exit(active.load() > 0 ? 1 : 0);
    }).detach();
    std::cout << "listening on http://" << host << ":" << bound << std::endl;
    bool ok = server.listen_after_bind();
    if (!ok) {
        std::cerr << "paimon-rest-server: the server stopped unexpectedly\n";
        return 1;
    }
    // stop() ran: the signal thread ends the process once the requests under way are done.
    while (true)
        std::this_thread::sleep_for(std::chrono::seconds(1));
}
