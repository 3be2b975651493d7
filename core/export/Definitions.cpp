#include "core/export/Definitions.h"

#include <nlohmann/json.hpp>

#include "core/json/Dump.h"
#include "core/json/Messages.h"

namespace paimon {
namespace {

using Notes = std::vector<std::string>;

std::string tableName(const Identifier& id) {
    return quoteIdentifier(id.database) + "." + quoteIdentifier(id.object);
}

std::string notNull(const DataType& t) {
    return t.nullable() ? "" : " NOT NULL";
}

std::string stripQuotes(const std::string& v) {
    if (v.size() >= 2 && v.front() == '\'' && v.back() == '\'') return v.substr(1, v.size() - 2);
    return v;
}

// Spark string literals take backslash escapes; a doubled quote would end the literal.
std::string sparkString(const std::string& s) {
    std::string out = "'";
    for (char c : s) {
        if (c == '\\' || c == '\'') out += '\\';
        out += c;
    }
    return out + "'";
}

std::string joinNames(const std::vector<std::string>& names) {
    std::string out;
    for (size_t i = 0; i < names.size(); ++i)
        out += (i ? ", " : "") + quoteIdentifier(names[i]);
    return out;
}

std::string optionsBlock(const std::vector<std::pair<std::string, std::string>>& options,
                         const std::function<std::string(const std::string&)>& literal) {
    std::string out;
    for (size_t i = 0; i < options.size(); ++i) {
        out += "  " + literal(options[i].first) + " = " + literal(options[i].second);
        out += i + 1 < options.size() ? ",\n" : "\n";
    }
    return out;
}

std::string notesBlock(const Notes& notes) {
    std::string out;
    for (const auto& n : notes)
        out += "-- note: " + n + "\n";
    return out;
}

// ---- Flink ----

std::string flinkType(const DataType& t, const std::string& column, Notes& notes) {
    auto note = [&](const std::string& written) {
        notes.push_back("column " + column + " is " + t.sql() + ", which Flink SQL has no type " +
                        "for; written as " + written);
        return written + notNull(t);
    };
    switch (t.root()) {
        case TypeRoot::Blob:
        case TypeRoot::Geometry:
        case TypeRoot::Geography:
            return note("BYTES");
        case TypeRoot::Vector:
            return note("ARRAY<" + flinkType(t.element(), column, notes) + ">");
        case TypeRoot::Array:
            return "ARRAY<" + flinkType(t.element(), column, notes) + ">" + notNull(t);
        case TypeRoot::Multiset:
            return "MULTISET<" + flinkType(t.element(), column, notes) + ">" + notNull(t);
        case TypeRoot::Map:
            return "MAP<" + flinkType(t.key(), column, notes) + ", " +
                   flinkType(t.value(), column, notes) + ">" + notNull(t);
        case TypeRoot::Row: {
            std::string out = "ROW<";
            for (size_t i = 0; i < t.fields().size(); ++i) {
                const DataField& f = t.fields()[i];
                if (i) out += ", ";
                out +=
                    quoteIdentifier(f.name) + " " + flinkType(f.type, column + "." + f.name, notes);
                if (f.description) out += " " + quoteStringLiteral(*f.description);
            }
            return out + ">" + notNull(t);
        }
        default:
            return t.sql();  // Paimon's atomic type syntax is Flink's
    }
}

// ---- Spark ----

std::string sparkType(const DataType& t, const std::string& column, Notes& notes) {
    auto note = [&](const std::string& written) {
        notes.push_back("column " + column + " is " + t.sql() + ", which Spark SQL has no type " +
                        "for; written as " + written);
        return written;
    };
    switch (t.root()) {
        case TypeRoot::Binary:
        case TypeRoot::VarBinary:
            return "BINARY";
        case TypeRoot::Time:
            return note("STRING");
        case TypeRoot::Timestamp:
            return "TIMESTAMP_NTZ";
        case TypeRoot::LocalZonedTimestamp:
            return "TIMESTAMP";
        case TypeRoot::Blob:
        case TypeRoot::Geometry:
        case TypeRoot::Geography:
            return note("BINARY");
        case TypeRoot::Vector:
            return note("ARRAY<" + sparkType(t.element(), column, notes) + ">");
        case TypeRoot::Array:
            return "ARRAY<" + sparkType(t.element(), column, notes) + ">";
        case TypeRoot::Multiset:
            return "MAP<" + sparkType(t.element(), column, notes) + ", INT>";
        case TypeRoot::Map:
            return "MAP<" + sparkType(t.key(), column, notes) + ", " +
                   sparkType(t.value(), column, notes) + ">";
        case TypeRoot::Row: {
            std::string out = "STRUCT<";
            for (size_t i = 0; i < t.fields().size(); ++i) {
                const DataField& f = t.fields()[i];
                if (i) out += ", ";
                out += quoteIdentifier(f.name) + ": " +
                       sparkType(f.type, column + "." + f.name, notes) + notNull(f.type);
                if (f.description) out += " COMMENT " + sparkString(*f.description);
            }
            return out + ">";
        }
        default:
            // CHAR, VARCHAR/STRING, BOOLEAN, DECIMAL, the integers, FLOAT, DOUBLE, DATE:
            // Spark spells them as Paimon does.
            return t.withNullable(true).sql();
    }
}

std::string sparkDefault(const DataType& t, const std::string& value) {
    std::string raw = stripQuotes(value);
    switch (t.root()) {
        case TypeRoot::Boolean:
        case TypeRoot::TinyInt:
        case TypeRoot::SmallInt:
        case TypeRoot::Int:
        case TypeRoot::BigInt:
        case TypeRoot::Float:
        case TypeRoot::Double:
        case TypeRoot::Decimal:
            return raw;
        case TypeRoot::Date:
            return "DATE " + sparkString(raw);
        case TypeRoot::Timestamp:
            return "TIMESTAMP_NTZ " + sparkString(raw);
        case TypeRoot::LocalZonedTimestamp:
            return "TIMESTAMP " + sparkString(raw);
        default:
            return sparkString(raw);
    }
}

std::vector<std::pair<std::string, std::string>> exportedOptions(const Schema& schema) {
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto& [k, v] : schema.options)
        if (!isLocationOption(k)) out.emplace_back(k, v);
    return out;
}

}  // namespace

