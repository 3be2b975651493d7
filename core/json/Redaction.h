#pragma once

#include <string>
#include <string_view>

namespace paimon {

// A JSON body with the values of secret-looking fields ("token", "secret", "password",
// "credential" in the key, any case) replaced by "***", for logs. Text that is not JSON is
// returned unchanged when it is short and contains none of those words, else replaced whole.
std::string redactJsonSecrets(const std::string& body);

// Free text (a server's error message) with the values after secret-looking keys hidden:
// "accessKeySecret=abc", "token: 'abc'", "\"password\":\"abc\"", "Signature=abc" and
// "Bearer abc" keep their key and lose the value to "***". Everything else is kept.
std::string redactSecretText(std::string_view text);

}  // namespace paimon
