#pragma once

#include <functional>
#include <optional>

#include "core/http/Http.h"
#include "core/util/Time.h"

namespace paimon {

// When to try a request again (PROTOCOL.md §6): 429 and 503 for every method, after
// Retry-After or 1 s x min(2^(n-1), 64) plus up to 10 % jitter; I/O failures only for
// idempotent methods and never for timeouts, unknown hosts, refused or closed connections,
// TLS or redirects. At most maxRetries retries. Every retry is signed afresh by the caller.
struct RetryPolicy {
    int maxRetries = 5;
    Millis baseDelay{1000};
    int maxBackoffMultiplier = 64;
    double jitterFraction = 0.1;
    Millis maxRetryAfter{std::chrono::minutes(5)};  // a larger Retry-After is capped

    // The wait before retry number `retry` (1-based) after `response`, or nothing.
    std::optional<Millis> delayAfterResponse(int retry, const HttpResponse& response,
                                             SystemTime now, double random01) const;
    std::optional<Millis> delayAfterTransportError(int retry, const std::string& method,
                                                   const TransportError& error,
                                                   double random01) const;
    Millis backoff(int retry, double random01) const;
};

// Retry-After as seconds or an HTTP date; nothing when absent, unparsable or not positive.
std::optional<Millis> parseRetryAfter(const std::string& value, SystemTime now);

}  // namespace paimon
