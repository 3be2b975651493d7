#include "core/compare/Comparison.h"

#include <algorithm>
#include <map>

#include "core/export/Definitions.h"
#include "core/export/ViewDefinitions.h"

namespace paimon {
namespace {

std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (size_t i = 0; i < items.size(); ++i)
        out += (i ? ", " : "") + items[i];
    return out;
}

std::optional<std::string> keyList(const std::vector<std::string>& keys) {
    if (keys.empty()) return std::nullopt;
    return joined(keys);
}

void differ(std::vector<Difference>& out, std::string aspect, std::optional<std::string> left,
            std::optional<std::string> right) {
    if (left != right) out.push_back({std::move(aspect), std::move(left), std::move(right)});
}

// Columns by name: each column that differs or is on one side only, then their order.
void columnDifferences(std::vector<Difference>& out, const std::vector<DataField>& left,
                       const std::vector<DataField>& right) {
    std::map<std::string, const DataField*> rightByName;
    for (const auto& f : right)
        rightByName[f.name] = &f;
    std::vector<std::string> leftCommon, rightCommon;
    for (const auto& f : left) {
        auto it = rightByName.find(f.name);
        if (it == rightByName.end()) {
            out.push_back({"column " + f.name, describeColumn(f), std::nullopt});
            continue;
        }
        leftCommon.push_back(f.name);
        differ(out, "column " + f.name, describeColumn(f), describeColumn(*it->second));
    }
    std::map<std::string, bool> onLeft;
    for (const auto& f : left)
        onLeft[f.name] = true;
    for (const auto& f : right) {
        if (!onLeft.contains(f.name)) {
            out.push_back({"column " + f.name, std::nullopt, describeColumn(f)});
        } else {
            rightCommon.push_back(f.name);
        }
    }
    if (leftCommon != rightCommon)
        out.push_back({"column order", joined(leftCommon), joined(rightCommon)});
}

std::optional<std::string> fieldList(const std::optional<std::vector<DataField>>& fields) {
    if (!fields) return std::nullopt;
    std::vector<std::string> items;
    for (const auto& f : *fields)
        items.push_back(f.name + " " + f.type.sql());
    return joined(items);
}

template <class Value, class Describe>
void mapDifferences(std::vector<Difference>& out, const std::string& suffix,
                    const std::map<std::string, Value>& left,
                    const std::map<std::string, Value>& right, Describe describe) {
    for (const auto& [key, value] : left) {
        auto it = right.find(key);
        differ(out, key + suffix, describe(value),
               it == right.end() ? std::nullopt : std::optional(describe(it->second)));
    }
    for (const auto& [key, value] : right)
        if (!left.contains(key)) out.push_back({key + suffix, std::nullopt, describe(value)});
}

}  // namespace

const char* presenceName(Presence presence) {
    switch (presence) {
        case Presence::Same:
            return "same";
        case Presence::Differs:
            return "differs";
        case Presence::OnlyLeft:
            return "only-left";
        case Presence::OnlyRight:
            return "only-right";
    }
    return "";
}

const char* compareKindName(CompareKind kind) {
    switch (kind) {
        case CompareKind::Table:
            return "table";
        case CompareKind::View:
            return "view";
        case CompareKind::Function:
            return "function";
    }
    return "";
}

bool DatabaseComparison::hasDifferences() const {
    return presence != Presence::Same ||
           std::any_of(objects.begin(), objects.end(),
                       [](const ObjectComparison& o) { return o.presence != Presence::Same; });
}

bool CatalogComparison::hasDifferences() const {
    return std::any_of(databases.begin(), databases.end(),
                       [](const DatabaseComparison& d) { return d.hasDifferences(); });
}

size_t CatalogComparison::count(Presence presence) const {
    size_t n = 0;
    for (const auto& d : databases)
        n += static_cast<size_t>(
            std::count_if(d.objects.begin(), d.objects.end(),
                          [&](const ObjectComparison& o) { return o.presence == presence; }));
    return n;
}

std::string describeColumn(const DataField& field) {
    std::string out = field.type.sql();
    if (field.description) out += " COMMENT '" + *field.description + "'";
    if (field.defaultValue) out += " DEFAULT " + *field.defaultValue;
    return out;
}

Schema comparableSchema(Schema schema) {
    std::erase_if(schema.options, [](const auto& kv) { return isLocationOption(kv.first); });
    return schema;
}

