#pragma once

#include <vector>

#include "core/model/Schema.h"
#include "core/model/SchemaChange.h"
#include "core/util/Result.h"

namespace paimon {

// The shortest SchemaChange list that turns `from` into `to`: what the alter editor sends.
//
// Columns are matched by field id, at every ROW level: a field of `to` whose id belongs to a
// field of `from` at the same level is that column, renamed, retyped, commented or moved; any
// other field is a new column (the catalog assigns its ids). Changes come in an order the
// rules accept: options and comment, then per level drops, type/nullability/comment/default
// updates under the old names (the rules check keys by name against the old schema), renames
// (through a temporary name when names are swapped), the reordering (fewest moves: the longest
// run already in order stays put), and new columns, each placed with a move. Primary keys are
// replaced with dropPrimaryKey plus the `primary-key` option.
//
// What no change list can express is a BadRequest: changing existing partition keys and
// reordering existing nested fields. A column whose id moved to another level is dropped and
// added anew. Primary-key columns are not made NOT NULL by a change: the catalog does that.
Result<std::vector<SchemaChange>> diffSchemas(const Schema& from, const Schema& to);

}  // namespace paimon
