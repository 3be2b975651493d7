#pragma once

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/catalog/Catalog.h"

namespace paimon {

// Two sides of a comparison: the left is what is wanted, the right what is changed to match
// it (core/compare/AlterPlan.h). Objects are matched by name; so are columns, at every level.

// Which sides hold an object, and whether they agree.
enum class Presence { Same, Differs, OnlyLeft, OnlyRight };
const char* presenceName(Presence presence);  // "same", "differs", "only-left", "only-right"

// One way two objects differ: an aspect ("column id", "option bucket", "primary key") with
// each side's value in words; absent where that side does not have it.
struct Difference {
    std::string aspect;
    std::optional<std::string> left;
    std::optional<std::string> right;
    bool operator==(const Difference&) const = default;
};

enum class CompareKind { Table, View, Function };
const char* compareKindName(CompareKind kind);  // "table", "view", "function"

// A definition as loaded: a table's schema (its location options left out), a view's, a
// function.
using ObjectDefinition = std::variant<Schema, ViewSchema, FunctionInfo>;

struct ObjectComparison {
    CompareKind kind = CompareKind::Table;
    std::string leftName;   // empty when only right
    std::string rightName;  // empty when only left
    Presence presence = Presence::Same;
    std::vector<Difference> differences;  // Differs
    std::optional<ObjectDefinition> left, right;
    const std::string& name() const { return leftName.empty() ? rightName : leftName; }
};

// What could not be loaded, named rather than skipped: "left: views of db1".
struct CompareProblem {
    std::string what;
    Error error;
};

struct DatabaseComparison {
    std::string leftName;                 // empty when only right
    std::string rightName;                // empty when only left
    Presence presence = Presence::Same;   // of the database itself (its options)
    std::vector<Difference> differences;  // its options
    std::optional<Options> leftOptions, rightOptions;
    std::vector<ObjectComparison> objects;  // tables, then views, then functions; each by name
    const std::string& name() const { return leftName.empty() ? rightName : leftName; }
    // Whether the database or anything in it differs.
    bool hasDifferences() const;
};

struct CatalogComparison {
    std::vector<DatabaseComparison> databases;  // by name
    std::vector<CompareProblem> problems;
    bool hasDifferences() const;
    // The objects (tables, views and functions) with this presence.
    size_t count(Presence presence) const;
};

// What differs between two tables, two views, two functions: empty when they are the same.
// Options that say where a table lives (path, branch) are not its definition.
std::vector<Difference> tableDifferences(const Schema& left, const Schema& right);
std::vector<Difference> viewDifferences(const ViewSchema& left, const ViewSchema& right);
std::vector<Difference> functionDifferences(const FunctionInfo& left, const FunctionInfo& right);
std::vector<Difference> optionDifferences(const Options& left, const Options& right);

// A table's schema as compared: without its location options.
Schema comparableSchema(Schema schema);

// One object: its presence and differences from what each side holds.
ObjectComparison compareObject(CompareKind kind, const std::string& leftName,
                               const std::string& rightName, std::optional<ObjectDefinition> left,
                               std::optional<ObjectDefinition> right);

// The objects of one kind on two sides, matched by name: the result is in name order.
std::vector<ObjectComparison> compareObjects(
    CompareKind kind, std::vector<std::pair<std::string, ObjectDefinition>> left,
    std::vector<std::pair<std::string, ObjectDefinition>> right);

// A column as the comparison shows it: "INT NOT NULL COMMENT 'x' DEFAULT 1".
std::string describeColumn(const DataField& field);

}  // namespace paimon
