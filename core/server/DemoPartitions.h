#pragma once

#include <cstdint>

#include "core/fs/Warehouse.h"
#include "core/util/Result.h"

namespace paimon {

// The demo's partitioned table with data: analytics.events_hourly (dt, hr), fourteen days of
// hourly partitions committed a day at a time by our append writer, with real Avro data files
// and manifests, the days before yesterday marked done. `now`: epoch milliseconds.
Result<Unit> writeDemoPartitions(Warehouse& w, int64_t now);

}  // namespace paimon
