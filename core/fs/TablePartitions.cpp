#include "core/fs/TablePartitions.h"

#include <algorithm>
#include <cstdio>

#include "core/catalog/Paging.h"
#include "core/fs/BinaryRow.h"
#include "core/fs/FileOps.h"
#include "core/json/JacksonPrinter.h"
#include "core/json/JsonValue.h"
#include "core/util/Time.h"

namespace fs = std::filesystem;

namespace paimon {

using namespace fsops;

namespace {

constexpr const char* kSuccessFile = "_SUCCESS";

bool hiveEscaped(unsigned char c) {
    if (c < 0x20 || c == 0x7F) return true;
    switch (c) {
        case '"':
        case '#':
        case '%':
        case '\'':
        case '*':
        case '/':
        case ':':
        case '=':
        case '?':
        case '\\':
        case '{':
        case '}':
        case '[':
        case ']':
        case '^':
            return true;
        default:
            return false;
    }
}

std::string escapePathName(const std::string& text) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    out.reserve(text.size());
    for (char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        if (hiveEscaped(c)) {
            out += '%';
            out += kHex[c >> 4];
            out += kHex[c & 0xF];
        } else {
            out += ch;
        }
    }
    return out;
}

std::string optionOr(const Options& o, const std::string& key, const std::string& fallback) {
    auto it = o.find(key);
    return it == o.end() ? fallback : it->second;
}

}  // namespace

Result<std::string> partitionPathOf(const PartitionSpec& spec) {
    std::string out;
    for (const auto& [key, value] : spec) {
        if (value.empty()) {
            return makeError(ErrorKind::BadRequest, "Partition value of \"" + key +
                                                        "\" is empty; a partition path "
                                                        "cannot hold an empty value.");
        }
        out += escapePathName(key) + "=" + escapePathName(value) + "/";
    }
    return out;
}

const Partition* PartitionIndex::find(const std::string& name) const {
    auto it = std::lower_bound(names.begin(), names.end(), name);
    if (it == names.end() || *it != name) return nullptr;
    return &partitions[static_cast<size_t>(it - names.begin())];
}

Result<std::shared_ptr<const PartitionIndex>> PartitionIndexCache::get(const std::string& key,
                                                                       const Build& build) {
    {
        std::lock_guard lock(mutex_);
        for (auto it = entries_.begin(); it != entries_.end(); ++it) {
            if (it->first == key) {
                entries_.splice(entries_.begin(), entries_, it);
                return entries_.front().second;
            }
        }
    }
    // Built outside the lock: two callers may build the same index once each, which is
    // cheaper than making every listing of every table wait for one large table.
    auto built = build();
    if (!built) return built.takeError();
    std::lock_guard lock(mutex_);
    ++builds_;
    std::erase_if(entries_, [&](const auto& e) { return e.first == key; });
    entries_.emplace_front(key, *built);
    while (entries_.size() > kMaxEntries)
        entries_.pop_back();
    return *built;
}

int64_t PartitionIndexCache::builds() const {
    std::lock_guard lock(mutex_);
    return builds_;
}

TablePartitions::TablePartitions(fs::path table, TableHistory history, TableSchema schema,
                                 std::shared_ptr<PartitionIndexCache> cache)
    : table_(std::move(table)),
      history_(std::move(history)),
      schema_(std::move(schema)),
      cache_(cache ? std::move(cache) : std::make_shared<PartitionIndexCache>()) {}

Result<std::shared_ptr<const PartitionIndex>> TablePartitions::index() const {
    auto latest = history_.latestSnapshotId();
    if (!latest) return latest.takeError();
    if (!*latest) return std::make_shared<const PartitionIndex>();
    auto snapshot = history_.snapshot(**latest);
    if (!snapshot) return snapshot.takeError();
    return indexAt(*snapshot);
}

Result<std::shared_ptr<const PartitionIndex>> TablePartitions::indexAt(
    const Snapshot& snapshot) const {
    std::string key = table_.string();
    for (const std::string* part : {&snapshot.baseManifestList, &snapshot.deltaManifestList}) {
        key += '\n';
        key += *part;
    }
    key += '\n' + std::to_string(schema_.id);
    return cache_->get(key, [&] { return build(snapshot); });
}

