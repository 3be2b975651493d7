#include "core/types/TypeJson.h"

#include <nlohmann/json.hpp>

#include <string_view>
#include <unordered_set>

#include "core/json/JsonValue.h"

namespace paimon {
namespace {

using json::Value;
using ojson = nlohmann::ordered_json;

constexpr int kMaxDepth = kMaxTypeDepth;

struct JsonFailure {
    std::string reason;
};

ojson typeToJson(const DataType& t);

ojson fieldToJson(const DataField& f) {
    ojson j = ojson::object();
    j["id"] = f.id;
    j["name"] = f.name;
    j["type"] = typeToJson(f.type);
    if (f.description) j["description"] = *f.description;
    if (f.defaultValue) j["defaultValue"] = *f.defaultValue;
    return j;
}

ojson typeToJson(const DataType& t) {
    if (!t.isNested()) return t.sql();
    ojson j = ojson::object();
    std::string keyword = typeRootName(t.root());
    j["type"] = t.nullable() ? keyword : keyword + " NOT NULL";
    switch (t.root()) {
        case TypeRoot::Array:
        case TypeRoot::Multiset:
            j["element"] = typeToJson(t.element());
            break;
        case TypeRoot::Vector:
            j["element"] = typeToJson(t.element());
            j["length"] = t.length();
            break;
        case TypeRoot::Map:
            j["key"] = typeToJson(t.key());
            j["value"] = typeToJson(t.value());
            break;
        case TypeRoot::Row: {
            ojson fields = ojson::array();
            for (const DataField& f : t.fields())
                fields.push_back(fieldToJson(f));
            j["fields"] = std::move(fields);
            break;
        }
        default:
            break;
    }
    return j;
}

DataType readType(const Value& j, FieldIdCounter& ids, int depth);

Value member(const Value& j, const char* name, const char* owner) {
    std::optional<Value> v = j.member(name);
    if (!v) throw JsonFailure{std::string(owner) + " needs a \"" + name + "\" member"};
    return *v;
}

std::string textOf(const Value& j, const char* what) {
    if (!j.isString()) throw JsonFailure{std::string(what) + " must be a string"};
    return std::string(j.string());
}

DataField readField(const Value& j, FieldIdCounter& ids, int depth) {
    if (!j.isObject()) throw JsonFailure{"a field must be a JSON object"};
    DataField f;
    // One pass over the members rather than a lookup per name: this is the hot loop of a
    // wide get-table response. Of duplicate names the last counts, as in Value::member().
    std::optional<Value> id, name, type, description, defaultValue;
    for (const auto& [key, value] : j.members()) {
        std::optional<Value>* slot = key == "id"             ? &id
                                     : key == "name"         ? &name
                                     : key == "type"         ? &type
                                     : key == "description"  ? &description
                                     : key == "defaultValue" ? &defaultValue
                                                             : nullptr;
        if (!slot) continue;
        if (value.isNull()) {
            slot->reset();
        } else {
            *slot = value;
        }
    }
    if (id) {
        if (ids.last != -1) throw JsonFailure{"partial field ids are not allowed"};
        std::optional<int64_t> n = id->int64();
        if (!n) throw JsonFailure{"a field id must be an integer"};
        if (*n < 0 || *n > 2147483647) throw JsonFailure{"a field id is out of range"};
        f.id = static_cast<int>(*n);
    } else {
        f.id = ids.next();
    }
    if (!name) throw JsonFailure{"a field needs a \"name\" member"};
    f.name = textOf(*name, "a field name");
    if (!type) throw JsonFailure{"field '" + f.name + "' needs a \"type\" member"};
    f.type = readType(*type, ids, depth);
    if (description) f.description = textOf(*description, "a field description");
    if (defaultValue) f.defaultValue = textOf(*defaultValue, "a field default value");
    return f;
}

bool startsWith(const std::string& s, const char* prefix) {
    return s.rfind(prefix, 0) == 0;
}

DataType readType(const Value& j, FieldIdCounter& ids, int depth) {
    if (depth > kMaxDepth) {
        throw JsonFailure{"types are nested more than " + std::to_string(kMaxDepth) +
                          " levels deep"};
    }
    if (j.isString()) {
        // Atomic types use no field ids; a nested type in SQL form draws from the same sequence.
        Result<DataType> t = parseDataType(j.string(), &ids);
        if (!t) throw JsonFailure{t.error().message};
        if (depth - 1 + typeDepth(*t) > kMaxDepth) {
            throw JsonFailure{"types are nested more than " + std::to_string(kMaxDepth) +
                              " levels deep"};
        }
        return std::move(t).value();
    }
    if (!j.isObject()) throw JsonFailure{"a type must be a string or an object"};
    std::string type = textOf(member(j, "type", "a nested type"), "\"type\"");
    bool nullable = type.find("NOT NULL") == std::string::npos;
    DataType out;
    if (startsWith(type, "ARRAY")) {
        out = DataType::array(readType(member(j, "element", "ARRAY"), ids, depth + 1));
    } else if (startsWith(type, "VECTOR")) {
        DataType element = readType(member(j, "element", "VECTOR"), ids, depth + 1);
        std::optional<int64_t> n = member(j, "length", "VECTOR").int64();
        if (!n) throw JsonFailure{"VECTOR length must be an integer"};
        if (*n < 1 || *n > DataType::kMaxLength) {
            throw JsonFailure{"VECTOR length must be between 1 and 2147483647"};
        }
        if (auto problem = DataType::vectorElementProblem(element)) throw JsonFailure{*problem};
        out = DataType::vector(std::move(element), static_cast<int32_t>(*n));
    } else if (startsWith(type, "MULTISET")) {
        out = DataType::multiset(readType(member(j, "element", "MULTISET"), ids, depth + 1));
    } else if (startsWith(type, "MAP")) {
        DataType key = readType(member(j, "key", "MAP"), ids, depth + 1);
        DataType value = readType(member(j, "value", "MAP"), ids, depth + 1);
        out = DataType::map(std::move(key), std::move(value));
    } else if (startsWith(type, "ROW")) {
        Value fields = member(j, "fields", "ROW");
        if (!fields.isArray()) throw JsonFailure{"ROW \"fields\" must be an array"};
        std::vector<Value> entries = fields.elements();
        std::vector<DataField> list;
        list.reserve(entries.size());  // no reallocation below: `seen` views the names in place
        std::unordered_set<std::string_view> seen;
        seen.reserve(entries.size());
        for (const Value& f : entries) {
            DataField field = readField(f, ids, depth + 1);  // its type is one level down
            if (seen.contains(field.name)) {
                throw JsonFailure{"duplicate field name '" + field.name + "' in ROW"};
            }
            list.push_back(std::move(field));
            seen.insert(list.back().name);
        }
        out = DataType::row(std::move(list));
    } else {
        throw JsonFailure{"unknown nested type '" + type + "'"};
    }
    return out.withNullable(nullable);
}

}  // namespace

nlohmann::ordered_json dataTypeToJson(const DataType& type) {
    return typeToJson(type);
}
nlohmann::ordered_json dataFieldToJson(const DataField& field) {
    return fieldToJson(field);
}

Result<DataType> dataTypeFromJson(const Value& json, FieldIdCounter& ids) {
    try {
        return readType(json, ids, 1);
    } catch (const JsonFailure& f) {
        return makeError(ErrorKind::BadRequest, "Invalid data type: " + f.reason);
    }
}

Result<DataField> dataFieldFromJson(const Value& json, FieldIdCounter& ids) {
    try {
        return readField(json, ids, 1);
    } catch (const JsonFailure& f) {
        return makeError(ErrorKind::BadRequest, "Invalid field: " + f.reason);
    }
}

Result<DataType> dataTypeFromJson(const Value& json) {
    FieldIdCounter ids;
    return dataTypeFromJson(json, ids);
}

Result<DataType> dataTypeFromJsonText(std::string_view text) {
    Result<json::Document> doc = json::Document::parse(text, ErrorKind::BadRequest);
    if (!doc) return makeError(ErrorKind::BadRequest, "Invalid data type: " + doc.error().message);
    return dataTypeFromJson(doc->root());
}

}  // namespace paimon
