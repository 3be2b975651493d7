#include "core/fs/BinaryRow.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <ctime>

#include "core/util/Time.h"

namespace paimon {
namespace {

// DECIMAL(38) needs 128 bits: GCC's and clang's extension.
__extension__ using Int128 = __int128;
__extension__ using UInt128 = unsigned __int128;

Error notARow(const std::string& what) {
    return makeError(ErrorKind::Io, "not a BinaryRow: " + what);
}

template <class T>
T littleEndian(std::string_view bytes, size_t at) {
    T v{};
    std::memcpy(&v, bytes.data() + at, sizeof(T));  // the machine is little-endian (x86-64)
    return v;
}

// Java's shortest repr of a double (Double.toString): plain between 10^-3 and 10^7, else
// computerized scientific notation "1.0E10".
std::string javaFloating(double v, bool isFloat) {
    if (std::isnan(v)) return "NaN";
    if (std::isinf(v)) return v > 0 ? "Infinity" : "-Infinity";
    if (v == 0) return std::signbit(v) ? "-0.0" : "0.0";
    char buf[64];
    std::to_chars_result r =
        isFloat ? std::to_chars(buf, buf + sizeof buf, static_cast<float>(v),
                                std::chars_format::scientific)
                : std::to_chars(buf, buf + sizeof buf, v, std::chars_format::scientific);
    std::string sci(buf, r.ptr);  // "-1.2345e+07"
    const bool negative = sci[0] == '-';
    if (negative) sci.erase(0, 1);
    const size_t e = sci.find('e');
    std::string digits = sci.substr(0, e);
    const int exponent = std::stoi(sci.substr(e + 1));
    digits.erase(std::remove(digits.begin(), digits.end(), '.'), digits.end());
    std::string out;
    const double magnitude = std::fabs(v);
    if (magnitude >= 1e-3 && magnitude < 1e7) {
        if (exponent >= 0) {
            const auto wholeDigits = static_cast<size_t>(exponent) + 1;
            std::string whole = digits.substr(0, std::min(digits.size(), wholeDigits));
            whole.append(wholeDigits - whole.size(), '0');
            std::string fraction =
                digits.size() > wholeDigits ? digits.substr(wholeDigits) : std::string("0");
            out = whole + "." + fraction;
        } else {
            out = "0." + std::string(static_cast<size_t>(-exponent - 1), '0') + digits;
        }
    } else {
        out = digits.substr(0, 1) + "." + (digits.size() > 1 ? digits.substr(1) : "0") + "E" +
              std::to_string(exponent);
    }
    return negative ? "-" + out : out;
}

// The unscaled value as a plain decimal with `scale` fraction digits (BigDecimal's
// toPlainString).
std::string plainDecimal(Int128 unscaled, int scale) {
    const bool negative = unscaled < 0;
    UInt128 magnitude = negative ? static_cast<UInt128>(-(unscaled + 1)) + 1 : unscaled;
    std::string digits;
    do {
        digits.insert(digits.begin(), static_cast<char>('0' + static_cast<int>(magnitude % 10)));
        magnitude /= 10;
    } while (magnitude != 0);
    if (scale > 0) {
        if (digits.size() <= static_cast<size_t>(scale)) {
            digits.insert(0, static_cast<size_t>(scale) - digits.size() + 1, '0');
        }
        digits.insert(digits.size() - static_cast<size_t>(scale), ".");
    }
    return negative ? "-" + digits : digits;
}

// Java's LocalDateTime.toString of epoch milliseconds and nanoseconds within the millisecond:
// seconds and fractions only when not zero.
std::string localDateTimeText(int64_t epochMillis, int nanoOfMilli) {
    const LocalDateTime tm = toUtcDateTime(epochMillis);
    char buf[64];
    (void)std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d", tm.year, tm.month, tm.day,
                        tm.hour, tm.minute);
    std::string out = buf;
    const int64_t nanos = int64_t{tm.nano} + nanoOfMilli;
    if (tm.second != 0 || nanos != 0) {
        (void)std::snprintf(buf, sizeof buf, ":%02d", tm.second);
        out += buf;
        if (nanos != 0) {
            // Java prints 3, 6 or 9 fraction digits, as few as the value needs.
            (void)std::snprintf(buf, sizeof buf, "%09lld", static_cast<long long>(nanos));
            std::string fraction = buf;
            if (nanos % 1'000'000 == 0) {
                fraction.resize(3);
            } else if (nanos % 1'000 == 0) {
                fraction.resize(6);
            }
            out += "." + fraction;
        }
    }
    return out;
}

}  // namespace

std::string javaDoubleText(double v) {
    return javaFloating(v, false);
}

std::string javaFloatText(float v) {
    return javaFloating(v, true);
}

