#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/model/Schema.h"
#include "core/model/SchemaChange.h"
#include "core/schema/TypeCasts.h"
#include "core/util/Result.h"

namespace paimon {

// What the rules need to know about a table besides its schema.
struct SchemaContext {
    std::string database;  // for messages: "... in the db.t table."
    std::string table;
    bool hasSnapshots = false;  // FORMAT.md §6: many option rules apply only then
};

// The rules Paimon enforces when it creates a table or changes its schema (FORMAT.md §5, §6),
// in one place: the filesystem catalog, the local server and the editors' preview all call
// these. A rejected schema or change is a BadRequest whose message names the field and the
// rule; a missing column is NotFound and a clashing one AlreadyExists (resource type COLUMN).
//
// Not covered (such options are refused rather than accepted unchecked where it matters): the
// column directives (__BLOB_FIELD, __VECTOR_FIELD), and the feature-specific option families
// (blob, vector, full-text and sorted primary-key indexes, map shredding, file index, chain
// tables, clustering, Iceberg), which are kept as given.

// FORMAT.md §5: normalizes and validates a create-table schema into schema 0.
Result<TableSchema> newTableSchema(const Schema& request, const SchemaContext& ctx,
                                   int64_t timeMillis);

// FORMAT.md §6: applies the changes in list order to `old`, then validates the result, which
// is schema `old.id + 1`. Field ids are never reused; highestFieldId only grows.
Result<TableSchema> applySchemaChanges(const TableSchema& old,
                                       const std::vector<SchemaChange>& changes,
                                       const SchemaContext& ctx, int64_t timeMillis);

// FORMAT.md §5 step 6 on its own (runs at create and after every alter).
std::optional<Error> validateTableSchema(const TableSchema& t);

// Top-level names no column may have (FORMAT.md §5 step 6), and the reserved prefix.
const std::vector<std::string>& reservedColumnNames();
inline constexpr const char* kReservedKeyPrefix = "_KEY_";

// The Schema part of a TableSchema, and a TableSchema's Schema with its options as stored.
Schema schemaOf(const TableSchema& table);

}  // namespace paimon
