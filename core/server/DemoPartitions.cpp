#include "core/server/DemoPartitions.h"

#include <cstdio>

#include "core/fs/AvroContainer.h"
#include "core/fs/DataCommit.h"
#include "core/fs/FileOps.h"
#include "core/types/TypeParser.h"
#include "core/util/Crypto.h"
#include "core/util/Time.h"

namespace fs = std::filesystem;

namespace paimon {
namespace {

// The Avro schema Paimon's Avro writer gives the table's rows (every column nullable).
constexpr const char* kRowSchema =
    R"({"type":"record","name":"record","namespace":"org.apache.paimon.avro.generated",)"
    R"("fields":[{"name":"event_id","type":["null","long"],"default":null},)"
    R"({"name":"user_id","type":["null","long"],"default":null},)"
    R"({"name":"event","type":["null","string"],"default":null},)"
    R"({"name":"dt","type":["null","string"],"default":null},)"
    R"({"name":"hr","type":["null","int"],"default":null}]})";

constexpr int kDays = 14;
constexpr int64_t kHour = 3'600'000;
constexpr int64_t kDay = 24 * kHour;

struct Lcg {
    uint64_t state;
    uint32_t next(uint32_t bound) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<uint32_t>((state >> 33) % bound);
    }
};

// A data file of `rows` events of one hour, as an Avro container.
std::string dataFile(const std::string& dt, int hr, int64_t firstId, int rows, Lcg& random) {
    static const char* const kEvents[] = {"view", "click", "add_to_cart", "purchase", "search"};
    std::vector<std::string> datums;
    datums.reserve(static_cast<size_t>(rows));
    for (int i = 0; i < rows; ++i) {
        std::string d;
        putAvroLong(d, 1);
        putAvroLong(d, firstId + i);
        putAvroLong(d, 1);
        putAvroLong(d, 10'000 + random.next(5'000));
        putAvroLong(d, 1);
        putAvroBytes(d, kEvents[random.next(5)]);
        putAvroLong(d, 1);
        putAvroBytes(d, dt);
        putAvroLong(d, 1);
        putAvroLong(d, hr);
        datums.push_back(std::move(d));
    }
    return avroContainer(kRowSchema, datums, crypto::randomBytes(16));
}

}  // namespace

Result<Unit> writeDemoPartitions(Warehouse& w, int64_t now) {
    const Identifier id{"analytics", "events_hourly"};
    Schema schema;
    for (auto [name, sql] : {std::pair{"event_id", "BIGINT"},
                             {"user_id", "BIGINT"},
                             {"event", "STRING"},
                             {"dt", "STRING"},
                             {"hr", "INT"}}) {
        schema.fields.push_back({static_cast<int>(schema.fields.size()), name,
                                 parseDataType(sql).value(), std::nullopt, std::nullopt});
    }
    schema.partitionKeys = {"dt", "hr"};
    schema.options = {{"bucket", "-1"}, {"file.format", "avro"}};
    schema.comment = "Events by hour, with data: the Partitions tab's demo";
    if (auto r = w.createTable(id, schema); !r) return r;

    Lcg random{20261201};
    const std::vector<DataType> keyTypes = {parseDataType("STRING").value(),
                                            parseDataType("INT").value()};
    const int64_t today = now - now % kDay;
    int64_t nextId = 1;
    for (int day = kDays; day >= 1; --day) {
        const int64_t dayStart = today - day * kDay;
        const std::string dt = formatIsoDay(dayStart);
        auto partitions = w.partitions(id);
        if (!partitions) return partitions.takeError();
        std::vector<NewDataFile> files;
        for (int hr = 0; hr < 24; ++hr) {
            auto row = serializePartitionRow(keyTypes, {dt, std::to_string(hr)});
            if (!row) return row.takeError();
            // Busier in the day than at night.
            const int perFile = 40 + static_cast<int>(random.next(hr >= 8 && hr <= 22 ? 400 : 60));
            const int fileCount = 1 + static_cast<int>(random.next(3));
            const fs::path dir =
                partitions->table() / ("dt=" + dt) / ("hr=" + std::to_string(hr)) / "bucket-0";
            std::error_code ec;
            fs::create_directories(dir, ec);
            if (ec) return fsops::ioError("Cannot create " + dir.string(), ec);
            for (int f = 0; f < fileCount; ++f) {
                const std::string name =
                    "data-" + crypto::uuid4() + "-" + std::to_string(f) + ".avro";
                const std::string bytes = dataFile(dt, hr, nextId, perFile, random);
                if (auto r = fsops::replaceFile(dir / name, bytes); !r) return r;
                const int64_t written =
                    dayStart + int64_t{hr + 1} * kHour - 5 * 60'000LL + int64_t{f} * 1000;
                // Stored as the writer's local wall clock read as UTC (HISTORY.md §7.3).
                const int64_t stored = written + (written - localWallClockToEpochMillis(written));
                files.push_back(
                    {*row, 0, -1, name, static_cast<int64_t>(bytes.size()), perFile, stored});
                nextId += perFile;
            }
        }
        const int64_t committed = dayStart + kDay + 10 * 60'000LL;
        if (auto r = commitAppend(partitions->table(), partitions->history(), partitions->schema(),
                                  files, "demo-hourly-ingest", kDays - day + 1, committed);
            !r) {
            return r;
        }
        // Days before yesterday are complete.
        if (day >= 2) {
            std::vector<PartitionSpec> specs;
            specs.reserve(24);
            for (int hr = 0; hr < 24; ++hr)
                specs.push_back({{"dt", dt}, {"hr", std::to_string(hr)}});
            if (auto r = partitions->markDone(specs, committed + 5 * 60'000LL); !r) return r;
        }
    }
    return Unit{};
}

}  // namespace paimon
