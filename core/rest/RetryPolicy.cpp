#include "core/rest/RetryPolicy.h"

#include <algorithm>
#include <charconv>

#include "core/util/Encoding.h"

namespace paimon {

std::optional<Millis> parseRetryAfter(const std::string& value, SystemTime now) {
    std::string_view v = trimAscii(value);
    if (v.empty()) return std::nullopt;
    int64_t seconds = 0;
    auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), seconds);
    if (ec == std::errc() && p == v.data() + v.size()) {
        if (seconds <= 0) return std::nullopt;
        return Millis(std::min<int64_t>(seconds, 86400) * 1000);
    }
    if (std::optional<SystemTime> at = parseHttpDate(v)) {
        auto wait = std::chrono::duration_cast<Millis>(*at - now);
        if (wait.count() <= 0) return std::nullopt;
        return wait;
    }
    return std::nullopt;
}

Millis RetryPolicy::backoff(int retry, double random01) const {
    int exponent = std::clamp(retry - 1, 0, 30);
    int64_t multiplier = std::min<int64_t>(int64_t(1) << exponent, maxBackoffMultiplier);
    int64_t base = baseDelay.count() * multiplier;
    double jitter = std::clamp(random01, 0.0, 0.999999) * jitterFraction * double(base);
    return Millis(base + static_cast<int64_t>(jitter));
}

std::optional<Millis> RetryPolicy::delayAfterResponse(int retry, const HttpResponse& response,
                                                      SystemTime now, double random01) const {
    if (retry > maxRetries) return std::nullopt;
    if (response.status != 429 && response.status != 503) return std::nullopt;
    if (auto header = response.headers.get("Retry-After")) {
        if (auto wait = parseRetryAfter(*header, now)) return std::min(*wait, maxRetryAfter);
    }
    return backoff(retry, random01);
}

std::optional<Millis> RetryPolicy::delayAfterTransportError(int retry, const std::string& method,
                                                            const TransportError& error,
                                                            double random01) const {
    if (retry > maxRetries || !isIdempotentMethod(method)) return std::nullopt;
    switch (error.failure) {
        case TransportFailure::ConnectionReset:
        case TransportFailure::Other:
            return backoff(retry, random01);
        default:
            return std::nullopt;
    }
}

}  // namespace paimon
