#include "core/catalog/Paging.h"

#include <algorithm>

namespace paimon {
namespace {

// Length of the UTF-8 sequence that starts with `lead` (1 for a stray continuation byte).
size_t utf8Length(unsigned char lead) {
    if (lead >= 0xF0) return 4;
    if (lead >= 0xE0) return 3;
    if (lead >= 0xC0) return 2;
    return 1;
}

}  // namespace

bool matchesNamePattern(std::string_view pattern, std::string_view name) {
    // Iterative matcher with backtracking to the last '%'.
    size_t p = 0, n = 0;
    size_t starP = std::string_view::npos, starN = 0;
    while (n < name.size()) {
        if (p < pattern.size() && pattern[p] == '%') {
            starP = ++p;
            starN = n;
            continue;
        }
        if (p < pattern.size()) {
            if (pattern[p] == '_') {
                p += 1;
                n += utf8Length(static_cast<unsigned char>(name[n]));
                continue;
            }
            size_t lit = p;
            if (pattern[p] == '\\' && p + 1 < pattern.size()) lit = p + 1;
            if (pattern[lit] == name[n]) {
                p = lit + 1;
                n += 1;
                continue;
            }
        }
        if (starP == std::string_view::npos) return false;
        p = starP;
        n = ++starN;
    }
    while (p < pattern.size() && pattern[p] == '%')
        ++p;
    return p == pattern.size();
}

Page<std::string> pageOfNames(const std::vector<std::string>& sortedNames,
                              const ListRequest& request, int defaultPageSize, int maxPageSize) {
    size_t limit = static_cast<size_t>(
        std::clamp(request.maxResults > 0 ? request.maxResults : defaultPageSize, 1, maxPageSize));
    auto it = sortedNames.begin();
    if (request.pageToken && !request.pageToken->empty()) {
        it = std::upper_bound(sortedNames.begin(), sortedNames.end(), *request.pageToken);
    }
    Page<std::string> page;
    for (; it != sortedNames.end(); ++it) {
        if (request.namePattern && !request.namePattern->empty() &&
            !matchesNamePattern(*request.namePattern, *it)) {
            continue;
        }
        if (page.items.size() == limit) {
            page.nextPageToken = page.items.back();
            break;
        }
        page.items.push_back(*it);
    }
    return page;
}

}  // namespace paimon
