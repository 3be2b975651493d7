#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/json/Dump.h"
#include "core/json/JsonValue.h"
#include "core/json/Messages.h"
#include "core/model/CatalogObjects.h"
#include "core/model/Identifier.h"
#include "core/model/Schema.h"
#include "core/model/SchemaChange.h"
#include "core/types/TypeJson.h"
#include "core/util/Result.h"

// What the codec's files share (core/json/Messages.cpp, SchemaCodec.cpp): reading members of
// the right shape, and writing the values every message holds. Not for use outside core/json.
namespace paimon::codec::detail {

using ojson = nlohmann::ordered_json;
using json::Value;

// Thrown inside this file only: a member of the wrong shape. Caught at each decoder's edge.
struct ShapeError {
    std::string what;
};

inline std::string quoted(std::string_view key) {
    std::string out;
    out.reserve(key.size() + 2);
    out += '"';
    out += key;
    out += '"';
    return out;
}

inline void requireObject(const Value& j, const char* what) {
    if (!j.isObject()) throw ShapeError{std::string(what) + " must be a JSON object"};
}

inline std::optional<std::string> optString(const Value& j, const char* key) {
    std::optional<Value> v = j.member(key);
    if (!v) return std::nullopt;
    if (!v->isString()) throw ShapeError{quoted(key) + " must be a string"};
    return std::string(v->string());
}

inline std::string reqString(const Value& j, const char* key) {
    std::optional<std::string> v = optString(j, key);
    if (!v) throw ShapeError{quoted(key) + " is missing"};
    return std::move(*v);
}

inline int64_t optInt64(const Value& j, const char* key, int64_t fallback) {
    std::optional<Value> v = j.member(key);
    if (!v) return fallback;
    std::optional<int64_t> n = v->int64();
    if (!n) throw ShapeError{quoted(key) + " must be an integer"};
    return *n;
}

// An integer member that may be absent (or null).
inline std::optional<int64_t> optInt64Member(const Value& j, const char* key) {
    if (!j.member(key)) return std::nullopt;
    return optInt64(j, key, 0);
}

inline int64_t reqInt64(const Value& j, const char* key) {
    std::optional<int64_t> v = optInt64Member(j, key);
    if (!v) throw ShapeError{quoted(key) + " is missing"};
    return *v;
}

inline bool optBool(const Value& j, const char* key, bool fallback) {
    std::optional<Value> v = j.member(key);
    if (!v) return fallback;
    if (!v->isBool()) throw ShapeError{quoted(key) + " must be true or false"};
    return v->boolean();
}

inline Options optOptions(const Value& j, const char* key) {
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

inline std::vector<std::string> optStringList(const Value& j, const char* key) {
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

inline std::vector<std::string> reqStringList(const Value& j, const char* key) {
    if (!j.member(key)) throw ShapeError{quoted(key) + " is missing"};
    return optStringList(j, key);
}

template <class T>
inline T unwrap(Result<T> r) {
    if (!r) throw ShapeError{r.error().message};
    return std::move(r).value();
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

inline ojson stringArray(const std::vector<std::string>& v) {
    ojson a = ojson::array();
    for (const std::string& s : v)
        a.push_back(s);
    return a;
}

inline ojson optionsObject(const Options& o) {
    ojson j = ojson::object();
    for (const auto& [k, v] : o)
        j[k] = v;
    return j;
}

inline ojson fieldsArray(const std::vector<DataField>& fields) {
    ojson a = ojson::array();
    for (const DataField& f : fields)
        a.push_back(dataFieldToJson(f));
    return a;
}

inline void putOpt(ojson& j, const char* key, const std::optional<std::string>& v) {
    if (v) j[key] = *v;
}

// A member Java's Jackson writes even when it is null (no NON_NULL on the field).
inline void putNullable(ojson& j, const char* key, const std::optional<std::string>& v) {
    j[key] = v ? ojson(*v) : ojson(nullptr);
}

// A name in a list of names.
inline std::string readName(const Value& j) {
    if (!j.isString()) throw ShapeError{"names must be strings"};
    return std::string(j.string());
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

// A page of items as every list response writes it: the list under `key`, then the token,
// null on the last page as Java writes it.
template <class T>
std::string encodeItemPage(const Page<T>& page, const char* key) {
    ojson j = ojson::object();
    ojson items = ojson::array();
    for (const T& item : page.items)
        items.push_back(toJson(item));
    j[key] = std::move(items);
    putNullable(j, "nextPageToken", page.nextPageToken);
    return dumpJson(j);
}

// Defined in SchemaCodec.cpp.
std::vector<DataField> readFields(const json::Value& j, FieldIdCounter& ids);
Identifier readIdentifier(const json::Value& j);
Schema readSchema(const json::Value& j);
SchemaChange readChange(const json::Value& j);
// Defined in SnapshotCodec.cpp.
Snapshot readSnapshot(const json::Value& j);

}  // namespace paimon::codec::detail
