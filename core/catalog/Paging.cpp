#include "core/catalog/Paging.h"

#include <algorithm>

namespace paimon {

std::optional<Error> checkPrefixPattern(std::string_view pattern) {
    bool escaped = false;
    bool afterWildcard = false;
    for (char c : pattern) {
        if (escaped) {
            escaped = false;
        } else if (c == '\\') {
            escaped = true;
        } else if (c == '%') {
            afterWildcard = true;
        } else if (afterWildcard) {
            return makeError(ErrorKind::BadRequest,
                             "Can only support prefix sql like pattern query now.");
        }
    }
    return std::nullopt;
}

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

std::string literalPrefixOf(std::string_view pattern) {
    std::string out;
    for (size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == '%') break;
        if (pattern[i] == '\\' && i + 1 < pattern.size()) ++i;
        out += pattern[i];
    }
    return out;
}

std::string prefixPatternFor(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 2);
    for (char c : text) {
        if (c == '%' || c == '_' || c == '\\') out += '\\';
        out += c;
    }
    return out + "%";
}

Result<Page<std::string>> pageOfNames(const std::vector<std::string>& sortedNames,
                                      const ListRequest& request, int defaultPageSize,
                                      int maxPageSize,
                                      const std::function<bool(const std::string&)>& keep) {
    const bool filtered = request.namePattern && !request.namePattern->empty();
    if (filtered) {
        if (auto e = checkPrefixPattern(*request.namePattern)) return *e;
    }
    size_t limit = static_cast<size_t>(
        std::clamp(request.maxResults > 0 ? request.maxResults : defaultPageSize, 1, maxPageSize));
    auto it = sortedNames.begin();
    if (request.pageToken && !request.pageToken->empty()) {
        it = std::upper_bound(sortedNames.begin(), sortedNames.end(), *request.pageToken);
    }
    // Every match starts with the pattern's literal prefix: skip straight to the first such
    // name and stop after the last, instead of testing every name of a large listing.
    std::string prefix = filtered ? literalPrefixOf(*request.namePattern) : std::string();
    if (!prefix.empty()) it = std::max(it, std::lower_bound(it, sortedNames.end(), prefix));
    Page<std::string> page;
    for (; it != sortedNames.end(); ++it) {
        if (!prefix.empty() && it->compare(0, prefix.size(), prefix) != 0) break;
        if (filtered && !matchesNamePattern(*request.namePattern, *it)) continue;
        if (keep && !keep(*it)) continue;
        if (page.items.size() == limit) {
            page.nextPageToken = page.items.back();
            break;
        }
        page.items.push_back(*it);
    }
    return page;
}

Result<Page<Identifier>> pageOfTables(std::vector<Identifier> tables, const TablesRequest& request,
                                      int defaultPageSize, int maxPageSize) {
    auto given = [](const std::optional<std::string>& p) { return p && !p->empty(); };
    for (const auto* pattern : {&request.databaseNamePattern, &request.tableNamePattern}) {
        if (given(*pattern)) {
            if (auto e = checkPrefixPattern(**pattern)) return *e;
        }
    }
    const size_t limit = static_cast<size_t>(
        std::clamp(request.maxResults > 0 ? request.maxResults : defaultPageSize, 1, maxPageSize));
    std::sort(tables.begin(), tables.end(),
              [](const Identifier& a, const Identifier& b) { return a.fullName() < b.fullName(); });
    Page<Identifier> page;
    for (const Identifier& id : tables) {
        const std::string key = id.fullName();
        if (given(request.pageToken) && key <= *request.pageToken) continue;
        if (given(request.databaseNamePattern) &&
            !matchesNamePattern(*request.databaseNamePattern, id.database))
            continue;
        if (given(request.tableNamePattern) &&
            !matchesNamePattern(*request.tableNamePattern, id.object))
            continue;
        if (page.items.size() == limit) {
            page.nextPageToken = page.items.back().fullName();
            break;
        }
        page.items.push_back(id);
    }
    return page;
}

}  // namespace paimon