bool isLocationOption(const std::string& key) {
    return key == "path" || key == "branch";
}

std::optional<DefinitionFormat> parseDefinitionFormat(std::string_view name) {
    if (name == "flink") return DefinitionFormat::FlinkSql;
    if (name == "spark") return DefinitionFormat::SparkSql;
    if (name == "json") return DefinitionFormat::PaimonJson;
    return std::nullopt;
}

const char* definitionFileExtension(DefinitionFormat format) {
    return format == DefinitionFormat::PaimonJson ? "json" : "sql";
}

std::string renderFlinkSql(const Identifier& id, const Schema& schema) {
    Notes notes;
    std::vector<std::string> lines;
    auto options = exportedOptions(schema);
    for (const DataField& f : schema.fields) {
        std::string line = "  " + quoteIdentifier(f.name) + " " + flinkType(f.type, f.name, notes);
        if (f.description) line += " COMMENT " + quoteStringLiteral(*f.description);
        lines.push_back(line);
        if (f.defaultValue) {
            options.emplace_back("fields." + f.name + ".default-value",
                                 stripQuotes(*f.defaultValue));
        }
    }
    if (!schema.primaryKeys.empty()) {
        lines.push_back("  PRIMARY KEY (" + joinNames(schema.primaryKeys) + ") NOT ENFORCED");
    }
    std::string out = notesBlock(notes);
    out += "CREATE TABLE " + tableName(id) + " (\n";
    for (size_t i = 0; i < lines.size(); ++i)
        out += lines[i] + (i + 1 < lines.size() ? ",\n" : "\n");
    out += ")";
    if (schema.comment) out += "\nCOMMENT " + quoteStringLiteral(*schema.comment);
    if (!schema.partitionKeys.empty()) {
        out += "\nPARTITIONED BY (" + joinNames(schema.partitionKeys) + ")";
    }
    if (!options.empty()) out += "\nWITH (\n" + optionsBlock(options, quoteStringLiteral) + ")";
    return out + ";\n";
}

std::string renderSparkSql(const Identifier& id, const Schema& schema) {
    Notes notes;
    std::string columns;
    for (size_t i = 0; i < schema.fields.size(); ++i) {
        const DataField& f = schema.fields[i];
        columns += "  " + quoteIdentifier(f.name) + " " + sparkType(f.type, f.name, notes) +
                   notNull(f.type);
        if (f.defaultValue) columns += " DEFAULT " + sparkDefault(f.type, *f.defaultValue);
        if (f.description) columns += " COMMENT " + sparkString(*f.description);
        columns += i + 1 < schema.fields.size() ? ",\n" : "\n";
    }
    auto options = exportedOptions(schema);
    if (!schema.primaryKeys.empty()) {
        std::string keys;
        for (size_t i = 0; i < schema.primaryKeys.size(); ++i)
            keys += (i ? "," : "") + schema.primaryKeys[i];
        options.insert(options.begin(), {"primary-key", keys});
    }
    std::string out = notesBlock(notes);
    out += "CREATE TABLE " + tableName(id) + " (\n" + columns + ")";
    if (!schema.partitionKeys.empty()) {
        out += "\nPARTITIONED BY (" + joinNames(schema.partitionKeys) + ")";
    }
    if (schema.comment) out += "\nCOMMENT " + sparkString(*schema.comment);
    if (!options.empty()) out += "\nTBLPROPERTIES (\n" + optionsBlock(options, sparkString) + ")";
    return out + ";\n";
}

nlohmann::ordered_json paimonJsonDefinition(const Identifier& id, const Schema& schema) {
    Schema exported = schema;
    for (auto it = exported.options.begin(); it != exported.options.end();) {
        it = isLocationOption(it->first) ? exported.options.erase(it) : std::next(it);
    }
    nlohmann::ordered_json j;
    j["identifier"] = codec::toJson(id);
    j["schema"] = codec::toJson(exported);
    return j;
}

std::string renderPaimonJson(const Identifier& id, const Schema& schema) {
    return dumpJson(paimonJsonDefinition(id, schema), 2) + "\n";
}

std::string renderDefinition(DefinitionFormat format, const Identifier& id, const Schema& schema) {
    switch (format) {
        case DefinitionFormat::FlinkSql:
            return renderFlinkSql(id, schema);
        case DefinitionFormat::SparkSql:
            return renderSparkSql(id, schema);
        case DefinitionFormat::PaimonJson:
            return renderPaimonJson(id, schema);
    }
    return {};
}

}  // namespace paimon
