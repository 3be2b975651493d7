#pragma once

#include <cstdint>
#include <memory>
#include <vector>

#include "core/catalog/Catalog.h"

namespace paimon {

// Which snapshots of a table used a schema version (each snapshot names its schema id).
struct SchemaUsage {
    int64_t schemaId = 0;
    int64_t firstSnapshot = 0;
    int64_t lastSnapshot = 0;
    int64_t snapshots = 0;  // how many, between the first and the last
    bool operator==(const SchemaUsage&) const = default;
};

// Every snapshot of `id`, page by page (a thousand at a time), folded into the schema ids they
// used, by schema id. Over REST this is what the protocol tells of a table's older schemas;
// a warehouse folder reads its snapshot files. One answer, or none after the cancel.
Cancellation collectSchemaUsage(const std::shared_ptr<Catalog>& catalog, const Identifier& id,
                                Callback<std::vector<SchemaUsage>> done);

}  // namespace paimon
