#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "core/export/Definitions.h"
#include "core/model/ViewFunction.h"

namespace paimon {

// Definitions of views and functions in the three export formats.
//
// A view: CREATE VIEW with its comment and the query of the format's dialect ("flink" or
// "spark"; the view's default query when it has none for that dialect, which a "-- note:" line
// says). Paimon JSON: the export's form of a view, {"identifier": ..., "view": <its schema as
// the create-view request holds it>}, which `apply` reads back.
std::string renderViewDefinition(DefinitionFormat format, const Identifier& id,
                                 const ViewSchema& view);
// The query a dialect runs: its own, or the default one.
const std::string& viewQueryFor(const ViewSchema& view, const std::string& dialect);

nlohmann::ordered_json paimonJsonViewDefinition(const Identifier& id, const ViewSchema& view);

// A function: CREATE FUNCTION where the dialect has one for the engine's definition (a class
// in a jar or file, for Flink and Spark); otherwise "-- note:" lines say why there is none and
// the JSON says everything. Paimon JSON: {"identifier": ..., "function": <the create-function
// request body>}.
std::string renderFunctionDefinition(DefinitionFormat format, const Identifier& id,
                                     const FunctionInfo& function);
nlohmann::ordered_json paimonJsonFunctionDefinition(const Identifier& id,
                                                    const FunctionInfo& function);

// A definition as one line, for lists: "SQL: a + b", "jar com.acme.Mask", "lambda: (x) -> x".
std::string describeFunctionDefinition(const FunctionDefinition& d);

}  // namespace paimon
