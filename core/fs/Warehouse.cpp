#include "core/fs/Warehouse.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>
#include <system_error>

#include <nlohmann/json.hpp>

#include "core/catalog/Catalog.h"
#include "core/fs/FileOps.h"
#include "core/json/Dump.h"
#include "core/json/JacksonPrinter.h"
#include "core/json/JsonValue.h"
#include "core/json/Messages.h"
#include "core/schema/SchemaRules.h"
#include "core/util/Crypto.h"
#include "core/util/Encoding.h"

namespace fs = std::filesystem;

namespace paimon {

using namespace fsops;

std::vector<int64_t> listSchemaIds(const fs::path& schemaDir) {
    return listNumbered(schemaDir, "schema-");
}

bool tableHasSnapshots(const fs::path& dir) {
    fs::path snapshots = dir / "snapshot";
    if (auto hint = readFile(snapshots / "LATEST"); hint.ok()) {
        auto v = parseId(trimAscii(*hint));
        if (v && *v > 0 && pathExists(snapshots / ("snapshot-" + std::to_string(*v)))) return true;
    }
    return !listNumbered(snapshots, "snapshot-").empty();
}

Warehouse::Warehouse(fs::path root, Clock clock)
    : root_(std::move(root)), clock_(std::move(clock)) {
    if (!clock_) clock_ = [] { return std::chrono::system_clock::now(); };
}

Result<std::shared_ptr<Warehouse>> Warehouse::open(const fs::path& root, Clock clock) {
    std::error_code ec;
    fs::create_directories(root, ec);
    if (ec) return ioError("cannot create the warehouse folder " + root.string(), ec);
    if (!isDirectory(root)) {
        return makeError(ErrorKind::Io, "the warehouse " + root.string() + " is not a folder");
    }
    fs::path absolute = fs::absolute(root, ec);
    return std::shared_ptr<Warehouse>(new Warehouse(ec ? root : absolute, std::move(clock)));
}

namespace {

// A name that cannot be a folder of the warehouse without leaving it or hiding from listings.
std::optional<Error> unsafeFolderName(const std::string& name, const char* what) {
    if (name.empty() || name == "." || name == ".." || name.starts_with('.') ||
        name.find_first_of(std::string("/\\\0", 3)) != std::string::npos) {
        return makeError(ErrorKind::BadRequest,
                         std::string("Invalid ") + what + " name '" + name +
                             "': it must not be empty, start with '.', or contain '/', '\\' or "
                             "NUL");
    }
    if (!isValidUtf8(name)) {
        return makeError(ErrorKind::BadRequest,
                         std::string("Invalid ") + what + " name: it is not valid UTF-8");
    }
    return std::nullopt;
}

}  // namespace

std::optional<Error> Warehouse::checkDatabaseName(const std::string& name) {
    if (auto e = checkNotSystemDatabase(name)) return e;
    return unsafeFolderName(name, "database");
}

std::optional<Error> Warehouse::checkTableName(const Identifier& id, const char* operation) {
    if (auto e = unsafeFolderName(id.object, "table")) return e;
    // The same refusal, in the same words, as a client gives before sending anything.
    return checkDataTable(id, operation);
}

std::string Warehouse::schemaFileText(const TableSchema& schema) {
    return toJacksonPrettyJson(codec::toJson(schema));
}

fs::path Warehouse::databaseDir(const std::string& db) const {
    return root_ / (db + ".db");
}
fs::path Warehouse::tableDir(const Identifier& id) const {
    return databaseDir(id.database) / id.tableName();
}
fs::path Warehouse::branchDir(const fs::path& table, const std::optional<std::string>& branch) {
    if (!branch || *branch == "main") return table;
    return table / "branch" / ("branch-" + *branch);
}

Result<Unit> Warehouse::requireDatabase(const std::string& db) const {
    if (auto e = checkDatabaseName(db)) return *e;
    if (!isDirectory(databaseDir(db))) return databaseNotFound(db);
    return Unit{};
}

Result<std::vector<std::string>> Warehouse::listDatabases() const {
    std::vector<std::string> names;
    std::error_code ec;
    for (fs::directory_iterator it(root_, ec), end; !ec && it != end; it.increment(ec)) {
        std::string name = it->path().filename().string();
        if (name.size() > 3 && name.ends_with(".db") && it->is_directory()) {
            names.push_back(name.substr(0, name.size() - 3));
        }
    }
    if (ec) return ioError("cannot list the warehouse", ec);
    return sortedNames(std::move(names));
}

Result<Options> Warehouse::readDatabaseOptions(const std::string& db) const {
    fs::path file = databaseDir(db) / kDatabaseOptionsFile;
    if (!pathExists(file)) return Options{};
    auto text = readFile(file);
    if (!text) return text.takeError();
    auto doc = json::Document::parse(*text, ErrorKind::Io);
    if (!doc || !doc->root().isObject()) {
        return makeError(ErrorKind::Io, "the options file of database " + db + " is damaged");
    }
    Options options;
    for (const auto& [k, v] : doc->root().members())
        if (v.isString()) options.insert_or_assign(std::string(k), std::string(v.string()));
    return options;
}

Result<Unit> Warehouse::createDatabase(const std::string& name, const Options& options) {
    if (auto e = checkDatabaseName(name)) return *e;
    if (options.contains("location")) {
        return makeError(ErrorKind::BadRequest,
                         "Cannot specify location for a database when using fileSystem catalog.");
    }
    fs::path dir = databaseDir(name);
    if (::mkdir(dir.c_str(), 0755) != 0) {
        if (errno == EEXIST) {
            return resourceError(ErrorKind::AlreadyExists, "Database " + name + " already exists.",
                                 "DATABASE", name);
        }
        return ioError("cannot create database " + name, errno);
    }
    if (options.empty()) return Unit{};
    std::lock_guard lock(databaseOptionsMutex_);
    return replaceFile(dir / kDatabaseOptionsFile, dumpJson(nlohmann::json(options), 2));
}

Result<DatabaseInfo> Warehouse::getDatabase(const std::string& name) const {
    if (auto ok = requireDatabase(name); !ok) return ok.takeError();
    DatabaseInfo info;
    info.name = name;
    info.location = "file:" + databaseDir(name).string();
    std::lock_guard lock(databaseOptionsMutex_);
    auto options = readDatabaseOptions(name);
    if (!options) return options.takeError();
    info.options = std::move(*options);
    return info;
}

Result<AlterDatabaseResult> Warehouse::alterDatabase(const std::string& name,
                                                     const std::vector<std::string>& removals,
                                                     const Options& updates) {
    if (auto ok = requireDatabase(name); !ok) return ok.takeError();
    if (updates.contains("location")) {
        return makeError(ErrorKind::BadRequest,
                         "Cannot change the location of a database in a filesystem warehouse.");
    }
    for (const auto& key : removals) {
        if (updates.contains(key)) {
            return makeError(ErrorKind::BadRequest,
                             "Option '" + key + "' is both updated and removed.");
        }
    }
    std::lock_guard lock(databaseOptionsMutex_);
    auto options = readDatabaseOptions(name);
    if (!options) return options.takeError();
    AlterDatabaseResult result;
    for (const auto& key : removals) {
        if (options->erase(key)) {
            result.removed.push_back(key);
        } else {
            result.missing.push_back(key);
        }
    }
    for (const auto& [key, value] : updates) {
        (*options)[key] = value;
        result.updated.push_back(key);
    }
    auto written = replaceFile(databaseDir(name) / kDatabaseOptionsFile,
                               dumpJson(nlohmann::json(*options), 2));
    if (!written) return written.takeError();
    return result;
}

Result<Unit> Warehouse::dropDatabase(const std::string& name, bool cascade) {
    if (auto ok = requireDatabase(name); !ok) return ok.takeError();
    if (!cascade) {
        auto tables = listTables(name);
        if (!tables) return tables.takeError();
        if (!tables->empty()) {
            return resourceError(ErrorKind::DatabaseNotEmpty,
                                 "Database " + name + " is not empty: it holds " +
                                     std::to_string(tables->size()) + " table(s).",
                                 "DATABASE", name);
        }
    }
    {
        std::lock_guard lock(listingMutex_);
        listings_.erase(name);  // a dropped database's names are not kept until restart
    }
    return removeFolder(databaseDir(name));
}

// A database folder's table names as last scanned. A listing is reused only while the folder's
// modification time is the one seen at the scan, and only when that time was already 1 s old
// when the scan began: a change within the same file-system timestamp tick (a few ms) as the
// scan could otherwise go unseen. So a folder changed less than a second ago is read again.
// Folders that were not tables yet (a table being created: the folder is made before its
// schema file) are looked at again on every call.
struct Warehouse::TableListing {
    struct timespec mtime {};
    bool trusted = false;
    std::shared_ptr<const std::vector<std::string>> names;  // sorted
    std::vector<std::string> pending;                       // folders without a schema yet
};

namespace {

bool isTableFolder(const fs::path& dir) {
    fs::path schemas = dir / "schema";
    return pathExists(schemas / "schema-0") || !listSchemaIds(schemas).empty();
}

}  // namespace

Result<std::shared_ptr<const std::vector<std::string>>> Warehouse::tableNames(
    const std::string& database) const {
    if (auto e = checkDatabaseName(database)) return *e;
    const fs::path dir = databaseDir(database);
    struct stat st {};
    if (::stat(dir.c_str(), &st) != 0 || !S_ISDIR(st.st_mode)) return databaseNotFound(database);

    std::shared_ptr<TableListing> cached;
    {
        std::lock_guard lock(listingMutex_);
        auto it = listings_.find(database);
        if (it != listings_.end()) cached = it->second;
    }
    if (cached && cached->trusted && cached->mtime.tv_sec == st.st_mtim.tv_sec &&
        cached->mtime.tv_nsec == st.st_mtim.tv_nsec) {
        std::vector<std::string> arrived;
        for (const auto& name : cached->pending)
            if (isTableFolder(dir / name)) arrived.push_back(name);
        if (arrived.empty()) return cached->names;
        // Rare: a table finished being created. Fall through to a full scan.
    }

    const auto scanStart = std::chrono::system_clock::now();
    auto listing = std::make_shared<TableListing>();
    listing->mtime = st.st_mtim;
    const auto mtime = std::chrono::system_clock::time_point(
        std::chrono::duration_cast<std::chrono::system_clock::duration>(
            std::chrono::seconds(st.st_mtim.tv_sec) +
            std::chrono::nanoseconds(st.st_mtim.tv_nsec)));
    listing->trusted = mtime + std::chrono::seconds(1) < scanStart;

    std::vector<std::string> names;
    std::error_code ec;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        if (!it->is_directory()) continue;
        std::string name = it->path().filename().string();
        if (name.starts_with('.')) continue;
        if (isTableFolder(it->path())) {
            names.push_back(std::move(name));
        } else {
            listing->pending.push_back(std::move(name));
        }
    }
    if (ec) return ioError("cannot list database " + database, ec);
    listing->names =
        std::make_shared<const std::vector<std::string>>(sortedNames(std::move(names)));
    std::lock_guard lock(listingMutex_);
    listings_[database] = listing;
    return listing->names;
}

