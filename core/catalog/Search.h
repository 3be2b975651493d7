#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/catalog/Catalog.h"

namespace paimon {

// One match of a search by name: a database, or a table, view or function of one.
struct SearchHit {
    enum class Kind { Database, Table, View, Function };
    Kind kind = Kind::Table;
    Identifier id;  // a database's: {name, ""}
    bool operator==(const SearchHit&) const = default;
};
const char* searchKindName(SearchHit::Kind kind);  // "database", "table", "view", "function"

// A listing the search could not use, and why: a server that refuses is named in the results,
// never silently skipped.
struct SearchRefusal {
    std::string what;  // "views across databases", "the tables of sales"
    Error error;
};

struct SearchOptions {
    int pageSize = 1000;
    int maxPages = 5;  // per listing: a prefix that matches more is narrowed by typing on
};

// Finds the databases, tables, views and functions whose names start with `text` (any
// letters; servers match prefixes only, PROTOCOL.md §10.16), databases never opened included:
// the catalog's listings across databases (GET /v1/{p}/tables, /views, /functions with a name
// pattern) where it has them, and where it does not (501, 404) each database's own listing
// with the pattern. The hits come in batches as each page arrives; `done` ends it with what
// could not be searched. cancel() stops it; then neither callback is called again. Callbacks
// come on the catalog's scheduler thread.
class CatalogSearch : public std::enable_shared_from_this<CatalogSearch> {
public:
    using Hits = std::function<void(std::vector<SearchHit>)>;
    using Done = std::function<void(std::vector<SearchRefusal>)>;
    static std::shared_ptr<CatalogSearch> start(std::shared_ptr<Catalog> catalog, std::string text,
                                                SearchOptions options, Hits onHits, Done done);
    void cancel();

    CatalogSearch(std::shared_ptr<Catalog> catalog, std::string text, SearchOptions options,
                  Hits onHits, Done done);

private:
    using PageFetch = std::function<Cancellation(const std::optional<std::string>& token,
                                                 Callback<Page<std::string>> done)>;
    using IdPageFetch = std::function<Cancellation(const std::optional<std::string>& token,
                                                   Callback<Page<Identifier>> done)>;
    void searchDatabases();
    void searchKind(size_t kind);  // 0 tables, 1 views, 2 functions; then done
    void searchEachDatabase(size_t kind, size_t database);
    void withAllDatabases(const std::function<void()>& then);
    void finish();
    // Pages of a listing until its end or maxPages; each page's items through `items`, then
    // `end` with the error that stopped it, if any.
    using NamesArrived = std::function<void(std::vector<std::string>)>;
    using IdsArrived = std::function<void(std::vector<Identifier>)>;
    using Ended = std::function<void(std::optional<Error>)>;
    void names(const PageFetch& fetch, const NamesArrived& items, const Ended& end,
               const std::optional<std::string>& token, int pagesLeft);
    void ids(const IdPageFetch& fetch, const IdsArrived& items, const Ended& end,
             const std::optional<std::string>& token, int pagesLeft);

    std::shared_ptr<Catalog> catalog_;
    std::string text_;
    std::string pattern_;
    SearchOptions options_;
    Hits onHits_;
    Done done_;
    std::vector<SearchRefusal> refusals_;
    std::optional<std::vector<std::string>> allDatabases_;
    Cancellation pending_;
    bool finished_ = false;
    std::shared_ptr<CatalogSearch> self_;
};

}  // namespace paimon
