#include "core/catalog/Catalog.h"

#include <mutex>
#include <set>

namespace paimon {
namespace {

struct PageLoop : std::enable_shared_from_this<PageLoop> {
    PageFetcher fetch;
    ListRequest request;
    Callback<std::vector<std::string>> done;
    std::vector<std::string> items;
    std::set<std::string> seenTokens;
    std::mutex mutex;
    bool finished = false;
    Cancellation current;

    void finish(Result<std::vector<std::string>> r) {
        {
            std::lock_guard lock(mutex);
            if (finished) return;
            finished = true;
            current = {};
        }
        done(std::move(r));
    }

    void next() {
        auto self = shared_from_this();
        Cancellation c = fetch(request, [self](Result<Page<std::string>> page) {
            if (!page) return self->finish(page.takeError());
            bool empty = page->items.empty();
            for (std::string& name : page->items)
                self->items.push_back(std::move(name));
            const std::optional<std::string>& token = page->nextPageToken;
            if (empty || !token || token->empty()) return self->finish(std::move(self->items));
            if (!self->seenTokens.insert(*token).second) {
                return self->finish(makeError(ErrorKind::InvalidResponse,
                                              "the server repeated a page token; the listing "
                                              "would never end"));
            }
            self->request.pageToken = *token;
            self->next();
        });
        std::lock_guard lock(mutex);
        if (!finished) current = c;
    }
};

}  // namespace

Cancellation collectAllPages(PageFetcher fetch, ListRequest first,
                             Callback<std::vector<std::string>> done) {
    auto loop = std::make_shared<PageLoop>();
    loop->fetch = std::move(fetch);
    loop->request = std::move(first);
    loop->done = std::move(done);
    loop->next();
    return Cancellation([weak = std::weak_ptr<PageLoop>(loop)] {
        auto loop = weak.lock();
        if (!loop) return;
        Cancellation c;
        {
            std::lock_guard lock(loop->mutex);
            c = loop->current;
        }
        c.cancel();
        loop->finish(makeError(ErrorKind::Cancelled, "the listing was cancelled"));
    });
}

Cancellation Catalog::listDatabases(std::optional<std::string> pattern,
                                    Callback<std::vector<std::string>> done, int pageSize) {
    ListRequest first{pageSize, std::nullopt, std::move(pattern)};
    return collectAllPages(
        [this](const ListRequest& r, Callback<Page<std::string>> cb) {
            return listDatabasesPage(r, std::move(cb));
        },
        std::move(first), std::move(done));
}

Cancellation Catalog::listTables(const std::string& database, std::optional<std::string> pattern,
                                 Callback<std::vector<std::string>> done, int pageSize) {
    ListRequest first{pageSize, std::nullopt, std::move(pattern)};
    return collectAllPages(
        [this, database](const ListRequest& r, Callback<Page<std::string>> cb) {
            return listTablesPage(database, r, std::move(cb));
        },
        std::move(first), std::move(done));
}

std::optional<Error> checkObjectName(const std::string& name, const char* what) {
    if (name.empty()) return makeError(ErrorKind::BadRequest, std::string(what) + " name is empty");
    if (name.find('\0') != std::string::npos) {
        return makeError(ErrorKind::BadRequest, std::string(what) + " name contains a NUL byte");
    }
    return std::nullopt;
}

}  // namespace paimon
