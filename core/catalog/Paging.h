#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/catalog/Catalog.h"

namespace paimon {

// A SQL LIKE name pattern: '%' any run, '_' any one character (UTF-8 aware), '\' escapes.
bool matchesNamePattern(std::string_view pattern, std::string_view name);

// One page of `sortedNames` for a paged listing served locally: the names after the page token
// (the last name of the previous page) that match the pattern, at most maxResults of them
// (`defaultPageSize` when 0, never more than `maxPageSize`). The token of a last page is absent.
Page<std::string> pageOfNames(const std::vector<std::string>& sortedNames,
                              const ListRequest& request, int defaultPageSize, int maxPageSize);

}  // namespace paimon
