#pragma once

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/catalog/Catalog.h"
#include "core/catalog/RestRequests.h"

namespace paimon {

// One change to a catalog, as the editors and scripts build it: what is previewed, described
// in words, and then sent, from one value.
namespace write {
struct CreateDatabase {
    std::string name;
    Options options;
};
struct AlterDatabase {
    std::string name;
    std::vector<std::string> removals;
    Options updates;
};
struct DropDatabase {
    std::string name;
    bool cascade = false;
};
struct CreateTable {
    Identifier id;
    Schema schema;
};
struct AlterTable {
    Identifier id;
    std::vector<SchemaChange> changes;
};
struct RenameTable {
    Identifier from;
    Identifier to;
};
struct DropTable {
    Identifier id;
};
// The table's life (Catalog.h): `id` is the table, or for tags, consumers and rollback one of
// its branches (t$branch_b).
struct CreateTag {
    Identifier id;
    CreateTagRequest request;
};
struct DeleteTag {
    Identifier id;
    std::string tag;
};
struct CreateBranch {
    Identifier id;
    CreateBranchRequest request;
};
struct DropBranch {
    Identifier id;
    std::string branch;
};
struct RenameBranch {
    Identifier id;
    std::string from;
    std::string to;
};
struct FastForward {
    Identifier id;
    std::string branch;
};
struct ResetConsumer {
    Identifier id;
    ResetConsumerRequest request;
};
struct Rollback {
    Identifier id;
    RollbackRequest request;
};
struct RollbackSchema {
    Identifier id;
    int64_t schemaId = 0;
};
// Partitions (Catalog.h): sent as submitted; a drop's answer that leaves one missing is an
// error, since the form showed it as there.
struct DropPartitions {
    Identifier id;
    DropPartitionsRequest request;
};
struct MarkPartitionsDone {
    Identifier id;
    std::vector<PartitionSpec> specs;
};
// Views and functions (OBJECTS.md §7, §8).
struct CreateView {
    Identifier id;
    ViewSchema schema;
};
struct AlterView {
    Identifier id;
    std::vector<ViewChange> changes;
};
struct RenameView {
    Identifier from;
    Identifier to;
};
struct DropView {
    Identifier id;
};
struct CreateFunction {
    Identifier id;
    FunctionInfo function;
};
struct AlterFunction {
    Identifier id;
    std::vector<FunctionChange> changes;
};
struct DropFunction {
    Identifier id;
};
}  // namespace write

using WriteOperation =
    std::variant<write::CreateDatabase, write::AlterDatabase, write::DropDatabase,
                 write::CreateTable, write::AlterTable, write::RenameTable, write::DropTable,
                 write::CreateTag, write::DeleteTag, write::CreateBranch, write::DropBranch,
                 write::RenameBranch, write::FastForward, write::ResetConsumer, write::Rollback,
                 write::RollbackSchema, write::DropPartitions, write::MarkPartitionsDone,
                 write::CreateView, write::AlterView, write::RenameView, write::DropView,
                 write::CreateFunction, write::AlterFunction, write::DropFunction>;

// The table whose life `op` changes, or none for the other writes.
std::optional<Identifier> historyTableOf(const WriteOperation& op);

// The requests the REST catalog sends for `op` (PROTOCOL.md §4.1), in order, built by the same
// RestRequests that the catalog sends with. A drop of a database without cascade first lists
// one table name to check that the database is empty.
std::vector<RestRequest> previewRequests(const WriteOperation& op, const RestRequests& requests);

// What `op` does, in words: one line, or for an alter one line per change.
std::vector<std::string> describeWrite(const WriteOperation& op);

// The names in `op` that the client refuses to send (empty, NUL), or nothing.
std::optional<Error> checkWrite(const WriteOperation& op);

// Sends `op` through `catalog`; one callback, as every Catalog call.
Cancellation submitWrite(Catalog& catalog, const WriteOperation& op, Callback<Unit> done);

}  // namespace paimon
