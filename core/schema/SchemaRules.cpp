#include "core/schema/SchemaRules.h"

#include <algorithm>
#include <charconv>
#include <climits>
#include <set>

#include "core/util/Encoding.h"

namespace paimon {
namespace {

// Ids at and above this are Paimon's system fields; they do not count for highestFieldId.
constexpr int kSystemFieldIdStart = INT_MAX / 2;

// Options that may not change once a table has snapshots (CoreOptions' @Immutable).
const std::set<std::string>& immutableOptions() {
    static const std::set<std::string> keys = {
        "type",
        "bucket-key",
        "bucket-function.type",
        "data-file.path-directory",
        "merge-engine",
        "sequence.snapshot-ordering",
        "aggregation.remove-record-on-delete",
        "partial-update.remove-record-on-delete",
        "partial-update.remove-record-on-sequence-group",
        "rowkind.field",
        "primary-key",
        "primary-key.nullable",
        "partition",
        "dynamic-bucket.initial-buckets",
        "force-lookup",
        "row-tracking.enabled",
        "data-evolution.enabled",
        "index-file-in-data-file-dir",
        "blob-field",
        "blob-descriptor-field",
        "blob-view-field",
        "pk-clustering-override",
    };
    return keys;
}

Error rule(std::string message) {
    return makeError(ErrorKind::BadRequest, std::move(message));
}

std::string join(const std::vector<std::string>& items, const char* sep) {
    std::string out;
    for (size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out += sep;
        out += items[i];
    }
    return out;
}
std::string listText(const std::vector<std::string>& items) {
    return "[" + join(items, ", ") + "]";
}
std::string pathText(const std::vector<std::string>& path, size_t count = SIZE_MAX) {
    std::vector<std::string> head(
        path.begin(), path.begin() + static_cast<std::ptrdiff_t>(std::min(count, path.size())));
    return join(head, ".");
}
std::string tableText(const SchemaContext& c) {
    return c.database + "." + c.table;
}

Error columnNotExist(const SchemaContext& c, const std::string& column) {
    Error e = makeError(ErrorKind::NotFound,
                        "Column " + column + " does not exist in the " + tableText(c) + " table.");
    e.resourceType = "COLUMN";
    e.resourceName = column;
    return e;
}
Error columnAlreadyExists(const SchemaContext& c, const std::string& column) {
    Error e = makeError(ErrorKind::AlreadyExists,
                        "Column " + column + " already exists in the " + tableText(c) + " table.");
    e.resourceType = "COLUMN";
    e.resourceName = column;
    return e;
}

bool contains(const std::vector<std::string>& items, const std::string& s) {
    return std::find(items.begin(), items.end(), s) != items.end();
}

// "a, b,,c " -> [a, b, c]: Paimon's comma lists, entries trimmed, empties dropped.
std::vector<std::string> splitList(const std::string& s) {
    std::vector<std::string> out;
    size_t start = 0;
    while (start <= s.size()) {
        size_t comma = s.find(',', start);
        if (comma == std::string::npos) comma = s.size();
        std::string_view item = trimAscii(std::string_view(s).substr(start, comma - start));
        if (!item.empty()) out.emplace_back(item);
        start = comma + 1;
    }
    return out;
}

std::vector<std::string> duplicatesOf(const std::vector<std::string>& items) {
    std::vector<std::string> dups;
    std::set<std::string> seen;
    for (const auto& s : items)
        if (!seen.insert(s).second && !contains(dups, s)) dups.push_back(s);
    return dups;
}

std::optional<std::string> optionOf(const Options& o, const std::string& key) {
    auto it = o.find(key);
    if (it == o.end()) return std::nullopt;
    return it->second;
}

Result<bool> boolOption(const Options& o, const std::string& key, bool fallback) {
    auto v = optionOf(o, key);
    if (!v) return fallback;
    std::string lower = toLowerAscii(trimAscii(*v));
    if (lower == "true") return true;
    if (lower == "false") return false;
    return rule("Could not parse value '" + *v + "' for key '" + key + "': expected true or false");
}

Result<int64_t> intOption(const Options& o, const std::string& key, int64_t fallback) {
    auto v = optionOf(o, key);
    if (!v) return fallback;
    std::string_view text = trimAscii(*v);
    int64_t value = 0;
    auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || ptr != text.data() + text.size() || text.empty()) {
        return rule("Could not parse value '" + *v + "' for key '" + key + "': expected a number");
    }
    return value;
}

std::vector<std::string> fieldNames(const std::vector<DataField>& fields) {
    std::vector<std::string> names;
    names.reserve(fields.size());
    for (const auto& f : fields)
        names.push_back(f.name);
    return names;
}

const DataField* findField(const std::vector<DataField>& fields, const std::string& name) {
    for (const auto& f : fields)
        if (f.name == name) return &f;
    return nullptr;
}

bool isDirective(const std::optional<std::string>& comment) {
    return comment && (comment->starts_with("__BLOB") || comment->starts_with("__VECTOR"));
}

// Every ROW level: names non-blank and unique.
std::optional<Error> checkRowNames(const std::vector<DataField>& fields) {
    std::set<std::string> seen;
    for (const auto& f : fields) {
        if (trimAscii(f.name).empty()) {
            return rule("Field names must contain at least one non-whitespace character.");
        }
        if (!seen.insert(f.name).second) {
            return rule("Field names must be unique, found duplicate: " + f.name);
        }
    }
    std::vector<const DataType*> pending;
    pending.reserve(fields.size());
    for (const auto& f : fields)
        pending.push_back(&f.type);
    while (!pending.empty()) {
        const DataType* t = pending.back();
        pending.pop_back();
        if (t->root() == TypeRoot::Row) {
            if (auto e = checkRowNames(t->fields())) return e;
        } else if (t->root() == TypeRoot::Map) {
            pending.push_back(&t->key());
            pending.push_back(&t->value());
        } else if (t->root() == TypeRoot::Array || t->root() == TypeRoot::Multiset) {
            pending.push_back(&t->element());
        }
    }
    return std::nullopt;
}

void collectIds(const std::vector<DataField>& fields, std::vector<int>& ids);
void collectIds(const DataType& t, std::vector<int>& ids) {
    switch (t.root()) {
        case TypeRoot::Row:
            collectIds(t.fields(), ids);
            break;
        case TypeRoot::Map:
            collectIds(t.key(), ids);
            collectIds(t.value(), ids);
            break;
        case TypeRoot::Array:
        case TypeRoot::Multiset:
        case TypeRoot::Vector:
            collectIds(t.element(), ids);
            break;
        default:
            break;
    }
}
void collectIds(const std::vector<DataField>& fields, std::vector<int>& ids) {
    for (const auto& f : fields) {
        ids.push_back(f.id);
        collectIds(f.type, ids);
    }
}

// FORMAT.md §5 step 4: the highest id, refusing duplicates.
Result<int> highestFieldIdOf(const std::vector<DataField>& fields) {
    std::vector<int> ids;
    collectIds(fields, ids);
    std::set<int> seen;
    int highest = -1;
    for (int id : ids) {
        if (!seen.insert(id).second) {
            return rule("Broken schema, field id " + std::to_string(id) + " is duplicated.");
        }
        if (id < kSystemFieldIdStart) highest = std::max(highest, id);
    }
    return highest;
}

// ReassignFieldId: nested ROW fields numbered depth-first after `counter`.
void reassignIds(DataType& t, int& counter) {
    switch (t.root()) {
        case TypeRoot::Row:
            for (DataField& f : t.mutableFields()) {
                f.id = ++counter;
                reassignIds(f.type, counter);
            }
            break;
        case TypeRoot::Map: {
            // Map keys cannot hold ROWs with ids worth keeping apart; number both sides.
            DataType key = t.key();
            reassignIds(key, counter);
            reassignIds(t.mutableValue(), counter);
            t = DataType::map(std::move(key), t.value()).withNullable(t.nullable());
            break;
        }
        case TypeRoot::Array:
        case TypeRoot::Multiset:
            reassignIds(t.mutableElement(), counter);
            break;
        default:
            break;
    }
}

// FORMAT.md §5 step 2, also re-run after every alter.
Result<Schema> normalize(Schema s) {
    auto takeListOption = [&](const char* key, std::vector<std::string>& keys,
                              const char* what) -> std::optional<Error> {
        auto it = s.options.find(key);
        if (it == s.options.end()) return std::nullopt;
        if (!keys.empty()) {
            return rule(std::string("Cannot define ") + what +
                        " on DDL and table options at the same time.");
        }
        keys = splitList(it->second);
        s.options.erase(it);
        return std::nullopt;
    };
    if (auto e = takeListOption("primary-key", s.primaryKeys, "primary key")) return *e;
    if (auto e = takeListOption("partition", s.partitionKeys, "partition")) return *e;

    std::vector<std::string> names = fieldNames(s.fields);
    if (auto dups = duplicatesOf(names); !dups.empty()) {
        return rule("Table column " + listText(names) +
                    " must not contain duplicate fields. Found: " + listText(dups));
    }
    if (auto dups = duplicatesOf(s.partitionKeys); !dups.empty()) {
        return rule("Partition key constraint " + listText(s.partitionKeys) +
                    " must not contain duplicate columns. Found: " + listText(dups));
    }
    for (const auto& p : s.partitionKeys) {
        if (!contains(names, p)) {
            return rule("Table column " + listText(names) +
                        " should include all partition fields " + listText(s.partitionKeys) + "; " +
                        p + " is not a column");
        }
    }
    if (auto dups = duplicatesOf(s.primaryKeys); !dups.empty()) {
        return rule("Primary key constraint " + listText(s.primaryKeys) +
                    " must not contain duplicate columns. Found: " + listText(dups));
    }
    for (const auto& k : s.primaryKeys) {
        if (!contains(names, k)) {
            return rule("Table column " + listText(names) +
                        " should include all primary key constraint " + listText(s.primaryKeys) +
                        "; " + k + " is not a column");
        }
    }
    auto pkNullable = boolOption(s.options, "primary-key.nullable", false);
    if (!pkNullable) return pkNullable.takeError();
    for (DataField& f : s.fields) {
        if (contains(s.primaryKeys, f.name)) f.type = f.type.withNullable(*pkNullable);
    }
    if (auto e = checkRowNames(s.fields)) return *e;
    return s;
}

// The TableSchema constructor's checks (FORMAT.md §5 step 5).
std::optional<Error> checkKeys(const TableSchema& t) {
    if (!t.primaryKeys.empty()) {
        bool onlyPartition =
            std::all_of(t.primaryKeys.begin(), t.primaryKeys.end(),
                        [&](const auto& k) { return contains(t.partitionKeys, k); });
        if (onlyPartition) {
            return rule("Primary key constraint " + listText(t.primaryKeys) +
                        " should not be same with partition fields " + listText(t.partitionKeys) +
                        ", this will result in only one record in a partition");
        }
    }
    if (auto bk = optionOf(t.options, "bucket-key")) {
        std::vector<std::string> keys = splitList(*bk);
        std::vector<std::string> names = fieldNames(t.fields);
        for (const auto& k : keys) {
            if (!contains(names, k)) {
                return rule("Field names " + listText(names) + " should contain all bucket keys " +
                            listText(keys) + "; " + k + " is not a column");
            }
            if (contains(t.partitionKeys, k)) {
                return rule("Bucket keys " + listText(keys) + " should not be in partition keys " +
                            listText(t.partitionKeys));
            }
            if (!t.primaryKeys.empty() && !contains(t.primaryKeys, k)) {
                return rule("Primary keys " + listText(t.primaryKeys) +
                            " should contain all bucket keys " + listText(keys));
            }
        }
    }
    return std::nullopt;
}

bool isKeyableType(const DataType& t) {
    switch (t.root()) {
        case TypeRoot::Map:
        case TypeRoot::Array:
        case TypeRoot::Row:
        case TypeRoot::Multiset:
        case TypeRoot::Vector:
        case TypeRoot::Variant:
        case TypeRoot::Geometry:
        case TypeRoot::Geography:
            return false;
        default:
            return true;
    }
}

std::optional<Error> checkDefaults(const std::vector<DataField>& fields) {
    for (const auto& f : fields) {
        if (f.defaultValue) {
            if (auto problem = defaultValueProblem(f.type, *f.defaultValue)) {
                return rule(*problem + " (column " + f.name + ")");
            }
        }
        if (f.type.root() == TypeRoot::Row) {
            if (auto e = checkDefaults(f.type.fields())) return e;
        }
    }
    return std::nullopt;
}

std::optional<Error> checkDirectives(const std::vector<DataField>& fields) {
    for (const auto& f : fields) {
        if (isDirective(f.description)) {
            return rule("Column " + f.name +
                        ": column directives (comments starting with __BLOB or __VECTOR) are "
                        "not supported by this catalog");
        }
    }
    return std::nullopt;
}

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

// Where a change's path points: the ROW level holding its last name, or, when the path ends in
// an ARRAY/MAP placeholder ("element", "value"), that element or value type.
struct Location {
    std::vector<DataField>* level = nullptr;
    DataType* placeholder = nullptr;
    std::string name;
    DataField* field() const {
        if (!level) return nullptr;
        for (DataField& f : *level)
            if (f.name == name) return &f;
        return nullptr;
    }
};

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
                             const SchemaContext& ctx, DataField** fieldOut = nullptr) {
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

std::string nullToNotNullMessage(const std::string& column) {
    return "Cannot update column type from nullable to non nullable for " + column +
           ". You can set table configuration option 'alter-column-null-to-not-null.disabled' = "
           "'false' to allow converting null columns to not null";
}

// FORMAT.md §6.2, for setOption and removeOption on a table with snapshots. `newValue` absent
// means a removal.
std::optional<Error> checkOptionChangeWithSnapshots(const Options& options, const std::string& key,
                                                    const std::optional<std::string>& newValue) {
    std::optional<std::string> oldValue = optionOf(options, key);
    if (newValue && oldValue == newValue) return std::nullopt;
    if (immutableOptions().contains(key)) {
        if (!newValue && !oldValue) return std::nullopt;
        return rule("Change '" + key + "' is not supported yet.");
    }
    if (key == "bucket") {
        if (!newValue) return rule("Cannot reset bucket.");
        auto oldBucket = intOption(options, "bucket", -1);
        if (!oldBucket) return oldBucket.takeError();
        if (*oldBucket == -1) return rule("Cannot change bucket when it is -1.");
        if (trimAscii(*newValue) == "-1") return rule("Cannot change bucket to -1.");
    }
    if (key == "deletion-vectors.enabled") {
        std::string from = toLowerAscii(oldValue.value_or("false"));
        std::string to = toLowerAscii(newValue.value_or("false"));
        auto modifiable = boolOption(options, "deletion-vectors.modifiable", false);
        if (!modifiable) return modifiable.takeError();
        if (from != to && !*modifiable) {
            return rule(
                "Change 'deletion-vectors.enabled' is not supported unless "
                "'deletion-vectors.modifiable' is true.");
        }
    }
    if ((key == "ignore-delete" || key == "ignore-update-before") &&
        toLowerAscii(oldValue.value_or("false")) == "true" &&
        toLowerAscii(newValue.value_or("false")) == "false") {
        return rule("Cannot change '" + key + "' from true to false.");
    }
    if (key == "clustering.columns" && options.contains("pk-clustering-override")) {
        return rule("Cannot change 'clustering.columns' while 'pk-clustering-override' is set.");
    }
    return std::nullopt;
}

// Option keys that embed column names, fields.<a,b>.<suffix>, where the suffix may hold dots
// too (fields.v.pk-vector.index.type): every way to split such a key, as (names, suffix).
std::vector<std::pair<std::vector<std::string>, std::string>> fieldsOptionSplits(
    const std::string& key) {
    std::vector<std::pair<std::vector<std::string>, std::string>> splits;
    if (!key.starts_with("fields.")) return splits;
    for (size_t dot = key.find('.', 7); dot != std::string::npos; dot = key.find('.', dot + 1))
        splits.emplace_back(splitList(key.substr(7, dot - 7)), key.substr(dot + 1));
    return splits;
}

// Option keys that embed column names: fields.<a,b>.<suffix>.
void renameInOptions(Options& options, const std::string& from, const std::string& to) {
    auto renameList = [&](const std::string& list) {
        std::vector<std::string> items = splitList(list);
        for (auto& item : items)
            if (item == from) item = to;
        return join(items, ",");
    };
    for (const char* key : {"bucket-key", "sequence.field"}) {
        auto it = options.find(key);
        if (it != options.end()) it->second = renameList(it->second);
    }
    Options result;
    for (auto& [key, value] : options) {
        std::string newKey = key;
        std::string newValue = value;
        // The first split whose name list mentions the renamed column.
        for (const auto& [names, suffix] : fieldsOptionSplits(key)) {
            if (!contains(names, from)) continue;
            std::vector<std::string> renamed = names;
            for (auto& n : renamed)
                if (n == from) n = to;
            newKey = "fields." + join(renamed, ",") + "." + suffix;
            if (suffix == "sequence-group" || suffix == "nested-key") newValue = renameList(value);
            break;
        }
        result[newKey] = newValue;
    }
    options = std::move(result);
}

}  // namespace

