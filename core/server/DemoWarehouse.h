#pragma once

#include "core/fs/Warehouse.h"

namespace paimon {

// Fills an empty warehouse folder with the demo catalog: several databases (one with a
// non-ASCII name), tables that together use every type family and nested types, primary and
// partition keys, options, defaults and comments, and a table with several schema versions.
// Returns false, touching nothing, when the folder is not empty.
Result<bool> writeDemoWarehouse(Warehouse& target);

}  // namespace paimon
