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

}  // namespace

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
