#pragma once

#include <atomic>
#include <cstddef>
#include <memory>
#include <string>

#include "core/server/RestService.h"
#include "core/util/Result.h"

namespace paimon::server {

// The HTTP side of paimon-rest-server, on GNU libmicrohttpd: a few event-loop threads (epoll)
// read and write every connection, so an idle or half-open connection costs a little memory and
// no thread; the requests themselves run on a small worker pool while their connections are
// suspended, so a slow disk write holds up nobody else. Connections are bounded in number, in
// the memory each may use for its headers, and in how long they may stay silent.
class HttpServer {
public:
    struct Options {
        std::string host = "127.0.0.1";
        int port = 8080;                                 // 0 picks a free one
        size_t maxBodyBytes = size_t{16} * 1024 * 1024;  // larger bodies are answered 413
        unsigned idleTimeoutSeconds = 15;                // silence before a connection is closed
        unsigned maxConnections = 4096;                  // more are refused at accept
        unsigned pollThreads = 2;                        // event loops
        unsigned workers = 8;                            // threads that run requests
        bool verbose = false;                            // method, target and status on stderr
    };

    HttpServer(RestService& service, Options options);
    ~HttpServer();
    HttpServer(const HttpServer&) = delete;
    HttpServer& operator=(const HttpServer&) = delete;

    // Listens and serves; the port it listens on.
    Result<int> start();
    // Stops accepting, lets the requests under way finish (up to `graceMillis`), then closes
    // every connection. True when nothing was cut short.
    bool stop(int graceMillis);

    struct Impl;

private:
    std::unique_ptr<Impl> impl_;
};

}  // namespace paimon::server
