// FORMAT.md §6.3: which column type changes Paimon accepts, and which default values convert.
#include <algorithm>
#include <array>
#include <charconv>
#include <cstdlib>
#include <limits>

#include "core/schema/TypeCasts.h"
#include "core/util/Encoding.h"

namespace paimon {
namespace {

using R = TypeRoot;

bool isCharacter(R r) {
    return r == R::Char || r == R::VarChar;
}
bool isBinary(R r) {
    return r == R::Binary || r == R::VarBinary;
}
bool isInteger(R r) {
    return r == R::TinyInt || r == R::SmallInt || r == R::Int || r == R::BigInt;
}
bool isFractional(R r) {
    return r == R::Decimal || r == R::Float || r == R::Double;
}
bool isNumeric(R r) {
    return isInteger(r) || isFractional(r);
}
bool isTimestamp(R r) {
    return r == R::Timestamp || r == R::LocalZonedTimestamp;
}
// STRING exactly: VARCHAR(2147483647), nullable (the only string target of DATE, TIME and the
// timestamps).
bool isPlainString(const DataType& t) {
    return t.root() == R::VarChar && t.length() == DataType::kMaxLength && t.nullable();
}

bool explicitCastAllowed(const DataType& from, const DataType& to) {
    R f = from.root(), t = to.root();
    if (isCharacter(f)) {
        return isCharacter(t) || t == R::Boolean || isBinary(t) || isNumeric(t) || t == R::Date ||
               t == R::Time || isTimestamp(t);
    }
    if (f == R::Boolean) return isCharacter(t) || isNumeric(t);
    if (isBinary(f)) return isCharacter(t) || isBinary(t);
    if (isInteger(f)) {
        return isCharacter(t) || t == R::Boolean || isNumeric(t) || isTimestamp(t);
    }
    if (isFractional(f)) return isCharacter(t) || isNumeric(t) || isTimestamp(t);
    if (f == R::Date || f == R::Time) return isPlainString(to) || isTimestamp(t);
    if (isTimestamp(f)) {
        return isPlainString(to) || t == R::Int || t == R::BigInt || t == R::Date || t == R::Time ||
               isTimestamp(t);
    }
    if (f == R::Array || f == R::Map || f == R::Row) return isCharacter(t);
    return false;  // VARIANT, BLOB, VECTOR, MULTISET, GEOMETRY, GEOGRAPHY
}

int integerRank(R r) {
    switch (r) {
        case R::TinyInt:
            return 1;
        case R::SmallInt:
            return 2;
        case R::Int:
            return 3;
        case R::BigInt:
            return 4;
        default:
            return 0;
    }
}

bool implicitCastAllowed(const DataType& from, const DataType& to) {
    R f = from.root(), t = to.root();
    if (isInteger(f) && isInteger(t)) return integerRank(f) <= integerRank(t);
    if ((isInteger(f) || f == R::Float || f == R::Decimal) &&
        (t == R::Float || t == R::Double || t == R::Decimal)) {
        return true;
    }
    if (f == R::Double && t == R::Double) return true;
    if (f == R::Char) return isCharacter(t);
    if (f == R::VarChar) return t == R::VarChar;
    if (f == R::Binary) return isBinary(t);
    if (f == R::VarBinary) return t == R::VarBinary;
    if (f == R::Timestamp) return t == R::Date || t == R::Time || isTimestamp(t);
    if (f == R::LocalZonedTimestamp) return isTimestamp(t);
    return false;
}

std::string_view stripQuotes(std::string_view v) {
    if (v.size() >= 2 && v.front() == '\'' && v.back() == '\'') return v.substr(1, v.size() - 2);
    return v;
}

bool parseInteger(std::string_view text, int64_t lo, int64_t hi) {
    text = trimAscii(text);
    if (!text.empty() && text.front() == '+') text.remove_prefix(1);
    int64_t value = 0;
    auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    return ec == std::errc() && ptr == text.data() + text.size() && !text.empty() && value >= lo &&
           value <= hi;
}

bool parseFloating(std::string_view text) {
    std::string s(trimAscii(text));
    if (s.empty()) return false;
    char* end = nullptr;
    static_cast<void>(std::strtod(s.c_str(), &end));  // only where it stopped matters
    return end == s.c_str() + s.size();
}

bool parseDecimal(std::string_view text, int precision, int scale) {
    text = trimAscii(text);
    if (!text.empty() && (text.front() == '+' || text.front() == '-')) text.remove_prefix(1);
    size_t dot = text.find('.');
    std::string_view whole = text.substr(0, dot);
    std::string_view frac = dot == std::string_view::npos ? "" : text.substr(dot + 1);
    if (whole.empty() && frac.empty()) return false;
    for (char c : whole)
        if (c < '0' || c > '9') return false;
    for (char c : frac)
        if (c < '0' || c > '9') return false;
    while (whole.size() > 1 && whole.front() == '0')
        whole.remove_prefix(1);
    if (whole == "0") whole = "";
    // Extra fraction digits are rounded away; the integer part must fit.
    return static_cast<int>(whole.size()) <= precision - scale;
}

bool digits(std::string_view s, size_t minLen, size_t maxLen) {
    if (s.size() < minLen || s.size() > maxLen) return false;
    return std::ranges::all_of(s, [](char c) { return c >= '0' && c <= '9'; });
}

// Decimal digits whose value is within [lo, hi].
bool inRange(std::string_view s, int lo, int hi) {
    int value = 0;
    auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
    return ec == std::errc() && ptr == s.data() + s.size() && value >= lo && value <= hi;
}

bool parseDate(std::string_view s) {
    size_t a = s.find('-');
    if (a == std::string_view::npos) return false;
    size_t b = s.find('-', a + 1);
    if (b == std::string_view::npos) return false;
    std::string_view y = s.substr(0, a), m = s.substr(a + 1, b - a - 1), d = s.substr(b + 1);
    if (!digits(y, 1, 4) || !digits(m, 1, 2) || !digits(d, 1, 2)) return false;
    return inRange(m, 1, 12) && inRange(d, 1, 31);
}

bool parseTime(std::string_view s) {
    size_t dot = s.find('.');
    std::string_view main = s.substr(0, dot);
    if (dot != std::string_view::npos && !digits(s.substr(dot + 1), 1, 9)) return false;
    std::vector<std::string_view> parts;
    size_t start = 0;
    while (true) {
        size_t colon = main.find(':', start);
        parts.push_back(main.substr(start, colon - start));
        if (colon == std::string_view::npos) break;
        start = colon + 1;
    }
    if (parts.size() < 2 || parts.size() > 3) return false;
    const std::array<int, 3> limits = {23, 59, 59};
    for (size_t i = 0; i < parts.size() && i < limits.size(); ++i) {
        if (!digits(parts[i], 1, 2) || !inRange(parts[i], 0, limits[i])) return false;
    }
    return true;
}

bool parseTimestamp(std::string_view s) {
    size_t sep = s.find_first_of(" T");
    if (sep == std::string_view::npos) return parseDate(s);
    return parseDate(s.substr(0, sep)) && parseTime(s.substr(sep + 1));
}

bool parseBoolean(std::string_view s) {
    std::string v = toLowerAscii(trimAscii(s));
    return v == "t" || v == "true" || v == "y" || v == "yes" || v == "1" || v == "f" ||
           v == "false" || v == "n" || v == "no" || v == "0";
}

}  // namespace

bool canChangeColumnType(const DataType& from, const DataType& to, bool allowExplicit) {
    if (from.root() == R::Geometry || from.root() == R::Geography) return false;
    // A runtime cast rule must exist as well; the explicit table lists only such pairs, and
    // the implicit (widening) table is a subset of it.
    if (!explicitCastAllowed(from, to)) return false;
    return allowExplicit || implicitCastAllowed(from, to);
}

std::optional<std::string> defaultValueProblem(const DataType& type, const std::string& value) {
    std::string_view v = stripQuotes(value);
    bool ok = true;
    switch (type.root()) {
        case R::Char:
        case R::VarChar:
        case R::Binary:
        case R::VarBinary:
            break;
        case R::Boolean:
            ok = parseBoolean(v);
            break;
        case R::TinyInt:
            ok = parseInteger(v, std::numeric_limits<int8_t>::min(),
                              std::numeric_limits<int8_t>::max());
            break;
        case R::SmallInt:
            ok = parseInteger(v, std::numeric_limits<int16_t>::min(),
                              std::numeric_limits<int16_t>::max());
            break;
        case R::Int:
            ok = parseInteger(v, std::numeric_limits<int32_t>::min(),
                              std::numeric_limits<int32_t>::max());
            break;
        case R::BigInt:
            ok = parseInteger(v, std::numeric_limits<int64_t>::min(),
                              std::numeric_limits<int64_t>::max());
            break;
        case R::Float:
        case R::Double:
            ok = parseFloating(v);
            break;
        case R::Decimal:
            ok = parseDecimal(v, type.precision(), type.scale());
            break;
        case R::Date:
            ok = parseDate(trimAscii(v));
            break;
        case R::Time:
            ok = parseTime(trimAscii(v));
            break;
        case R::Timestamp:
        case R::LocalZonedTimestamp:
            ok = parseTimestamp(trimAscii(v));
            break;
        default:
            return "Unsupported default value for type " + type.sql() +
                   ": only atomic types can have a default value";
    }
    if (ok) return std::nullopt;
    return "Unsupported default value '" + value + "' for type " + type.sql();
}

}  // namespace paimon
