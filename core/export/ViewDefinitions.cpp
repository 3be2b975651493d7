#include "core/export/ViewDefinitions.h"

#include <nlohmann/json.hpp>

#include "core/json/Dump.h"
#include "core/json/Messages.h"

namespace paimon {
namespace {

std::string qualified(const Identifier& id) {
    return quoteIdentifier(id.database) + "." + quoteIdentifier(id.object);
}

const char* dialectOf(DefinitionFormat format) {
    return format == DefinitionFormat::SparkSql ? "spark" : "flink";
}

// A query ends with one ";", whatever it was stored with.
std::string statementEnd(std::string query) {
    while (!query.empty() && (query.back() == ';' || query.back() == '\n' || query.back() == ' ' ||
                              query.back() == '\t'))
        query.pop_back();
    return query + ";\n";
}

}  // namespace

const std::string& viewQueryFor(const ViewSchema& view, const std::string& dialect) {
    auto it = view.dialects.find(dialect);
    return it == view.dialects.end() ? view.query : it->second;
}

nlohmann::ordered_json paimonJsonViewDefinition(const Identifier& id, const ViewSchema& view) {
    nlohmann::ordered_json j;
    j["identifier"] = codec::toJson(id);
    j["view"] = nlohmann::ordered_json::parse(codec::encode(CreateViewRequest{id, view}))["schema"];
    return j;
}

nlohmann::ordered_json paimonJsonFunctionDefinition(const Identifier& id,
                                                    const FunctionInfo& function) {
    FunctionInfo f = function;
    f.name = id.object;
    nlohmann::ordered_json j;
    j["identifier"] = codec::toJson(id);
    j["function"] = nlohmann::ordered_json::parse(codec::encodeCreateFunctionRequest(f));
    return j;
}

std::string renderViewDefinition(DefinitionFormat format, const Identifier& id,
                                 const ViewSchema& view) {
    if (format == DefinitionFormat::PaimonJson) {
        return dumpJson(paimonJsonViewDefinition(id, view), 2) + "\n";
    }
    const std::string dialect = dialectOf(format);
    std::string out;
    if (!view.dialects.contains(dialect)) {
        out += "-- note: the view has no " + dialect + " query; this is its default query\n";
    }
    out += "CREATE VIEW " + qualified(id);
    if (!view.fields.empty()) {
        out += " (";
        for (size_t i = 0; i < view.fields.size(); ++i) {
            out += (i ? ", " : "") + quoteIdentifier(view.fields[i].name);
            if (view.fields[i].description)
                out += " COMMENT " + quoteStringLiteral(*view.fields[i].description);
        }
        out += ")";
    }
    if (view.comment) out += "\nCOMMENT " + quoteStringLiteral(*view.comment);
    if (format == DefinitionFormat::SparkSql && !view.options.empty()) {
        out += "\nTBLPROPERTIES (";
        bool first = true;
        for (const auto& [k, v] : view.options) {
            out += std::string(first ? "" : ", ") + quoteStringLiteral(k) + " = " +
                   quoteStringLiteral(v);
            first = false;
        }
        out += ")";
    }
    return out + "\nAS\n" + statementEnd(viewQueryFor(view, dialect));
}

std::string describeFunctionDefinition(const FunctionDefinition& d) {
    switch (d.type) {
        case FunctionDefinition::Type::Sql:
            return "SQL: " + d.definition;
        case FunctionDefinition::Type::Lambda:
            return "lambda" + (d.language ? " (" + *d.language + ")" : std::string()) + ": " +
                   d.definition;
        case FunctionDefinition::Type::File: {
            std::string out = d.fileResources.empty() ? std::string("file")
                                                      : d.fileResources.front().resourceType;
            if (d.className) out += " " + *d.className;
            if (d.functionName) out += "." + *d.functionName;
            for (const auto& r : d.fileResources)
                out += " " + r.uri;
            return out;
        }
    }
    return {};
}

std::string renderFunctionDefinition(DefinitionFormat format, const Identifier& id,
                                     const FunctionInfo& function) {
    if (format == DefinitionFormat::PaimonJson) {
        return dumpJson(paimonJsonFunctionDefinition(id, function), 2) + "\n";
    }
    const std::string dialect = dialectOf(format);
    auto it = function.definitions.find(dialect);
    if (it == function.definitions.end()) {
        return "-- note: the function has no " + dialect +
               " definition; export it as Paimon JSON to keep all of it\n";
    }
    const FunctionDefinition& d = it->second;
    if (d.type != FunctionDefinition::Type::File || !d.className) {
        return "-- note: " + dialect +
               " SQL has no CREATE FUNCTION for this definition; export it as Paimon JSON.\n-- " +
               describeFunctionDefinition(d) + "\n";
    }
    std::string out =
        "CREATE FUNCTION " + qualified(id) + " AS " + quoteStringLiteral(*d.className);
    if (format == DefinitionFormat::FlinkSql) {
        std::string language = d.language.value_or("JAVA");
        for (auto& c : language)
            c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        out += " LANGUAGE " + language;
    }
    if (!d.fileResources.empty()) {
        out += " USING ";
        for (size_t i = 0; i < d.fileResources.size(); ++i) {
            std::string kind = d.fileResources[i].resourceType;
            for (auto& c : kind)
                c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
            out += (i ? ", " : "") + kind + " " + quoteStringLiteral(d.fileResources[i].uri);
        }
    }
    return out + ";\n";
}

}  // namespace paimon
