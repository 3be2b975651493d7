#pragma once

#include <nlohmann/json_fwd.hpp>

#include "core/types/DataType.h"
#include "core/types/TypeParser.h"
#include "core/util/Result.h"

namespace paimon {

// The JSON form of types and fields (PROTOCOL.md §5.1, FORMAT.md §4.2): atomic types as their
// SQL string, nested ones as objects. The only place that reads or writes it.
// Written with members in Paimon's order (ordered_json), read from either kind.
nlohmann::ordered_json dataTypeToJson(const DataType& type);
nlohmann::ordered_json dataFieldToJson(const DataField& field);

// Reads like Paimon's DataTypeJsonParser: fields without "id" are numbered from `ids`; a field
// with an id after one without is refused ("partial field ids").
Result<DataType> dataTypeFromJson(const nlohmann::json& json, FieldIdCounter& ids);
Result<DataField> dataFieldFromJson(const nlohmann::json& json, FieldIdCounter& ids);
Result<DataType> dataTypeFromJson(const nlohmann::json& json);

}  // namespace paimon
