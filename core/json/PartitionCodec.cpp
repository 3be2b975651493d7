#include <algorithm>

#include "core/json/CodecSupport.h"
#include "core/json/Dump.h"
#include "core/json/Messages.h"

// Partitions: the REST messages as Java writes and reads them (OBJECTS.md §6). A spec keeps its
// members' order, which is the partition-key order and the partition name's.

namespace paimon::codec {

using namespace detail;

namespace {

PartitionSpec readSpec(const Value& j) {
    if (!j.isObject()) throw ShapeError{"a partition spec must be a JSON object"};
    PartitionSpec spec;
    for (const auto& [key, value] : j.members()) {
        if (!value.isString()) throw ShapeError{"the values of a partition spec must be strings"};
        // A key given twice keeps its first place and its last value (Java's LinkedHashMap).
        const std::string_view name = key;  // clang 14 cannot capture a structured binding
        auto same = std::find_if(spec.begin(), spec.end(),
                                 [name](const auto& kv) { return kv.first == name; });
        if (same != spec.end()) {
            same->second = std::string(value.string());
        } else {
            spec.emplace_back(std::string(key), std::string(value.string()));
        }
    }
    return spec;
}

std::vector<PartitionSpec> readSpecs(const Value& j, const char* key, bool required) {
    std::optional<Value> v = j.member(key);
    if (!v) {
        if (required) throw ShapeError{quoted(key) + " is missing"};
        return {};
    }
    if (!v->isArray()) throw ShapeError{quoted(key) + " must be an array"};
    std::vector<PartitionSpec> out;
    for (const Value& e : v->elements())
        out.push_back(readSpec(e));
    return out;
}

ojson specJson(const PartitionSpec& spec) {
    ojson j = ojson::object();
    for (const auto& [k, v] : spec)
        j[k] = v;
    return j;
}

ojson specsJson(const std::vector<PartitionSpec>& specs) {
    ojson a = ojson::array();
    for (const PartitionSpec& s : specs)
        a.push_back(specJson(s));
    return a;
}

int readInt32(const Value& j, const char* key) {
    int64_t v = optInt64(j, key, -1);
    if (v < INT32_MIN || v > INT32_MAX) throw ShapeError{quoted(key) + " is out of range"};
    return static_cast<int>(v);
}

// Java's Partition has primitive figures: a missing one reads as Jackson's default for a
// creator parameter it cannot find, which we take as "never measured".
Partition readPartition(const Value& j) {
    requireObject(j, "a partition");
    Partition p;
    std::optional<Value> spec = j.member("spec");
    if (!spec) throw ShapeError{"\"spec\" is missing"};
    p.spec = readSpec(*spec);
    p.recordCount = optInt64(j, "recordCount", -1);
    p.fileSizeInBytes = optInt64(j, "fileSizeInBytes", -1);
    p.fileCount = optInt64(j, "fileCount", -1);
    p.lastFileCreationTime = optInt64(j, "lastFileCreationTime", -1);
    p.totalBuckets = readInt32(j, "totalBuckets");
    p.done = optBool(j, "done", false);
    p.createdAt = optInt64Member(j, "createdAt");
    p.createdBy = optString(j, "createdBy");
    p.updatedAt = optInt64Member(j, "updatedAt");
    p.updatedBy = optString(j, "updatedBy");
    if (j.member("options")) {
        std::optional<Value> o = j.member("options");
        if (!o->isObject()) throw ShapeError{"\"options\" must be an object"};
        std::vector<std::pair<std::string, std::string>> options;
        for (const auto& [k, v] : o->members()) {
            if (!v.isString()) throw ShapeError{"the values of \"options\" must be strings"};
            // A key given twice keeps its first place and its last value, as for specs.
            auto same = options.begin();
            while (same != options.end() && same->first != k)
                ++same;
            if (same != options.end()) {
                same->second = std::string(v.string());
            } else {
                options.emplace_back(std::string(k), std::string(v.string()));
            }
        }
        p.options = std::move(options);
    }
    return p;
}

PartitionStatistics readStatistics(const Value& j) {
    requireObject(j, "partition statistics");
    PartitionStatistics s;
    std::optional<Value> spec = j.member("spec");
    if (!spec) throw ShapeError{"\"spec\" is missing"};
    s.spec = readSpec(*spec);
    s.recordCount = optInt64(j, "recordCount", -1);
    s.fileSizeInBytes = optInt64(j, "fileSizeInBytes", -1);
    s.fileCount = optInt64(j, "fileCount", -1);
    s.lastFileCreationTime = optInt64(j, "lastFileCreationTime", -1);
    s.totalBuckets = readInt32(j, "totalBuckets");
    return s;
}

ojson statisticsJson(const PartitionStatistics& s) {
    ojson j = ojson::object();
    j["spec"] = specJson(s.spec);
    j["recordCount"] = s.recordCount;
    j["fileSizeInBytes"] = s.fileSizeInBytes;
    j["fileCount"] = s.fileCount;
    j["lastFileCreationTime"] = s.lastFileCreationTime;
    j["totalBuckets"] = s.totalBuckets;
    return j;
}

ojson partitionJson(const Partition& p) {
    ojson j = ojson::object();
    j["spec"] = specJson(p.spec);
    j["recordCount"] = p.recordCount;
    j["fileSizeInBytes"] = p.fileSizeInBytes;
    j["fileCount"] = p.fileCount;
    j["lastFileCreationTime"] = p.lastFileCreationTime;
    j["totalBuckets"] = p.totalBuckets;
    j["done"] = p.done;
    if (p.createdAt) j["createdAt"] = *p.createdAt;
    putOpt(j, "createdBy", p.createdBy);
    if (p.updatedAt) j["updatedAt"] = *p.updatedAt;
    putOpt(j, "updatedBy", p.updatedBy);
    if (p.options) {
        ojson o = ojson::object();
        for (const auto& [k, v] : *p.options)
            o[k] = v;
        j["options"] = std::move(o);
    }
    return j;
}

}  // namespace

std::string encodeListPartitions(const Page<Partition>& page) {
    ojson j = ojson::object();
    ojson items = ojson::array();
    for (const Partition& p : page.items)
        items.push_back(partitionJson(p));
    j["partitions"] = std::move(items);
    putNullable(j, "nextPageToken", page.nextPageToken);
    return dumpJson(j);
}

Result<Page<Partition>> decodeListPartitionsResponse(std::string_view body) {
    return guarded(
        body, ErrorKind::InvalidResponse, "list-partitions response",
        [](const Value& j) { return readPage<Partition>(j, "partitions", readPartition); });
}

std::string encode(const CreatePartitionsRequest& r) {
    ojson j = ojson::object();
    j["partitionSpecs"] = specsJson(r.partitionSpecs);
    j["ignoreIfExists"] = r.ignoreIfExists;
    if (!r.partitionStatistics.empty()) {
        ojson stats = ojson::array();
        for (const PartitionStatistics& s : r.partitionStatistics)
            stats.push_back(statisticsJson(s));
        j["partitionStatistics"] = std::move(stats);
        j["replaceStatistics"] = r.replaceStatistics;
    }
    return dumpJson(j);
}

Result<CreatePartitionsRequest> decodeCreatePartitionsRequest(std::string_view body) {
    return guarded(body, ErrorKind::BadRequest, "create-partitions request", [](const Value& j) {
        requireObject(j, "the create-partitions request");
        CreatePartitionsRequest r;
        r.partitionSpecs = readSpecs(j, "partitionSpecs", false);
        r.ignoreIfExists = optBool(j, "ignoreIfExists", true);  // absent or null: true
        if (std::optional<Value> stats = j.member("partitionStatistics")) {
            if (!stats->isArray()) throw ShapeError{"\"partitionStatistics\" must be an array"};
            for (const Value& e : stats->elements())
                r.partitionStatistics.push_back(readStatistics(e));
        }
        // Without statistics there is nothing to replace (and nothing written).
        r.replaceStatistics =
            !r.partitionStatistics.empty() && optBool(j, "replaceStatistics", false);
        return r;
    });
}

std::string encode(const CreatePartitionsResponse& r) {
    ojson j = ojson::object();
    j["created"] = specsJson(r.created);
    j["existed"] = specsJson(r.existed);
    return dumpJson(j);
}

Result<CreatePartitionsResponse> decodeCreatePartitionsResponse(std::string_view body) {
    return guarded(body, ErrorKind::InvalidResponse, "create-partitions response",
                   [](const Value& j) {
                       requireObject(j, "the create-partitions response");
                       return CreatePartitionsResponse{readSpecs(j, "created", true),
                                                       readSpecs(j, "existed", true)};
                   });
}

std::string encode(const DropPartitionsRequest& r) {
    ojson j = ojson::object();
    j["partitionSpecs"] = specsJson(r.partitionSpecs);
    j["ignoreIfNotExists"] = r.ignoreIfNotExists;
    return dumpJson(j);
}

Result<DropPartitionsRequest> decodeDropPartitionsRequest(std::string_view body) {
    return guarded(body, ErrorKind::BadRequest, "drop-partitions request", [](const Value& j) {
        requireObject(j, "the drop-partitions request");
        return DropPartitionsRequest{readSpecs(j, "partitionSpecs", false),
                                     optBool(j, "ignoreIfNotExists", true)};
    });
}

std::string encode(const DropPartitionsResponse& r) {
    ojson j = ojson::object();
    j["dropped"] = specsJson(r.dropped);
    j["missing"] = specsJson(r.missing);
    return dumpJson(j);
}

Result<DropPartitionsResponse> decodeDropPartitionsResponse(std::string_view body) {
    return guarded(body, ErrorKind::InvalidResponse, "drop-partitions response",
                   [](const Value& j) {
                       requireObject(j, "the drop-partitions response");
                       return DropPartitionsResponse{readSpecs(j, "dropped", true),
                                                     readSpecs(j, "missing", true)};
                   });
}

std::string encodePartitionSpecsRequest(const std::vector<PartitionSpec>& specs) {
    ojson j = ojson::object();
    j["specs"] = specsJson(specs);
    return dumpJson(j);
}

Result<std::vector<PartitionSpec>> decodePartitionSpecsRequest(std::string_view body) {
    return guarded(body, ErrorKind::BadRequest, "partition specs request", [](const Value& j) {
        requireObject(j, "the request");
        return readSpecs(j, "specs", false);
    });
}

}  // namespace paimon::codec
