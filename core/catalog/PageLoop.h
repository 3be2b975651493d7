#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/async/PendingOperation.h"
#include "core/catalog/Catalog.h"

namespace paimon {

// One page of any paged call, given the page token (absent for the first page).
template <class T>
using TokenPageFetcher =
    std::function<Cancellation(const std::optional<std::string>& token, Callback<Page<T>> done)>;

// Every page of a paged call, in order (PROTOCOL.md §4.1's loop): it ends on a page without a
// token, or an empty one; a server that hands back a token it already gave is an
// InvalidResponse rather than an endless loop.
template <class T>
Cancellation collectPages(TokenPageFetcher<T> fetch, Callback<std::vector<T>> done) {
    struct Loop : PendingOperation<std::vector<T>> {
        using PendingOperation<std::vector<T>>::PendingOperation;
        TokenPageFetcher<T> fetch;
        std::optional<std::string> token;
        std::vector<T> items;
        std::set<std::string> seenTokens;

        void next() {
            auto self = std::static_pointer_cast<Loop>(this->shared_from_this());
            this->setCurrent(fetch(token, [self](Result<Page<T>> page) {
                if (!page) return self->finish(page.takeError());
                const bool empty = page->items.empty();
                for (T& item : page->items)
                    self->items.push_back(std::move(item));
                const std::optional<std::string>& next = page->nextPageToken;
                if (empty || !next || next->empty()) return self->finish(std::move(self->items));
                if (!self->seenTokens.insert(*next).second) {
                    return self->finish(makeError(ErrorKind::InvalidResponse,
                                                  "the server repeated a page token; the "
                                                  "listing would never end"));
                }
                self->token = *next;
                self->next();
            }));
        }
    };
    auto loop = std::make_shared<Loop>(std::move(done));
    loop->fetch = std::move(fetch);
    loop->next();
    return loop->cancellation("the listing was cancelled");
}

}  // namespace paimon
