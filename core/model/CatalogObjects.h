#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/model/Schema.h"

namespace paimon {

// The get-database response (PROTOCOL.md §5).
struct DatabaseInfo {
    std::optional<std::string> id;
    std::string name;
    std::optional<std::string> location;
    Options options;
    std::optional<std::string> owner;
    int64_t createdAt = 0;
    std::optional<std::string> createdBy;
    int64_t updatedAt = 0;
    std::optional<std::string> updatedBy;

    bool operator==(const DatabaseInfo&) const = default;
};

// The get-table response.
struct TableInfo {
    std::optional<std::string> id;
    std::string database;
    std::string name;
    std::optional<std::string> path;
    bool isExternal = false;
    int64_t schemaId = 0;
    Schema schema;
    std::optional<std::string> owner;
    int64_t createdAt = 0;
    std::optional<std::string> createdBy;
    int64_t updatedAt = 0;
    std::optional<std::string> updatedBy;

    bool operator==(const TableInfo&) const = default;
};

// What an alter-database call reports back.
struct AlterDatabaseResult {
    std::vector<std::string> removed;
    std::vector<std::string> updated;
    std::vector<std::string> missing;

    bool operator==(const AlterDatabaseResult&) const = default;
};

// The config handshake's answer.
struct ConfigResponse {
    Options defaults;
    Options overrides;

    bool operator==(const ConfigResponse&) const = default;
};

// One page of a paged listing.
template <class T>
struct Page {
    std::vector<T> items;
    std::optional<std::string> nextPageToken;  // absent or empty: the last page
    bool operator==(const Page&) const = default;
};

}  // namespace paimon
