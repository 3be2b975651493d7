#include "core/json/CodecSupport.h"
#include "core/json/Dump.h"
#include "core/json/Messages.h"

// Views and functions: the REST messages as Java writes and reads them (OBJECTS.md §7, §8).
// Views leave out a null comment; functions write every member, nulls included. A change is
// discriminated by "action", a definition by "type".

namespace paimon::codec {

using namespace detail;

namespace {

std::map<std::string, std::string> readStringMap(const Value& j, const char* key) {
    std::map<std::string, std::string> out;
    for (auto& [k, v] : optOptions(j, key))
        out.emplace(k, v);
    return out;
}

ojson stringMap(const std::map<std::string, std::string>& m) {
    ojson j = ojson::object();
    for (const auto& [k, v] : m)
        j[k] = v;
    return j;
}

// A list of fields: absent or null reads as absent.
std::optional<std::vector<DataField>> readParams(const Value& j, const char* key) {
    std::optional<Value> v = j.member(key);
    if (!v) return std::nullopt;
    if (!v->isArray()) throw ShapeError{quoted(key) + " must be an array of fields"};
    FieldIdCounter ids;
    std::vector<DataField> out;
    for (const Value& f : v->elements()) {
        DataField field = unwrap(dataFieldFromJson(f, ids));
        for (const DataField& before : out) {
            if (before.name == field.name) {
                throw ShapeError{"duplicate parameter name '" + field.name + "'"};
            }
        }
        out.push_back(std::move(field));
    }
    return out;
}

ViewSchema readViewSchema(const Value& j) {
    requireObject(j, "a view schema");
    ViewSchema s;
    FieldIdCounter ids;
    s.fields = readFields(j, ids);
    s.query = reqString(j, "query");
    s.dialects = readStringMap(j, "dialects");
    s.options = optOptions(j, "options");
    s.comment = optString(j, "comment");
    return s;
}

ojson viewSchemaJson(const ViewSchema& s) {
    ojson j = ojson::object();
    j["fields"] = fieldsArray(s.fields);
    j["query"] = s.query;
    j["dialects"] = stringMap(s.dialects);
    j["options"] = optionsObject(s.options);
    putOpt(j, "comment", s.comment);
    return j;
}

ViewInfo readViewInfo(const Value& j) {
    requireObject(j, "a view");
    ViewInfo v;
    v.id = optString(j, "id");
    v.name = reqString(j, "name");
    std::optional<Value> schema = j.member("schema");
    if (!schema) throw ShapeError{"\"schema\" is missing"};
    v.schema = readViewSchema(*schema);
    v.owner = optString(j, "owner");
    v.createdAt = optInt64(j, "createdAt", 0);
    v.createdBy = optString(j, "createdBy");
    v.updatedAt = optInt64(j, "updatedAt", 0);
    v.updatedBy = optString(j, "updatedBy");
    return v;
}

ojson viewInfoJson(const ViewInfo& v) {
    ojson j = ojson::object();
    putNullable(j, "id", v.id);
    j["name"] = v.name;
    j["schema"] = viewSchemaJson(v.schema);
    putNullable(j, "owner", v.owner);
    j["createdAt"] = v.createdAt;
    putNullable(j, "createdBy", v.createdBy);
    j["updatedAt"] = v.updatedAt;
    putNullable(j, "updatedBy", v.updatedBy);
    return j;
}

FunctionDefinition readDefinition(const Value& j) {
    requireObject(j, "a function definition");
    FunctionDefinition d;
    const std::string type = reqString(j, "type");
    if (type == "sql") {
        d.type = FunctionDefinition::Type::Sql;
        d.definition = reqString(j, "definition");
    } else if (type == "lambda") {
        d.type = FunctionDefinition::Type::Lambda;
        d.definition = reqString(j, "definition");
        d.language = optString(j, "language");
    } else if (type == "file") {
        d.type = FunctionDefinition::Type::File;
        if (std::optional<Value> resources = j.member("fileResources")) {
            if (!resources->isArray()) throw ShapeError{"\"fileResources\" must be an array"};
            for (const Value& r : resources->elements()) {
                requireObject(r, "a file resource");
                d.fileResources.push_back(
                    {optString(r, "resourceType").value_or(""), reqString(r, "uri")});
            }
        }
        d.language = optString(j, "language");
        d.className = optString(j, "className");
        d.functionName = optString(j, "functionName");
    } else {
        throw ShapeError{R"(a function definition's "type" must be file, sql or lambda, not ")" +
                         type + "\""};
    }
    return d;
}

ojson definitionJson(const FunctionDefinition& d) {
    ojson j = ojson::object();
    switch (d.type) {
        case FunctionDefinition::Type::Sql:
            j["type"] = "sql";
            j["definition"] = d.definition;
            break;
        case FunctionDefinition::Type::Lambda:
            j["type"] = "lambda";
            j["definition"] = d.definition;
            putNullable(j, "language", d.language);
            break;
        case FunctionDefinition::Type::File: {
            j["type"] = "file";
            ojson resources = ojson::array();
            for (const FunctionFileResource& r : d.fileResources) {
                ojson item = ojson::object();
                item["resourceType"] = r.resourceType;
                item["uri"] = r.uri;
                resources.push_back(std::move(item));
            }
            j["fileResources"] = std::move(resources);
            putNullable(j, "language", d.language);
            putNullable(j, "className", d.className);
            putNullable(j, "functionName", d.functionName);
            break;
        }
    }
    return j;
}

std::map<std::string, FunctionDefinition> readDefinitions(const Value& j) {
    std::map<std::string, FunctionDefinition> out;
    std::optional<Value> defs = j.member("definitions");
    if (!defs) return out;
    if (!defs->isObject()) throw ShapeError{"\"definitions\" must be an object"};
    for (const auto& [name, d] : defs->members())
        out.insert_or_assign(std::string(name), readDefinition(d));  // the last of a name

    return out;
}

ojson paramsJson(const std::optional<std::vector<DataField>>& params) {
    return params ? fieldsArray(*params) : ojson(nullptr);
}

// The members create sends and get answers, in Java's order.
void putFunction(ojson& j, const FunctionInfo& f) {
    j["name"] = f.name;
    j["inputParams"] = paramsJson(f.inputParams);
    j["returnParams"] = paramsJson(f.returnParams);
    j["deterministic"] = f.deterministic;
    ojson defs = ojson::object();
    for (const auto& [name, d] : f.definitions)
        defs[name] = definitionJson(d);
    j["definitions"] = std::move(defs);
    putNullable(j, "comment", f.comment);
    j["options"] = optionsObject(f.options);
}

FunctionInfo readFunction(const Value& j) {
    requireObject(j, "a function");
    FunctionInfo f;
    f.uuid = optString(j, "uuid");
    f.name = reqString(j, "name");
    f.inputParams = readParams(j, "inputParams");
    f.returnParams = readParams(j, "returnParams");
    f.deterministic = optBool(j, "deterministic", false);
    f.definitions = readDefinitions(j);
    f.comment = optString(j, "comment");
    f.options = optOptions(j, "options");
    f.owner = optString(j, "owner");
    f.createdAt = optInt64(j, "createdAt", 0);
    f.createdBy = optString(j, "createdBy");
    f.updatedAt = optInt64(j, "updatedAt", 0);
    f.updatedBy = optString(j, "updatedBy");
    return f;
}

ojson functionInfoJson(const FunctionInfo& f) {
    ojson j = ojson::object();
    putNullable(j, "uuid", f.uuid);
    putFunction(j, f);
    putNullable(j, "owner", f.owner);
    j["createdAt"] = f.createdAt;
    putNullable(j, "createdBy", f.createdBy);
    j["updatedAt"] = f.updatedAt;
    putNullable(j, "updatedBy", f.updatedBy);
    return j;
}

ViewChange readViewChange(const Value& j) {
    requireObject(j, "a view change");
    const std::string action = reqString(j, "action");
    if (action == "setOption")
        return ViewChange::setOption(reqString(j, "key"), reqString(j, "value"));
    if (action == "removeOption") return ViewChange::removeOption(reqString(j, "key"));
    if (action == "updateComment") return ViewChange::updateComment(optString(j, "comment"));
    if (action == "addDialect") {
        return ViewChange::addDialect(reqString(j, "dialect"), reqString(j, "query"));
    }
    if (action == "updateDialect") {
        return ViewChange::updateDialect(reqString(j, "dialect"), reqString(j, "query"));
    }
    if (action == "dropDialect") return ViewChange::dropDialect(reqString(j, "dialect"));
    throw ShapeError{"unknown view change action \"" + action + "\""};
}

ojson viewChangeJson(const ViewChange& c) {
    ojson j = ojson::object();
    using A = ViewChange::Action;
    switch (c.action) {
        case A::SetOption:
            j["action"] = "setOption";
            j["key"] = c.key;
            j["value"] = c.value;
            break;
        case A::RemoveOption:
            j["action"] = "removeOption";
            j["key"] = c.key;
            break;
        case A::UpdateComment:
            j["action"] = "updateComment";
            putNullable(j, "comment", c.comment);
            break;
        case A::AddDialect:
        case A::UpdateDialect:
            j["action"] = c.action == A::AddDialect ? "addDialect" : "updateDialect";
            j["dialect"] = c.key;
            j["query"] = c.value;
            break;
        case A::DropDialect:
            j["action"] = "dropDialect";
            j["dialect"] = c.key;
            break;
    }
    return j;
}

FunctionChange readFunctionChange(const Value& j) {
    requireObject(j, "a function change");
    const std::string action = reqString(j, "action");
    using A = FunctionChange::Action;
    FunctionChange c;
    if (action == "setOption") {
        c.action = A::SetOption;
        c.key = reqString(j, "key");
        c.value = reqString(j, "value");
    } else if (action == "removeOption") {
        c.action = A::RemoveOption;
        c.key = reqString(j, "key");
    } else if (action == "updateComment") {
        c.action = A::UpdateComment;
        c.comment = optString(j, "comment");
    } else if (action == "addDefinition" || action == "updateDefinition") {
        c.action = action == "addDefinition" ? A::AddDefinition : A::UpdateDefinition;
        c.key = reqString(j, "name");
        std::optional<Value> d = j.member("definition");
        if (!d) throw ShapeError{"\"definition\" is missing"};
        c.definition = readDefinition(*d);
    } else if (action == "dropDefinition") {
        c.action = A::DropDefinition;
        c.key = reqString(j, "name");
    } else {
        throw ShapeError{"unknown function change action \"" + action + "\""};
    }
    return c;
}

ojson functionChangeJson(const FunctionChange& c) {
    ojson j = ojson::object();
    using A = FunctionChange::Action;
    switch (c.action) {
        case A::SetOption:
            j["action"] = "setOption";
            j["key"] = c.key;
            j["value"] = c.value;
            break;
        case A::RemoveOption:
            j["action"] = "removeOption";
            j["key"] = c.key;
            break;
        case A::UpdateComment:
            j["action"] = "updateComment";
            putNullable(j, "comment", c.comment);
            break;
        case A::AddDefinition:
        case A::UpdateDefinition:
            j["action"] = c.action == A::AddDefinition ? "addDefinition" : "updateDefinition";
            j["name"] = c.key;
            j["definition"] = c.definition ? definitionJson(*c.definition) : ojson(nullptr);
            break;
        case A::DropDefinition:
            j["action"] = "dropDefinition";
            j["name"] = c.key;
            break;
    }
    return j;
}

template <class T, class Read>
std::vector<T> readChanges(const Value& j, Read read) {
    requireObject(j, "the alter request");
    std::optional<Value> changes = j.member("changes");
    if (!changes) throw ShapeError{"\"changes\" is missing"};
    if (!changes->isArray()) throw ShapeError{"\"changes\" must be an array"};
    std::vector<T> out;
    for (const Value& c : changes->elements())
        out.push_back(read(c));
    return out;
}

// An alter request: {"changes":[...]}.
template <class T, class ToJson>
std::string changesText(const std::vector<T>& changes, ToJson toChange) {
    ojson list = ojson::array();
    for (const T& c : changes)
        list.push_back(toChange(c));
    ojson j = ojson::object();
    j["changes"] = std::move(list);
    return dumpJson(j);
}

// A page as every list response writes it: the items under `key`, then the token (null on
// the last page).
template <class T, class ToJson>
std::string pageText(const Page<T>& page, const char* key, ToJson toItem) {
    ojson j = ojson::object();
    ojson items = ojson::array();
    for (const T& item : page.items)
        items.push_back(toItem(item));
    j[key] = std::move(items);
    putNullable(j, "nextPageToken", page.nextPageToken);
    return dumpJson(j);
}

ojson nameJson(const std::string& name) {
    ojson out = name;  // not {name}: a braced list would make a JSON array
    return out;
}

ojson identifierJson(const Identifier& id) {
    return toJson(id);
}

}  // namespace

