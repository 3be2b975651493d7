#pragma once

#include <optional>
#include <string>

#include "core/types/DataType.h"

namespace paimon {

// FORMAT.md §6.3: may a column of type `from` become `to`? Lengths, precisions and scales are
// not compared. `allowExplicit` is the negation of option disable-explicit-type-casting.
bool canChangeColumnType(const DataType& from, const DataType& to, bool allowExplicit);

// Why `value` (a default value as stored, optionally in single quotes) does not convert to
// `type`, or nothing when it does.
std::optional<std::string> defaultValueProblem(const DataType& type, const std::string& value);

}  // namespace paimon
