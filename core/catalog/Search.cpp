#include "core/catalog/Search.h"

#include "core/catalog/Paging.h"

namespace paimon {

namespace {

constexpr SearchHit::Kind kObjectKinds[] = {SearchHit::Kind::Table, SearchHit::Kind::View,
                                            SearchHit::Kind::Function};
constexpr const char* kPlural[] = {"tables", "views", "functions"};

// A server without the listing across databases answers so: each database is asked instead.
bool withoutEndpoint(const Error& e) {
    return e.kind == ErrorKind::NotImplemented || e.kind == ErrorKind::NotFound;
}

}  // namespace

const char* searchKindName(SearchHit::Kind kind) {
    switch (kind) {
        case SearchHit::Kind::Database:
            return "database";
        case SearchHit::Kind::Table:
            return "table";
        case SearchHit::Kind::View:
            return "view";
        case SearchHit::Kind::Function:
            return "function";
    }
    return "table";
}

std::shared_ptr<CatalogSearch> CatalogSearch::start(std::shared_ptr<Catalog> catalog,
                                                    std::string text, SearchOptions options,
                                                    Hits onHits, Done done) {
    auto s = std::make_shared<CatalogSearch>(std::move(catalog), std::move(text), options,
                                             std::move(onHits), std::move(done));
    s->self_ = s;  // runs until it finishes or is cancelled, whoever holds it
    if (s->options_.maxPages < 1) s->options_.maxPages = 1;
    if (s->text_.empty()) {
        s->finish();
    } else {
        s->searchDatabases();
    }
    return s;
}

CatalogSearch::CatalogSearch(std::shared_ptr<Catalog> catalog, std::string text,
                             SearchOptions options, Hits onHits, Done done)
    : catalog_(std::move(catalog)),
      text_(std::move(text)),
      pattern_(prefixPatternFor(text_)),
      options_(options),
      onHits_(std::move(onHits)),
      done_(std::move(done)) {}

void CatalogSearch::cancel() {
    if (finished_) return;
    finished_ = true;
    onHits_ = nullptr;
    done_ = nullptr;
    pending_.cancel();
    self_.reset();
}

void CatalogSearch::finish() {
    if (finished_) return;
    finished_ = true;
    auto keep = std::move(self_);
    Done done = std::move(done_);
    onHits_ = nullptr;
    if (done) done(std::move(refusals_));
}

void CatalogSearch::names(const PageFetch& fetch, const NamesArrived& items, const Ended& end,
                          const std::optional<std::string>& token, int pagesLeft) {
    std::weak_ptr<CatalogSearch> weak = weak_from_this();
    pending_ =
        fetch(token, [weak, fetch, items, end, token, pagesLeft](Result<Page<std::string>> page) {
            auto self = weak.lock();
            if (!self || self->finished_) return;
            if (!page) return end(page.error());
            items(std::move(page->items));
            if (self->finished_) return;
            const auto& next = page->nextPageToken;
            if (!next || next->empty() || next == token || pagesLeft <= 1) return end(std::nullopt);
            self->names(fetch, items, end, next, pagesLeft - 1);
        });
}

void CatalogSearch::ids(const IdPageFetch& fetch, const IdsArrived& items, const Ended& end,
                        const std::optional<std::string>& token, int pagesLeft) {
    std::weak_ptr<CatalogSearch> weak = weak_from_this();
    pending_ =
        fetch(token, [weak, fetch, items, end, token, pagesLeft](Result<Page<Identifier>> page) {
            auto self = weak.lock();
            if (!self || self->finished_) return;
            if (!page) return end(page.error());
            items(std::move(page->items));
            if (self->finished_) return;
            const auto& next = page->nextPageToken;
            if (!next || next->empty() || next == token || pagesLeft <= 1) return end(std::nullopt);
            self->ids(fetch, items, end, next, pagesLeft - 1);
        });
}

void CatalogSearch::searchDatabases() {
    const std::string pattern = pattern_;
    const int size = options_.pageSize;
    std::shared_ptr<Catalog> catalog = catalog_;
    names(
        [catalog, pattern, size](const std::optional<std::string>& token,
                                 Callback<Page<std::string>> done) {
            ListRequest r;
            r.maxResults = size;
            r.pageToken = token;
            r.namePattern = pattern;
            return catalog->listDatabasesPage(r, std::move(done));
        },
        [this](std::vector<std::string> found) {
            std::vector<SearchHit> hits;
            hits.reserve(found.size());
            for (auto& n : found)
                hits.push_back({SearchHit::Kind::Database, {std::move(n), ""}});
            if (!hits.empty() && onHits_) onHits_(std::move(hits));
        },
        [this](std::optional<Error> e) {
            if (e) refusals_.push_back({"databases", *e});
            searchKind(0);
        },
        std::nullopt, options_.maxPages);
}

void CatalogSearch::searchKind(size_t kind) {
    if (kind >= std::size(kObjectKinds)) return finish();
    const std::string pattern = pattern_;
    const int size = options_.pageSize;
    std::shared_ptr<Catalog> catalog = catalog_;
    ids(
        [catalog, pattern, size, kind](const std::optional<std::string>& token,
                                       Callback<Page<Identifier>> done) {
            TablesRequest r;
            r.maxResults = size;
            r.pageToken = token;
            r.tableNamePattern = pattern;
            if (kind == 1) return catalog->listViewsGloballyPage(r, std::move(done));
            if (kind == 2) return catalog->listFunctionsGloballyPage(r, std::move(done));
            return catalog->listTablesGloballyPage(r, std::move(done));
        },
        [this, kind](std::vector<Identifier> found) {
            std::vector<SearchHit> hits;
            hits.reserve(found.size());
            for (auto& id : found)
                hits.push_back({kObjectKinds[kind], std::move(id)});
            if (!hits.empty() && onHits_) onHits_(std::move(hits));
        },
        [this, kind](std::optional<Error> e) {
            if (!e) return searchKind(kind + 1);
            if (!withoutEndpoint(*e)) {
                refusals_.push_back({std::string(kPlural[kind]) + " across databases", *e});
                return searchKind(kind + 1);
            }
            // No listing across databases here: each database's own, with the pattern.
            withAllDatabases([this, kind] { searchEachDatabase(kind, 0); });
        },
        std::nullopt, options_.maxPages);
}

void CatalogSearch::withAllDatabases(const std::function<void()>& then) {
    if (allDatabases_) return then();
    allDatabases_.emplace();
    const int size = options_.pageSize;
    std::shared_ptr<Catalog> catalog = catalog_;
    names(
        [catalog, size](const std::optional<std::string>& token, Callback<Page<std::string>> done) {
            ListRequest r;
            r.maxResults = size;
            r.pageToken = token;
            return catalog->listDatabasesPage(r, std::move(done));
        },
        [this](std::vector<std::string> found) {
            allDatabases_->insert(allDatabases_->end(), std::make_move_iterator(found.begin()),
                                  std::make_move_iterator(found.end()));
        },
        [this, then](std::optional<Error> e) {
            if (e) refusals_.push_back({"databases", *e});
            then();
        },
        std::nullopt, 1000);
}

void CatalogSearch::searchEachDatabase(size_t kind, size_t database) {
    if (database >= allDatabases_->size()) return searchKind(kind + 1);
    const std::string db = (*allDatabases_)[database];
    const std::string pattern = pattern_;
    const int size = options_.pageSize;
    std::shared_ptr<Catalog> catalog = catalog_;
    names(
        [catalog, db, pattern, size, kind](const std::optional<std::string>& token,
                                           Callback<Page<std::string>> done) {
            ListRequest r;
            r.maxResults = size;
            r.pageToken = token;
            r.namePattern = pattern;
            if (kind == 1) return catalog->listViewsPage(db, r, std::move(done));
            if (kind == 2) return catalog->listFunctionsPage(db, r, std::move(done));
            return catalog->listTablesPage(db, r, std::move(done));
        },
        [this, kind, db](std::vector<std::string> found) {
            std::vector<SearchHit> hits;
            hits.reserve(found.size());
            for (auto& n : found)
                hits.push_back({kObjectKinds[kind], {db, std::move(n)}});
            if (!hits.empty() && onHits_) onHits_(std::move(hits));
        },
        [this, kind, database, db](std::optional<Error> e) {
            if (e && e->kind == ErrorKind::NotImplemented) {
                // The catalog has none of these at all (a warehouse folder's views): said once.
                refusals_.push_back({kPlural[kind], *e});
                return searchKind(kind + 1);
            }
            if (e) refusals_.push_back({std::string("the ") + kPlural[kind] + " of " + db, *e});
            searchEachDatabase(kind, database + 1);
        },
        std::nullopt, options_.maxPages);
}

}  // namespace paimon