Result<std::shared_ptr<const PartitionIndex>> TablePartitions::build(
    const Snapshot& snapshot) const {
    std::vector<DataType> types;
    for (const std::string& key : schema_.partitionKeys) {
        auto field = std::find_if(schema_.fields.begin(), schema_.fields.end(),
                                  [&](const DataField& f) { return f.name == key; });
        if (field == schema_.fields.end()) {
            return makeError(ErrorKind::Io, "The partition key " + key +
                                                " is not a column of schema " +
                                                std::to_string(schema_.id) + ".");
        }
        types.push_back(field->type);
    }
    const std::string defaultName =
        optionOr(schema_.options, "partition.default-name", "__DEFAULT_PARTITION__");
    const bool legacy = optionOr(schema_.options, "partition.legacy-name", "true") != "false";
    if (!legacy) {
        for (const DataType& t : types) {
            const TypeRoot r = t.root();
            if (r == TypeRoot::Time || r == TypeRoot::Timestamp ||
                r == TypeRoot::LocalZonedTimestamp) {
                return makeError(ErrorKind::NotImplemented,
                                 "Partition names of TIME and TIMESTAMP keys with "
                                 "partition.legacy-name=false are not supported yet.");
            }
        }
    }

    auto figures = partitionFigures(table_, snapshot);
    if (!figures) return figures.takeError();
    std::vector<std::pair<Partition, std::string>> found;
    found.reserve(figures->size());
    auto index = std::make_shared<PartitionIndex>();
    for (PartitionFigures& f : *figures) {
        auto values = partitionValues(f.partition, types);
        if (!values) return values.takeError();
        if (!legacy) {
            for (size_t i = 0; i < types.size(); ++i) {
                if (types[i].root() == TypeRoot::Date && (*values)[i]) {
                    // yyyy-MM-dd, as CAST(DATE AS STRING) writes a day number.
                    (*values)[i] = formatIsoDay(std::stoll(*(*values)[i]) * 86'400'000);
                }
            }
        }
        Partition p;
        p.spec = partitionSpecOf(schema_.partitionKeys, *values, defaultName);
        p.recordCount = f.recordCount;
        p.fileSizeInBytes = f.fileSizeInBytes;
        p.fileCount = f.fileCount;
        p.lastFileCreationTime =
            f.lastFileCreationTime > 0 ? localWallClockToEpochMillis(f.lastFileCreationTime) : 0;
        p.totalBuckets = f.totalBuckets;
        index->totalRecords += p.recordCount;
        index->totalBytes += p.fileSizeInBytes;
        index->totalFiles += p.fileCount;
        found.emplace_back(std::move(p), std::move(f.partition));
    }
    std::vector<std::pair<std::string, size_t>> order;
    order.reserve(found.size());
    for (size_t i = 0; i < found.size(); ++i)
        order.emplace_back(found[i].first.name(), i);
    std::sort(order.begin(), order.end());
    index->partitions.reserve(found.size());
    index->names.reserve(found.size());
    index->rows.reserve(found.size());
    for (auto& [name, i] : order) {
        index->names.push_back(std::move(name));
        index->partitions.push_back(std::move(found[i].first));
        index->rows.push_back(std::move(found[i].second));
    }
    return std::shared_ptr<const PartitionIndex>(std::move(index));
}

Result<Page<Partition>> TablePartitions::page(const ListRequest& request, int defaultPageSize,
                                              int maxPageSize) const {
    const bool filtered = request.namePattern && !request.namePattern->empty();
    if (filtered) {
        if (auto e = checkPrefixPattern(*request.namePattern)) return *e;
    }
    auto found = index();
    if (!found) return found.takeError();
    const PartitionIndex& idx = **found;
    const std::vector<std::string>& names = idx.names;
    const size_t limit = static_cast<size_t>(
        std::clamp(request.maxResults > 0 ? request.maxResults : defaultPageSize, 1, maxPageSize));

    // Descending: from the last name before the token (or the end) down to the first.
    auto lo = names.begin();
    auto hi = names.end();
    if (request.pageToken && !request.pageToken->empty()) {
        hi = std::lower_bound(names.begin(), names.end(), *request.pageToken);
    }
    const std::string prefix = filtered ? literalPrefixOf(*request.namePattern) : std::string();
    if (!prefix.empty()) {
        lo = std::lower_bound(names.begin(), hi, prefix);
        auto past = std::partition_point(
            lo, hi, [&](const std::string& n) { return n.compare(0, prefix.size(), prefix) == 0; });
        hi = past;
    }
    Page<Partition> page;
    for (auto it = hi; it != lo;) {
        --it;
        if (filtered && !matchesNamePattern(*request.namePattern, *it)) continue;
        if (page.items.size() == limit) {
            page.nextPageToken = page.items.back().name();
            break;
        }
        Partition p = idx.partitions[static_cast<size_t>(it - names.begin())];
        p.done = isDone(p.spec);
        page.items.push_back(std::move(p));
    }
    return page;
}

