#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/model/Identifier.h"
#include "core/model/Schema.h"

namespace paimon {

// The three ways a table definition is exported (the GUI's definition tab, its export dialog
// and paimon-catalog share them).
enum class DefinitionFormat { FlinkSql, SparkSql, PaimonJson };

std::optional<DefinitionFormat> parseDefinitionFormat(std::string_view name);  // flink|spark|json
const char* definitionFileExtension(DefinitionFormat format);                  // sql or json

// CREATE TABLE for Flink SQL with the Paimon catalog: columns with NOT NULL and COMMENT, the
// primary key NOT ENFORCED, PARTITIONED BY, WITH options. Default values become the
// fields.<name>.default-value options. Where Flink has no type for a Paimon type, the nearest
// one is written and a "-- note:" line at the top says so.
std::string renderFlinkSql(const Identifier& id, const Schema& schema);

// CREATE TABLE for Spark SQL with the Paimon catalog: STRUCT for ROW, TIMESTAMP_NTZ for
// TIMESTAMP, TIMESTAMP for TIMESTAMP WITH LOCAL TIME ZONE, BINARY for BYTES; DEFAULT values;
// keys as the primary-key and partition table properties (PARTITIONED BY for partitions).
std::string renderSparkSql(const Identifier& id, const Schema& schema);

// The create-table request body ({"identifier": ..., "schema": ...}), indented, so that an
// export can be applied to another catalog as it is.
std::string renderPaimonJson(const Identifier& id, const Schema& schema);
// The same definition as a JSON value, for a list of them (an export into one file).
nlohmann::ordered_json paimonJsonDefinition(const Identifier& id, const Schema& schema);

std::string renderDefinition(DefinitionFormat format, const Identifier& id, const Schema& schema);

// Options that describe where a table lives rather than what it is; they are not exported.
bool isLocationOption(const std::string& key);

}  // namespace paimon
