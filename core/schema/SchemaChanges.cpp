#include <algorithm>

#include "core/schema/SchemaSupport.h"
#include "core/util/Encoding.h"

namespace paimon {
namespace {

using namespace schema_detail;

// One schema change applied to the schema being built, FORMAT.md §6. std::visit calls the
// operator for the change's kind: a SchemaChange kind without one here does not compile.
struct ChangeApplier {
    const TableSchema& old;
    const SchemaContext& ctx;
    std::vector<DataField>& fields;
    int& highest;
    Options& options;
    std::optional<std::string>& comment;
    std::vector<std::string>& primaryKeys;
    std::vector<std::pair<std::string, std::string>>& renames;  // top-level, in order
    bool allowExplicit = true;
    bool disableNullToNotNull = true;
    bool addBeforePartition = false;

    static bool isTopLevel(const std::vector<std::string>& path,
                           const std::vector<std::string>& keys) {
        return path.size() == 1 && contains(keys, path[0]);
    }

    std::optional<Error> operator()(const change::SetOption& c) {
        if (c.key == "type") {
            std::string current = toLowerAscii(optionOf(options, "type").value_or("table"));
            if (current != toLowerAscii(c.value)) {
                return rule("Change 'type' is not supported yet.");
            }
            return std::nullopt;
        }
        if (c.key == "primary-key" && splitList(c.value) == primaryKeys) return std::nullopt;
        if (c.key == "partition" && splitList(c.value) == old.partitionKeys) return std::nullopt;
        if (ctx.hasSnapshots) {
            if (auto e = checkOptionChangeWithSnapshots(options, c.key, c.value)) return *e;
        }
        options[c.key] = c.value;
        return std::nullopt;
    }

    std::optional<Error> operator()(const change::RemoveOption& c) {
        if (c.key == "type") return rule("Change 'type' is not supported yet.");
        if (ctx.hasSnapshots) {
            if (auto e = checkOptionChangeWithSnapshots(options, c.key, std::nullopt)) {
                return *e;
            }
        }
        options.erase(c.key);
        return std::nullopt;
    }

    std::optional<Error> operator()(const change::UpdateComment& c) {
        comment = c.comment;
        return std::nullopt;
    }

    std::optional<Error> operator()(const change::AddColumn& c) {
        std::string column = pathText(c.fieldNames);
        if (isDirective(c.comment)) {
            if (c.fieldNames.size() > 1) {
                return rule("Comment directive cannot be used on a nested column " + column + ".");
            }
            return rule("Column " + column +
                        ": column directives (comments starting with __BLOB or __VECTOR) "
                        "are not supported by this catalog");
        }
        if (!c.dataType.nullable()) {
            return rule("Column " + column + " cannot specify NOT NULL in the " + tableText(ctx) +
                        " table.");
        }
        auto loc = locate(fields, c.fieldNames, ctx);
        if (!loc) return loc.takeError();
        if (loc->placeholder) return columnNotExist(ctx, column);
        if (loc->field()) return columnAlreadyExists(ctx, column);
        DataField field{++highest, loc->name, c.dataType, c.comment, std::nullopt};
        reassignIds(field.type, highest);
        if (!c.move && addBeforePartition && !old.partitionKeys.empty() &&
            c.fieldNames.size() == 1) {
            auto firstPartition = std::find_if(
                loc->level->begin(), loc->level->end(),
                [&](const DataField& f) { return contains(old.partitionKeys, f.name); });
            loc->level->insert(firstPartition, std::move(field));
        } else {
            return insertWithMove(*loc->level, std::move(field), c.move, ctx);
        }
        return std::nullopt;
    }

    std::optional<Error> operator()(const change::RenameColumn& c) {
        if (isTopLevel(c.fieldNames, old.partitionKeys)) {
            return rule("Cannot rename partition column: [" + c.fieldNames[0] + "]");
        }
        auto loc = locate(fields, c.fieldNames, ctx);
        if (!loc) return loc.takeError();
        DataField* f = loc->field();
        if (!f) return columnNotExist(ctx, pathText(c.fieldNames));
        if (f->type.root() == TypeRoot::Blob) {
            return rule("Cannot rename BLOB column " + pathText(c.fieldNames) + ".");
        }
        if (findField(*loc->level, c.newName)) {
            std::vector<std::string> target = c.fieldNames;
            target.back() = c.newName;
            return columnAlreadyExists(ctx, pathText(target));
        }
        f->name = c.newName;
        if (c.fieldNames.size() == 1) renames.emplace_back(c.fieldNames[0], c.newName);
        return std::nullopt;
    }

    std::optional<Error> operator()(const change::DropColumn& c) {
        if (isTopLevel(c.fieldNames, old.partitionKeys) ||
            isTopLevel(c.fieldNames, old.primaryKeys)) {
            return rule("Cannot drop partition key or primary key: [" + c.fieldNames[0] + "]");
        }
        auto loc = locate(fields, c.fieldNames, ctx);
        if (!loc) return loc.takeError();
        if (!loc->field()) return columnNotExist(ctx, pathText(c.fieldNames));
        std::erase_if(*loc->level, [&](const DataField& f) { return f.name == loc->name; });
        if (loc->level->empty()) return rule("Cannot drop all fields in table");
        return std::nullopt;
    }

