#pragma once

#include <cstdlib>
#include <filesystem>
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

// A file's bytes (empty when it cannot be read).
inline std::string readAll(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// Writes `text` as the file's bytes, making its folders.
inline void writeAll(const std::filesystem::path& p, const std::string& text) {
    std::filesystem::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << text;
}

// Unpacks a tarball of tests/data into `dir`; false when tar fails.
inline bool unpackTestTarball(const std::string& relative, const std::filesystem::path& dir) {
    const std::string command = "tar -xzf '" + std::string(PAIMON_TEST_DATA) + "/" + relative +
                                "' -C '" + dir.string() + "'";
    return std::system(command.c_str()) == 0;
}

}  // namespace paimon::testing
