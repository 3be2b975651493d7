#include "core/schema/SchemaSupport.h"

#include <algorithm>

#include "core/util/Encoding.h"

namespace paimon {
namespace schema_detail {
namespace {

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

}  // namespace
}  // namespace schema_detail

namespace schema_detail {

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

}  // namespace schema_detail

using namespace schema_detail;

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

}  // namespace paimon
