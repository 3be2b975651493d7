#pragma once

#include <optional>
#include <string>

namespace paimon {

// A table (or other object) in a database. The object may name a branch or a system table
// after a single '$': "orders$branch_dev", "orders$snapshots", "orders$branch_dev$files".
struct Identifier {
    std::string database;
    std::string object;

    std::string tableName() const;                  // object up to the first '$'
    std::optional<std::string> branchName() const;  // "dev" for "t$branch_dev"
    std::optional<std::string> systemTableName() const;
    std::string fullName() const { return database + "." + object; }

    bool operator==(const Identifier&) const = default;
    auto operator<=>(const Identifier&) const = default;
};

}  // namespace paimon