Result<std::vector<std::string>> Warehouse::listTables(const std::string& database) const {
    auto names = tableNames(database);
    if (!names) return names.takeError();
    return **names;
}

Result<Warehouse::SchemaFolder> Warehouse::schemaFolder(const Identifier& id) const {
    if (auto ok = requireDatabase(id.database); !ok) return ok.takeError();
    if (auto e = checkTableName({id.database, id.tableName()}, "getTable")) return *e;
    if (id.systemTableName()) {
        return makeError(ErrorKind::NotImplemented,
                         "System table " + id.fullName() + " is not served by this catalog.");
    }
    SchemaFolder folder{branchDir(tableDir(id), id.branchName()) / "schema", {}};
    folder.ids = listSchemaIds(folder.dir);
    if (folder.ids.empty()) return tableNotFound(id);
    return folder;
}

Result<TableSchema> Warehouse::latestSchema(const Identifier& id) const {
    auto folder = schemaFolder(id);
    if (!folder) return folder.takeError();
    return readSchemaFile(schemaFile(folder->dir, folder->ids.back()));
}

Result<TableInfo> Warehouse::getTable(const Identifier& id) const {
    auto folder = schemaFolder(id);
    if (!folder) return folder.takeError();
    auto schema = readSchemaFile(schemaFile(folder->dir, folder->ids.back()));
    if (!schema) return schema.takeError();
    fs::path dir = tableDir(id);
    TableInfo info;
    info.database = id.database;
    info.name = id.object;
    info.path = "file:" + dir.string();
    info.schemaId = schema->id;
    info.schema = schemaOf(*schema);
    info.schema.options["path"] = *info.path;
    if (auto branch = id.branchName()) info.schema.options["branch"] = *branch;
    info.updatedAt = schema->timeMillis;
    info.createdAt = schema->timeMillis;
    if (folder->ids.front() != schema->id) {
        if (auto first = readSchemaFile(schemaFile(folder->dir, folder->ids.front()))) {
            info.createdAt = first->timeMillis;
        }
    }
    info.id = id.database + "." + id.tableName() + "." + std::to_string(info.createdAt);
    return info;
}

