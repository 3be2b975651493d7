// paimon-rest-server: a local Paimon REST catalog server in front of a warehouse folder.
// Argument parsing and the HTTP wiring only; the protocol lives in core/server.
#include <sys/resource.h>
#include <unistd.h>
#include <csignal>

#include <algorithm>

#include <atomic>
#include <chrono>
#include <cstddef>
#include <cstdlib>
#include <iostream>
#include <string>
#include <thread>

#include "app/server/HttpServer.h"
#include "core/fs/Warehouse.h"
#include "core/server/DemoWarehouse.h"
#include "core/server/RestService.h"

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
  --idle-timeout S         seconds a connection may stay silent, while sending its request
                           or between requests, before it is closed (default 15)
  --max-connections N      connections open at once; more are refused (default 4096)
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
    // Read at start, before any thread of the server exists.
    const char* v = std::getenv(name);  // NOLINT(concurrency-mt-unsafe)
    return v && *v ? std::string(v) : fallback;
}

}  // namespace

namespace {

int run(int argc, char** argv) {
    // Java clients cannot work without a prefix (PROTOCOL.md §2), so there is always one.
    std::string warehouseDir, host = "127.0.0.1", prefix = "paimon", authMode = "none", token,
                              keyId, keySecret, securityToken;
    int port = 8080;
    size_t maxBody = size_t{16} * 1024 * 1024;
    unsigned idleTimeout = 15, maxConnections = 4096;
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
        }
        if (arg == "--version") {
            std::cout << "paimon-rest-server " << PAIMON_VERSION << "\n";
            return 0;
        }
        if (arg == "--demo") {
            demo = true;
        } else if (arg == "--verbose") {
            verbose = true;
        } else if (arg == "--warehouse") {
            if (!value(warehouseDir)) return usageError("--warehouse needs a folder");
        } else if (arg == "--host") {
            if (!value(host)) return usageError("--host needs an address");
        } else if (arg == "--port" || arg == "--max-body-bytes" || arg == "--idle-timeout" ||
                   arg == "--max-connections") {
            if (!value(v)) return usageError(arg + " needs a number");
            try {
                size_t used = 0;
                long long n = std::stoll(v, &used);
                if (used != v.size() || n < 0) throw std::invalid_argument(v);
                if (arg == "--port") {
                    if (n > 65535) throw std::out_of_range(v);
                    port = static_cast<int>(n);
                } else if (arg == "--idle-timeout" || arg == "--max-connections") {
                    if (n < 1 || n > 1000000) throw std::out_of_range(v);
                    (arg == "--idle-timeout" ? idleTimeout : maxConnections) =
                        static_cast<unsigned>(n);
                } else {
                    maxBody = static_cast<size_t>(n);
                }
            } catch (const std::exception&) {
                std::string message = arg;
                message += " needs a number, got '";
                message += v;
                message += "'";
                return usageError(message);
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
    if (signal(SIGPIPE, SIG_IGN) == SIG_ERR) {
        std::cerr << "paimon-rest-server: cannot ignore SIGPIPE\n";
        return 1;
    }
    // Room for many connections: each is a descriptor, and the soft limit is often 1,024.
    rlimit files{};
    if (::getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur < files.rlim_max) {
        files.rlim_cur = files.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &files);
    }

    paimon::RestService service(*warehouse, config);
    paimon::server::HttpServer::Options http;
    http.host = host;
    http.port = port;
    http.maxBodyBytes = maxBody;
    http.idleTimeoutSeconds = idleTimeout;
    http.maxConnections = maxConnections;
    http.pollThreads = 2;
    http.workers = std::max(4u, 2 * std::thread::hardware_concurrency());
    http.verbose = verbose;
    paimon::server::HttpServer server(service, http);
    auto bound = server.start();
    if (!bound) {
        std::cerr << "paimon-rest-server: " << bound.error().message << "\n";
        return 1;
    }
    std::cout << "listening on http://" << host << ":" << *bound << std::endl;
    // On SIGINT/SIGTERM: stop accepting, let the requests under way finish, then leave without
    // waiting for idle keep-alive connections to time out.
    int received = 0;
    sigwait(&stopSignals, &received);
    const bool clean = server.stop(10000);
    std::cerr << "paimon-rest-server: stopped" << std::endl;
    std::cout.flush();
    ::_exit(clean ? 0 : 1);
}

}  // namespace

// Whatever escapes is reported, not an abort.
int main(int argc, char** argv) {
    try {
        return run(argc, argv);
    } catch (const std::exception& e) {
        std::cerr << "paimon-rest-server: " << e.what() << "\n";
        return 1;
    }
}
