#pragma once

#include <string>

namespace paimon {

// JSON text from a nlohmann value. Bytes that are not UTF-8 inside a string (a name typed on a
// command line, a path segment a client sent) become U+FFFD instead of an exception: writing
// JSON never fails, and the names themselves are refused where they come in.
template <class Json>
std::string dumpJson(const Json& j, int indent = -1) {
    return j.dump(indent, ' ', false, Json::error_handler_t::replace);
}

}  // namespace paimon
