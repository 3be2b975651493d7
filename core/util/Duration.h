#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/util/Result.h"

namespace paimon {

// Durations in nanoseconds, as Paimon reads and Java writes them (tag retention, HISTORY.md §2).

// Paimon's duration text (Java TimeUtils.parseDuration): digits, optional blanks, an optional
// case-insensitive unit (d, day(s), h, hour(s), m, min, minute(s), s, sec(s), second(s), ms,
// milli(s), millisecond(s), µs, micro(s), microsecond(s), ns, nano(s), nanosecond(s)); no unit
// means milliseconds. BadRequest names what is wrong. Durations beyond 292 years are refused.
Result<int64_t> parsePaimonDuration(std::string_view text);

// Java's Duration.toString() of a non-negative duration: "PT24H", "PT1H30M", "PT0.5S", "PT0S".
std::string formatIsoDuration(int64_t nanos);
// The inverse for what Java writes (PnDTnHnMn.nS, each part optional); nullopt otherwise.
std::optional<int64_t> parseIsoDuration(std::string_view text);

// Jackson's Duration as decimal seconds, nine fraction digits ("86400.000000000", "0.0" for 0).
std::string formatDecimalSeconds(int64_t nanos);

}  // namespace paimon
