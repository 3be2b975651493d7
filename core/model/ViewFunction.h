#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/model/Identifier.h"
#include "core/model/Schema.h"

namespace paimon {

// ---- views (OBJECTS.md §7) ----

// What a view is: its columns, its query (the default dialect's), the same query per SQL
// dialect ("flink", "spark", ...), options and a comment.
struct ViewSchema {
    std::vector<DataField> fields;
    std::string query;
    std::map<std::string, std::string> dialects;
    Options options;
    std::optional<std::string> comment;
    bool operator==(const ViewSchema&) const = default;
};

// The get-view response.
struct ViewInfo {
    std::optional<std::string> id;
    std::string database;  // not on the wire: the path's
    std::string name;
    ViewSchema schema;
    std::optional<std::string> owner;
    int64_t createdAt = 0;
    std::optional<std::string> createdBy;
    int64_t updatedAt = 0;
    std::optional<std::string> updatedBy;
    bool operator==(const ViewInfo&) const = default;
};

struct CreateViewRequest {
    Identifier identifier;
    ViewSchema schema;
    bool operator==(const CreateViewRequest&) const = default;
};

// One change of an alter-view request (Java's ViewChange, by its "action").
struct ViewChange {
    enum class Action {
        SetOption,
        RemoveOption,
        UpdateComment,
        AddDialect,
        UpdateDialect,
        DropDialect
    };
    Action action = Action::SetOption;
    std::string key;                     // the option's key, or the dialect
    std::string value;                   // the option's value, or the dialect's query
    std::optional<std::string> comment;  // UpdateComment: absent removes the comment
    bool operator==(const ViewChange&) const = default;

    static ViewChange setOption(std::string k, std::string v);
    static ViewChange removeOption(std::string k);
    static ViewChange updateComment(std::optional<std::string> c);
    static ViewChange addDialect(std::string dialect, std::string query);
    static ViewChange updateDialect(std::string dialect, std::string query);
    static ViewChange dropDialect(std::string dialect);
};

// ---- functions (OBJECTS.md §8) ----

struct FunctionFileResource {
    std::string resourceType;  // "jar", ...
    std::string uri;
    bool operator==(const FunctionFileResource&) const = default;
};

// How one engine runs a function (Java's FunctionDefinition, by its "type").
struct FunctionDefinition {
    enum class Type { File, Sql, Lambda };
    Type type = Type::Sql;
    std::string definition;                           // Sql and Lambda
    std::vector<FunctionFileResource> fileResources;  // File
    std::optional<std::string> language;              // File and Lambda
    std::optional<std::string> className;             // File
    std::optional<std::string> functionName;          // File
    bool operator==(const FunctionDefinition&) const = default;
};

// A function as create sends it and get answers it (the audit members on answers only).
struct FunctionInfo {
    std::optional<std::string> uuid;
    std::string database;  // not on the wire: the path's
    std::string name;
    std::optional<std::vector<DataField>> inputParams;
    std::optional<std::vector<DataField>> returnParams;
    bool deterministic = true;
    std::map<std::string, FunctionDefinition> definitions;  // by engine: "flink", "spark"
    std::optional<std::string> comment;
    Options options;
    std::optional<std::string> owner;
    int64_t createdAt = 0;
    std::optional<std::string> createdBy;
    int64_t updatedAt = 0;
    std::optional<std::string> updatedBy;
    bool operator==(const FunctionInfo&) const = default;
};

// One change of an alter-function request (Java's FunctionChange, by its "action").
struct FunctionChange {
    enum class Action {
        SetOption,
        RemoveOption,
        UpdateComment,
        AddDefinition,
        UpdateDefinition,
        DropDefinition
    };
    Action action = Action::SetOption;
    std::string key;                               // the option's key, or the definition's name
    std::string value;                             // SetOption
    std::optional<std::string> comment;            // UpdateComment: absent removes the comment
    std::optional<FunctionDefinition> definition;  // Add/UpdateDefinition
    bool operator==(const FunctionChange&) const = default;
};

}  // namespace paimon
