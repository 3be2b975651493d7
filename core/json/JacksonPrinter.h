#pragma once

#include <string>

#include <nlohmann/json.hpp>

namespace paimon {

// JSON text exactly as Jackson's default pretty printer writes Paimon's schema and snapshot
// files (FORMAT.md §4.3): 2-space indentation per object level, " : " between key and value,
// arrays inline ("[ 1, 2 ]", "[ ]"), objects in arrays continuing on the same line
// ("[ {" ... "}, {" ... "} ]"), "{ }" for an empty object, no trailing newline.
std::string toJacksonPrettyJson(const nlohmann::ordered_json& value);

}  // namespace paimon
