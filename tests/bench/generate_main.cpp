// paimon-bench-data: writes a warehouse of generated tables for the scale benchmarks, in
// Paimon's on-disk layout, so that paimon-rest-server (or a local profile) can serve it.
//
//   paimon-bench-data --warehouse DIR --database NAME --tables N [--columns C]
//
// The tables are "t0000000".. with a C-column schema (default 12). Schema files are written
// without fsync: this is test data, and 100,000 synced files would take minutes.
#include <sys/stat.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <string>

#include "core/fs/Warehouse.h"
#include "core/schema/SchemaRules.h"
#include "tests/bench/BenchData.h"

int main(int argc, char** argv) {
    std::string warehouseDir, database;
    long tables = -1;
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
        } else {
            std::cerr << "paimon-bench-data: unknown argument " << arg << "\n";
            return 2;
        }
    }
    if (warehouseDir.empty() || database.empty() || tables < 0 || columns < 2) {
        std::cerr << "usage: paimon-bench-data --warehouse DIR --database NAME --tables N "
                     "[--columns C>=2]\n";
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
    std::cout << "wrote " << tables << " tables of " << columns << " columns into " << dbDir
              << "\n";
    return 0;
}
