#pragma once

#include <string>

#include "core/model/Schema.h"

namespace paimon::bench {

// A table schema of `columns` columns cycling through the common type families (with a
// nested ROW and MAP among them), a two-column primary key and a few options: what a
// realistic wide table in a catalog looks like.
Schema benchSchema(int columns);

// The name of the i-th generated table: "t000042" style, so that byte order is index order.
std::string benchTableName(long index);

}  // namespace paimon::bench
