#include "core/schema/SchemaDiff.h"

#include <algorithm>
#include <map>
#include <set>

namespace paimon {
namespace {

using Path = std::vector<std::string>;

Path child(const Path& prefix, const std::string& name) {
    Path p = prefix;
    p.push_back(name);
    return p;
}

std::string joinNames(const std::vector<std::string>& items) {
    std::string out;
    for (size_t i = 0; i < items.size(); ++i)
        out += (i ? "," : "") + items[i];
    return out;
}

// Indices of a longest strictly increasing subsequence of `seq`.
std::set<size_t> longestIncreasingRun(const std::vector<size_t>& seq) {
    std::vector<size_t> tails;  // index into seq of the smallest tail per length
    std::vector<ptrdiff_t> prev(seq.size(), -1);
    for (size_t i = 0; i < seq.size(); ++i) {
        auto it = std::lower_bound(tails.begin(), tails.end(), seq[i],
                                   [&](size_t idx, size_t v) { return seq[idx] < v; });
        if (it != tails.begin()) prev[i] = static_cast<ptrdiff_t>(*(it - 1));
        if (it == tails.end()) {
            tails.push_back(i);
        } else {
            *it = i;
        }
    }
    std::set<size_t> keep;
    ptrdiff_t i = tails.empty() ? -1 : static_cast<ptrdiff_t>(tails.back());
    while (i >= 0) {
        keep.insert(static_cast<size_t>(i));
        i = prev[static_cast<size_t>(i)];
    }
    return keep;
}

class Differ {
public:
    std::vector<SchemaChange> changes;
    std::optional<Error> failure;
    std::set<std::string> forcedNotNull;  // top-level primary-key columns of the target

    void diffLevel(const Path& prefix, const std::vector<DataField>& oldFields,
                   const std::vector<DataField>& newFields, bool topLevel) {
        std::map<int, const DataField*> oldById, newById;
        for (const auto& f : oldFields)
            oldById[f.id] = &f;
        for (const auto& f : newFields)
            newById[f.id] = &f;

        // The level's names as the changes so far leave them.
        std::vector<std::pair<int, std::string>> current;
        std::vector<std::string> dropped;
        for (const auto& f : oldFields) {
            if (newById.contains(f.id)) {
                current.emplace_back(f.id, f.name);
            } else {
                dropped.push_back(f.name);
            }
        }
        // A level may never be empty: when every old column goes, the last one leaves only
        // after the new ones are in (under a free name if a new column wants its name).
        std::optional<std::string> lastToDrop;
        if (current.empty() && !dropped.empty()) {
            lastToDrop = dropped.back();
            dropped.pop_back();
        }
        for (const auto& name : dropped)
            changes.emplace_back(change::DropColumn{child(prefix, name)});
        if (lastToDrop) {
            bool clashes = std::any_of(newFields.begin(), newFields.end(),
                                       [&](const DataField& f) { return f.name == *lastToDrop; });
            if (clashes) {
                std::string temp = "__drop_" + *lastToDrop;
                while (std::any_of(newFields.begin(), newFields.end(),
                                   [&](const DataField& f) { return f.name == temp; }))
                    temp += "_";
                changes.emplace_back(change::RenameColumn{child(prefix, *lastToDrop), temp});
                lastToDrop = temp;
            }
        }
        // Details first, under the old names: the rules check keys by name against the old
        // schema, so a column must not be addressed by a name another column had.
        for (const auto& f : newFields) {
            auto it = oldById.find(f.id);
            if (it == oldById.end()) continue;
            DataField target = f;
            // The catalog makes primary-key columns NOT NULL itself; a change would be refused.
            if (topLevel && forcedNotNull.contains(f.name) && !f.type.nullable() &&
                it->second->type.nullable()) {
                target.type = f.type.withNullable(true);
            }
            diffField(child(prefix, it->second->name), *it->second, target);
            if (failure) return;
        }

        renameAll(prefix, current, newById);

        // Existing columns into their new relative order, moving as few as possible.
        std::vector<int> order;  // existing ids, in the new schema's order
        for (const auto& f : newFields)
            if (oldById.contains(f.id)) order.push_back(f.id);
        std::vector<size_t> positions;  // where each sits now
        for (int id : order) {
            for (size_t i = 0; i < current.size(); ++i)
                if (current[i].first == id) positions.push_back(i);
        }
        std::set<size_t> stay = longestIncreasingRun(positions);
        if (stay.size() != order.size()) {
            if (!topLevel) {
                failure = makeError(ErrorKind::BadRequest,
                                    "Fields inside " + joinNames(prefix) +
                                        " cannot be reordered: only top-level columns can move");
                return;
            }
            for (size_t i = 0; i < order.size(); ++i) {
                if (stay.contains(i)) continue;
                const std::string& name = newById[order[i]]->name;
                changes.emplace_back(change::UpdateColumnPosition{
                    i == 0 ? Move::first(name) : Move::after(name, newById[order[i - 1]]->name)});
            }
        }

        // New columns, each placed right after its predecessor in the new order.
        for (size_t i = 0; i < newFields.size(); ++i) {
            const DataField& f = newFields[i];
            if (oldById.contains(f.id)) continue;
            std::optional<Move> move =
                i == 0 ? Move::first(f.name) : Move::after(f.name, newFields[i - 1].name);
            changes.emplace_back(
                change::AddColumn{child(prefix, f.name), f.type, f.description, std::move(move)});
            if (f.defaultValue) {
                changes.emplace_back(
                    change::UpdateColumnDefaultValue{child(prefix, f.name), f.defaultValue});
            }
        }
        if (lastToDrop) changes.emplace_back(change::DropColumn{child(prefix, *lastToDrop)});
    }

private:
    // Renames at one level. A name still held by another column waits until that column has
    // moved on; a cycle (a<->b) goes through a temporary name.
    void renameAll(const Path& prefix, std::vector<std::pair<int, std::string>>& current,
                   const std::map<int, const DataField*>& newById) {
        auto holder = [&](const std::string& name) -> std::pair<int, std::string>* {
            for (auto& entry : current)
                if (entry.second == name) return &entry;
            return nullptr;
        };
        while (true) {
            std::vector<std::pair<int, std::string>*> pending;
            for (auto& entry : current)
                if (entry.second != newById.at(entry.first)->name) pending.push_back(&entry);
            if (pending.empty()) return;
            bool progressed = false;
            for (auto* entry : pending) {
                const std::string& target = newById.at(entry->first)->name;
                if (holder(target)) continue;
                changes.emplace_back(change::RenameColumn{child(prefix, entry->second), target});
                entry->second = target;
                progressed = true;
            }
            if (progressed) continue;
            // Every pending rename waits on another: break the cycle with a free name.
            auto* entry = pending.front();
            std::string temp = "__rename_" + std::to_string(entry->first);
            while (holder(temp))
                temp += "_";
            changes.emplace_back(change::RenameColumn{child(prefix, entry->second), temp});
            entry->second = temp;
        }
    }

