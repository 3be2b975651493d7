#pragma once

#include <fstream>
#include <sstream>
#include <string>

namespace paimon::testing {

inline std::string readTestFile(const std::string& relative) {
    std::ifstream in(std::string(PAIMON_TEST_DATA) + "/" + relative, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

}  // namespace paimon::testing
