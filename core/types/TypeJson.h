#pragma once

#include <nlohmann/json_fwd.hpp>

#include <string_view>

#include "core/types/DataType.h"
#include "core/types/TypeParser.h"
#include "core/util/Result.h"

namespace paimon {

namespace json {
class Value;
}

// The JSON form of types and fields (PROTOCOL.md §5.1, FORMAT.md §4.2): atomic types as their
// SQL string, nested ones as objects. The only place that reads or writes it.
// Written with members in Paimon's order (ordered_json), read from a parsed document.
nlohmann::ordered_json dataTypeToJson(const DataType& type);
nlohmann::ordered_json dataFieldToJson(const DataField& field);

// Reads like Paimon's DataTypeJsonParser: fields without "id" are numbered from `ids`; a field
// with an id after one without is refused ("partial field ids").
Result<DataType> dataTypeFromJson(const json::Value& json, FieldIdCounter& ids);
Result<DataField> dataFieldFromJson(const json::Value& json, FieldIdCounter& ids);
Result<DataType> dataTypeFromJson(const json::Value& json);
// The same from JSON text (a type, not a field); text that is not JSON fails too.
Result<DataType> dataTypeFromJsonText(std::string_view text);

}  // namespace paimon
