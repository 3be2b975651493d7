#pragma once

#include <memory>
#include <string>

#include "core/fs/Warehouse.h"
#include "core/model/Schema.h"

namespace paimon::bench {

// A table schema of `columns` columns cycling through the common type families (with a
// nested ROW and MAP among them), a two-column primary key and a few options: what a
// realistic wide table in a catalog looks like.
Schema benchSchema(int columns);

// The name of the i-th generated table: "t000042" style, so that byte order is index order.
std::string benchTableName(long index);

// A partitioned table `name` of `database` (dt STRING, hr INT) with `partitions` hourly
// partitions from 2015-01-01 on and `filesPerPartition` data files in each, committed in one
// snapshot whose manifests hold 10,000 entries each, as Java's writer sizes them. The data
// files themselves are not written (a partition listing reads only the manifests).
Result<Unit> writePartitionedTable(Warehouse& warehouse, const std::string& database,
                                   const std::string& name, long partitions, int filesPerPartition);

// `views` views ("v0000000"..., a query in two dialects) and `functions` functions
// ("f0000000"..., an SQL definition for two engines) in `database`, stored as
// paimon-rest-server keeps them.
Result<Unit> writeViewsAndFunctions(const std::shared_ptr<Warehouse>& warehouse,
                                    const std::string& database, long views, long functions);

}  // namespace paimon::bench
