// paimon-type-check: prints Paimon types in canonical SQL and JSON, from schema files or type
// strings on the command line, and says where and why a type is wrong.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "core/json/Messages.h"
#include "core/types/TypeJson.h"
#include "core/types/TypeParser.h"

namespace {

int printSchemaFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    paimon::Result<paimon::TableSchema> schema = paimon::codec::decodeTableSchema(text.str());
    if (!schema) {
        std::cerr << path << ": " << schema.error().message << "\n";
        return 1;
    }
    std::cout << path << " (schema " << schema->id << ", version " << schema->version << ")\n";
    for (const paimon::DataField& f : schema->fields) {
        std::cout << "  " << f.sql() << "\n";
    }
    if (!schema->primaryKeys.empty()) {
        std::cout << "  primary key:";
        for (const auto& k : schema->primaryKeys)
            std::cout << " " << k;
        std::cout << "\n";
    }
    return 0;
}

int printType(const std::string& sql) {
    paimon::TypeParseFailure failure;
    paimon::Result<paimon::DataType> t = paimon::parseDataType(sql, nullptr, &failure);
    if (!t) {
        std::cerr << "  " << sql << "\n  " << std::string(failure.position, ' ') << "^ "
                  << failure.reason << "\n";
        return 1;
    }
    std::cout << sql << "\n  SQL:  " << t->sql()
              << "\n  JSON: " << paimon::dataTypeToJson(*t).dump() << "\n";
    return 0;
}

}  // namespace

namespace {

int run(int argc, char** argv) {
    if (argc < 2 || std::string(argv[1]) == "--help") {
        std::cout << "usage: paimon-type-check (SCHEMA_FILE | TYPE)...\n"
                     "Prints each schema file's columns, or each type in canonical SQL and JSON.\n";
        return argc < 2 ? 2 : 0;
    }
    int failures = 0;
    for (int i = 1; i < argc; ++i) {
        std::string arg = argv[i];
        failures += std::filesystem::is_regular_file(arg) ? printSchemaFile(arg) : printType(arg);
    }
    return failures == 0 ? 0 : 1;
}

}  // namespace

// Whatever escapes is reported, not an abort.
int main(int argc, char** argv) {
    try {
        return run(argc, argv);
    } catch (const std::exception& e) {
        std::cerr << "paimon-type-check: " << e.what() << "\n";
        return 1;
    }
}
