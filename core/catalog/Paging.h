#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/catalog/Catalog.h"

namespace paimon {

// The only name patterns the protocol allows on the wire (PROTOCOL.md §10.16): a literal prefix
// and then nothing but '%' ("ord%", "%", or a plain name); '\' makes the next character
// literal. Anything else is refused as Java's RESTUtil.validatePrefixSqlPattern refuses it,
// with the same message. An empty pattern is no pattern.
std::optional<Error> checkPrefixPattern(std::string_view pattern);

// A SQL LIKE name pattern as Java's reference server matches it: anchored, '%' any run, '\'
// escapes, and '_' a literal character (not a wildcard).
bool matchesNamePattern(std::string_view pattern, std::string_view name);

// The literal text before a pattern's first unescaped '%' (the whole pattern unescaped when it
// has none): every name it matches starts with this.
std::string literalPrefixOf(std::string_view pattern);

// The LIKE pattern that asks a server for the names starting with `text` ("ord" -> "ord%"),
// with '%', '_' and '\' escaped.
std::string prefixPatternFor(std::string_view text);

// One page of `sortedNames` for a paged listing served locally: the names after the page token
// (the last name of the previous page) that match the pattern, at most maxResults of them
// (`defaultPageSize` when 0 or less, never more than `maxPageSize`). The token of a last page is
// absent. A pattern the protocol does not allow is refused (BadRequest). `keep`, when given,
// is asked about each matching name in order until the page is full (a filter such as the
// table type that needs more than the name).
Result<Page<std::string>> pageOfNames(const std::vector<std::string>& sortedNames,
                                      const ListRequest& request, int defaultPageSize,
                                      int maxPageSize,
                                      const std::function<bool(const std::string&)>& keep = {});

// One page of a listing across databases (GET /v1/{p}/tables), served locally: the tables
// whose database matches databaseNamePattern and whose name matches tableNamePattern, after
// the page token, ordered by the key "database.table" that the token holds (OBJECTS.md §1).
// Either pattern absent matches everything; one the protocol does not allow is refused.
Result<Page<Identifier>> pageOfTables(std::vector<Identifier> tables, const TablesRequest& request,
                                      int defaultPageSize, int maxPageSize);

}  // namespace paimon
