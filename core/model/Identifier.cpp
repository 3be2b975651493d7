#include "core/model/Identifier.h"

#include <vector>

namespace paimon {
namespace {

constexpr const char* kBranchPrefix = "branch_";

std::vector<std::string> splitObject(const std::string& object) {
    std::vector<std::string> parts;
    size_t start = 0;
    while (true) {
        size_t dollar = object.find('$', start);
        parts.push_back(object.substr(start, dollar - start));
        if (dollar == std::string::npos) break;
        start = dollar + 1;
    }
    return parts;
}

bool isBranchPart(const std::string& part) {
    return part.rfind(kBranchPrefix, 0) == 0;
}

}  // namespace

std::string Identifier::tableName() const {
    return object.substr(0, object.find('$'));
}

std::optional<std::string> Identifier::branchName() const {
    std::vector<std::string> parts = splitObject(object);
    if (parts.size() >= 2 && isBranchPart(parts[1])) {
        return parts[1].substr(std::char_traits<char>::length(kBranchPrefix));
    }
    return std::nullopt;
}

std::optional<std::string> Identifier::systemTableName() const {
    std::vector<std::string> parts = splitObject(object);
    if (parts.size() == 2 && !isBranchPart(parts[1])) return parts[1];
    if (parts.size() == 3) return parts[2];
    return std::nullopt;
}

}  // namespace paimon
