#pragma once

#include <cstdint>
#include <memory>

#include "core/fs/Warehouse.h"
#include "core/util/Result.h"

namespace paimon {

// The demo catalog's views (in Flink, Spark and Trino dialects) and functions (one of each
// definition kind: SQL, a jar file's class, a lambda), stored as paimon-rest-server stores
// them. `now`: epoch milliseconds.
Result<Unit> writeDemoViewsAndFunctions(const std::shared_ptr<Warehouse>& w, int64_t now);

}  // namespace paimon