    void diffField(const Path& path, const DataField& from, const DataField& to) {
        bool typeChanges = !sameShape(from.type, to.type);
        bool defaultChanges = from.defaultValue != to.defaultValue;
        // A default the new type cannot hold goes before the type changes.
        if (typeChanges && defaultChanges && from.defaultValue) {
            changes.emplace_back(change::UpdateColumnDefaultValue{path, std::nullopt});
        }
        diffType(path, from.type, to.type);
        if (failure) return;
        if (from.description != to.description) {
            changes.emplace_back(change::UpdateColumnComment{path, to.description});
        }
        if (defaultChanges && (to.defaultValue || !typeChanges)) {
            changes.emplace_back(change::UpdateColumnDefaultValue{path, to.defaultValue});
        }
    }

    // Same type apart from nullability, descending into nested levels by their own rules.
    static bool sameShape(const DataType& a, const DataType& b) {
        return a.withNullable(true) == b.withNullable(true);
    }

    void diffType(const Path& path, const DataType& a, const DataType& b) {
        if (a == b) return;
        bool bothRow = a.root() == TypeRoot::Row && b.root() == TypeRoot::Row;
        bool bothArray = a.root() == TypeRoot::Array && b.root() == TypeRoot::Array;
        bool bothMap = a.root() == TypeRoot::Map && b.root() == TypeRoot::Map && a.key() == b.key();
        if (bothRow) {
            diffLevel(path, a.fields(), b.fields(), false);
        } else if (bothArray) {
            diffType(child(path, "element"), a.element(), b.element());
        } else if (bothMap) {
            diffType(child(path, "value"), a.value(), b.value());
        } else if (!sameShape(a, b)) {
            changes.emplace_back(change::UpdateColumnType{path, b, false});
            return;
        }
        if (failure) return;
        if (a.nullable() != b.nullable()) {
            changes.emplace_back(change::UpdateColumnNullability{path, b.nullable()});
        }
    }
};

}  // namespace

Result<std::vector<SchemaChange>> diffSchemas(const Schema& from, const Schema& to) {
    Differ differ;
    for (const auto& k : to.primaryKeys)
        differ.forcedNotNull.insert(k);

    std::map<std::string, int> oldIdByName;
    std::map<int, std::string> newNameById;
    for (const auto& f : from.fields)
        oldIdByName[f.name] = f.id;
    for (const auto& f : to.fields)
        newNameById[f.id] = f.name;
    auto renamed = [&](const std::vector<std::string>& keys) {
        std::vector<std::string> out;
        for (const auto& k : keys) {
            auto id = oldIdByName.find(k);
            auto name = id == oldIdByName.end() ? newNameById.end() : newNameById.find(id->second);
            out.push_back(name == newNameById.end() ? k : name->second);
        }
        return out;
    };

    std::vector<std::string> partitionAfter = renamed(from.partitionKeys);
    if (partitionAfter != to.partitionKeys && !from.partitionKeys.empty()) {
        return makeError(ErrorKind::BadRequest,
                         "The partition keys of an existing table cannot be changed (from [" +
                             joinNames(from.partitionKeys) + "] to [" +
                             joinNames(to.partitionKeys) + "])");
    }

    for (const auto& [key, value] : from.options) {
        if (!to.options.contains(key)) differ.changes.emplace_back(change::RemoveOption{key});
    }
    for (const auto& [key, value] : to.options) {
        auto it = from.options.find(key);
        if (it == from.options.end() || it->second != value) {
            differ.changes.emplace_back(change::SetOption{key, value});
        }
    }
    if (from.comment != to.comment) differ.changes.emplace_back(change::UpdateComment{to.comment});

    differ.diffLevel({}, from.fields, to.fields, true);
    if (differ.failure) return *differ.failure;

    if (renamed(from.primaryKeys) != to.primaryKeys) {
        if (!from.primaryKeys.empty()) differ.changes.emplace_back(change::DropPrimaryKey{});
        if (!to.primaryKeys.empty()) {
            differ.changes.emplace_back(
                change::SetOption{"primary-key", joinNames(to.primaryKeys)});
        }
    }
    if (from.partitionKeys.empty() && !to.partitionKeys.empty()) {
        differ.changes.emplace_back(change::SetOption{"partition", joinNames(to.partitionKeys)});
    }
    return std::move(differ.changes);
}

}  // namespace paimon
