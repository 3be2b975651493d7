#include "tests/bench/BenchData.h"

#include <array>
#include <cstdio>

#include "core/types/TypeParser.h"

namespace paimon::bench {

Schema benchSchema(int columns) {
    static const std::array<const char*, 10> kTypes = {
        "BIGINT NOT NULL",
        "STRING",
        "DECIMAL(18, 4)",
        "TIMESTAMP(3)",
        "ARRAY<INT>",
        "MAP<STRING, DOUBLE>",
        "ROW<`city` STRING, `zip` CHAR(5)>",
        "BOOLEAN",
        "TIMESTAMP(6) WITH LOCAL TIME ZONE",
        "VARCHAR(200)",
    };
    Schema schema;
    FieldIdCounter ids;
    ids.last = columns - 1;  // top-level columns take 0..columns-1; nested fields come after
    for (int i = 0; i < columns; ++i) {
        const char* text =
            i < 2 ? "BIGINT NOT NULL" : kTypes[static_cast<size_t>(i) % kTypes.size()];
        auto type = parseDataType(text, &ids);
        DataField field;
        field.id = i;
        field.name = "col_" + std::to_string(i);
        field.type = std::move(*type);
        if (i % 3 == 0) field.description = "column number " + std::to_string(i);
        schema.fields.push_back(std::move(field));
    }
    schema.primaryKeys = {"col_0", "col_1"};
    schema.options = {{"bucket", "4"}, {"file.format", "parquet"}, {"merge-engine", "deduplicate"}};
    schema.comment = "generated for benchmarks";
    return schema;
}

std::string benchTableName(long index) {
    char name[32];
    std::snprintf(name, sizeof name, "t%07ld", index);
    return name;
}

}  // namespace paimon::bench
