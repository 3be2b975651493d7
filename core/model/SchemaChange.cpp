#include "core/model/SchemaChange.h"

#include "core/util/Overloaded.h"
#include "core/util/Translate.h"

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
    const std::string ref = quoteIdentifier(m.referenceFieldName.value_or(""));
    switch (m.type) {
        case Move::Type::First:
            return translate("paimon::SchemaChange", "first");
        case Move::Type::Last:
            return translate("paimon::SchemaChange", "last");
        case Move::Type::After:
            return formatText(translate("paimon::SchemaChange", "after %1"), {ref});
        case Move::Type::Before:
            return formatText(translate("paimon::SchemaChange", "before %1"), {ref});
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
                return formatText(translate("paimon::SchemaChange", "Set option %1 = %2"),
                                  {c.key, quoteStringLiteral(c.value)});
            },
            [](const change::RemoveOption& c) {
                return formatText(translate("paimon::SchemaChange", "Remove option %1"), {c.key});
            },
            [](const change::UpdateComment& c) {
                return c.comment ? formatText(translate("paimon::SchemaChange",
                                                        "Set the table comment to %1"),
                                              {quoteStringLiteral(*c.comment)})
                                 : translate("paimon::SchemaChange", "Remove the table comment");
            },
            [](const change::AddColumn& c) {
                std::string s = formatText(translate("paimon::SchemaChange", "Add column %1 %2"),
                                           {path(c.fieldNames), c.dataType.sql()});
                if (c.comment) {
                    s = formatText(translate("paimon::SchemaChange", "%1 comment %2"),
                                   {s, quoteStringLiteral(*c.comment)});
                }
                if (c.move)
                    s = formatText(translate("paimon::SchemaChange", "%1 %2"),
                                   {s, describeMove(*c.move)});
                return s;
            },
            [](const change::RenameColumn& c) {
                return formatText(translate("paimon::SchemaChange", "Rename column %1 to %2"),
                                  {path(c.fieldNames), quoteIdentifier(c.newName)});
            },
            [](const change::DropColumn& c) {
                return formatText(translate("paimon::SchemaChange", "Drop column %1"),
                                  {path(c.fieldNames)});
            },
            [](const change::UpdateColumnType& c) {
                return formatText(
                    c.keepNullability
                        ? translate("paimon::SchemaChange",
                                    "Change the type of %1 to %2 (keeping its nullability)")
                        : translate("paimon::SchemaChange", "Change the type of %1 to %2"),
                    {path(c.fieldNames), c.newDataType.sql()});
            },
            [](const change::UpdateColumnNullability& c) {
                return formatText(c.newNullability
                                      ? translate("paimon::SchemaChange", "Make %1 nullable")
                                      : translate("paimon::SchemaChange", "Make %1 NOT NULL"),
                                  {path(c.fieldNames)});
            },
            [](const change::UpdateColumnComment& c) {
                return c.newComment
                           ? formatText(
                                 translate("paimon::SchemaChange", "Set the comment of %1 to %2"),
                                 {path(c.fieldNames), quoteStringLiteral(*c.newComment)})
                           : formatText(
                                 translate("paimon::SchemaChange", "Remove the comment of %1"),
                                 {path(c.fieldNames)});
            },
            [](const change::UpdateColumnDefaultValue& c) {
                return c.newDefaultValue
                           ? formatText(
                                 translate("paimon::SchemaChange", "Set the default of %1 to %2"),
                                 {path(c.fieldNames), quoteStringLiteral(*c.newDefaultValue)})
                           : formatText(
                                 translate("paimon::SchemaChange", "Remove the default of %1"),
                                 {path(c.fieldNames)});
            },
            [](const change::UpdateColumnPosition& c) {
                return formatText(translate("paimon::SchemaChange", "Move column %1 %2"),
                                  {quoteIdentifier(c.move.fieldName), describeMove(c.move)});
            },
            [](const change::DropPrimaryKey&) {
                return translate("paimon::SchemaChange", "Drop the primary key");
            },
        },
        change);
}

}  // namespace paimon
