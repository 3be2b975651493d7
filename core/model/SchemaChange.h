#pragma once

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/types/DataType.h"

namespace paimon {

// Where a column goes (PROTOCOL.md §5.2).
struct Move {
    enum class Type { First, After, Before, Last };
    std::string fieldName;
    std::optional<std::string> referenceFieldName;  // absent for First and Last
    Type type = Type::First;

    static Move first(std::string field) { return {std::move(field), std::nullopt, Type::First}; }
    static Move last(std::string field) { return {std::move(field), std::nullopt, Type::Last}; }
    static Move after(std::string field, std::string ref) {
        return {std::move(field), std::move(ref), Type::After};
    }
    static Move before(std::string field, std::string ref) {
        return {std::move(field), std::move(ref), Type::Before};
    }
    bool operator==(const Move&) const = default;
};

namespace change {
struct SetOption {
    std::string key, value;
    bool operator==(const SetOption&) const = default;
};
struct RemoveOption {
    std::string key;
    bool operator==(const RemoveOption&) const = default;
};
struct UpdateComment {
    std::optional<std::string> comment;  // absent: remove the comment
    bool operator==(const UpdateComment&) const = default;
};
struct AddColumn {
    std::vector<std::string> fieldNames;  // a path for a nested field
    DataType dataType;
    std::optional<std::string> comment;
    std::optional<Move> move;
    bool operator==(const AddColumn&) const = default;
};
struct RenameColumn {
    std::vector<std::string> fieldNames;
    std::string newName;
    bool operator==(const RenameColumn&) const = default;
};
struct DropColumn {
    std::vector<std::string> fieldNames;
    bool operator==(const DropColumn&) const = default;
};
struct UpdateColumnType {
    std::vector<std::string> fieldNames;
    DataType newDataType;
    bool keepNullability = false;
    bool operator==(const UpdateColumnType&) const = default;
};
struct UpdateColumnNullability {
    std::vector<std::string> fieldNames;
    bool newNullability = true;
    bool operator==(const UpdateColumnNullability&) const = default;
};
struct UpdateColumnComment {
    std::vector<std::string> fieldNames;
    std::optional<std::string> newComment;
    bool operator==(const UpdateColumnComment&) const = default;
};
struct UpdateColumnDefaultValue {
    std::vector<std::string> fieldNames;
    std::optional<std::string> newDefaultValue;
    bool operator==(const UpdateColumnDefaultValue&) const = default;
};
struct UpdateColumnPosition {
    Move move;
    bool operator==(const UpdateColumnPosition&) const = default;
};
struct DropPrimaryKey {
    bool operator==(const DropPrimaryKey&) const = default;
};
}  // namespace change

using SchemaChange = std::variant<change::SetOption, change::RemoveOption, change::UpdateComment,
                                  change::AddColumn, change::RenameColumn, change::DropColumn,
                                  change::UpdateColumnType, change::UpdateColumnNullability,
                                  change::UpdateColumnComment, change::UpdateColumnDefaultValue,
                                  change::UpdateColumnPosition, change::DropPrimaryKey>;

// The wire "action" of a change: "setOption", "addColumn", ...
const char* schemaChangeAction(const SchemaChange& change);

// One line in words, for previews: "Add column `c` INT after `a`".
std::string describeSchemaChange(const SchemaChange& change);

}  // namespace paimon
