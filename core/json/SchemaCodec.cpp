#include "core/json/Messages.h"

#include <unordered_set>

#include "core/json/CodecSupport.h"
#include "core/types/TypeJson.h"
#include "core/util/Overloaded.h"

// Schemas, fields and schema changes: read and written as Java's Jackson does.

namespace paimon::codec {

namespace detail {

std::vector<DataField> readFields(const Value& j, FieldIdCounter& ids) {
    std::optional<Value> v = j.member("fields");
    std::vector<DataField> out;
    if (!v) return out;
    if (!v->isArray()) throw ShapeError{"\"fields\" must be an array"};
    std::vector<Value> fields = v->elements();
    out.reserve(fields.size());  // no reallocation below: `seen` views the names in place
    std::unordered_set<std::string_view> seen;
    seen.reserve(fields.size());
    for (const Value& f : fields) {
        DataField field = unwrap(dataFieldFromJson(f, ids));
        if (seen.contains(field.name))
            throw ShapeError{"duplicate field name '" + field.name + "'"};
        out.push_back(std::move(field));
        seen.insert(out.back().name);
    }
    return out;
}

Identifier readIdentifier(const Value& j) {
    requireObject(j, "an identifier");
    return Identifier{reqString(j, "database"), reqString(j, "object")};
}

Schema readSchema(const Value& j) {
    requireObject(j, "a schema");
    Schema s;
    FieldIdCounter ids;
    s.fields = readFields(j, ids);
    s.partitionKeys = optStringList(j, "partitionKeys");
    s.primaryKeys = optStringList(j, "primaryKeys");
    s.options = optOptions(j, "options");
    s.comment = optString(j, "comment");
    return s;
}

Move::Type readMoveType(const std::string& s) {
    if (s == "FIRST") return Move::Type::First;
    if (s == "AFTER") return Move::Type::After;
    if (s == "BEFORE") return Move::Type::Before;
    if (s == "LAST") return Move::Type::Last;
    throw ShapeError{"unknown move type '" + s + "' (FIRST, AFTER, BEFORE, LAST)"};
}

Move readMove(const Value& j) {
    requireObject(j, "a move");
    Move m;
    m.fieldName = reqString(j, "fieldName");
    m.referenceFieldName = optString(j, "referenceFieldName");
    m.type = readMoveType(reqString(j, "type"));
    if ((m.type == Move::Type::After || m.type == Move::Type::Before) && !m.referenceFieldName) {
        throw ShapeError{"a move AFTER or BEFORE needs \"referenceFieldName\""};
    }
    return m;
}

DataType readType(const Value& j, const char* key) {
    std::optional<Value> v = j.member(key);
    if (!v) throw ShapeError{quoted(key) + " is missing"};
    return unwrap(dataTypeFromJson(*v));
}

SchemaChange readChange(const Value& j) {
    requireObject(j, "a schema change");
    std::string action = reqString(j, "action");
    if (action == "setOption") return change::SetOption{reqString(j, "key"), reqString(j, "value")};
    if (action == "removeOption") return change::RemoveOption{reqString(j, "key")};
    if (action == "updateComment") return change::UpdateComment{optString(j, "comment")};
    if (action == "addColumn") {
        change::AddColumn c;
        c.fieldNames = reqStringList(j, "fieldNames");
        c.dataType = readType(j, "dataType");
        c.comment = optString(j, "comment");
        if (std::optional<Value> m = j.member("move")) c.move = readMove(*m);
        if (c.fieldNames.empty()) throw ShapeError{"\"fieldNames\" must not be empty"};
        return c;
    }
    if (action == "renameColumn") {
        change::RenameColumn c{reqStringList(j, "fieldNames"), reqString(j, "newName")};
        if (c.fieldNames.empty()) throw ShapeError{"\"fieldNames\" must not be empty"};
        return c;
    }
    if (action == "dropColumn") {
        change::DropColumn c{reqStringList(j, "fieldNames")};
        if (c.fieldNames.empty()) throw ShapeError{"\"fieldNames\" must not be empty"};
        return c;
    }
    if (action == "updateColumnType") {
        change::UpdateColumnType c;
        c.fieldNames = reqStringList(j, "fieldNames");
        c.newDataType = readType(j, "newDataType");
        c.keepNullability = optBool(j, "keepNullability", false);
        return c;
    }
    if (action == "updateColumnNullability") {
        change::UpdateColumnNullability c;
        c.fieldNames = reqStringList(j, "fieldNames");
        if (!j.member("newNullability")) throw ShapeError{"\"newNullability\" is missing"};
        c.newNullability = optBool(j, "newNullability", true);
        return c;
    }
    if (action == "updateColumnComment") {
        return change::UpdateColumnComment{reqStringList(j, "fieldNames"),
                                           optString(j, "newComment")};
    }
    if (action == "updateColumnDefaultValue") {
        return change::UpdateColumnDefaultValue{reqStringList(j, "fieldNames"),
                                                optString(j, "newDefaultValue")};
    }
    if (action == "updateColumnPosition") {
        std::optional<Value> m = j.member("move");
        if (!m) throw ShapeError{"\"move\" is missing"};
        return change::UpdateColumnPosition{readMove(*m)};
    }
    if (action == "dropPrimaryKey") return change::DropPrimaryKey{};
    throw ShapeError{"unknown schema change action '" + action + "'"};
}

}  // namespace detail

using namespace detail;

namespace {

const char* moveTypeName(Move::Type t) {
    switch (t) {
        case Move::Type::First:
            return "FIRST";
        case Move::Type::After:
            return "AFTER";
        case Move::Type::Before:
            return "BEFORE";
        case Move::Type::Last:
            return "LAST";
    }
    return "FIRST";
}

}  // namespace

ojson toJson(const Identifier& id) {
    ojson j = ojson::object();
    j["database"] = id.database;
    j["object"] = id.object;
    return j;
}

ojson toJson(const Schema& s) {
    ojson j = ojson::object();
    j["fields"] = fieldsArray(s.fields);
    j["partitionKeys"] = stringArray(s.partitionKeys);
    j["primaryKeys"] = stringArray(s.primaryKeys);
    j["options"] = optionsObject(s.options);
    putOpt(j, "comment", s.comment);
    return j;
}

ojson toJson(const TableSchema& s) {
    ojson j = ojson::object();
    j["version"] = s.version;
    j["id"] = s.id;
    j["fields"] = fieldsArray(s.fields);
    j["highestFieldId"] = s.highestFieldId;
    j["partitionKeys"] = stringArray(s.partitionKeys);
    j["primaryKeys"] = stringArray(s.primaryKeys);
    j["options"] = optionsObject(s.options);
    putOpt(j, "comment", s.comment);
    j["timeMillis"] = s.timeMillis;
    return j;
}

ojson toJson(const Move& m) {
    ojson j = ojson::object();
    j["fieldName"] = m.fieldName;
    putOpt(j, "referenceFieldName", m.referenceFieldName);
    j["type"] = moveTypeName(m.type);
    return j;
}

ojson toJson(const SchemaChange& change) {
    ojson j = ojson::object();
    j["action"] = schemaChangeAction(change);
    std::visit(
        Overloaded{
            [&](const change::SetOption& c) {
                j["key"] = c.key;
                j["value"] = c.value;
            },
            [&](const change::RemoveOption& c) { j["key"] = c.key; },
            [&](const change::UpdateComment& c) { putOpt(j, "comment", c.comment); },
            [&](const change::AddColumn& c) {
                j["fieldNames"] = stringArray(c.fieldNames);
                j["dataType"] = dataTypeToJson(c.dataType);
                putOpt(j, "comment", c.comment);
                if (c.move) j["move"] = toJson(*c.move);
            },
            [&](const change::RenameColumn& c) {
                j["fieldNames"] = stringArray(c.fieldNames);
                j["newName"] = c.newName;
            },
            [&](const change::DropColumn& c) { j["fieldNames"] = stringArray(c.fieldNames); },
            [&](const change::UpdateColumnType& c) {
                j["fieldNames"] = stringArray(c.fieldNames);
                j["newDataType"] = dataTypeToJson(c.newDataType);
                j["keepNullability"] = c.keepNullability;
            },
            [&](const change::UpdateColumnNullability& c) {
                j["fieldNames"] = stringArray(c.fieldNames);
                j["newNullability"] = c.newNullability;
            },
            [&](const change::UpdateColumnComment& c) {
                j["fieldNames"] = stringArray(c.fieldNames);
                putOpt(j, "newComment", c.newComment);
            },
            [&](const change::UpdateColumnDefaultValue& c) {
                j["fieldNames"] = stringArray(c.fieldNames);
                putOpt(j, "newDefaultValue", c.newDefaultValue);
            },
            [&](const change::UpdateColumnPosition& c) { j["move"] = toJson(c.move); },
            [&](const change::DropPrimaryKey&) {},
        },
        change);
    return j;
}

Result<Schema> schemaFromJson(const json::Value& j, ErrorKind kind) {
    return guardedJson(j, kind, "schema", readSchema);
}

Result<TableSchema> tableSchemaFromJson(const json::Value& j, ErrorKind kind) {
    return guardedJson(j, kind, "schema file", [](const Value& j) {
        requireObject(j, "a schema file");
        TableSchema s;
        s.version = static_cast<int>(optInt64(j, "version", 1));
        if (!j.member("id")) throw ShapeError{"\"id\" is missing"};
        s.id = optInt64(j, "id", 0);
        std::optional<Value> fields = j.member("fields");
        if (!fields || !fields->isArray()) throw ShapeError{"\"fields\" must be an array"};
        for (const Value& f : fields->elements()) {
            if (!f.isObject() || !f.member("id")) {
                throw ShapeError{"every field of a schema file needs an \"id\""};
            }
        }
        FieldIdCounter ids;
        s.fields = readFields(j, ids);
        s.highestFieldId = static_cast<int>(optInt64(j, "highestFieldId", -1));
        s.partitionKeys = optStringList(j, "partitionKeys");
        s.primaryKeys = optStringList(j, "primaryKeys");
        s.options = optOptions(j, "options");
        s.comment = optString(j, "comment");
        s.timeMillis = optInt64(j, "timeMillis", 0);
        if (s.version <= 1) s.options.emplace("bucket", "1");
        if (s.version <= 2) s.options.emplace("file.format", "orc");
        return s;
    });
}

Result<TableSchema> decodeTableSchema(std::string_view text) {
    Result<json::Document> doc = json::Document::parse(text, ErrorKind::Io);
    if (!doc) return doc.takeError();
    return tableSchemaFromJson(doc->root(), ErrorKind::Io);
}

Result<std::vector<SchemaChange>> schemaChangesFromJson(const json::Value& j, ErrorKind kind) {
    return guardedJson(j, kind, "schema change list", [](const Value& j) {
        if (!j.isArray()) throw ShapeError{"schema changes must be a JSON array"};
        std::vector<SchemaChange> out;
        for (const Value& c : j.elements())
            out.push_back(readChange(c));
        return out;
    });
}

}  // namespace paimon::codec
