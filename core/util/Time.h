#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace paimon {

using SystemTime = std::chrono::system_clock::time_point;
using Millis = std::chrono::milliseconds;

int64_t toEpochMillis(SystemTime t);
SystemTime fromEpochMillis(int64_t ms);

// All formatting is locale-independent (English names, ASCII digits), in UTC.
std::string formatDlfDate(SystemTime t);        // 20231203T121212Z
std::string formatDlfDay(SystemTime t);         // 20231203
std::string formatIsoDay(int64_t epochMillis);  // 2023-12-03 (UTC)
std::string formatRfc1123(SystemTime t);        // Wed, 16 Apr 2025 03:44:46 GMT
std::string formatIso8601Utc(SystemTime t);     // 2025-04-16T03:44:46Z

// yyyy-MM-dd'T'HH:mm:ss'Z' (the DLF token "Expiration"), strictly.
std::optional<SystemTime> parseIso8601Utc(std::string_view s);
// RFC 1123 / RFC 850 / asctime HTTP dates (Retry-After).
std::optional<SystemTime> parseHttpDate(std::string_view s);

// A date and time of day in this process's time zone, as Java's LocalDateTime holds it (a
// tag's creation time on disk, HISTORY.md §2).
struct LocalDateTime {
    int year = 1970, month = 1, day = 1, hour = 0, minute = 0, second = 0;
    int nano = 0;
    bool operator==(const LocalDateTime&) const = default;
};
LocalDateTime toLocalDateTime(int64_t epochMillis);
// The same fields in UTC.
LocalDateTime toUtcDateTime(int64_t epochMillis);
// In a gap or overlap of daylight saving time, as the C library resolves it.
int64_t localDateTimeToEpochMillis(const LocalDateTime& t);

// A local wall-clock time stored as if it were UTC (a data file's _CREATION_TIME) as the
// instant it names in this process's time zone, as Java's server converts it.
int64_t localWallClockToEpochMillis(int64_t storedMillis);

}  // namespace paimon
