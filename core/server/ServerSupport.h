#pragma once

#include <algorithm>
#include <charconv>
#include <optional>
#include <string>
#include <variant>

#include "core/catalog/Catalog.h"
#include "core/http/Http.h"
#include "core/server/RestService.h"

// What RestService's route files share (core/server only): query values, paging parameters
// as Java's reference server reads them, and responses.
namespace paimon::server_detail {

inline std::optional<std::string> queryValue(const QueryParams& q, const std::string& key) {
    for (const auto& [k, v] : q)
        if (k == key) return v;
    return std::nullopt;
}

// Java's RESTCatalogServer: maxResults absent or <= 0 means the default, anything that is not
// an integer is a 400 naming it (with resource type TABLE on every endpoint, as Java sends).
inline std::variant<ListRequest, HttpResponse> listRequest(const QueryParams& q,
                                                           const char* patternKey) {
    ListRequest r;
    if (std::optional<std::string> max = queryValue(q, "maxResults")) {
        const std::string_view text = *max;
        int value = 0;
        auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
        if (ec != std::errc() || end != text.data() + text.size()) {
            return RestService::errorResponse(
                400, "Invalid input for queryParameter maxResults: " + std::string(text), "TABLE");
        }
        r.maxResults = std::max(value, 0);
    }
    r.pageToken = queryValue(q, "pageToken");
    r.namePattern = queryValue(q, patternKey);
    if (r.namePattern && r.namePattern->empty()) r.namePattern.reset();
    return r;
}

inline HttpResponse jsonResponse(std::string body) {
    HttpResponse r;
    r.status = 200;
    r.headers.set("Content-Type", "application/json");
    r.body = std::move(body);
    return r;
}

inline HttpResponse emptyResponse() {
    HttpResponse r;
    r.status = 200;
    return r;
}

inline HttpResponse fromError(const Error& e) {
    return RestService::errorResponse(RestService::statusOf(e.kind), e.message, e.resourceType,
                                      e.resourceName);
}

template <class T, class Encode>
inline HttpResponse respond(const Result<T>& r, Encode encode) {
    if (!r) return fromError(r.error());
    return jsonResponse(encode(*r));
}

inline HttpResponse respondEmpty(const Result<Unit>& r) {
    if (!r) return fromError(r.error());
    return emptyResponse();
}

}  // namespace paimon::server_detail
