#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/types/DataType.h"

namespace paimon {

using Options = std::map<std::string, std::string>;

// A table's definition as sent to create a table and returned by get-table.
struct Schema {
    std::vector<DataField> fields;
    std::vector<std::string> partitionKeys;
    std::vector<std::string> primaryKeys;
    Options options;
    std::optional<std::string> comment;

    bool operator==(const Schema&) const = default;
};

// A schema file of a table (FORMAT.md §4): a Schema plus its id and bookkeeping.
struct TableSchema {
    static constexpr int kCurrentVersion = 3;

    int version = kCurrentVersion;
    int64_t id = 0;
    std::vector<DataField> fields;
    int highestFieldId = -1;
    std::vector<std::string> partitionKeys;
    std::vector<std::string> primaryKeys;
    Options options;
    std::optional<std::string> comment;
    int64_t timeMillis = 0;

    bool operator==(const TableSchema&) const = default;
};

}  // namespace paimon
