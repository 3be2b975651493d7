#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/Partition.h"
#include "core/types/DataType.h"
#include "core/util/Result.h"

namespace paimon {

// Paimon's BinaryRow as manifests serialize it (HISTORY.md §8): a 4-byte big-endian arity,
// then the row (little-endian): a header with the null bits, an 8-byte slot per field, and a
// variable part for what does not fit a slot.

// The fields of a serialized row of `types`, each rendered as Java renders a partition value
// with partition.legacy-name=true (the default, HISTORY.md §9): strings as they are, numbers
// in Java's toString, DATE as its day number, TIME as its millisecond of the day, TIMESTAMP
// as Java's LocalDateTime text (2024-01-01T12:00), DECIMAL plain; a null field is absent.
// BINARY and VARBINARY (whose legacy text is a Java object reference) and types that cannot
// be partition keys are refused (NotImplemented); bytes that are not such a row are an Io
// error.
Result<std::vector<std::optional<std::string>>> partitionValues(std::string_view serialized,
                                                                const std::vector<DataType>& types);

// The partition's spec (InternalRowPartitionComputer): keys in partition-key order; a null or
// blank value is `defaultName` (partition.default-name). Empty for no keys. Its name
// (partitionName) is "dt=2024-01-01/hr=5".
PartitionSpec partitionSpecOf(const std::vector<std::string>& keys,
                              const std::vector<std::optional<std::string>>& values,
                              const std::string& defaultName = "__DEFAULT_PARTITION__");

// Java's Double.toString / Float.toString of a finite or special value.
std::string javaDoubleText(double v);
std::string javaFloatText(float v);

}  // namespace paimon
