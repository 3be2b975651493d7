#include "core/json/Messages.h"

#include <nlohmann/json.hpp>

#include <string_view>
#include <unordered_set>

#include "core/json/Dump.h"
#include "core/json/JsonValue.h"
#include "core/types/TypeJson.h"
#include "core/util/Overloaded.h"

namespace paimon::codec {
namespace {

using ojson = nlohmann::ordered_json;
using json::Value;

// Thrown inside this file only: a member of the wrong shape. Caught at each decoder's edge.
struct ShapeError {
    std::string what;
};

std::string quoted(std::string_view key) {
    std::string out;
    out.reserve(key.size() + 2);
    out += '"';
    out += key;
    out += '"';
    return out;
}

void requireObject(const Value& j, const char* what) {
    if (!j.isObject()) throw ShapeError{std::string(what) + " must be a JSON object"};
}

std::optional<std::string> optString(const Value& j, const char* key) {
    std::optional<Value> v = j.member(key);
    if (!v) return std::nullopt;
    if (!v->isString()) throw ShapeError{quoted(key) + " must be a string"};
    return std::string(v->string());
}

std::string reqString(const Value& j, const char* key) {
    std::optional<std::string> v = optString(j, key);
    if (!v) throw ShapeError{quoted(key) + " is missing"};
    return std::move(*v);
}

int64_t optInt64(const Value& j, const char* key, int64_t fallback) {
    std::optional<Value> v = j.member(key);
    if (!v) return fallback;
    std::optional<int64_t> n = v->int64();
    if (!n) throw ShapeError{quoted(key) + " must be an integer"};
    return *n;
}

bool optBool(const Value& j, const char* key, bool fallback) {
    std::optional<Value> v = j.member(key);
    if (!v) return fallback;
    if (!v->isBool()) throw ShapeError{quoted(key) + " must be true or false"};
    return v->boolean();
}

Options optOptions(const Value& j, const char* key) {
    Options out;
    std::optional<Value> v = j.member(key);
    if (!v) return out;
    if (!v->isObject()) throw ShapeError{quoted(key) + " must be an object"};
    for (const auto& [name, value] : v->members()) {
        if (value.isNull()) {  // null values are dropped, as Java does
            out.erase(std::string(name));
            continue;
        }
        if (!value.isString()) throw ShapeError{"values of " + quoted(key) + " must be strings"};
        out.insert_or_assign(std::string(name), std::string(value.string()));
    }
    return out;
}

std::vector<std::string> optStringList(const Value& j, const char* key) {
    std::vector<std::string> out;
    std::optional<Value> v = j.member(key);
    if (!v) return out;
    if (!v->isArray()) throw ShapeError{quoted(key) + " must be an array"};
    std::vector<Value> entries = v->elements();
    out.reserve(entries.size());
    for (const Value& e : entries) {
        if (!e.isString()) throw ShapeError{"entries of " + quoted(key) + " must be strings"};
        out.emplace_back(e.string());
    }
    return out;
}

std::vector<std::string> reqStringList(const Value& j, const char* key) {
    if (!j.member(key)) throw ShapeError{quoted(key) + " is missing"};
    return optStringList(j, key);
}

template <class T>
T unwrap(Result<T> r) {
    if (!r) throw ShapeError{r.error().message};
    return std::move(r).value();
}

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

DatabaseInfo readDatabaseInfo(const Value& j) {
    requireObject(j, "a database");
    DatabaseInfo d;
    d.id = optString(j, "id");
    d.name = reqString(j, "name");
    d.location = optString(j, "location");
    d.options = optOptions(j, "options");
    d.owner = optString(j, "owner");
    d.createdAt = optInt64(j, "createdAt", 0);
    d.createdBy = optString(j, "createdBy");
    d.updatedAt = optInt64(j, "updatedAt", 0);
    d.updatedBy = optString(j, "updatedBy");
    return d;
}

TableInfo readTableInfo(const Value& j) {
    requireObject(j, "a table");
    TableInfo t;
    t.id = optString(j, "id");
    t.database = optString(j, "database").value_or("");
    t.name = reqString(j, "name");
    t.path = optString(j, "path");
    t.isExternal = optBool(j, "isExternal", false);
    t.schemaId = optInt64(j, "schemaId", 0);
    std::optional<Value> s = j.member("schema");
    if (!s) throw ShapeError{"\"schema\" is missing"};
    t.schema = readSchema(*s);
    t.owner = optString(j, "owner");
    t.createdAt = optInt64(j, "createdAt", 0);
    t.createdBy = optString(j, "createdBy");
    t.updatedAt = optInt64(j, "updatedAt", 0);
    t.updatedBy = optString(j, "updatedBy");
    return t;
}

template <class T>
Page<T> readPage(const Value& j, const char* key, T (*readItem)(const Value&)) {
    requireObject(j, "a page");
    Page<T> page;
    if (std::optional<Value> items = j.member(key)) {
        if (!items->isArray()) throw ShapeError{quoted(key) + " must be an array"};
        std::vector<Value> entries = items->elements();
        page.items.reserve(entries.size());
        for (const Value& e : entries)
            page.items.push_back(readItem(e));
    }
    page.nextPageToken = optString(j, "nextPageToken");
    return page;
}

std::string readName(const Value& j) {
    if (!j.isString()) throw ShapeError{"names must be strings"};
    return std::string(j.string());
}

template <class F>
auto guardedJson(const Value& j, ErrorKind kind, const char* what, F read)
    -> Result<decltype(read(j))> {
    try {
        return read(j);
    } catch (const ShapeError& e) {
        return makeError(kind, std::string("Malformed ") + what + ": " + e.what);
    }
}

template <class F>
auto guarded(std::string_view body, ErrorKind kind, const char* what, F read)
    -> Result<decltype(read(std::declval<const Value&>()))> {
    Result<json::Document> parsed = json::Document::parse(body, kind);
    if (!parsed) return parsed.takeError();
    return guardedJson(parsed->root(), kind, what, read);
}

ojson stringArray(const std::vector<std::string>& v) {
    ojson a = ojson::array();
    for (const std::string& s : v)
        a.push_back(s);
    return a;
}

ojson optionsObject(const Options& o) {
    ojson j = ojson::object();
    for (const auto& [k, v] : o)
        j[k] = v;
    return j;
}

ojson fieldsArray(const std::vector<DataField>& fields) {
    ojson a = ojson::array();
    for (const DataField& f : fields)
        a.push_back(dataFieldToJson(f));
    return a;
}

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

void putOpt(ojson& j, const char* key, const std::optional<std::string>& v) {
    if (v) j[key] = *v;
}

// A member Java's Jackson writes even when it is null (no NON_NULL on the field).
void putNullable(ojson& j, const char* key, const std::optional<std::string>& v) {
    j[key] = v ? ojson(*v) : ojson(nullptr);
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

ojson toJson(const DatabaseInfo& d) {
    ojson j = ojson::object();
    putNullable(j, "id", d.id);
    j["name"] = d.name;
    putNullable(j, "location", d.location);
    j["options"] = optionsObject(d.options);
    putNullable(j, "owner", d.owner);
    j["createdAt"] = d.createdAt;
    putNullable(j, "createdBy", d.createdBy);
    j["updatedAt"] = d.updatedAt;
    putNullable(j, "updatedBy", d.updatedBy);
    return j;
}

ojson toJson(const TableInfo& t) {
    ojson j = ojson::object();
    putNullable(j, "id", t.id);
    j["database"] = t.database;
    j["name"] = t.name;
    putNullable(j, "path", t.path);
    j["isExternal"] = t.isExternal;
    j["schemaId"] = t.schemaId;
    j["schema"] = toJson(t.schema);
    putNullable(j, "owner", t.owner);
    j["createdAt"] = t.createdAt;
    putNullable(j, "createdBy", t.createdBy);
    j["updatedAt"] = t.updatedAt;
    putNullable(j, "updatedBy", t.updatedBy);
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

std::string encode(const CreateDatabaseRequest& r) {
    ojson j = ojson::object();
    j["name"] = r.name;
    j["options"] = optionsObject(r.options);
    return dumpJson(j);
}

std::string encode(const AlterDatabaseRequest& r) {
    ojson j = ojson::object();
    j["removals"] = stringArray(r.removals);
    j["updates"] = optionsObject(r.updates);
    return dumpJson(j);
}

std::string encode(const CreateTableRequest& r) {
    ojson j = ojson::object();
    j["identifier"] = toJson(r.identifier);
    j["schema"] = toJson(r.schema);
    return dumpJson(j);
}

std::string encode(const RenameTableRequest& r) {
    ojson j = ojson::object();
    j["source"] = toJson(r.source);
    j["destination"] = toJson(r.destination);
    return dumpJson(j);
}

std::string encode(const AlterTableRequest& r) {
    ojson j = ojson::object();
    ojson changes = ojson::array();
    for (const SchemaChange& c : r.changes)
        changes.push_back(toJson(c));
    j["changes"] = std::move(changes);
    return dumpJson(j);
}

Result<CreateDatabaseRequest> decodeCreateDatabaseRequest(std::string_view body) {
    return guarded(body, ErrorKind::BadRequest, "create-database request", [](const Value& j) {
        requireObject(j, "the request");
        return CreateDatabaseRequest{reqString(j, "name"), optOptions(j, "options")};
    });
}

Result<AlterDatabaseRequest> decodeAlterDatabaseRequest(std::string_view body) {
    return guarded(body, ErrorKind::BadRequest, "alter-database request", [](const Value& j) {
        requireObject(j, "the request");
        return AlterDatabaseRequest{optStringList(j, "removals"), optOptions(j, "updates")};
    });
}

namespace {
CreateTableRequest readCreateTableRequest(const Value& j) {
    requireObject(j, "the request");
    std::optional<Value> id = j.member("identifier");
    std::optional<Value> schema = j.member("schema");
    if (!id) throw ShapeError{"\"identifier\" is missing"};
    if (!schema) throw ShapeError{"\"schema\" is missing"};
    return CreateTableRequest{readIdentifier(*id), readSchema(*schema)};
}
}  // namespace

Result<CreateTableRequest> createTableRequestFromJson(const json::Value& j, ErrorKind kind) {
    return guardedJson(j, kind, "create-table request", readCreateTableRequest);
}

Result<CreateTableRequest> decodeCreateTableRequest(std::string_view body) {
    return guarded(body, ErrorKind::BadRequest, "create-table request", readCreateTableRequest);
}

Result<RenameTableRequest> decodeRenameTableRequest(std::string_view body) {
    return guarded(body, ErrorKind::BadRequest, "rename-table request", [](const Value& j) {
        requireObject(j, "the request");
        std::optional<Value> s = j.member("source");
        std::optional<Value> d = j.member("destination");
        if (!s) throw ShapeError{"\"source\" is missing"};
        if (!d) throw ShapeError{"\"destination\" is missing"};
        return RenameTableRequest{readIdentifier(*s), readIdentifier(*d)};
    });
}

Result<AlterTableRequest> decodeAlterTableRequest(std::string_view body) {
    return guarded(body, ErrorKind::BadRequest, "alter-table request", [](const Value& j) {
        requireObject(j, "the request");
        AlterTableRequest r;
        if (std::optional<Value> changes = j.member("changes")) {
            if (!changes->isArray()) throw ShapeError{"\"changes\" must be an array"};
            for (const Value& c : changes->elements())
                r.changes.push_back(readChange(c));
        }
        return r;
    });
}

std::string encode(const ConfigResponse& r) {
    ojson j = ojson::object();
    j["defaults"] = optionsObject(r.defaults);
    j["overrides"] = optionsObject(r.overrides);
    return dumpJson(j);
}

std::string encode(const DatabaseInfo& r) {
    return dumpJson(toJson(r));
}
std::string encode(const TableInfo& r) {
    return dumpJson(toJson(r));
}

std::string encode(const AlterDatabaseResult& r) {
    ojson j = ojson::object();
    j["removed"] = stringArray(r.removed);
    j["updated"] = stringArray(r.updated);
    j["missing"] = stringArray(r.missing);
    return dumpJson(j);
}

std::string encode(const ErrorResponse& r) {
    // resourceType/resourceName are declared nullable in the OpenAPI file; Java writes null.
    ojson j = ojson::object();
    j["message"] = r.message;
    j["resourceType"] = r.resourceType ? ojson(*r.resourceType) : ojson(nullptr);
    j["resourceName"] = r.resourceName ? ojson(*r.resourceName) : ojson(nullptr);
    j["code"] = r.code;
    return dumpJson(j);
}

namespace {
std::string encodeNamePage(const Page<std::string>& page, const char* key) {
    ojson j = ojson::object();
    j[key] = stringArray(page.items);
    putNullable(j, "nextPageToken", page.nextPageToken);
    return dumpJson(j);
}
}  // namespace

std::string encodeListDatabases(const Page<std::string>& page) {
    return encodeNamePage(page, "databases");
}
std::string encodeListTables(const Page<std::string>& page) {
    return encodeNamePage(page, "tables");
}

std::string encodeListTableDetails(const Page<TableInfo>& page) {
    ojson j = ojson::object();
    ojson items = ojson::array();
    for (const TableInfo& t : page.items)
        items.push_back(toJson(t));
    j["tableDetails"] = std::move(items);
    putNullable(j, "nextPageToken", page.nextPageToken);
    return dumpJson(j);
}

Result<ConfigResponse> decodeConfigResponse(std::string_view body) {
    return guarded(body, ErrorKind::InvalidResponse, "config response", [](const Value& j) {
        requireObject(j, "the config response");
        return ConfigResponse{optOptions(j, "defaults"), optOptions(j, "overrides")};
    });
}

Result<DatabaseInfo> decodeGetDatabaseResponse(std::string_view body) {
    return guarded(body, ErrorKind::InvalidResponse, "get-database response", readDatabaseInfo);
}

Result<TableInfo> decodeGetTableResponse(std::string_view body) {
    return guarded(body, ErrorKind::InvalidResponse, "get-table response", readTableInfo);
}

Result<AlterDatabaseResult> decodeAlterDatabaseResponse(std::string_view body) {
    return guarded(body, ErrorKind::InvalidResponse, "alter-database response", [](const Value& j) {
        requireObject(j, "the response");
        return AlterDatabaseResult{optStringList(j, "removed"), optStringList(j, "updated"),
                                   optStringList(j, "missing")};
    });
}

Result<ErrorResponse> decodeErrorResponse(std::string_view body) {
    return guarded(body, ErrorKind::InvalidResponse, "error response", [](const Value& j) {
        requireObject(j, "the error response");
        ErrorResponse e;
        e.message = optString(j, "message").value_or("");
        e.resourceType = optString(j, "resourceType");
        e.resourceName = optString(j, "resourceName");
        int64_t code = optInt64(j, "code", 0);
        if (code < 0 || code > 999) throw ShapeError{"\"code\" is out of range"};
        e.code = static_cast<int>(code);
        return e;
    });
}

Result<Page<std::string>> decodeListDatabasesResponse(std::string_view body) {
    return guarded(body, ErrorKind::InvalidResponse, "list-databases response",
                   [](const Value& j) { return readPage<std::string>(j, "databases", readName); });
}

Result<Page<std::string>> decodeListTablesResponse(std::string_view body) {
    return guarded(body, ErrorKind::InvalidResponse, "list-tables response",
                   [](const Value& j) { return readPage<std::string>(j, "tables", readName); });
}

Result<Page<TableInfo>> decodeListTableDetailsResponse(std::string_view body) {
    return guarded(
        body, ErrorKind::InvalidResponse, "list-table-details response",
        [](const Value& j) { return readPage<TableInfo>(j, "tableDetails", readTableInfo); });
}

}  // namespace paimon::codec