// ---- views ----

std::string encode(const CreateViewRequest& r) {
    ojson j = ojson::object();
    j["identifier"] = toJson(r.identifier);
    j["schema"] = viewSchemaJson(r.schema);
    return dumpJson(j);
}

Result<CreateViewRequest> decodeCreateViewRequest(std::string_view body) {
    return guarded(body, ErrorKind::BadRequest, "create-view request", [](const Value& j) {
        requireObject(j, "the create-view request");
        std::optional<Value> id = j.member("identifier");
        std::optional<Value> schema = j.member("schema");
        if (!id) throw ShapeError{"\"identifier\" is missing"};
        if (!schema) throw ShapeError{"\"schema\" is missing"};
        return CreateViewRequest{readIdentifier(*id), readViewSchema(*schema)};
    });
}

std::string encode(const ViewInfo& v) {
    return dumpJson(viewInfoJson(v));
}

Result<ViewInfo> decodeGetViewResponse(std::string_view body) {
    return guarded(body, ErrorKind::InvalidResponse, "get-view response", readViewInfo);
}

std::string encodeAlterViewRequest(const std::vector<ViewChange>& changes) {
    return changesText(changes, viewChangeJson);
}

Result<std::vector<ViewChange>> decodeAlterViewRequest(std::string_view body) {
    return guarded(body, ErrorKind::BadRequest, "alter-view request",
                   [](const Value& j) { return readChanges<ViewChange>(j, readViewChange); });
}

