#include "core/json/Messages.h"

#include <nlohmann/json.hpp>

#include <string_view>

#include "core/json/CodecSupport.h"
#include "core/json/Dump.h"
#include "core/json/JsonValue.h"

// The requests and responses of the REST API: read leniently where Java is, written as
// Java's Jackson writes them. Schemas and schema changes are in SchemaCodec.cpp.

namespace paimon::codec {

using namespace detail;

namespace {

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

}  // namespace

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
    return encodeItemPage(page, "tableDetails");
}

std::string encodeListTablesGlobally(const Page<Identifier>& page) {
    return encodeItemPage(page, "tables");
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

Result<Page<Identifier>> decodeListTablesGloballyResponse(std::string_view body) {
    return guarded(
        body, ErrorKind::InvalidResponse, "list-tables-globally response",
        [](const Value& j) { return readPage<Identifier>(j, "tables", readIdentifier); });
}

}  // namespace paimon::codec