const std::vector<std::string>& reservedColumnNames() {
    static const std::vector<std::string> names = {"_SEQUENCE_NUMBER", "_VALUE_KIND", "_LEVEL",
                                                   "_ROW_ID", "rowkind"};
    return names;
}

Schema schemaOf(const TableSchema& t) {
    return Schema{t.fields, t.partitionKeys, t.primaryKeys, t.options, t.comment};
}

std::optional<Error> validateTableSchema(const TableSchema& t) {
    if (auto e = checkKeys(t)) return e;
    const Options& o = t.options;
    std::vector<std::string> names = fieldNames(t.fields);

    for (const auto& name : names) {
        if (contains(reservedColumnNames(), name)) {
            return rule("Field name[" + name + "] in schema cannot be exist in " +
                        listText(reservedColumnNames()));
        }
        if (name.starts_with(kReservedKeyPrefix)) {
            return rule("Field name[" + name + "] in schema cannot start with [" +
                        kReservedKeyPrefix + "]");
        }
    }
    for (const auto& [keys, what] :
         {std::pair{&t.primaryKeys, "primary key"}, std::pair{&t.partitionKeys, "partition"}}) {
        for (const auto& k : *keys) {
            const DataField* f = findField(t.fields, k);
            if (!f) return rule("Cannot find field: " + k);
            if (!isKeyableType(f->type)) {
                return rule("The type " + std::string(typeRootName(f->type.root())) + " in " +
                            what + " field " + k + " is unsupported");
            }
        }
    }
    auto pkNullable = boolOption(o, "primary-key.nullable", false);
    if (!pkNullable) return pkNullable.takeError();
    if (*pkNullable && t.primaryKeys.empty()) {
        return rule("'primary-key.nullable' is true but the table has no primary key");
    }

    auto bucket = intOption(o, "bucket", -1);
    if (!bucket) return bucket.takeError();
    bool hasBucketKey = o.contains("bucket-key");
    if (*bucket == -1) {
        if (hasBucketKey) {
            return rule(
                "Cannot define 'bucket-key' with bucket = -1, please remove the 'bucket-key' "
                "setting or specify a bucket number.");
        }
        if (t.primaryKeys.empty() && o.contains("full-compaction.delta-commits")) {
            return rule(
                "An append table with unaware or dynamic bucket (bucket = -1) does not support "
                "'full-compaction.delta-commits'");
        }
    } else if (*bucket == -2) {
        if (t.primaryKeys.empty()) {
            return rule("Postpone bucket mode (bucket = -2) needs a primary key.");
        }
    } else if (*bucket < 1) {
        return rule("The number of buckets needs to be greater than 0.");
    } else if (t.primaryKeys.empty() && !hasBucketKey && !(t.version == 1 && *bucket == 1)) {
        return rule("You should define a 'bucket-key' for bucketed append mode.");
    }
    if (hasBucketKey) {
        for (const auto& k : splitList(o.at("bucket-key"))) {
            const DataField* f = findField(t.fields, k);
            if (f && !isKeyableType(f->type)) return rule("Nested type can not be bucket key.");
        }
    }

    for (const auto& [key, value] : o) {
        if (!key.starts_with("fields.") || key == "fields.default-aggregate-function") continue;
        // Some split must give names that all exist.
        auto splits = fieldsOptionSplits(key);
        bool known = std::any_of(splits.begin(), splits.end(), [&](const auto& split) {
            return !split.first.empty() &&
                   std::all_of(split.first.begin(), split.first.end(),
                               [&](const std::string& n) { return contains(names, n); });
        });
        if (!known && !splits.empty()) {
            return rule("Field " + join(splits.front().first, ",") + " (option '" + key +
                        "') can not be found in table schema.");
        }
    }

    std::string mergeEngine = toLowerAscii(optionOf(o, "merge-engine").value_or("deduplicate"));
    static const std::set<std::string> engines = {"deduplicate", "partial-update", "aggregation",
                                                  "first-row"};
    if (!engines.contains(mergeEngine)) {
        return rule("Could not parse value '" + o.at("merge-engine") +
                    "' for key 'merge-engine': expected one of deduplicate, partial-update, "
                    "aggregation, first-row");
    }

    if (auto seq = optionOf(o, "sequence.field")) {
        std::vector<std::string> fields = splitList(*seq);
        std::set<std::string> seen;
        for (const auto& s : fields) {
            if (!contains(names, s)) {
                return rule("Sequence field: '" + s + "' can not be found in table schema.");
            }
            if (!seen.insert(s).second) {
                return rule("Sequence field '" + s + "' is defined repeatedly.");
            }
            if (o.contains("fields." + s + ".aggregate-function")) {
                return rule("Should not define aggregation on sequence field: '" + s + "'.");
            }
        }
        if (mergeEngine == "first-row") {
            return rule("Do not support use sequence field on FIRST_ROW merge engine.");
        }
        bool crossPartition =
            !t.primaryKeys.empty() &&
            !std::all_of(t.partitionKeys.begin(), t.partitionKeys.end(),
                         [&](const auto& p) { return contains(t.primaryKeys, p); });
        if (crossPartition) {
            return rule(
                "You can not use sequence.field in cross partition update case (Primary "
                "key constraint " +
                listText(t.primaryKeys) + " not include all partition fields " +
                listText(t.partitionKeys) + ").");
        }
    }

    std::string producer = toLowerAscii(optionOf(o, "changelog-producer").value_or("none"));
    static const std::set<std::string> producers = {"none", "input", "full-compaction", "lookup"};
    if (!producers.contains(producer)) {
        return rule("Could not parse value '" + o.at("changelog-producer") +
                    "' for key 'changelog-producer': expected one of none, input, "
                    "full-compaction, lookup");
    }
    if (producer != "none" && t.primaryKeys.empty()) {
        return rule(
            "Can not set changelog-producer on table without primary keys, please define "
            "primary keys.");
    }
    auto overwrite = boolOption(o, "streaming-read-overwrite", false);
    if (!overwrite) return overwrite.takeError();
    if ((producer == "lookup" || producer == "full-compaction") && *overwrite) {
        return rule("Cannot set streaming-read-overwrite to true when changelog-producer is " +
                    producer + ".");
    }
    if (producer == "lookup" && o.contains("full-compaction.delta-commits")) {
        return rule(
            "'full-compaction.delta-commits' cannot be used with changelog-producer "
            "lookup.");
    }

    auto minRetained = intOption(o, "snapshot.num-retained.min", 10);
    auto maxRetained = intOption(o, "snapshot.num-retained.max", INT_MAX);
    if (!minRetained) return minRetained.takeError();
    if (!maxRetained) return maxRetained.takeError();
    if (*minRetained < 1) return rule("The minimum number of retained snapshots must be >= 1.");
    if (*minRetained > *maxRetained) {
        return rule("The minimum number of retained snapshots must be <= the maximum.");
    }
    auto minChangelog = intOption(o, "changelog.num-retained.min", *minRetained);
    auto maxChangelog = intOption(o, "changelog.num-retained.max", *maxRetained);
    if (!minChangelog) return minChangelog.takeError();
    if (!maxChangelog) return maxChangelog.takeError();
    if (*minChangelog < 1) return rule("The minimum number of retained changelogs must be >= 1.");
    if (*minChangelog > *maxChangelog) {
        return rule("The minimum number of retained changelogs must be <= the maximum.");
    }

    if (auto timeField = optionOf(o, "record-level.time-field")) {
        const DataField* f = findField(t.fields, *timeField);
        if (!f) return rule("Can not find time field " + *timeField + " for record level expire.");
        TypeRoot r = f->type.root();
        if (r != TypeRoot::Int && r != TypeRoot::BigInt && r != TypeRoot::Timestamp) {
            return rule(
                "The record level time field type should be one of INT, BIGINT or "
                "TIMESTAMP, but field " +
                *timeField + " is " + f->type.sql());
        }
    }
    if (auto rowkind = optionOf(o, "rowkind.field")) {
        if (!contains(names, *rowkind)) {
            return rule("Rowkind field: '" + *rowkind + "' can not be found in table schema.");
        }
    }

    auto dv = boolOption(o, "deletion-vectors.enabled", false);
    if (!dv) return dv.takeError();
    if (*dv) {
        if (producer != "none" && producer != "input" && producer != "lookup") {
            return rule(
                "Deletion vectors mode is only supported for NONE/INPUT/LOOKUP changelog "
                "producer now.");
        }
        if (mergeEngine == "first-row") {
            return rule("Deletion vectors mode is not supported for FIRST_ROW merge engine now.");
        }
    }
    auto rowTracking = boolOption(o, "row-tracking.enabled", false);
    auto dataEvolution = boolOption(o, "data-evolution.enabled", false);
    if (!rowTracking) return rowTracking.takeError();
    if (!dataEvolution) return dataEvolution.takeError();
    if (*rowTracking && !t.primaryKeys.empty()) {
        return rule("Cannot define a primary key when 'row-tracking.enabled' is true.");
    }
    if (*rowTracking && *bucket != -1) {
        return rule(
            "Cannot define a bucket number other than -1 when 'row-tracking.enabled' is "
            "true.");
    }
    if (*dataEvolution && !*rowTracking) {
        return rule("'data-evolution.enabled' requires 'row-tracking.enabled' to be true.");
    }
    if (o.contains("scan.fallback-branch") && o.contains("scan.primary-branch")) {
        return rule("'scan.fallback-branch' and 'scan.primary-branch' cannot both be set.");
    }
    return std::nullopt;
}