Result<std::vector<std::optional<std::string>>> partitionValues(
    std::string_view serialized, const std::vector<DataType>& types) {
    if (serialized.size() < 4) return notARow("shorter than its arity");
    const auto* u = reinterpret_cast<const unsigned char*>(serialized.data());
    const int64_t arity = (int64_t{u[0]} << 24) | (u[1] << 16) | (u[2] << 8) | u[3];
    if (arity != static_cast<int64_t>(types.size())) {
        return notARow("arity " + std::to_string(arity) + " for " + std::to_string(types.size()) +
                       " partition keys");
    }
    const std::string_view row = serialized.substr(4);
    const size_t n = types.size();
    const size_t header = ((n + 63 + 8) / 64) * 8;
    if (row.size() < header + 8 * n) return notARow("shorter than its fixed part");
    std::vector<std::optional<std::string>> out;
    for (size_t i = 0; i < n; ++i) {
        const size_t bit = i + 8;
        const bool isNull = (static_cast<unsigned char>(row[bit >> 3]) >> (bit & 7)) & 1;
        if (isNull) {
            out.emplace_back();
            continue;
        }
        const size_t slot = header + 8 * i;
        const auto word = littleEndian<uint64_t>(row, slot);
        // The variable part a slot points at: offset in the upper, length in the lower half.
        auto variable = [&](size_t length) -> std::optional<std::string_view> {
            const auto offset = static_cast<size_t>(word >> 32);
            if (offset < header + 8 * n || offset > row.size() || length > row.size() - offset) {
                return std::nullopt;
            }
            return row.substr(offset, length);
        };
        const DataType& type = types[i];
        switch (type.root()) {
            case TypeRoot::Char:
            case TypeRoot::VarChar: {
                if ((static_cast<unsigned char>(row[slot + 7]) & 0x80) != 0) {
                    const size_t len = static_cast<unsigned char>(row[slot + 7]) & 0x7F;
                    if (len > 7) return notARow("an inline string longer than 7 bytes");
                    out.emplace_back(std::string(row.substr(slot, len)));
                } else {
                    auto bytes = variable(static_cast<size_t>(word & 0xFFFFFFFF));
                    if (!bytes) return notARow("a string beyond the row");
                    out.emplace_back(std::string(*bytes));
                }
                break;
            }
            case TypeRoot::Boolean:
                out.emplace_back(row[slot] != 0 ? "true" : "false");
                break;
            case TypeRoot::TinyInt:
                out.emplace_back(std::to_string(littleEndian<int8_t>(row, slot)));
                break;
            case TypeRoot::SmallInt:
                out.emplace_back(std::to_string(littleEndian<int16_t>(row, slot)));
                break;
            case TypeRoot::Int:
            case TypeRoot::Date:
            case TypeRoot::Time:
                out.emplace_back(std::to_string(littleEndian<int32_t>(row, slot)));
                break;
            case TypeRoot::BigInt:
                out.emplace_back(std::to_string(littleEndian<int64_t>(row, slot)));
                break;
            case TypeRoot::Float:
                out.emplace_back(javaFloatText(littleEndian<float>(row, slot)));
                break;
            case TypeRoot::Double:
                out.emplace_back(javaDoubleText(littleEndian<double>(row, slot)));
                break;
            case TypeRoot::Decimal: {
                if (type.precision() <= 18) {
                    out.emplace_back(plainDecimal(littleEndian<int64_t>(row, slot), type.scale()));
                    break;
                }
                const auto len = static_cast<size_t>(word & 0xFFFFFFFF);
                auto bytes = variable(len);
                if (!bytes || len == 0 || len > 16) return notARow("a decimal beyond the row");
                // Big-endian two's complement, as BigInteger.toByteArray writes it.
                Int128 v = (static_cast<signed char>((*bytes)[0]) < 0) ? -1 : 0;
                for (char c : *bytes)
                    v = static_cast<Int128>(static_cast<UInt128>(v) << 8) |
                        static_cast<unsigned char>(c);
                out.emplace_back(plainDecimal(v, type.scale()));
                break;
            }
            case TypeRoot::Timestamp:
            case TypeRoot::LocalZonedTimestamp: {
                if (type.precision() <= 3) {
                    out.emplace_back(localDateTimeText(littleEndian<int64_t>(row, slot), 0));
                    break;
                }
                auto millis = variable(8);
                const auto nanoOfMilli = static_cast<int>(word & 0xFFFFFFFF);
                if (!millis || nanoOfMilli < 0 || nanoOfMilli > 999'999) {
                    return notARow("a timestamp beyond the row");
                }
                out.emplace_back(localDateTimeText(littleEndian<int64_t>(*millis, 0), nanoOfMilli));
                break;
            }
            default:
                return makeError(ErrorKind::NotImplemented,
                                 "a partition key of type " + type.sql() +
                                     " has no partition name this reader renders");
        }
    }
    return out;
}

PartitionSpec partitionSpecOf(const std::vector<std::string>& keys,
                              const std::vector<std::optional<std::string>>& values,
                              const std::string& defaultName) {
    PartitionSpec out;
    out.reserve(keys.size());
    for (size_t i = 0; i < keys.size(); ++i) {
        const std::optional<std::string>& v = i < values.size() ? values[i] : std::nullopt;
        const bool blank = !v || v->find_first_not_of(" \t\n\r\f\v") == std::string::npos;
        out.emplace_back(keys[i], blank ? defaultName : *v);
    }
    return out;
}

}  // namespace paimon
