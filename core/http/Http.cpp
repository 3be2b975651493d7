#include "core/http/Http.h"

#include "core/util/Encoding.h"

namespace paimon {

void Headers::set(std::string name, std::string value) {
    remove(name);
    entries_.emplace_back(std::move(name), std::move(value));
}

void Headers::add(std::string name, std::string value) {
    entries_.emplace_back(std::move(name), std::move(value));
}

void Headers::remove(std::string_view name) {
    std::erase_if(entries_, [&](const Entry& e) { return equalsIgnoreCaseAscii(e.first, name); });
}

std::optional<std::string> Headers::get(std::string_view name) const {
    for (const Entry& e : entries_) {
        if (equalsIgnoreCaseAscii(e.first, name)) return e.second;
    }
    return std::nullopt;
}

std::string HttpRequest::url() const {
    std::string out = baseUrl + path;
    char sep = '?';
    for (const auto& [k, v] : query) {
        out += sep;
        out += percentEncodeQueryValue(k);
        out += '=';
        out += percentEncodeQueryValue(v);
        sep = '&';
    }
    return out;
}

bool isIdempotentMethod(std::string_view method) {
    return method == "GET" || method == "HEAD" || method == "PUT" || method == "DELETE" ||
           method == "OPTIONS" || method == "TRACE";
}

bool isSecretHeader(std::string_view name) {
    std::string n = toLowerAscii(name);
    return n == "authorization" || n == "proxy-authorization" || n == "cookie" ||
           n == "set-cookie" || n == "x-dlf-security-token" || n == "x-acs-security-token" ||
           n.find("token") != std::string::npos || n.find("secret") != std::string::npos ||
           n.find("password") != std::string::npos || n.find("api-key") != std::string::npos;
}

Headers redactHeaders(const Headers& headers) {
    Headers out;
    for (const auto& [name, value] : headers) {
        out.add(name, isSecretHeader(name) ? std::string("***") : value);
    }
    return out;
}

std::string requestIdOf(const Headers& headers) {
    if (auto id = headers.get("x-request-id")) return *id;
    for (const auto& [name, value] : headers) {
        if (toLowerAscii(name).find("request-id") != std::string::npos) return value;
    }
    return {};
}

Error errorFromTransport(const TransportError& t) {
    Error e;
    switch (t.failure) {
        case TransportFailure::Timeout:
            e.kind = ErrorKind::Timeout;
            break;
        case TransportFailure::Tls:
            e.kind = ErrorKind::Tls;
            break;
        case TransportFailure::Cancelled:
            e.kind = ErrorKind::Cancelled;
            break;
        case TransportFailure::TooLarge:
            e.kind = ErrorKind::InvalidResponse;
            break;
        default:
            e.kind = ErrorKind::Network;
            break;
    }
    e.message = t.message;
    return e;
}

}  // namespace paimon
