#include "core/json/Redaction.h"

#include <algorithm>
#include <array>
#include <cctype>

#include <nlohmann/json.hpp>

#include "core/json/Dump.h"

namespace paimon {
namespace {

bool looksSecret(std::string key) {
    std::transform(key.begin(), key.end(), key.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    static constexpr std::array<const char*, 5> kWords = {"token", "secret", "password",
                                                          "credential", "authorization"};
    return std::any_of(kWords.begin(), kWords.end(),
                       [&](const char* w) { return key.find(w) != std::string::npos; });
}

void redact(nlohmann::ordered_json& value) {
    if (value.is_object()) {
        for (auto it = value.begin(); it != value.end(); ++it) {
            // Whatever is under a secret-looking key goes, objects and lists included
            // ({"credentials": {"key": "..."}}).
            if (looksSecret(it.key()) && !it.value().is_null()) {
                it.value() = "***";
            } else {
                redact(it.value());
            }
        }
    } else if (value.is_array()) {
        for (auto& element : value)
            redact(element);
    }
}

bool isKeyChar(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_' || c == '-' || c == '.';
}

bool isValueEnd(char c) {
    return std::isspace(static_cast<unsigned char>(c)) != 0 || c == ',' || c == ';' || c == '&' ||
           c == '}' || c == ')' || c == ']';
}

// Where the value after a key starts, when a separator follows the key: quotes, then '=' or
// ':' (or, after "bearer"/"basic", white space), then white space and an opening quote.
size_t valueStart(std::string_view text, size_t at, bool spaceSeparates) {
    size_t i = at;
    while (i < text.size() && (text[i] == '"' || text[i] == '\''))
        ++i;
    bool separated = false;
    while (i < text.size() && (text[i] == ' ' || text[i] == '=' || text[i] == ':')) {
        separated = separated || text[i] != ' ' || spaceSeparates;
        ++i;
    }
    if (!separated) return std::string_view::npos;
    return i;
}

}  // namespace

std::string redactSecretText(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    size_t i = 0;
    while (i < text.size()) {
        if (!isKeyChar(text[i])) {
            out += text[i++];
            continue;
        }
        size_t end = i;
        while (end < text.size() && isKeyChar(text[end]))
            ++end;
        std::string key(text.substr(i, end - i));
        out += key;
        i = end;
        std::string lower = key;
        std::transform(lower.begin(), lower.end(), lower.begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        const bool scheme = lower == "bearer" || lower == "basic";
        if (!scheme && !looksSecret(key) && lower.find("signature") == std::string::npos) continue;
        size_t start = valueStart(text, i, scheme);
        if (start == std::string_view::npos || start >= text.size()) continue;
        out.append(text.substr(i, start - i));
        i = start;
        char quote = (text[i] == '"' || text[i] == '\'') ? text[i] : '\0';
        if (quote != '\0') {
            out += quote;
            size_t close = text.find(quote, i + 1);
            i = close == std::string_view::npos ? text.size() : close;
        } else if (lower.find("authorization") != std::string::npos) {
            // "Authorization: Bearer x" or "DLF4-HMAC-SHA256 Credential=…,Signature=…": the
            // whole header value, up to the end of the clause.
            while (i < text.size() && text[i] != ';' && text[i] != '\n')
                ++i;
        } else {
            while (i < text.size() && !isValueEnd(text[i]))
                ++i;
        }
        out += "***";
    }
    return out;
}

std::string redactJsonSecrets(const std::string& body) {
    auto json = nlohmann::ordered_json::parse(body, nullptr, false);
    if (json.is_discarded()) {
        if (looksSecret(body)) return "(a body that is not JSON and may hold a secret; hidden)";
        return body;
    }
    redact(json);
    return dumpJson(json);
}

}  // namespace paimon
