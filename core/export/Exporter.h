#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <variant>
#include <vector>

#include "core/catalog/Catalog.h"
#include "core/export/Definitions.h"

namespace paimon {

// What to export: every database, some databases, or some tables. A database's export holds
// its views and functions too (unless `viewsAndFunctions` is off); a catalog that has none (a
// warehouse folder) is no failure.
struct ExportScope {
    bool allDatabases = false;
    std::vector<std::string> databases;
    std::vector<Identifier> tables;
    std::vector<Identifier> views;  // single views and functions, as `tables`
    std::vector<Identifier> functions;
    bool viewsAndFunctions = true;
};

struct ExportSettings {
    DefinitionFormat format = DefinitionFormat::PaimonJson;
    std::filesystem::path out;  // the file, or with `split` the folder
    // out/<database>/<table>.<sql|json>, out/<database>/views/<view>.<ext>,
    // out/<database>/functions/<function>.<ext>
    bool split = false;
    size_t inFlight = 8;  // get-table requests at once
};

struct ExportProgress {
    bool listing = true;  // still finding the objects
    size_t fetched = 0;   // objects fetched (or failed) so far
    size_t total = 0;     // objects found so far
};

struct ExportFailure {
    std::string what;  // "db.table", or "db" when its tables could not be listed
    Error error;
};

struct ExportReport {
    size_t exported = 0;  // objects: tables, views and functions
    size_t views = 0;     // of them
    size_t functions = 0;
    std::vector<ExportFailure> failures;
    std::vector<std::filesystem::path> files;  // written, in order
};

// One export of table definitions, shared by the GUI and paimon-catalog: lists what the scope
// names, fetches the tables with a bounded number of requests in flight, renders them, and only
// then writes the files, each whole (a temporary file renamed into place). A table that fails
// is reported and the rest are exported. Cancelled before the writing starts, nothing is
// written. All callbacks come on the catalog's scheduler thread, as its own do.
class TableExport : public std::enable_shared_from_this<TableExport> {
public:
    using Progress = std::function<void(const ExportProgress&)>;
    using Done = std::function<void(Result<ExportReport>)>;

    static std::shared_ptr<TableExport> start(std::shared_ptr<Catalog> catalog, ExportScope scope,
                                              ExportSettings settings, Progress progress,
                                              Done done);
    // It runs until done is called, also when nobody holds it. Stops the requests under way;
    // done gets ErrorKind::Cancelled and no file is written.
    void cancel();

    TableExport(std::shared_ptr<Catalog> catalog, ExportScope scope, ExportSettings settings,
                Progress progress, Done done);

    enum class Kind { Table, View, Function };
    struct Item {
        Kind kind;
        Identifier id;
    };

private:
    void listNext();
    // After a database's tables: its views, then its functions (all pages each).
    void listObjects(const std::string& db, Kind kind);
    void launch();
    void finishFetching();
    void finish(Result<ExportReport> result);
    void report();

    std::shared_ptr<Catalog> catalog_;
    ExportScope scope_;
    ExportSettings settings_;
    Progress progress_;
    Done done_;
    size_t nextDatabase_ = 0;
    std::vector<Item> ids_;
    using Fetched = std::variant<TableInfo, ViewInfo, FunctionInfo>;
    std::vector<std::optional<Result<Fetched>>> results_;
    size_t next_ = 0, fetched_ = 0;
    std::vector<ExportFailure> listFailures_;
    std::vector<Cancellation> pending_;  // listings
    std::vector<Cancellation> fetches_;  // per table, while in flight
    bool listing_ = true;
    bool finished_ = false;
    std::shared_ptr<TableExport> self_;
};

// A file name for a table or database: path separators and control characters replaced.
std::string fileSafeName(const std::string& name);

// Writes a file whole or not at all: a temporary file in the same folder, renamed into place.
Result<Unit> writeFileWhole(const std::filesystem::path& path, const std::string& text);

}  // namespace paimon
