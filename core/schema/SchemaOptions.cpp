#include "core/schema/SchemaSupport.h"

#include <algorithm>

#include "core/util/Encoding.h"

namespace paimon::schema_detail {

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

}  // namespace paimon::schema_detail
