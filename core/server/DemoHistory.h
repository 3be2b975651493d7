#pragma once

#include <cstdint>
#include <filesystem>

#include "core/util/Result.h"

namespace paimon {

// The demo catalog's history, in Paimon's on-disk format (HISTORY.md): tens of snapshots of
// every commit kind on sales.orders, analytics.page_views and
// analytics.daily_revenue, a few on sales.customers; tags
// on orders (one with a retention time), a branch made from a tag with commits of its own,
// and two consumers. Snapshots point at empty manifest lists, so Paimon reads the tables as
// empty: the demo shows a catalog's metadata, not data. `now`: epoch milliseconds.
Result<Unit> writeDemoHistory(const std::filesystem::path& root, int64_t now);

}  // namespace paimon
