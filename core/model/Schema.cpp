#include "core/model/Schema.h"

namespace paimon {

const DataField* Schema::field(const std::string& name) const {
    for (const DataField& f : fields) {
        if (f.name == name) return &f;
    }
    return nullptr;
}

int Schema::highestFieldId() const {
    int highest = -1;
    for (const DataField& f : fields) {
        if (f.id > highest) highest = f.id;
        highest = f.type.highestFieldId(highest);
    }
    return highest;
}

Schema TableSchema::toSchema() const {
    return Schema{fields, partitionKeys, primaryKeys, options, comment};
}

TableSchema TableSchema::fromSchema(const Schema& schema, int64_t id, int64_t timeMillis) {
    TableSchema t;
    t.id = id;
    t.fields = schema.fields;
    t.highestFieldId = schema.highestFieldId();
    t.partitionKeys = schema.partitionKeys;
    t.primaryKeys = schema.primaryKeys;
    t.options = schema.options;
    t.comment = schema.comment;
    t.timeMillis = timeMillis;
    return t;
}

}  // namespace paimon