std::string encodeListViews(const Page<std::string>& page) {
    return pageText(page, "views", nameJson);
}

Result<Page<std::string>> decodeListViewsResponse(std::string_view body) {
    return guarded(body, ErrorKind::InvalidResponse, "list-views response",
                   [](const Value& j) { return readPage<std::string>(j, "views", readName); });
}

std::string encodeListViewDetails(const Page<ViewInfo>& page) {
    return pageText(page, "viewDetails", viewInfoJson);
}

Result<Page<ViewInfo>> decodeListViewDetailsResponse(std::string_view body) {
    return guarded(
        body, ErrorKind::InvalidResponse, "list-view-details response",
        [](const Value& j) { return readPage<ViewInfo>(j, "viewDetails", readViewInfo); });
}

std::string encodeListViewsGlobally(const Page<Identifier>& page) {
    return pageText(page, "views", identifierJson);
}

Result<Page<Identifier>> decodeListViewsGloballyResponse(std::string_view body) {
    return guarded(body, ErrorKind::InvalidResponse, "list-views response",
                   [](const Value& j) { return readPage<Identifier>(j, "views", readIdentifier); });
}

// ---- functions ----

std::string encode(const FunctionInfo& f) {
    return dumpJson(functionInfoJson(f));
}

std::string encodeCreateFunctionRequest(const FunctionInfo& f) {
    ojson j = ojson::object();
    putFunction(j, f);
    return dumpJson(j);
}

