#include "core/util/Duration.h"

#include <array>
#include <charconv>
#include <limits>
#include <utility>

namespace paimon {
namespace {

constexpr int64_t kNanosPerSecond = 1'000'000'000;

std::string lowerAscii(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

std::string_view trimBlanks(std::string_view s) {
    auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    while (!s.empty() && blank(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && blank(s.back()))
        s.remove_suffix(1);
    return s;
}

// Nanoseconds per unit label.
std::optional<int64_t> unitNanos(const std::string& label) {
    static const std::array<std::pair<const char*, int64_t>, 19> kUnits{{
        {"d", 86400 * kNanosPerSecond},
        {"day", 86400 * kNanosPerSecond},
        {"days", 86400 * kNanosPerSecond},
        {"h", 3600 * kNanosPerSecond},
        {"hour", 3600 * kNanosPerSecond},
        {"hours", 3600 * kNanosPerSecond},
        {"min", 60 * kNanosPerSecond},
        {"m", 60 * kNanosPerSecond},
        {"minute", 60 * kNanosPerSecond},
        {"minutes", 60 * kNanosPerSecond},
        {"s", kNanosPerSecond},
        {"sec", kNanosPerSecond},
        {"secs", kNanosPerSecond},
        {"second", kNanosPerSecond},
        {"seconds", kNanosPerSecond},
        {"ms", 1'000'000},
        {"milli", 1'000'000},
        {"millis", 1'000'000},
        {"millisecond", 1'000'000},
    }};
    static const std::array<std::pair<const char*, int64_t>, 9> kSmall{{
        {"milliseconds", 1'000'000},
        {"\xC2\xB5s", 1'000},  // µs
        {"micro", 1'000},
        {"micros", 1'000},
        {"microsecond", 1'000},
        {"microseconds", 1'000},
        {"ns", 1},
        {"nano", 1},
        {"nanos", 1},
    }};
    for (const auto& [name, nanos] : kUnits)
        if (label == name) return nanos;
    for (const auto& [name, nanos] : kSmall)
        if (label == name) return nanos;
    if (label == "nanosecond" || label == "nanoseconds") return 1;
    return std::nullopt;
}

}  // namespace

Result<int64_t> parsePaimonDuration(std::string_view text) {
    std::string_view trimmed = trimBlanks(text);
    if (trimmed.empty()) {
        return makeError(ErrorKind::BadRequest, "the duration is empty");
    }
    size_t digits = 0;
    while (digits < trimmed.size() && trimmed[digits] >= '0' && trimmed[digits] <= '9')
        ++digits;
    if (digits == 0) {
        return makeError(ErrorKind::BadRequest,
                         "the duration '" + std::string(text) + "' does not start with a number");
    }
    int64_t value = 0;
    auto [end, ec] = std::from_chars(trimmed.data(), trimmed.data() + digits, value);
    if (ec != std::errc() || end != trimmed.data() + digits) {
        return makeError(ErrorKind::BadRequest,
                         "the duration '" + std::string(text) + "' is too large");
    }
    std::string label = lowerAscii(trimBlanks(trimmed.substr(digits)));
    int64_t per = 1'000'000;  // no unit: milliseconds
    if (!label.empty()) {
        std::optional<int64_t> unit = unitNanos(label);
        if (!unit) {
            return makeError(ErrorKind::BadRequest,
                             "the duration unit '" + label +
                                 "' is not one of d, h, m, min, s, ms, µs, ns (or their names)");
        }
        per = *unit;
    }
    if (value > std::numeric_limits<int64_t>::max() / per) {
        return makeError(ErrorKind::BadRequest,
                         "the duration '" + std::string(text) + "' is too large");
    }
    return value * per;
}

std::string formatIsoDuration(int64_t nanos) {
    if (nanos <= 0) return "PT0S";
    const int64_t seconds = nanos / kNanosPerSecond;
    const int64_t fraction = nanos % kNanosPerSecond;
    const int64_t hours = seconds / 3600;
    const int64_t minutes = (seconds % 3600) / 60;
    const int64_t secs = seconds % 60;
    std::string out = "PT";
    if (hours != 0) out += std::to_string(hours) + "H";
    if (minutes != 0) out += std::to_string(minutes) + "M";
    if (secs == 0 && fraction == 0 && out.size() > 2) return out;
    out += std::to_string(secs);
    if (fraction > 0) {
        std::string digits = std::to_string(fraction + kNanosPerSecond).substr(1);
        while (!digits.empty() && digits.back() == '0')
            digits.pop_back();
        out += "." + digits;
    }
    return out + "S";
}

std::optional<int64_t> parseIsoDuration(std::string_view text) {
    if (text.size() < 3 || text[0] != 'P') return std::nullopt;
    text.remove_prefix(1);
    int64_t total = 0;
    bool inTime = false, any = false;
    auto add = [&](int64_t value, int64_t per) {
        if (value > (std::numeric_limits<int64_t>::max() - total) / per) return false;
        total += value * per;
        any = true;
        return true;
    };
    while (!text.empty()) {
        if (text[0] == 'T') {
            if (inTime) return std::nullopt;
            inTime = true;
            text.remove_prefix(1);
            continue;
        }
        size_t n = 0;
        while (n < text.size() && text[n] >= '0' && text[n] <= '9')
            ++n;
        if (n == 0 || n == text.size()) return std::nullopt;
        int64_t value = 0;
        if (std::from_chars(text.data(), text.data() + n, value).ec != std::errc()) {
            return std::nullopt;
        }
        char unit = text[n];
        text.remove_prefix(n + 1);
        if (!inTime && unit == 'D') {
            if (!add(value, 86400 * kNanosPerSecond)) return std::nullopt;
        } else if (inTime && unit == 'H') {
            if (!add(value, 3600 * kNanosPerSecond)) return std::nullopt;
        } else if (inTime && unit == 'M') {
            if (!add(value, 60 * kNanosPerSecond)) return std::nullopt;
        } else if (inTime && (unit == 'S' || unit == '.')) {
            if (!add(value, kNanosPerSecond)) return std::nullopt;
            if (unit == '.') {
                size_t f = 0;
                while (f < text.size() && text[f] >= '0' && text[f] <= '9')
                    ++f;
                if (f == 0 || f > 9 || f >= text.size() || text[f] != 'S') return std::nullopt;
                std::string digits(text.substr(0, f));
                digits.append(9 - f, '0');
                if (!add(std::stoll(digits), 1)) return std::nullopt;
                text.remove_prefix(f + 1);
            }
        } else {
            return std::nullopt;
        }
    }
    if (!any) return std::nullopt;
    return total;
}

std::string formatDecimalSeconds(int64_t nanos) {
    if (nanos == 0) return "0.0";
    std::string fraction = std::to_string(nanos % kNanosPerSecond + kNanosPerSecond).substr(1);
    return std::to_string(nanos / kNanosPerSecond) + "." + fraction;
}

}  // namespace paimon
