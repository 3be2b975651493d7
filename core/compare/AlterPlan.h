#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/catalog/WriteOperation.h"
#include "core/compare/Comparison.h"

namespace paimon {

// What makes the right side of a comparison match the left: the writes, in an order the
// catalog accepts, and what no write can change in place.
struct PlanStep {
    WriteOperation op;
    std::vector<std::string> warnings;  // "drops the column c and its data", ...
};
struct PlanRecreate {
    CompareKind kind = CompareKind::Table;
    Identifier id;       // on the right side
    std::string reason;  // why it cannot be changed in place
};
struct AlterPlan {
    std::vector<PlanStep> steps;
    std::vector<PlanRecreate> recreate;
    size_t leftAlone = 0;  // objects and databases only on the right: never dropped
    bool empty() const { return steps.empty() && recreate.empty(); }
};

// The changes that turn the table `right` (as its catalog holds it) into `left`'s definition,
// columns matched by name at every level (a renamed column is dropped and added), checked
// against Paimon's schema rules (core/schema/SchemaRules.h) for a table with data. A
// BadRequest names what only a recreate can do: changing partition keys, a type no cast
// reaches, nested fields reordered. What the rules refuse only on a table with data (another
// primary key, an immutable option) is kept, with a warning saying so, since whether the table
// has data is not known here. `warnings` (when given) gets what the changes lose or risk.
Result<std::vector<SchemaChange>> alterToMatch(const Schema& right, const Schema& left,
                                               std::vector<std::string>* warnings = nullptr);
// The view and function changes the protocol has (OBJECTS.md §7, §8): dialects, definitions,
// options and comment. Columns, the default query, parameters and determinism have none: a
// BadRequest naming them.
Result<std::vector<ViewChange>> viewChangesToMatch(const ViewSchema& right, const ViewSchema& left);
Result<std::vector<FunctionChange>> functionChangesToMatch(const FunctionInfo& right,
                                                           const FunctionInfo& left);

// The write that creates `left` as `id`, and the one that changes the object `id` from `right`
// to `left` (or why only a recreate can; `warnings` gets what it loses or risks).
WriteOperation createToMatch(const Identifier& id, const ObjectDefinition& left);
Result<WriteOperation> changeToMatch(const Identifier& id, const ObjectDefinition& right,
                                     const ObjectDefinition& left,
                                     std::vector<std::string>* warnings = nullptr);

// A step in words: describeWrite's lines, and for a change to an existing object a first line
// naming it ("Alter table `db`.`t`:") with the changes indented under it.
std::vector<std::string> describeStep(const WriteOperation& op);

// The plan for a whole comparison: missing databases, tables, views and functions created,
// differing ones changed or listed for a recreate, database options set. Nothing only on the
// right is dropped.
AlterPlan planToMatch(const CatalogComparison& comparison);

// Runs a plan's steps one at a time through the right side's catalog: `progress` after each
// step with its index and answer; it stops at the first refusal. `done` gets the report (also
// after cancel(): the step under way is not in it).
struct PlanReport {
    size_t applied = 0;              // the steps that succeeded, from the first
    std::optional<size_t> failedAt;  // the step that was refused
    std::optional<Error> error;      // its refusal
    bool cancelled = false;
};
class PlanRun : public std::enable_shared_from_this<PlanRun> {
public:
    using Progress = std::function<void(size_t index, const Result<Unit>& answer)>;
    static std::shared_ptr<PlanRun> start(std::shared_ptr<Catalog> catalog,
                                          std::vector<WriteOperation> steps, Progress progress,
                                          std::function<void(const PlanReport&)> done);
    void cancel();

private:
    void next();
    std::shared_ptr<Catalog> catalog_;
    std::vector<WriteOperation> steps_;
    Progress progress_;
    std::function<void(const PlanReport&)> done_;
    PlanReport report_;
    Cancellation pending_;
    bool finished_ = false;
};

}  // namespace paimon