Result<Unit> Warehouse::createTable(const Identifier& id, const Schema& schema) {
    if (auto ok = requireDatabase(id.database); !ok) return ok.takeError();
    if (auto e = checkTableName(id, "createTable")) return *e;
    SchemaContext context{id.database, id.object, false};
    auto table = newTableSchema(schema, context, toEpochMillis(clock_()));
    if (!table) return table.takeError();
    fs::path dir = tableDir(id);
    auto exists = [&] {
        return resourceError(ErrorKind::AlreadyExists,
                             "Table " + id.fullName() + " already exists.", "TABLE", id.object);
    };
    fs::path schemas = dir / "schema";
    if (!listSchemaIds(schemas).empty()) return exists();
    std::error_code ec;
    fs::create_directories(schemas, ec);
    if (ec) return ioError("cannot create table " + id.fullName(), ec);
    return createFileOnce(schemas / "schema-0", schemaFileText(*table), exists);
}

Result<Unit> Warehouse::dropTable(const Identifier& id) {
    if (auto ok = requireDatabase(id.database); !ok) return ok.takeError();
    if (auto e = checkTableName(id, "dropTable")) return *e;
    fs::path dir = tableDir(id);
    if (listSchemaIds(dir / "schema").empty()) return tableNotFound(id);
    return removeFolder(dir);
}