Result<TableSchema> newTableSchema(const Schema& request, const SchemaContext& ctx,
                                   int64_t timeMillis) {
    // Catalog pre-checks (FORMAT.md §5 step 1 and §2).
    auto autoCreate = boolOption(request.options, "auto-create", false);
    if (!autoCreate) return autoCreate.takeError();
    if (*autoCreate) return rule("The option 'auto-create' must be false when creating a table.");
    auto rowNum = intOption(request.options, "target-file-row-num", 1);
    if (!rowNum) return rowNum.takeError();
    if (*rowNum < 1) return rule("The option 'target-file-row-num' must be at least 1.");
    if (request.options.contains("path")) {
        return rule(
            "This catalog does not support specifying the table path when creating a "
            "table (option 'path').");
    }
    if (auto type = optionOf(request.options, "type")) {
        std::string t = toLowerAscii(*type);
        if (t != "table" && t != "materialized-table") {
            return rule("This catalog does not support tables of type '" + *type +
                        "'; only 'table' and 'materialized-table'.");
        }
    }
    if (auto e = checkDefaults(request.fields)) return *e;
    if (auto e = checkDirectives(request.fields)) return *e;

    auto schema = normalize(request);
    if (!schema) return schema.takeError();
    auto highest = highestFieldIdOf(schema->fields);
    if (!highest) return highest.takeError();

    TableSchema t;
    t.id = 0;
    t.fields = std::move(schema->fields);
    t.highestFieldId = *highest;
    t.partitionKeys = std::move(schema->partitionKeys);
    t.primaryKeys = std::move(schema->primaryKeys);
    t.options = std::move(schema->options);
    t.comment = std::move(schema->comment);
    t.timeMillis = timeMillis;
    (void)ctx;
    if (auto e = validateTableSchema(t)) return *e;
    return t;
}

