#include "core/model/Partition.h"

namespace paimon {

const std::string* specValue(const PartitionSpec& spec, const std::string& key) {
    for (const auto& [k, v] : spec) {
        if (k == key) return &v;
    }
    return nullptr;
}

std::string partitionName(const PartitionSpec& spec) {
    std::string out;
    for (const auto& [k, v] : spec) {
        if (!out.empty()) out += '/';
        out += k;
        out += '=';
        out += v;
    }
    return out;
}

}  // namespace paimon