Result<std::vector<Partition>> TablePartitions::byNames(
    const std::vector<PartitionSpec>& specs) const {
    auto found = index();
    if (!found) return found.takeError();
    std::vector<Partition> out;
    for (const PartitionSpec& spec : specs) {
        auto normal = normalized(spec);
        if (!normal) continue;  // names no partition of this table: left out, as Java does
        if (const Partition* p = (*found)->find(partitionName(*normal))) {
            out.push_back(*p);
            out.back().done = isDone(p->spec);
        }
    }
    return out;
}

Result<CreatePartitionsResponse> TablePartitions::create(
    const CreatePartitionsRequest& request) const {
    for (const PartitionSpec& spec : request.partitionSpecs) {
        auto normal = normalized(spec);
        if (!normal) return normal.takeError();
    }
    return makeError(ErrorKind::NotImplemented,
                     "A warehouse folder keeps no partition without data files: a partition "
                     "appears when data is written into it (Paimon's filesystem catalog has no "
                     "metastore to hold an empty one).");
}

Result<Unit> TablePartitions::markDone(const std::vector<PartitionSpec>& specs,
                                       int64_t nowMillis) const {
    std::vector<fs::path> dirs;
    for (const PartitionSpec& spec : specs) {
        auto normal = normalized(spec);
        if (!normal) return normal.takeError();
        auto path = partitionPathOf(*normal);
        if (!path) return path.takeError();
        dirs.push_back(partitionDir(*normal));
    }
    for (const fs::path& dir : dirs) {
        std::error_code ec;
        fs::create_directories(dir, ec);
        if (ec) return ioError("Cannot create " + dir.string(), ec);
        const fs::path file = dir / kSuccessFile;
        int64_t created = nowMillis;
        if (pathExists(file)) {
            // Java reads the file it updates; one it cannot read is replaced whole.
            if (auto text = readFile(file)) {
                if (auto doc = json::Document::parse(*text, ErrorKind::Io)) {
                    if (auto c = doc->root().member("creationTime")) {
                        created = c->int64().value_or(nowMillis);
                    }
                }
            }
        }
        nlohmann::ordered_json j = nlohmann::ordered_json::object();
        j["creationTime"] = created;
        j["modificationTime"] = nowMillis;
        if (auto written = replaceFile(file, toJacksonPrettyJson(j)); !written) {
            return written.takeError();
        }
    }
    return Unit{};
}

bool TablePartitions::isDone(const PartitionSpec& spec) const {
    auto path = partitionPathOf(spec);
    return path && pathExists(table_ / *path / kSuccessFile);
}

Result<PartitionSpec> TablePartitions::normalized(const PartitionSpec& spec) const {
    const std::vector<std::string>& keys = schema_.partitionKeys;
    if (keys.empty()) {
        return makeError(ErrorKind::BadRequest,
                         "Table " + history_.identifier().fullName() + " is not partitioned.");
    }
    auto wrong = [&] {
        std::string expected;
        for (const std::string& k : keys)
            expected += (expected.empty() ? "" : ", ") + k;
        return makeError(ErrorKind::BadRequest, "The partition " + partitionName(spec) +
                                                    " does not give exactly the partition keys "
                                                    "of the table (" +
                                                    expected + ").");
    };
    if (spec.size() != keys.size()) return wrong();
    PartitionSpec out;
    out.reserve(keys.size());
    for (const std::string& key : keys) {
        const std::string* value = specValue(spec, key);
        if (!value) return wrong();
        out.emplace_back(key, *value);
    }
    return out;
}

fs::path TablePartitions::partitionDir(const PartitionSpec& normalizedSpec) const {
    auto path = partitionPathOf(normalizedSpec);
    return path ? table_ / *path : table_;
}

}  // namespace paimon
