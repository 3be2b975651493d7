#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace paimon {

// java.net.URLEncoder.encode(s, UTF-8): keeps A-Z a-z 0-9 . - * _, space -> '+',
// every other byte -> %XX (upper-case hex). Used for path segments and for signing (§3, §8).
std::string javaUrlEncode(std::string_view s);

// java.net.URLDecoder.decode(s, UTF-8): %XX -> byte, '+' -> space. Malformed escapes fail.
std::optional<std::string> javaUrlDecode(std::string_view s);

// RFC 3986 percent-encoding of a query component: only unreserved characters stay.
std::string percentEncodeQueryValue(std::string_view s);

// Percent-decoding without '+' handling (RFC 3986). Malformed escapes fail.
std::optional<std::string> percentDecode(std::string_view s);

std::string base64Encode(std::string_view bytes);
std::string hexLower(std::string_view bytes);

std::string toLowerAscii(std::string_view s);
std::string toUpperAscii(std::string_view s);
bool equalsIgnoreCaseAscii(std::string_view a, std::string_view b);
std::string_view trimAscii(std::string_view s);
// Well-formed UTF-8 (no overlong forms, surrogates or code points past U+10FFFF).
bool isValidUtf8(std::string_view s);

}  // namespace paimon