Result<Unit> Warehouse::renameTable(const Identifier& from, const Identifier& to) {
    if (auto ok = requireDatabase(from.database); !ok) return ok.takeError();
    if (auto e = checkTableName(from, "renameTable")) return *e;
    if (auto e = checkTableName(to, "renameTable")) return *e;
    if (auto ok = requireDatabase(to.database); !ok) return ok.takeError();
    fs::path source = tableDir(from), target = tableDir(to);
    if (listSchemaIds(source / "schema").empty()) return tableNotFound(from);
    // No-replace: a table (or a stray folder) of that name stays untouched.
    if (::renameat2(AT_FDCWD, source.c_str(), AT_FDCWD, target.c_str(), RENAME_NOREPLACE) != 0) {
        if (errno == EEXIST || errno == ENOTEMPTY) {
            return resourceError(ErrorKind::AlreadyExists,
                                 "Table " + to.fullName() + " already exists.", "TABLE", to.object);
        }
        return ioError("cannot rename table " + from.fullName(), errno);
    }
    return Unit{};
}

Result<TableSchema> Warehouse::alterTable(const Identifier& id,
                                          const std::vector<SchemaChange>& changes) {
    if (id.systemTableName()) {
        return makeError(ErrorKind::BadRequest, "Cannot alter system table " + id.fullName() + ".");
    }
    auto folder = schemaFolder(id);
    if (!folder) return folder.takeError();
    auto old = readSchemaFile(schemaFile(folder->dir, folder->ids.back()));
    if (!old) return old.takeError();
    SchemaContext context{id.database, id.object,
                          tableHasSnapshots(branchDir(tableDir(id), id.branchName()))};
    auto next = applySchemaChanges(*old, changes, context, toEpochMillis(clock_()));
    if (!next) return next.takeError();
    fs::path file = schemaFile(folder->dir, next->id);
    auto written = createFileOnce(file, schemaFileText(*next), [&] {
        return resourceError(ErrorKind::Conflict,
                             "Table " + id.fullName() + " was changed by another writer (schema " +
                                 std::to_string(next->id) +
                                 " already exists); reload it and apply the change again.",
                             "TABLE", id.object);
    });
    if (!written) return written.takeError();
    return next;
}

Result<TableHistory> Warehouse::history(const Identifier& id) const {
    auto folder = schemaFolder(id);  // the table, or the branch, must exist
    if (!folder) return folder.takeError();
    return TableHistory(
        tableDir(id), id, [clock = clock_] { return toEpochMillis(clock()); }, snapshotListings_,
        fileTotals_);
}

Result<TablePartitions> Warehouse::partitions(const Identifier& id) const {
    auto h = history(id);
    if (!h) return h.takeError();
    auto schema = latestSchema(id);
    if (!schema) return schema.takeError();
    return TablePartitions(tableDir(id), std::move(*h), std::move(*schema), partitionIndexes_);
}

}  // namespace paimon
