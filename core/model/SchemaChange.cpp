#include "core/model/SchemaChange.h"

#include "core/util/Overloaded.h"

namespace paimon {
namespace {

std::string path(const std::vector<std::string>& names) {
    std::string out;
    for (size_t i = 0; i < names.size(); ++i) {
        if (i > 0) out += '.';
        out += quoteIdentifier(names[i]);
    }
    return out;
}

std::string describeMove(const Move& m) {
    switch (m.type) {
        case Move::Type::First:
            return "first";
        case Move::Type::Last:
            return "last";
        case Move::Type::After:
            return "after " + quoteIdentifier(m.referenceFieldName.value_or(""));
        case Move::Type::Before:
            return "before " + quoteIdentifier(m.referenceFieldName.value_or(""));
    }
    return "";
}

}  // namespace

const char* schemaChangeAction(const SchemaChange& change) {
    return std::visit(
        Overloaded{
            [](const change::SetOption&) { return "setOption"; },
            [](const change::RemoveOption&) { return "removeOption"; },
            [](const change::UpdateComment&) { return "updateComment"; },
            [](const change::AddColumn&) { return "addColumn"; },
            [](const change::RenameColumn&) { return "renameColumn"; },
            [](const change::DropColumn&) { return "dropColumn"; },
            [](const change::UpdateColumnType&) { return "updateColumnType"; },
            [](const change::UpdateColumnNullability&) { return "updateColumnNullability"; },
            [](const change::UpdateColumnComment&) { return "updateColumnComment"; },
            [](const change::UpdateColumnDefaultValue&) { return "updateColumnDefaultValue"; },
            [](const change::UpdateColumnPosition&) { return "updateColumnPosition"; },
            [](const change::DropPrimaryKey&) { return "dropPrimaryKey"; },
        },
        change);
}

std::string describeSchemaChange(const SchemaChange& change) {
    return std::visit(
        Overloaded{
            [](const change::SetOption& c) {
                return "Set option " + c.key + " = " + quoteStringLiteral(c.value);
            },
            [](const change::RemoveOption& c) { return "Remove option " + c.key; },
            [](const change::UpdateComment& c) {
                return c.comment ? "Set the table comment to " + quoteStringLiteral(*c.comment)
                                 : std::string("Remove the table comment");
            },
            [](const change::AddColumn& c) {
                std::string s = "Add column " + path(c.fieldNames) + " " + c.dataType.sql();
                if (c.comment) s += " comment " + quoteStringLiteral(*c.comment);
                if (c.move) s += " " + describeMove(*c.move);
                return s;
            },
            [](const change::RenameColumn& c) {
                return "Rename column " + path(c.fieldNames) + " to " + quoteIdentifier(c.newName);
            },
            [](const change::DropColumn& c) { return "Drop column " + path(c.fieldNames); },
            [](const change::UpdateColumnType& c) {
                return "Change the type of " + path(c.fieldNames) + " to " + c.newDataType.sql() +
                       (c.keepNullability ? " (keeping its nullability)" : "");
            },
            [](const change::UpdateColumnNullability& c) {
                return "Make " + path(c.fieldNames) +
                       (c.newNullability ? " nullable" : " NOT NULL");
            },
            [](const change::UpdateColumnComment& c) {
                return c.newComment ? "Set the comment of " + path(c.fieldNames) + " to " +
                                          quoteStringLiteral(*c.newComment)
                                    : "Remove the comment of " + path(c.fieldNames);
            },
            [](const change::UpdateColumnDefaultValue& c) {
                return c.newDefaultValue ? "Set the default of " + path(c.fieldNames) + " to " +
                                               quoteStringLiteral(*c.newDefaultValue)
                                         : "Remove the default of " + path(c.fieldNames);
            },
            [](const change::UpdateColumnPosition& c) {
                return "Move column " + quoteIdentifier(c.move.fieldName) + " " +
                       describeMove(c.move);
            },
            [](const change::DropPrimaryKey&) { return std::string("Drop the primary key"); },
        },
        change);
}

}  // namespace paimon