std::vector<Difference> optionDifferences(const Options& left, const Options& right) {
    std::vector<Difference> out;
    mapDifferences(out, "", left, right, [](const std::string& v) { return v; });
    for (auto& d : out)
        d.aspect = "option " + d.aspect;
    return out;
}

std::vector<Difference> tableDifferences(const Schema& leftSchema, const Schema& rightSchema) {
    const Schema left = comparableSchema(leftSchema);
    const Schema right = comparableSchema(rightSchema);
    std::vector<Difference> out;
    columnDifferences(out, left.fields, right.fields);
    differ(out, "primary key", keyList(left.primaryKeys), keyList(right.primaryKeys));
    differ(out, "partition keys", keyList(left.partitionKeys), keyList(right.partitionKeys));
    differ(out, "comment", left.comment, right.comment);
    for (auto& d : optionDifferences(left.options, right.options))
        out.push_back(std::move(d));
    return out;
}

std::vector<Difference> viewDifferences(const ViewSchema& left, const ViewSchema& right) {
    std::vector<Difference> out;
    columnDifferences(out, left.fields, right.fields);
    differ(out, "query", left.query, right.query);
    mapDifferences(out, " query", left.dialects, right.dialects,
                   [](const std::string& q) { return q; });
    differ(out, "comment", left.comment, right.comment);
    for (auto& d : optionDifferences(left.options, right.options))
        out.push_back(std::move(d));
    return out;
}

std::vector<Difference> functionDifferences(const FunctionInfo& left, const FunctionInfo& right) {
    std::vector<Difference> out;
    differ(out, "parameters", fieldList(left.inputParams), fieldList(right.inputParams));
    differ(out, "return values", fieldList(left.returnParams), fieldList(right.returnParams));
    auto yesNo = [](bool b) { return std::string(b ? "yes" : "no"); };
    differ(out, "deterministic", yesNo(left.deterministic), yesNo(right.deterministic));
    mapDifferences(out, " definition", left.definitions, right.definitions,
                   describeFunctionDefinition);
    differ(out, "comment", left.comment, right.comment);
    for (auto& d : optionDifferences(left.options, right.options))
        out.push_back(std::move(d));
    return out;
}

ObjectComparison compareObject(CompareKind kind, const std::string& leftName,
                               const std::string& rightName, std::optional<ObjectDefinition> left,
                               std::optional<ObjectDefinition> right) {
    ObjectComparison o;
    o.kind = kind;
    o.leftName = left ? leftName : std::string();
    o.rightName = right ? rightName : std::string();
    if (left && std::holds_alternative<Schema>(*left))
        left = comparableSchema(std::get<Schema>(std::move(*left)));
    if (right && std::holds_alternative<Schema>(*right))
        right = comparableSchema(std::get<Schema>(std::move(*right)));
    if (!left || !right) {
        o.presence = left ? Presence::OnlyLeft : Presence::OnlyRight;
    } else {
        o.differences = std::visit(
            [&](const auto& l) -> std::vector<Difference> {
                using T = std::decay_t<decltype(l)>;
                const auto* r = std::get_if<T>(&*right);
                if (!r) return {{"kind", compareKindName(kind), std::nullopt}};
                if constexpr (std::is_same_v<T, Schema>) {
                    return tableDifferences(l, *r);
                } else if constexpr (std::is_same_v<T, ViewSchema>) {
                    return viewDifferences(l, *r);
                } else {
                    return functionDifferences(l, *r);
                }
            },
            *left);
        o.presence = o.differences.empty() ? Presence::Same : Presence::Differs;
    }
    o.left = std::move(left);
    o.right = std::move(right);
    return o;
}

std::vector<ObjectComparison> compareObjects(
    CompareKind kind, std::vector<std::pair<std::string, ObjectDefinition>> left,
    std::vector<std::pair<std::string, ObjectDefinition>> right) {
    std::map<std::string,
             std::pair<std::optional<ObjectDefinition>, std::optional<ObjectDefinition>>>
        byName;
    for (auto& item : left)
        byName[item.first].first = std::move(item.second);
    for (auto& item : right)
        byName[item.first].second = std::move(item.second);
    std::vector<ObjectComparison> out;
    out.reserve(byName.size());
    for (auto& [name, sides] : byName)
        out.push_back(
            compareObject(kind, name, name, std::move(sides.first), std::move(sides.second)));
    return out;
}

}  // namespace paimon
