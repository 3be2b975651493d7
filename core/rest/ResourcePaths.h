#pragma once

#include <initializer_list>
#include <optional>
#include <string>

namespace paimon {

// Every resource path of the protocol, in one place (PROTOCOL.md §3, §4). Names are encoded
// with Java's URLEncoder, the prefix as one segment. Without a prefix the paths have no
// prefix segment (/v1/databases), as pypaimon does; Java clients cannot work that way.
class ResourcePaths {
public:
    explicit ResourcePaths(std::optional<std::string> prefix = std::nullopt);

    static std::string config() { return "/v1/config"; }
    std::string databases() const;
    std::string database(const std::string& db) const;
    std::string tables(const std::string& db) const;
    std::string tableDetails(const std::string& db) const;
    std::string table(const std::string& db, const std::string& table) const;
    // A resource below a table: …/tables/{t}/snapshots/{version}, each segment encoded
    // (Java leaves the version and the tag name unencoded; names of [A-Za-z0-9._*-] do not
    // differ, and other names only work encoded).
    std::string tableChild(const std::string& db, const std::string& table,
                           std::initializer_list<std::string> segments) const;
    std::string renameTable() const;
    std::string tablesGlobal() const;

    // Views and functions (OBJECTS.md §7, §8).
    std::string views(const std::string& db) const;
    std::string viewDetails(const std::string& db) const;
    std::string view(const std::string& db, const std::string& view) const;
    std::string renameView() const;
    std::string viewsGlobal() const;
    std::string functions(const std::string& db) const;
    std::string functionDetails(const std::string& db) const;
    std::string function(const std::string& db, const std::string& function) const;
    std::string functionsGlobal() const;

    bool hasPrefix() const { return prefix_.has_value(); }

private:
    std::string root_;  // "/v1/<encoded prefix>" or "/v1"
    std::optional<std::string> prefix_;
};

}  // namespace paimon
