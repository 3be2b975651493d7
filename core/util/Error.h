#pragma once

#include <string>

namespace paimon {

// What went wrong, in the user's terms. HTTP-status-derived kinds follow PROTOCOL.md §7.
enum class ErrorKind {
    BadRequest,          // 400, or a request the client refuses to build (invalid name, ...)
    NotAuthorized,       // 401
    Forbidden,           // 403
    NotFound,            // 404
    AlreadyExists,       // 409
    Conflict,            // 409 too: another writer changed the object first (reload, retry)
    ServiceFailure,      // 500
    NotImplemented,      // 501
    ServiceUnavailable,  // 503
    UnexpectedStatus,    // any other non-success status (405, 406, 429 after retries, ...)
    InvalidResponse,     // a success status whose body is missing, not JSON, or the wrong shape
    DatabaseNotEmpty,    // drop of a non-empty database without cascade
    Network,             // DNS, refused, reset, closed: the request may not have reached the server
    Timeout,             // no complete response within the transfer timeout
    Tls,                 // certificate or handshake failure
    Cancelled,           // the caller cancelled
    Credentials,         // a token could not be loaded or refreshed
    Configuration,       // options that cannot work (missing uri, region not inferable, ...)
    Io,                  // local file system
};

const char* errorKindName(ErrorKind kind);

struct Error {
    ErrorKind kind = ErrorKind::ServiceFailure;
    std::string message;       // never contains a response body or a credential
    std::string resourceType;  // DATABASE, TABLE, COLUMN, ... when known
    std::string resourceName;
    int httpStatus = 0;  // 0 when no HTTP response was received
    std::string requestId;

    // One line for people: "<kind>: <message> (HTTP 404, requestId: abc)".
    std::string describe() const;
};

Error makeError(ErrorKind kind, std::string message);

}  // namespace paimon
