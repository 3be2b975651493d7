#pragma once

#include <memory>
#include <string>

#include "core/async/Scheduler.h"
#include "core/http/Transport.h"

namespace paimon {

struct HttplibTransportSettings {
    std::string caFile;                          // PEM file of extra trusted certificates
    size_t maxResponseBytes = size_t{32} << 20;  // 32 MiB
    unsigned connections = 6;                    // requests in flight at once, each on its own
                                                 // keep-alive connection
};

// The core Transport over cpp-httplib, for the command line. Qt 6.4's QNetworkAccessManager
// reads a response's status line and headers a byte at a time (about 170 read() calls per
// response); cpp-httplib reads through a buffer. The same contract as QtTransport:
//
// - HTTP/1.1 keep-alive; up to `connections` requests in flight, each worker thread with its
//   own connection per origin. A connection idle for 5 s is reopened before use, and a request
//   whose reused connection turns out closed before any answer is sent once more on a new one
//   (as QNetworkAccessManager does).
// - The target and the body go out byte for byte with exactly the headers given.
// - Each request has a transfer timeout (no bytes moving for that long: Timeout).
// - A signed request (one with an Authorization header) is never redirected; the redirect is
//   reported as TransportFailure::Redirect. Unsigned requests follow up to 5 redirects that do
//   not go from https to http.
// - TLS: the server's certificate is always verified, against the system's roots plus the CA
//   file; failures are reported, never ignored.
// - A response larger than maxResponseBytes is abandoned (TooLarge).
//
// `done` runs on the scheduler's thread. send() and cancel() may be called from any thread.
class HttplibTransport final : public Transport {
public:
    using Settings = HttplibTransportSettings;

    HttplibTransport(std::shared_ptr<Scheduler> scheduler, Settings settings = Settings());
    ~HttplibTransport() override;
    HttplibTransport(const HttplibTransport&) = delete;
    HttplibTransport& operator=(const HttplibTransport&) = delete;

    Cancellation send(HttpRequest request, Callback done) override;

    // Why the CA file cannot be used, or an empty string.
    std::string caFileProblem() const;

    struct Impl;

private:
    std::shared_ptr<Impl> impl_;
};

}  // namespace paimon
