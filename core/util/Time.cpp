#include "core/util/Time.h"

#include <cstdio>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <string_view>

#include "core/util/Encoding.h"

namespace paimon {
namespace {

constexpr const char* kDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                   "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

// The UTC calendar fields of an instant, by civil-date arithmetic (no libc time zone lookup,
// which takes a lock and dominated the cost of signing a request).
struct UtcParts {
    int year, month, day, hour, minute, second, weekday;  // month 1-12, weekday 0 = Sunday
};

UtcParts utcParts(SystemTime t) {
    using namespace std::chrono;
    const auto secs = floor<seconds>(t);
    const auto days = floor<std::chrono::days>(secs);
    const year_month_day ymd{days};
    const hh_mm_ss hms{secs - days};
    return {static_cast<int>(ymd.year()),
            static_cast<int>(static_cast<unsigned>(ymd.month())),
            static_cast<int>(static_cast<unsigned>(ymd.day())),
            static_cast<int>(hms.hours().count()),
            static_cast<int>(hms.minutes().count()),
            static_cast<int>(hms.seconds().count()),
            static_cast<int>(weekday{days}.c_encoding())};
}

// Appends `value` zero-padded to `width` digits, as printf's %0*d does.
void appendDigits(std::string& out, int value, int width) {
    if (value < 0 ||
        value >= (width == 4 ? 10000 : 100)) {  // only a year can be; keep printf's form
        std::string digits = std::to_string(value < 0 ? -value : value);
        if (value < 0) out += '-';
        if (static_cast<int>(digits.size()) < width - (value < 0))
            out.append(static_cast<size_t>(width - (value < 0)) - digits.size(), '0');
        out += digits;
        return;
    }
    char buf[4];
    for (int i = width - 1; i >= 0; --i) {
        buf[i] = static_cast<char>('0' + value % 10);
        value /= 10;
    }
    out.append(buf, static_cast<size_t>(width));
}

// The UTC fields of `t` laid out by `layout`: %Y the year, %M %D %h %m %s two-digit month,
// day, hour, minute and second, %w and %n the English day and month names; anything else
// is copied.
std::string formatUtc(SystemTime t, std::string_view layout) {
    const UtcParts p = utcParts(t);
    std::string out;
    out.reserve(32);
    for (size_t i = 0; i < layout.size(); ++i) {
        if (layout[i] != '%' || i + 1 == layout.size()) {
            out += layout[i];
            continue;
        }
        switch (layout[++i]) {
            case 'Y':
                appendDigits(out, p.year, 4);
                break;
            case 'M':
                appendDigits(out, p.month, 2);
                break;
            case 'D':
                appendDigits(out, p.day, 2);
                break;
            case 'h':
                appendDigits(out, p.hour, 2);
                break;
            case 'm':
                appendDigits(out, p.minute, 2);
                break;
            case 's':
                appendDigits(out, p.second, 2);
                break;
            case 'w':
                out += kDays[p.weekday];
                break;
            case 'n':
                out += kMonths[p.month - 1];
                break;
            default:
                out += layout[i];
                break;
        }
    }
    return out;
}

std::optional<SystemTime> fromParts(int year, int month, int day, int hour, int minute,
                                    int second) {
    if (month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 || minute < 0 ||
        minute > 59 || second < 0 || second > 60) {
        return std::nullopt;
    }
    // SystemTime counts nanoseconds in 64 bits: 1677-09-21 to 2262-04-11.
    if (year < 1678 || year > 2261) return std::nullopt;
    std::chrono::year_month_day ymd{std::chrono::year{year},
                                    std::chrono::month{static_cast<unsigned>(month)},
                                    std::chrono::day{static_cast<unsigned>(day)}};
    if (!ymd.ok()) return std::nullopt;
    return SystemTime(std::chrono::sys_days(ymd).time_since_epoch()) + std::chrono::hours(hour) +
           std::chrono::minutes(minute) + std::chrono::seconds(second);
}

bool readInt(std::string_view s, size_t pos, size_t len, int& out) {
    if (pos + len > s.size()) return false;
    int v = 0;
    for (size_t i = pos; i < pos + len; ++i) {
        if (s[i] < '0' || s[i] > '9') return false;
        v = v * 10 + (s[i] - '0');
    }
    out = v;
    return true;
}

int monthIndex(std::string_view name) {
    for (int i = 0; i < 12; ++i) {
        if (equalsIgnoreCaseAscii(name, kMonths[i])) return i + 1;
    }
    return 0;
}

}  // namespace

int64_t toEpochMillis(SystemTime t) {
    return std::chrono::duration_cast<Millis>(t.time_since_epoch()).count();
}

SystemTime fromEpochMillis(int64_t ms) {
    return SystemTime(Millis(ms));
}

std::string formatDlfDate(SystemTime t) {
    return formatUtc(t, "%Y%M%DT%h%m%sZ");
}

std::string formatDlfDay(SystemTime t) {
    return formatUtc(t, "%Y%M%D");
}

std::string formatRfc1123(SystemTime t) {
    return formatUtc(t, "%w, %D %n %Y %h:%m:%s GMT");
}

std::string formatIso8601Utc(SystemTime t) {
    return formatUtc(t, "%Y-%M-%DT%h:%m:%sZ");
}

std::optional<SystemTime> parseIso8601Utc(std::string_view s) {
    // 2025-04-16T03:44:46Z
    if (s.size() != 20 || s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' ||
        s[16] != ':' || s[19] != 'Z') {
        return std::nullopt;
    }
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, se = 0;
    if (!readInt(s, 0, 4, y) || !readInt(s, 5, 2, mo) || !readInt(s, 8, 2, d) ||
        !readInt(s, 11, 2, h) || !readInt(s, 14, 2, mi) || !readInt(s, 17, 2, se)) {
        return std::nullopt;
    }
    return fromParts(y, mo, d, h, mi, se);
}

std::optional<SystemTime> parseHttpDate(std::string_view s) {
    s = trimAscii(s);
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, se = 0;
    auto comma = s.find(',');
    if (comma != std::string_view::npos) {
        std::string_view rest = trimAscii(s.substr(comma + 1));
        // RFC 1123: "16 Apr 2025 03:44:46 GMT"; RFC 850: "16-Apr-25 03:44:46 GMT"
        if (rest.size() >= 24 && rest[2] == ' ') {
            if (!readInt(rest, 0, 2, d) || !(mo = monthIndex(rest.substr(3, 3))) ||
                !readInt(rest, 7, 4, y) || !readInt(rest, 12, 2, h) || !readInt(rest, 15, 2, mi) ||
                !readInt(rest, 18, 2, se) || rest.substr(20) != " GMT") {
                return std::nullopt;
            }
            return fromParts(y, mo, d, h, mi, se);
        }
        if (rest.size() >= 22 && rest[2] == '-') {
            if (!readInt(rest, 0, 2, d) || !(mo = monthIndex(rest.substr(3, 3))) ||
                !readInt(rest, 7, 2, y) || !readInt(rest, 10, 2, h) || !readInt(rest, 13, 2, mi) ||
                !readInt(rest, 16, 2, se) || rest.substr(18) != " GMT") {
                return std::nullopt;
            }
            y += y < 70 ? 2000 : 1900;
            return fromParts(y, mo, d, h, mi, se);
        }
        return std::nullopt;
    }
    // asctime: "Wed Apr 16 03:44:46 2025" (day may be space-padded)
    if (s.size() == 24) {
        std::string day(s.substr(8, 2));
        if (day[0] == ' ') day[0] = '0';
        if (!(mo = monthIndex(s.substr(4, 3))) || !readInt(day, 0, 2, d) || !readInt(s, 11, 2, h) ||
            !readInt(s, 14, 2, mi) || !readInt(s, 17, 2, se) || !readInt(s, 20, 4, y)) {
            return std::nullopt;
        }
        return fromParts(y, mo, d, h, mi, se);
    }
    return std::nullopt;
}

namespace {

// The civil fields of epoch milliseconds, in this process's zone or in UTC.
LocalDateTime civilOf(int64_t epochMillis, bool local) {
    int64_t seconds = epochMillis / 1000;
    int64_t millis = epochMillis % 1000;
    if (millis < 0) {
        millis += 1000;
        --seconds;
    }
    const auto t = static_cast<time_t>(seconds);
    std::tm tm{};
    if (local) {
        localtime_r(&t, &tm);
    } else {
        gmtime_r(&t, &tm);
    }
    return {tm.tm_year + 1900,
            tm.tm_mon + 1,
            tm.tm_mday,
            tm.tm_hour,
            tm.tm_min,
            std::min(tm.tm_sec, 59),
            static_cast<int>(millis) * 1'000'000};
}

}  // namespace

LocalDateTime toLocalDateTime(int64_t epochMillis) {
    return civilOf(epochMillis, true);
}

LocalDateTime toUtcDateTime(int64_t epochMillis) {
    return civilOf(epochMillis, false);
}

int64_t localDateTimeToEpochMillis(const LocalDateTime& t) {
    std::tm tm{};
    tm.tm_year = t.year - 1900;
    tm.tm_mon = t.month - 1;
    tm.tm_mday = t.day;
    tm.tm_hour = t.hour;
    tm.tm_min = t.minute;
    tm.tm_sec = t.second;
    tm.tm_isdst = -1;
    const time_t seconds = mktime(&tm);
    return static_cast<int64_t>(seconds) * 1000 + t.nano / 1'000'000;
}

int64_t localWallClockToEpochMillis(int64_t storedMillis) {
    return localDateTimeToEpochMillis(toUtcDateTime(storedMillis));
}

std::string formatIsoDay(int64_t epochMillis) {
    const LocalDateTime t = toUtcDateTime(epochMillis);
    char buf[32];
    (void)std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", t.year, t.month, t.day);
    return buf;
}

}  // namespace paimon
