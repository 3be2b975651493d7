#pragma once

#include <string>

namespace paimon {

// The project's version ("0.1.0"), from the build.
const char* projectVersion();

// What every request names its client as, unless a header.User-Agent option says otherwise.
std::string defaultUserAgent();

}  // namespace paimon
