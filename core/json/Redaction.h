#pragma once

#include <string>

namespace paimon {

// A JSON body with the values of secret-looking fields ("token", "secret", "password",
// "credential" in the key, any case) replaced by "***", for logs. Text that is not JSON is
// returned unchanged when it is short and contains none of those words, else replaced whole.
std::string redactJsonSecrets(const std::string& body);

}  // namespace paimon
