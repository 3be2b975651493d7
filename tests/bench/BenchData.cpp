#include "tests/bench/BenchData.h"

#include <array>
#include <cstdio>

#include "core/fs/AvroContainer.h"
#include "core/fs/DataCommit.h"
#include "core/fs/FileOps.h"
#include "core/json/Messages.h"
#include "core/server/ObjectStore.h"
#include "core/types/TypeParser.h"
#include "core/util/Time.h"

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

Result<Unit> writePartitionedTable(Warehouse& warehouse, const std::string& database,
                                   const std::string& name, long partitions,
                                   int filesPerPartition) {
    const Identifier id{database, name};
    Schema schema;
    FieldIdCounter ids;
    ids.last = 2;
    for (auto [column, sql] : {std::pair{"id", "BIGINT"}, {"dt", "STRING"}, {"hr", "INT"}}) {
        DataField f;
        f.id = static_cast<int>(schema.fields.size());
        f.name = column;
        f.type = parseDataType(sql, &ids).value();
        schema.fields.push_back(std::move(f));
    }
    schema.partitionKeys = {"dt", "hr"};
    schema.options = {{"bucket", "-1"}};
    if (auto r = warehouse.createTable(id, schema); !r) return r;
    auto history = warehouse.history(id);
    if (!history) return history.takeError();
    const std::filesystem::path table = warehouse.root() / (database + ".db") / name;
    const std::vector<DataType> keys = {parseDataType("STRING").value(),
                                        parseDataType("INT").value()};
    auto day = [](long partition) {
        return formatIsoDay(1'420'070'400'000LL + (partition / 24) * 86'400'000LL);
    };
    constexpr size_t kEntriesPerManifest = 10'000;
    std::vector<ManifestFileMeta> metas;
    std::vector<std::string> datums;
    long first = 0;  // the first partition of the manifest being filled
    int64_t sequence = 0;
    auto flush = [&](long last) -> Result<Unit> {
        ManifestFileMeta m;
        m.fileName = "manifest-bench-" + std::to_string(metas.size());
        const std::string bytes = avroContainer(kManifestAvroSchema, datums, std::string(16, 'b'));
        if (auto w = fsops::replaceFile(table / "manifest" / m.fileName, bytes); !w) return w;
        m.fileSize = static_cast<int64_t>(bytes.size());
        m.numAddedFiles = static_cast<int64_t>(datums.size());
        const bool oneDay = day(first) == day(last);
        auto minRow =
            serializePartitionRow(keys, {day(first), std::to_string(oneDay ? first % 24 : 0)});
        auto maxRow =
            serializePartitionRow(keys, {day(last), std::to_string(oneDay ? last % 24 : 23)});
        if (!minRow) return minRow.takeError();
        if (!maxRow) return maxRow.takeError();
        m.partitionStats = {*minRow, *maxRow, std::vector<std::optional<int64_t>>{0, 0}};
        m.minBucket = 0;
        m.maxBucket = 0;
        m.minLevel = 0;
        m.maxLevel = 0;
        metas.push_back(std::move(m));
        datums.clear();
        return Unit{};
    };
    std::error_code ec;
    std::filesystem::create_directories(table / "manifest", ec);
    for (long p = 0; p < partitions; ++p) {
        auto row = serializePartitionRow(keys, {day(p), std::to_string(p % 24)});
        if (!row) return row.takeError();
        if (datums.empty()) first = p;
        for (int f = 0; f < filesPerPartition; ++f) {
            ManifestEntry e;
            e.partition = *row;
            e.totalBuckets = -1;
            e.file.fileName = "data-" + std::to_string(p) + "-" + std::to_string(f) + ".parquet";
            e.file.fileSize = 1'000'000 + (p * 7919 + f * 104729) % 500'000;
            e.file.rowCount = 10'000 + (p * 31 + f * 17) % 5'000;
            e.file.creationTime = 1'420'070'400'000LL + p * 3'600'000LL + f * 1000;
            datums.push_back(encodeAppendEntry(e, sequence, sequence + e.file.rowCount - 1));
            sequence += e.file.rowCount;
        }
        if (datums.size() >= kEntriesPerManifest) {
            if (auto r = flush(p); !r) return r;
        }
    }
    if (!datums.empty()) {
        if (auto r = flush(partitions - 1); !r) return r;
    }
    Snapshot s;
    s.id = 1;
    s.baseManifestList = "manifest-list-bench-0";
    s.deltaManifestList = "manifest-list-bench-1";
    for (const auto& [list, content] :
         {std::pair{s.baseManifestList, std::vector<ManifestFileMeta>{}},
          {s.deltaManifestList, metas}}) {
        const std::string bytes = manifestListFile(content, std::string(16, 'l'));
        if (auto w = fsops::replaceFile(table / "manifest" / list, bytes); !w) return w;
        (list == s.baseManifestList ? s.baseManifestListSize : s.deltaManifestListSize) =
            static_cast<int64_t>(bytes.size());
    }
    s.commitUser = "bench-writer";
    s.commitIdentifier = 1;
    s.commitKind = "APPEND";
    s.timeMillis = 1'760'000'000'000;
    s.totalRecordCount = sequence;
    s.deltaRecordCount = sequence;
    s.changelogRecordCount = 0;
    s.nextRowId = 0;
    return history->commit(s);
}

Result<Unit> writeViewsAndFunctions(const std::shared_ptr<Warehouse>& warehouse,
                                    const std::string& database, long views, long functions) {
    ObjectStore viewStore(warehouse, ".paimon-catalog-browser-views", "VIEW");
    ObjectStore functionStore(warehouse, ".paimon-catalog-browser-functions", "FUNCTION");
    auto field = [](int id, const char* name, const char* type) {
        DataField f;
        f.id = id;
        f.name = name;
        f.type = *parseDataType(type);
        return f;
    };
    for (long i = 0; i < views; ++i) {
        char name[32];
        std::snprintf(name, sizeof name, "v%07ld", i);
        ViewInfo v;
        v.database = database;
        v.name = name;
        v.id = std::string("bench-view-") + name;
        v.schema.fields = {field(0, "id", "BIGINT"), field(1, "amount", "DECIMAL(12, 2)")};
        v.schema.query = std::string("SELECT id, amount FROM t") + (name + 1);
        v.schema.dialects = {{"flink", v.schema.query}, {"spark", v.schema.query}};
        v.createdAt = v.updatedAt = 1'760'000'000'000;
        if (auto r = viewStore.create(database, name, codec::encode(v)); !r) return r;
    }
    for (long i = 0; i < functions; ++i) {
        char name[32];
        std::snprintf(name, sizeof name, "f%07ld", i);
        FunctionInfo f;
        f.database = database;
        f.name = name;
        f.uuid = std::string("bench-function-") + name;
        f.inputParams = {{field(0, "a", "INT"), field(1, "b", "INT")}};
        f.returnParams = {{field(0, "r", "INT")}};
        f.definitions["flink"] = {FunctionDefinition::Type::Sql, "a + b", {}, {}, {}, {}};
        f.definitions["spark"] = {FunctionDefinition::Type::Sql, "a + b", {}, {}, {}, {}};
        f.createdAt = f.updatedAt = 1'760'000'000'000;
        if (auto r = functionStore.create(database, name, codec::encode(f)); !r) return r;
    }
    return Unit{};
}

}  // namespace paimon::bench
