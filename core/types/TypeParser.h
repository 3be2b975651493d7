#pragma once

#include <cstddef>
#include <string_view>

#include "core/types/DataType.h"
#include "core/util/Result.h"

namespace paimon {

// Where and why a type string was rejected.
struct TypeParseFailure {
    size_t position = 0;  // 0-based character offset of the offending token
    std::string reason;
};

// Hands out field ids for ROW fields that are parsed without one (PROTOCOL.md §5):
// sequential from `last + 1`; mixing fields with and without ids is refused.
struct FieldIdCounter {
    int last = -1;
    int next() { return ++last; }
};

// Parses the SQL form of a type: every spelling Paimon's reader accepts
// (INTEGER, DEC, NUMERIC, DOUBLE PRECISION, TIMESTAMP_LTZ, TIMESTAMP WITHOUT TIME ZONE,
// "INT ARRAY", explicit NULL, ...) plus the nested SQL forms ARRAY<..>, MULTISET<..>,
// MAP<.., ..>, ROW<name type 'comment', ..> and VECTOR<.., n>. Nested ROW fields get ids
// from `ids` (from 0 when null). Errors are BadRequest and say where and why.
Result<DataType> parseDataType(std::string_view sql, FieldIdCounter* ids = nullptr,
                               TypeParseFailure* failure = nullptr);

// How deep types may nest, in SQL and in JSON alike, so that whatever one form reads the other
// can write and read back.
inline constexpr int kMaxTypeDepth = 200;
// Levels of a type: 1 for an atomic type, 1 + the deepest child for a nested one.
int typeDepth(const DataType& type);

}  // namespace paimon
