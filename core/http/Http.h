#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/util/Error.h"

namespace paimon {

// Header list with case-insensitive names, order kept.
class Headers {
public:
    using Entry = std::pair<std::string, std::string>;

    void set(std::string name, std::string value);  // replaces every entry of that name
    void add(std::string name, std::string value);
    void remove(std::string_view name);
    std::optional<std::string> get(std::string_view name) const;
    bool contains(std::string_view name) const { return get(name).has_value(); }
    const std::vector<Entry>& entries() const { return entries_; }
    bool empty() const { return entries_.empty(); }
    auto begin() const { return entries_.begin(); }
    auto end() const { return entries_.end(); }

private:
    std::vector<Entry> entries_;
};

using QueryParams = std::vector<std::pair<std::string, std::string>>;

struct HttpRequest {
    std::string method = "GET";
    std::string baseUrl;  // scheme://host[:port][/base], no trailing '/'
    std::string path;     // encoded resource path, "/v1/..."; what the DLF signer signs
    QueryParams query;    // raw (unencoded) values, in the order given
    Headers headers;
    std::optional<std::string> body;  // absent: no body at all
    std::chrono::milliseconds timeout{std::chrono::minutes(3)};

    // baseUrl + path + "?" + RFC 3986-encoded query.
    std::string url() const;
};

struct HttpResponse {
    int status = 0;
    Headers headers;
    std::string body;
};

// Why a request got no HTTP response; decides whether an I/O retry is allowed (§6).
enum class TransportFailure {
    HostNotFound,
    ConnectionRefused,
    ConnectionClosed,  // closed before any response
    ConnectionReset,   // reset or broken during the exchange
    Timeout,
    Tls,
    Redirect,  // a redirect was refused (signed requests are never redirected)
    TooLarge,  // the response exceeded the size limit
    Cancelled,
    Other,
};

struct TransportError {
    TransportFailure failure = TransportFailure::Other;
    std::string message;  // never contains a body or a credential
};

bool isIdempotentMethod(std::string_view method);

// "Authorization: ***" style copy of headers that carry secrets, for logs and errors.
bool isSecretHeader(std::string_view name);
Headers redactHeaders(const Headers& headers);

// The request id a server put in its response (§1): x-request-id, else any *request-id*.
std::string requestIdOf(const Headers& headers);

// A transport failure as a typed Error.
Error errorFromTransport(const TransportError& t);

}  // namespace paimon