Result<FunctionInfo> decodeCreateFunctionRequest(std::string_view body) {
    return guarded(body, ErrorKind::BadRequest, "create-function request", readFunction);
}

Result<FunctionInfo> decodeGetFunctionResponse(std::string_view body) {
    return guarded(body, ErrorKind::InvalidResponse, "get-function response", readFunction);
}

std::string encodeAlterFunctionRequest(const std::vector<FunctionChange>& changes) {
    return changesText(changes, functionChangeJson);
}

Result<std::vector<FunctionChange>> decodeAlterFunctionRequest(std::string_view body) {
    return guarded(body, ErrorKind::BadRequest, "alter-function request", [](const Value& j) {
        return readChanges<FunctionChange>(j, readFunctionChange);
    });
}

std::string encodeListFunctions(const Page<std::string>& page) {
    return pageText(page, "functions", nameJson);
}

Result<Page<std::string>> decodeListFunctionsResponse(std::string_view body) {
    return guarded(body, ErrorKind::InvalidResponse, "list-functions response",
                   [](const Value& j) { return readPage<std::string>(j, "functions", readName); });
}

std::string encodeListFunctionDetails(const Page<FunctionInfo>& page) {
    return pageText(page, "functionDetails", functionInfoJson);
}

Result<Page<FunctionInfo>> decodeListFunctionDetailsResponse(std::string_view body) {
    return guarded(
        body, ErrorKind::InvalidResponse, "list-function-details response",
        [](const Value& j) { return readPage<FunctionInfo>(j, "functionDetails", readFunction); });
}

std::string encodeListFunctionsGlobally(const Page<Identifier>& page) {
    return pageText(page, "functions", identifierJson);
}

Result<Page<Identifier>> decodeListFunctionsGloballyResponse(std::string_view body) {
    return guarded(body, ErrorKind::InvalidResponse, "list-functions response", [](const Value& j) {
        return readPage<Identifier>(j, "functions", readIdentifier);
    });
}

}  // namespace paimon::codec
