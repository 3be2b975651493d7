#pragma once

#include <memory>
#include <string>
#include <utility>

#include "core/catalog/RestCatalog.h"
#include "core/http/Http.h"

// What RestCatalog's source files share (core/catalog only): sending a request and decoding
// its answer, and refusing a call before anything is sent.
namespace paimon {
namespace rest_call {

// The server's error, with the resource filled in from the call when the body had none.
inline Error inContext(Error e, const char* resourceType, const std::string& resourceName) {
    if (e.httpStatus != 0 && e.resourceType.empty() && resourceType != nullptr &&
        (e.kind == ErrorKind::NotFound || e.kind == ErrorKind::AlreadyExists)) {
        e.resourceType = resourceType;
        if (e.resourceName.empty()) e.resourceName = resourceName;
    }
    return e;
}

// A call refused before sending: the error arrives through the scheduler, never inside the call.
template <class T>
Cancellation rejected(const std::shared_ptr<RestClient>& client, Error e, Callback<T> done) {
    return client->scheduler()->post([e = std::move(e), done = std::move(done)] { done(e); });
}

}  // namespace rest_call

template <class T, class Decode>
// NOLINTBEGIN(performance-unnecessary-value-param)
Cancellation RestCatalog::call(RestRequest request, const char* resourceType,
                               std::string resourceName, Decode decode, Callback<T> done) {
    // NOLINTEND(performance-unnecessary-value-param)
    return client_->execute(
        std::move(request.method), std::move(request.path), std::move(request.query),
        std::move(request.body),
        [resourceType, resourceName = std::move(resourceName), decode,
         done = std::move(done)](Result<HttpResponse> r) {
            if (!r) return done(rest_call::inContext(r.takeError(), resourceType, resourceName));
            Result<T> decoded = decode(r->body);
            if (!decoded) {
                Error e = decoded.takeError();
                e.httpStatus = r->status;
                e.requestId = requestIdOf(r->headers);
                return done(std::move(e));
            }
            done(std::move(decoded));
        });
}

inline Cancellation RestCatalog::callNoBody(RestRequest request, const char* resourceType,
                                            std::string resourceName, Callback<Unit> done) {
    return call<Unit>(
        std::move(request), resourceType, std::move(resourceName),
        [](const std::string&) { return Result<Unit>(Unit{}); }, std::move(done));
}

}  // namespace paimon
