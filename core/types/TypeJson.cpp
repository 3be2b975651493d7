#include "core/types/TypeJson.h"

#include <nlohmann/json.hpp>

#include <string_view>
#include <unordered_set>

namespace paimon {
namespace {

using json = nlohmann::json;
using ojson = nlohmann::ordered_json;

constexpr int kMaxDepth = 200;

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

DataType readType(const json& j, FieldIdCounter& ids, int depth);

const json& member(const json& j, const char* name, const char* owner) {
    auto it = j.find(name);
    if (it == j.end() || it->is_null()) {
        throw JsonFailure{std::string(owner) + " needs a \"" + name + "\" member"};
    }
    return *it;
}

std::string textOf(const json& j, const char* what) {
    if (!j.is_string()) throw JsonFailure{std::string(what) + " must be a string"};
    return j.get<std::string>();
}

DataField readField(const json& j, FieldIdCounter& ids, int depth) {
    if (!j.is_object()) throw JsonFailure{"a field must be a JSON object"};
    DataField f;
    auto idIt = j.find("id");
    if (idIt != j.end() && !idIt->is_null()) {
        if (ids.last != -1) throw JsonFailure{"partial field ids are not allowed"};
        if (!idIt->is_number_integer()) throw JsonFailure{"a field id must be an integer"};
        int64_t id = idIt->get<int64_t>();
        if (id < 0 || id > 2147483647) throw JsonFailure{"a field id is out of range"};
        f.id = static_cast<int>(id);
    } else {
        f.id = ids.next();
    }
    f.name = textOf(member(j, "name", "a field"), "a field name");
    auto typeIt = j.find("type");
    if (typeIt == j.end() || typeIt->is_null()) {
        throw JsonFailure{"field '" + f.name + "' needs a \"type\" member"};
    }
    f.type = readType(*typeIt, ids, depth + 1);
    auto d = j.find("description");
    if (d != j.end() && !d->is_null()) f.description = textOf(*d, "a field description");
    auto dv = j.find("defaultValue");
    if (dv != j.end() && !dv->is_null()) f.defaultValue = textOf(*dv, "a field default value");
    return f;
}

bool startsWith(const std::string& s, const char* prefix) {
    return s.rfind(prefix, 0) == 0;
}

DataType readType(const json& j, FieldIdCounter& ids, int depth) {
    if (depth > kMaxDepth) {
        throw JsonFailure{"types are nested more than " + std::to_string(kMaxDepth) +
                          " levels deep"};
    }
    if (j.is_string()) {
        // Atomic types use no field ids; a nested type in SQL form draws from the same sequence.
        Result<DataType> t = parseDataType(j.get_ref<const std::string&>(), &ids);
        if (!t) throw JsonFailure{t.error().message};
        return std::move(t).value();
    }
    if (!j.is_object()) throw JsonFailure{"a type must be a string or an object"};
    std::string type = textOf(member(j, "type", "a nested type"), "\"type\"");
    bool nullable = type.find("NOT NULL") == std::string::npos;
    DataType out;
    if (startsWith(type, "ARRAY")) {
        out = DataType::array(readType(member(j, "element", "ARRAY"), ids, depth + 1));
    } else if (startsWith(type, "VECTOR")) {
        DataType element = readType(member(j, "element", "VECTOR"), ids, depth + 1);
        const json& len = member(j, "length", "VECTOR");
        if (!len.is_number_integer()) throw JsonFailure{"VECTOR length must be an integer"};
        int64_t n = len.get<int64_t>();
        if (n < 1 || n > DataType::kMaxLength) {
            throw JsonFailure{"VECTOR length must be between 1 and 2147483647"};
        }
        if (auto problem = DataType::vectorElementProblem(element)) throw JsonFailure{*problem};
        out = DataType::vector(std::move(element), static_cast<int32_t>(n));
    } else if (startsWith(type, "MULTISET")) {
        out = DataType::multiset(readType(member(j, "element", "MULTISET"), ids, depth + 1));
    } else if (startsWith(type, "MAP")) {
        DataType key = readType(member(j, "key", "MAP"), ids, depth + 1);
        DataType value = readType(member(j, "value", "MAP"), ids, depth + 1);
        out = DataType::map(std::move(key), std::move(value));
    } else if (startsWith(type, "ROW")) {
        const json& fields = member(j, "fields", "ROW");
        if (!fields.is_array()) throw JsonFailure{"ROW \"fields\" must be an array"};
        std::vector<DataField> list;
        list.reserve(fields.size());  // no reallocation below: `seen` views the names in place
        std::unordered_set<std::string_view> seen;
        seen.reserve(fields.size());
        for (const json& f : fields) {
            DataField field = readField(f, ids, depth + 1);
            if (seen.count(field.name)) {
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

Result<DataType> dataTypeFromJson(const nlohmann::json& json, FieldIdCounter& ids) {
    try {
        return readType(json, ids, 0);
    } catch (const JsonFailure& f) {
        return makeError(ErrorKind::BadRequest, "Invalid data type: " + f.reason);
    }
}

Result<DataField> dataFieldFromJson(const nlohmann::json& json, FieldIdCounter& ids) {
    try {
        return readField(json, ids, 0);
    } catch (const JsonFailure& f) {
        return makeError(ErrorKind::BadRequest, "Invalid field: " + f.reason);
    }
}

Result<DataType> dataTypeFromJson(const nlohmann::json& json) {
    FieldIdCounter ids;
    return dataTypeFromJson(json, ids);
}

}  // namespace paimon
