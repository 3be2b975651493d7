#pragma once

#include <string>

#include "core/export/Definitions.h"
#include "core/model/ViewFunction.h"

namespace paimon {

// Definitions of views and functions in the three export formats.
//
// A view: CREATE VIEW with its comment and the query of the format's dialect ("flink" or
// "spark"; the view's default query when it has none for that dialect, which a "-- note:" line
// says). Paimon JSON: the create-view request body.
std::string renderViewDefinition(DefinitionFormat format, const Identifier& id,
                                 const ViewSchema& view);
// The query a dialect runs: its own, or the default one.
const std::string& viewQueryFor(const ViewSchema& view, const std::string& dialect);

// A function: CREATE FUNCTION where the dialect has one for the engine's definition (a class
// in a jar or file, for Flink and Spark); otherwise "-- note:" lines say why there is none and
// the JSON says everything. Paimon JSON: the create-function request body, with the name.
std::string renderFunctionDefinition(DefinitionFormat format, const Identifier& id,
                                     const FunctionInfo& function);

// A definition as one line, for lists: "SQL: a + b", "jar com.acme.Mask", "lambda: (x) -> x".
std::string describeFunctionDefinition(const FunctionDefinition& d);

}  // namespace paimon
