#include "core/util/Error.h"

namespace paimon {

const char* errorKindName(ErrorKind kind) {
    switch (kind) {
        case ErrorKind::BadRequest:
            return "Bad request";
        case ErrorKind::NotAuthorized:
            return "Not authorized";
        case ErrorKind::Forbidden:
            return "Forbidden";
        case ErrorKind::NotFound:
            return "Not found";
        case ErrorKind::AlreadyExists:
            return "Already exists";
        case ErrorKind::Conflict:
            return "Conflict";
        case ErrorKind::ServiceFailure:
            return "Server failure";
        case ErrorKind::NotImplemented:
            return "Not implemented by the server";
        case ErrorKind::ServiceUnavailable:
            return "Service unavailable";
        case ErrorKind::UnexpectedStatus:
            return "Unable to process";
        case ErrorKind::InvalidResponse:
            return "Invalid response";
        case ErrorKind::DatabaseNotEmpty:
            return "Database not empty";
        case ErrorKind::Network:
            return "Network error";
        case ErrorKind::Timeout:
            return "Timed out";
        case ErrorKind::Tls:
            return "TLS error";
        case ErrorKind::Cancelled:
            return "Cancelled";
        case ErrorKind::Credentials:
            return "Credentials error";
        case ErrorKind::Configuration:
            return "Configuration error";
        case ErrorKind::Io:
            return "File error";
    }
    return "Error";
}

std::string Error::describe() const {
    std::string out = errorKindName(kind);
    if (!message.empty()) {
        out += ": ";
        out += message;
    }
    std::string detail;
    if (httpStatus != 0) {
        detail = "HTTP " + std::to_string(httpStatus);
    }
    if (!requestId.empty()) {
        if (!detail.empty()) detail += ", ";
        detail += "requestId: " + requestId;
    }
    if (!detail.empty()) out += " (" + detail + ")";
    return out;
}

Error makeError(ErrorKind kind, std::string message) {
    Error e;
    e.kind = kind;
    e.message = std::move(message);
    return e;
}

}  // namespace paimon
