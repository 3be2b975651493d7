// paimon-bench-data: writes a warehouse of generated tables for the scale benchmarks, in
// Paimon's on-disk layout, so that paimon-rest-server (or a local profile) can serve it.
//
//   paimon-bench-data --warehouse DIR --database NAME --tables N [--columns C]
//                     [--snapshots S] [--partitions P [--files-per-partition F]]
//                     [--views V] [--functions F]
//
// The tables are "t0000000".. with a C-column schema (default 12). With --snapshots, table
// "t0000000" also gets S snapshots (snapshot-1..S, the LATEST and EARLIEST hints), written as
// Java writes them; the manifest lists they name are not written (listings never read them).
// With --partitions, table "p0000000" is partitioned by (dt, hr) with P hourly partitions of F
// data files each (default 10) in its manifests (BenchData.h).
// Files are written without fsync: this is test data, and 100,000 synced files would take
// minutes.
#include <sys/stat.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <string>

#include "core/fs/Warehouse.h"
#include "core/json/Messages.h"
#include "core/schema/SchemaRules.h"
#include "tests/bench/BenchData.h"

int main(int argc, char** argv) {
    std::string warehouseDir, database;
    long tables = -1;
    long snapshots = 0;
    long partitions = 0;
    long views = 0, functions = 0;
    int filesPerPartition = 10;
    int columns = 12;
    for (int i = 1; i + 1 < argc; i += 2) {
        std::string arg = argv[i], value = argv[i + 1];
        if (arg == "--warehouse") {
            warehouseDir = value;
        } else if (arg == "--database") {
            database = value;
        } else if (arg == "--tables") {
            tables = std::stol(value);
        } else if (arg == "--columns") {
            columns = std::stoi(value);
        } else if (arg == "--snapshots") {
            snapshots = std::stol(value);
        } else if (arg == "--views") {
            views = std::stol(value);
        } else if (arg == "--functions") {
            functions = std::stol(value);
        } else if (arg == "--partitions") {
            partitions = std::stol(value);
        } else if (arg == "--files-per-partition") {
            filesPerPartition = std::stoi(value);
        } else {
            std::cerr << "paimon-bench-data: unknown argument " << arg << "\n";
            return 2;
        }
    }
    if (warehouseDir.empty() || database.empty() || tables < 0 || columns < 2 || snapshots < 0 ||
        partitions < 0 || filesPerPartition < 1 || (snapshots > 0 && tables == 0)) {
        std::cerr << "usage: paimon-bench-data --warehouse DIR --database NAME --tables N "
                     "[--columns C>=2] [--snapshots S] [--partitions P "
                     "[--files-per-partition F]] [--views V] [--functions F]\n";
        return 2;
    }
    auto warehouse = paimon::Warehouse::open(warehouseDir);
    if (!warehouse) {
        std::cerr << "paimon-bench-data: " << warehouse.error().message << "\n";
        return 1;
    }
    auto created = (*warehouse)->createDatabase(database, {{"comment", "generated"}});
    if (!created) {
        std::cerr << "paimon-bench-data: " << created.error().message << "\n";
        return 1;
    }
    auto schema = paimon::newTableSchema(paimon::bench::benchSchema(columns),
                                         {database, "t", false}, 1'760'000'000'000);
    if (!schema) {
        std::cerr << "paimon-bench-data: " << schema.error().message << "\n";
        return 1;
    }
    const std::string text = paimon::Warehouse::schemaFileText(*schema);
    const std::string dbDir = warehouseDir + "/" + database + ".db/";
    for (long i = 0; i < tables; ++i) {
        std::string table = dbDir + paimon::bench::benchTableName(i);
        std::string schemas = table + "/schema";
        if (::mkdir(table.c_str(), 0755) != 0 || ::mkdir(schemas.c_str(), 0755) != 0) {
            std::cerr << "paimon-bench-data: cannot create " << table << ": "
                      << std::strerror(errno) << "\n";
            return 1;
        }
        std::ofstream out(schemas + "/schema-0", std::ios::binary);
        out << text;
        if (!out.flush()) {
            std::cerr << "paimon-bench-data: cannot write " << schemas << "/schema-0\n";
            return 1;
        }
    }
    if (snapshots > 0) {
        const std::string dir = dbDir + paimon::bench::benchTableName(0) + "/snapshot";
        ::mkdir(dir.c_str(), 0755);
        int64_t total = 0;
        for (long id = 1; id <= snapshots; ++id) {
            paimon::Snapshot s;
            s.id = id;
            s.baseManifestList = "manifest-list-bench-" + std::to_string(id) + "-0";
            s.deltaManifestList = "manifest-list-bench-" + std::to_string(id) + "-1";
            s.commitUser = "bench-writer";
            s.commitIdentifier = id;
            s.commitKind = id % 10 == 0 ? "COMPACT" : "APPEND";
            s.timeMillis = 1'760'000'000'000 + id * 60'000;
            const int64_t delta = id % 10 == 0 ? 0 : 1000 + id % 97;
            total += delta;
            s.totalRecordCount = total;
            s.deltaRecordCount = delta;
            s.watermark = s.timeMillis - 5000;
            std::ofstream out(dir + "/snapshot-" + std::to_string(id), std::ios::binary);
            out << paimon::codec::encodeSnapshotFile(s);
            if (!out.flush()) {
                std::cerr << "paimon-bench-data: cannot write snapshot " << id << "\n";
                return 1;
            }
        }
        std::ofstream(dir + "/LATEST", std::ios::binary) << snapshots;
        std::ofstream(dir + "/EARLIEST", std::ios::binary) << 1;
    }
    if (partitions > 0) {
        auto written = paimon::bench::writePartitionedTable(**warehouse, database, "p0000000",
                                                            partitions, filesPerPartition);
        if (!written) {
            std::cerr << "paimon-bench-data: " << written.error().message << "\n";
            return 1;
        }
        std::cout << "wrote p0000000 with " << partitions << " partitions of " << filesPerPartition
                  << " files\n";
    }
    if (views > 0 || functions > 0) {
        auto written =
            paimon::bench::writeViewsAndFunctions(*warehouse, database, views, functions);
        if (!written) {
            std::cerr << "paimon-bench-data: " << written.error().message << "\n";
            return 1;
        }
        std::cout << "wrote " << views << " views and " << functions << " functions\n";
    }
    std::cout << "wrote " << tables << " tables of " << columns << " columns into " << dbDir
              << (snapshots > 0 ? ", " + std::to_string(snapshots) + " snapshots on " +
                                      paimon::bench::benchTableName(0)
                                : std::string())
              << "\n";
    return 0;
}
