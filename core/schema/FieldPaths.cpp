#include "core/schema/SchemaSupport.h"

#include <algorithm>

namespace paimon::schema_detail {

// Structure within a level: where to put a column.
std::optional<Error> insertWithMove(std::vector<DataField>& level, DataField field,
                                    const std::optional<Move>& move, const SchemaContext& ctx) {
    if (!move) {
        level.push_back(std::move(field));
        return std::nullopt;
    }
    auto refIndex = [&]() -> std::optional<size_t> {
        for (size_t i = 0; i < level.size(); ++i)
            if (level[i].name == move->referenceFieldName.value_or("")) return i;
        return std::nullopt;
    };
    switch (move->type) {
        case Move::Type::First:
            level.insert(level.begin(), std::move(field));
            break;
        case Move::Type::Last:
            level.push_back(std::move(field));
            break;
        case Move::Type::After:
        case Move::Type::Before: {
            auto i = refIndex();
            if (!i) return columnNotExist(ctx, move->referenceFieldName.value_or(""));
            size_t at = move->type == Move::Type::After ? *i + 1 : *i;
            level.insert(level.begin() + static_cast<std::ptrdiff_t>(at), std::move(field));
            break;
        }
    }
    return std::nullopt;
}

std::optional<Error> applyMove(std::vector<DataField>& fields, const Move& move) {
    auto indexOf = [&](const std::string& name) -> std::optional<size_t> {
        for (size_t i = 0; i < fields.size(); ++i)
            if (fields[i].name == name) return i;
        return std::nullopt;
    };
    auto from = indexOf(move.fieldName);
    if (!from) return rule("Field name not found: " + move.fieldName);
    const std::string self = "Cannot move itself for column " + move.fieldName;
    if (move.type == Move::Type::First && *from == 0) return rule(self);
    if (move.type == Move::Type::Last && *from == fields.size() - 1) return rule(self);
    if ((move.type == Move::Type::After || move.type == Move::Type::Before) &&
        move.referenceFieldName == move.fieldName) {
        return rule(self);
    }
    std::optional<size_t> ref;
    if (move.type == Move::Type::After || move.type == Move::Type::Before) {
        ref = indexOf(move.referenceFieldName.value_or(""));
        if (!ref) {
            return rule("Reference field name not found: " + move.referenceFieldName.value_or(""));
        }
    }
    DataField field = std::move(fields[*from]);
    fields.erase(fields.begin() + static_cast<std::ptrdiff_t>(*from));
    size_t at = 0;
    switch (move.type) {
        case Move::Type::First:
            at = 0;
            break;
        case Move::Type::Last:
            at = fields.size();
            break;
        case Move::Type::After:
        case Move::Type::Before: {
            size_t r = *indexOf(*move.referenceFieldName);
            at = move.type == Move::Type::After ? r + 1 : r;
            break;
        }
    }
    fields.insert(fields.begin() + static_cast<std::ptrdiff_t>(at), std::move(field));
    return std::nullopt;
}

Result<Location> locate(std::vector<DataField>& top, const std::vector<std::string>& path,
                        const SchemaContext& ctx) {
    if (path.empty()) return rule("The schema change names no column");
    std::vector<DataField>* level = &top;
    size_t i = 0;
    while (true) {
        if (i == path.size() - 1) return Location{level, nullptr, path[i]};
        DataField* field = nullptr;
        for (DataField& f : *level)
            if (f.name == path[i]) field = &f;
        if (!field) return columnNotExist(ctx, pathText(path, i + 1));
        DataType* t = &field->type;
        ++i;
        while (t->root() == TypeRoot::Array || t->root() == TypeRoot::Map) {
            DataType* inner =
                t->root() == TypeRoot::Map ? &t->mutableValue() : &t->mutableElement();
            if (i == path.size() - 1) return Location{nullptr, inner, path[i]};
            t = inner;
            ++i;
        }
        if (t->root() != TypeRoot::Row) return columnNotExist(ctx, pathText(path, i + 1));
        level = &t->mutableFields();
    }
}

// The column (or element) a path names, which must exist.
Result<DataType*> locateType(std::vector<DataField>& top, const std::vector<std::string>& path,
                             const SchemaContext& ctx, DataField** fieldOut) {
    auto loc = locate(top, path, ctx);
    if (!loc) return loc.takeError();
    if (loc->placeholder) return loc->placeholder;
    DataField* f = loc->field();
    if (!f) return columnNotExist(ctx, pathText(path));
    if (fieldOut) *fieldOut = f;
    return &f->type;
}

Result<DataField*> locateField(std::vector<DataField>& top, const std::vector<std::string>& path,
                               const SchemaContext& ctx) {
    auto loc = locate(top, path, ctx);
    if (!loc) return loc.takeError();
    DataField* f = loc->field();
    if (!f) return columnNotExist(ctx, pathText(path));
    return f;
}

}  // namespace paimon::schema_detail