Result<TableSchema> applySchemaChanges(const TableSchema& old,
                                       const std::vector<SchemaChange>& changes,
                                       const SchemaContext& ctx, int64_t timeMillis) {
    std::vector<DataField> fields = old.fields;
    int highest = old.highestFieldId;
    Options options = old.options;
    std::optional<std::string> comment = old.comment;
    std::vector<std::string> primaryKeys = old.primaryKeys;
    std::vector<std::pair<std::string, std::string>> renames;  // top-level, in order

    auto explicitCasts = boolOption(old.options, "disable-explicit-type-casting", false);
    if (!explicitCasts) return explicitCasts.takeError();
    bool allowExplicit = !*explicitCasts;
    auto nullToNotNull = boolOption(old.options, "alter-column-null-to-not-null.disabled", true);
    if (!nullToNotNull) return nullToNotNull.takeError();
    bool disableNullToNotNull = *nullToNotNull;
    auto beforePartition = boolOption(old.options, "add-column-before-partition", false);
    if (!beforePartition) return beforePartition.takeError();

    auto isTopLevel = [](const std::vector<std::string>& path,
                         const std::vector<std::string>& keys) {
        return path.size() == 1 && contains(keys, path[0]);
    };

    for (const SchemaChange& change : changes) {
        std::optional<Error> failure;
        if (const auto* c = std::get_if<change::SetOption>(&change)) {
            if (c->key == "type") {
                std::string current = toLowerAscii(optionOf(options, "type").value_or("table"));
                if (current != toLowerAscii(c->value)) {
                    return rule("Change 'type' is not supported yet.");
                }
                continue;
            }
            if (c->key == "primary-key" && splitList(c->value) == primaryKeys) continue;
            if (c->key == "partition" && splitList(c->value) == old.partitionKeys) continue;
            if (ctx.hasSnapshots) {
                if (auto e = checkOptionChangeWithSnapshots(options, c->key, c->value)) return *e;
            }
            options[c->key] = c->value;
        } else if (const auto* c = std::get_if<change::RemoveOption>(&change)) {
            if (c->key == "type") return rule("Change 'type' is not supported yet.");
            if (ctx.hasSnapshots) {
                if (auto e = checkOptionChangeWithSnapshots(options, c->key, std::nullopt)) {
                    return *e;
                }
            }
            options.erase(c->key);
        } else if (const auto* c = std::get_if<change::UpdateComment>(&change)) {
            comment = c->comment;
        } else if (const auto* c = std::get_if<change::AddColumn>(&change)) {
            std::string column = pathText(c->fieldNames);
            if (isDirective(c->comment)) {
                if (c->fieldNames.size() > 1) {
                    return rule("Comment directive cannot be used on a nested column " + column +
                                ".");
                }
                return rule("Column " + column +
                            ": column directives (comments starting with __BLOB or __VECTOR) "
                            "are not supported by this catalog");
            }
            if (!c->dataType.nullable()) {
                return rule("Column " + column + " cannot specify NOT NULL in the " +
                            tableText(ctx) + " table.");
            }
            auto loc = locate(fields, c->fieldNames, ctx);
            if (!loc) return loc.takeError();
            if (loc->placeholder) return columnNotExist(ctx, column);
            if (loc->field()) return columnAlreadyExists(ctx, column);
            DataField field{++highest, loc->name, c->dataType, c->comment, std::nullopt};
            reassignIds(field.type, highest);
            if (!c->move && *beforePartition && !old.partitionKeys.empty() &&
                c->fieldNames.size() == 1) {
                auto firstPartition = std::find_if(
                    loc->level->begin(), loc->level->end(),
                    [&](const DataField& f) { return contains(old.partitionKeys, f.name); });
                loc->level->insert(firstPartition, std::move(field));
            } else {
                failure = insertWithMove(*loc->level, std::move(field), c->move, ctx);
            }
        } else if (const auto* c = std::get_if<change::RenameColumn>(&change)) {
            if (isTopLevel(c->fieldNames, old.partitionKeys)) {
                return rule("Cannot rename partition column: [" + c->fieldNames[0] + "]");
            }
            auto loc = locate(fields, c->fieldNames, ctx);
            if (!loc) return loc.takeError();
            DataField* f = loc->field();
            if (!f) return columnNotExist(ctx, pathText(c->fieldNames));
            if (f->type.root() == TypeRoot::Blob) {
                return rule("Cannot rename BLOB column " + pathText(c->fieldNames) + ".");
            }
            if (findField(*loc->level, c->newName)) {
                std::vector<std::string> target = c->fieldNames;
                target.back() = c->newName;
                return columnAlreadyExists(ctx, pathText(target));
            }
            f->name = c->newName;
            if (c->fieldNames.size() == 1) renames.emplace_back(c->fieldNames[0], c->newName);
        } else if (const auto* c = std::get_if<change::DropColumn>(&change)) {
            if (isTopLevel(c->fieldNames, old.partitionKeys) ||
                isTopLevel(c->fieldNames, old.primaryKeys)) {
                return rule("Cannot drop partition key or primary key: [" + c->fieldNames[0] + "]");
            }
            auto loc = locate(fields, c->fieldNames, ctx);
            if (!loc) return loc.takeError();
            if (!loc->field()) return columnNotExist(ctx, pathText(c->fieldNames));
            std::erase_if(*loc->level, [&](const DataField& f) { return f.name == loc->name; });
            if (loc->level->empty()) return rule("Cannot drop all fields in table");
        } else if (const auto* c = std::get_if<change::UpdateColumnType>(&change)) {
            std::string column = pathText(c->fieldNames);
            if (isTopLevel(c->fieldNames, old.partitionKeys)) {
                return rule("Cannot update partition column: [" + column + "]");
            }
            if (isTopLevel(c->fieldNames, old.primaryKeys)) {
                return rule("Cannot update primary key");
            }
            DataField* field = nullptr;
            auto type = locateType(fields, c->fieldNames, ctx, &field);
            if (!type) return type.takeError();
            DataType& source = **type;
            if (source.root() == TypeRoot::Blob || c->newDataType.root() == TypeRoot::Blob) {
                return rule("Cannot change the type of BLOB column " + column + ".");
            }
            DataType target = c->keepNullability ? c->newDataType.withNullable(source.nullable())
                                                 : c->newDataType;
            if (!c->keepNullability && source.nullable() && !target.nullable() &&
                disableNullToNotNull) {
                return rule(nullToNotNullMessage(column));
            }
            if (!canChangeColumnType(source, target, allowExplicit)) {
                return rule("Column type " + column + "[" + source.sql() +
                            "] cannot be converted to " + target.sql() +
                            " without losing information.");
            }
            if (field && field->defaultValue) {
                if (auto problem = defaultValueProblem(target, *field->defaultValue)) {
                    return rule(*problem + " (column " + column +
                                " keeps its default value when its type changes)");
                }
            }
            source = target;
        } else if (const auto* c = std::get_if<change::UpdateColumnNullability>(&change)) {
            std::string column = pathText(c->fieldNames);
            if (c->newNullability && isTopLevel(c->fieldNames, old.primaryKeys)) {
                return rule("Cannot change nullability of primary key");
            }
            auto type = locateType(fields, c->fieldNames, ctx);
            if (!type) return type.takeError();
            if ((*type)->nullable() && !c->newNullability && disableNullToNotNull) {
                return rule(nullToNotNullMessage(column));
            }
            **type = (*type)->withNullable(c->newNullability);
        } else if (const auto* c = std::get_if<change::UpdateColumnComment>(&change)) {
            if (isDirective(c->newComment)) {
                return rule("Should not alter existing field's type through column directives");
            }
            auto f = locateField(fields, c->fieldNames, ctx);
            if (!f) return f.takeError();
            (*f)->description = c->newComment;
        } else if (const auto* c = std::get_if<change::UpdateColumnDefaultValue>(&change)) {
            auto f = locateField(fields, c->fieldNames, ctx);
            if (!f) return f.takeError();
            if (c->newDefaultValue) {
                if (auto problem = defaultValueProblem((*f)->type, *c->newDefaultValue)) {
                    return rule(*problem + " (column " + pathText(c->fieldNames) + ")");
                }
            }
            (*f)->defaultValue = c->newDefaultValue;
        } else if (const auto* c = std::get_if<change::UpdateColumnPosition>(&change)) {
            failure = applyMove(fields, c->move);
        } else if (std::get_if<change::DropPrimaryKey>(&change)) {
            if (ctx.hasSnapshots) return rule("Cannot drop primary keys on a non-empty table.");
            primaryKeys.clear();
        }
        if (failure) return *failure;
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
