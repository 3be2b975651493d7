#include "core/rest/ErrorMapping.h"

#include "core/json/Messages.h"
#include "core/json/Redaction.h"

namespace paimon {

bool isSuccessStatus(int status) {
    return status == 200 || status == 202 || status == 204;
}

namespace {

ErrorKind kindForCode(int code) {
    switch (code) {
        case 400:
            return ErrorKind::BadRequest;
        case 401:
            return ErrorKind::NotAuthorized;
        case 403:
            return ErrorKind::Forbidden;
        case 404:
            return ErrorKind::NotFound;
        case 409:
            return ErrorKind::AlreadyExists;
        case 500:
            return ErrorKind::ServiceFailure;
        case 501:
            return ErrorKind::NotImplemented;
        case 503:
            return ErrorKind::ServiceUnavailable;
        default:
            return ErrorKind::UnexpectedStatus;
    }
}

}  // namespace

Error errorFromResponse(const HttpResponse& response) {
    Error e;
    e.httpStatus = response.status;
    e.requestId = requestIdOf(response.headers);
    int code = response.status;
    // An empty or unparsable body still maps by status, and is never echoed.
    if (Result<ErrorResponse> body = codec::decodeErrorResponse(response.body); body) {
        if (body->code != 0) code = body->code;
        // A server may quote what it was sent; what looks like a secret is hidden before
        // the message reaches a dialog, a log or a terminal.
        e.message = redactSecretText(body->message);
        e.resourceType = body->resourceType.value_or("");
        e.resourceName = body->resourceName.value_or("");
    }
    e.kind = kindForCode(code);
    if (e.message.empty()) {
        e.message = "the server answered HTTP " + std::to_string(response.status);
        if (code != response.status) e.message += " with error code " + std::to_string(code);
    }
    return e;
}

}  // namespace paimon