    std::optional<Error> operator()(const change::UpdateColumnType& c) {
        std::string column = pathText(c.fieldNames);
        if (isTopLevel(c.fieldNames, old.partitionKeys)) {
            return rule("Cannot update partition column: [" + column + "]");
        }
        if (isTopLevel(c.fieldNames, old.primaryKeys)) {
            return rule("Cannot update primary key");
        }
        DataField* field = nullptr;
        auto type = locateType(fields, c.fieldNames, ctx, &field);
        if (!type) return type.takeError();
        DataType& source = **type;
        if (source.root() == TypeRoot::Blob || c.newDataType.root() == TypeRoot::Blob) {
            return rule("Cannot change the type of BLOB column " + column + ".");
        }
        DataType target =
            c.keepNullability ? c.newDataType.withNullable(source.nullable()) : c.newDataType;
        if (!c.keepNullability && source.nullable() && !target.nullable() && disableNullToNotNull) {
            return rule(nullToNotNullMessage(column));
        }
        if (!canChangeColumnType(source, target, allowExplicit)) {
            return rule("Column type " + column + "[" + source.sql() + "] cannot be converted to " +
                        target.sql() + " without losing information.");
        }
        if (field && field->defaultValue) {
            if (auto problem = defaultValueProblem(target, *field->defaultValue)) {
                return rule(*problem + " (column " + column +
                            " keeps its default value when its type changes)");
            }
        }
        source = target;
        return std::nullopt;
    }

    std::optional<Error> operator()(const change::UpdateColumnNullability& c) {
        std::string column = pathText(c.fieldNames);
        if (c.newNullability && isTopLevel(c.fieldNames, old.primaryKeys)) {
            return rule("Cannot change nullability of primary key");
        }
        auto type = locateType(fields, c.fieldNames, ctx);
        if (!type) return type.takeError();
        if ((*type)->nullable() && !c.newNullability && disableNullToNotNull) {
            return rule(nullToNotNullMessage(column));
        }
        **type = (*type)->withNullable(c.newNullability);
        return std::nullopt;
    }

    std::optional<Error> operator()(const change::UpdateColumnComment& c) {
        if (isDirective(c.newComment)) {
            return rule("Should not alter existing field's type through column directives");
        }
        auto f = locateField(fields, c.fieldNames, ctx);
        if (!f) return f.takeError();
        (*f)->description = c.newComment;
        return std::nullopt;
    }

    std::optional<Error> operator()(const change::UpdateColumnDefaultValue& c) {
        auto f = locateField(fields, c.fieldNames, ctx);
        if (!f) return f.takeError();
        if (c.newDefaultValue) {
            if (auto problem = defaultValueProblem((*f)->type, *c.newDefaultValue)) {
                return rule(*problem + " (column " + pathText(c.fieldNames) + ")");
            }
        }
        (*f)->defaultValue = c.newDefaultValue;
        return std::nullopt;
    }

    std::optional<Error> operator()(const change::UpdateColumnPosition& c) {
        return applyMove(fields, c.move);
    }

    std::optional<Error> operator()(const change::DropPrimaryKey& /*change*/) {
        if (ctx.hasSnapshots) return rule("Cannot drop primary keys on a non-empty table.");
        primaryKeys.clear();
        return std::nullopt;
    }
};

}  // namespace

Result<TableSchema> applySchemaChanges(const TableSchema& old,
                                       const std::vector<SchemaChange>& changes,
                                       const SchemaContext& ctx, int64_t timeMillis) {
    std::vector<DataField> fields = old.fields;
    int highest = old.highestFieldId;
    Options options = old.options;
    std::optional<std::string> comment = old.comment;
    std::vector<std::string> primaryKeys = old.primaryKeys;
    std::vector<std::pair<std::string, std::string>> renames;

    auto explicitCasts = boolOption(old.options, "disable-explicit-type-casting", false);
    if (!explicitCasts) return explicitCasts.takeError();
    auto nullToNotNull = boolOption(old.options, "alter-column-null-to-not-null.disabled", true);
    if (!nullToNotNull) return nullToNotNull.takeError();
    auto beforePartition = boolOption(old.options, "add-column-before-partition", false);
    if (!beforePartition) return beforePartition.takeError();

    ChangeApplier apply{
        old,         ctx,     fields,          highest,        options,         comment,
        primaryKeys, renames, !*explicitCasts, *nullToNotNull, *beforePartition};
    for (const SchemaChange& change : changes) {
        if (auto e = std::visit(apply, change)) return *e;
    }
    for (const auto& [from, to] : renames) {
        for (auto& k : primaryKeys)
            if (k == from) k = to;
        renameInOptions(options, from, to);
    }
    Schema rebuilt{std::move(fields), old.partitionKeys, std::move(primaryKeys), std::move(options),
                   std::move(comment)};
    auto schema = normalize(std::move(rebuilt));
    if (!schema) return schema.takeError();
    // Ids must stay unique; the highest only grows.
    auto ids = highestFieldIdOf(schema->fields);
    if (!ids) return ids.takeError();

    TableSchema t;
    t.id = old.id + 1;
    t.fields = std::move(schema->fields);
    t.highestFieldId = std::max(highest, *ids);
    t.partitionKeys = std::move(schema->partitionKeys);
    t.primaryKeys = std::move(schema->primaryKeys);
    t.options = std::move(schema->options);
    t.comment = std::move(schema->comment);
    t.timeMillis = timeMillis;
    if (auto e = validateTableSchema(t)) return *e;
    return t;
}
}  // namespace paimon
