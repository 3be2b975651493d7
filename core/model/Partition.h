#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace paimon {

// A partition's key values in partition-key order (Java's LinkedHashMap): [("dt","20250101"),
// ("hr","5")]. The order is the wire's and the name's order.
using PartitionSpec = std::vector<std::pair<std::string, std::string>>;

// The value of `key` in `spec`, if it has one.
const std::string* specValue(const PartitionSpec& spec, const std::string& key);

// The partition's name, "dt=20250101/hr=5": keys in spec order, nothing escaped (Java's
// PartitionUtils.buildPartitionName; REST name patterns and page tokens use it).
std::string partitionName(const PartitionSpec& spec);

// A partition's figures (OBJECTS.md §6, Java's PartitionStatistics): a negative figure means
// "never measured" (-1 is canonical), 0 an exact zero.
struct PartitionStatistics {
    PartitionSpec spec;
    int64_t recordCount = -1;
    int64_t fileSizeInBytes = -1;
    int64_t fileCount = -1;
    int64_t lastFileCreationTime = -1;  // epoch milliseconds
    int totalBuckets = -1;
    bool operator==(const PartitionStatistics&) const = default;
};

// A partition as the REST API serves it (Java's Partition): the statistics, whether it was
// marked done, and the audit members a partition store may keep (omitted when absent).
struct Partition {
    PartitionSpec spec;
    int64_t recordCount = -1;
    int64_t fileSizeInBytes = -1;
    int64_t fileCount = -1;
    int64_t lastFileCreationTime = -1;
    int totalBuckets = -1;
    bool done = false;
    std::optional<int64_t> createdAt;
    std::optional<std::string> createdBy;
    std::optional<int64_t> updatedAt;
    std::optional<std::string> updatedBy;
    std::optional<std::vector<std::pair<std::string, std::string>>> options;
    bool operator==(const Partition&) const = default;

    std::string name() const { return partitionName(spec); }
};

// POST …/partitions (OBJECTS.md §6). Statistics, when given, are added to (or with
// replaceStatistics replace) the figures of the partitions they name.
struct CreatePartitionsRequest {
    std::vector<PartitionSpec> partitionSpecs;
    bool ignoreIfExists = true;
    std::vector<PartitionStatistics> partitionStatistics;  // omitted when empty
    bool replaceStatistics = false;                        // omitted with no statistics
    bool operator==(const CreatePartitionsRequest&) const = default;
};
struct CreatePartitionsResponse {
    std::vector<PartitionSpec> created;
    std::vector<PartitionSpec> existed;
    bool operator==(const CreatePartitionsResponse&) const = default;
};

// POST …/partitions/drop.
struct DropPartitionsRequest {
    std::vector<PartitionSpec> partitionSpecs;
    bool ignoreIfNotExists = true;
    bool operator==(const DropPartitionsRequest&) const = default;
};
struct DropPartitionsResponse {
    std::vector<PartitionSpec> dropped;
    std::vector<PartitionSpec> missing;
    bool operator==(const DropPartitionsResponse&) const = default;
};

// The most specs Java's client sends in one list-by-names request.
inline constexpr size_t kMaxPartitionsByNames = 1000;

}  // namespace paimon
