#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/compare/Comparison.h"

namespace paimon {

// Where one side of a comparison looks: a whole catalog, one database, or one table.
struct CompareSide {
    std::shared_ptr<Catalog> catalog;
    std::optional<std::string> database;  // absent: every database
    std::optional<std::string> table;     // with a database: that table only
};

// Loads both sides and compares them (core/compare/Comparison.h): the databases by name (or
// the two given), and in each the tables, views and functions with their definitions, 250 to a
// page. A kind a side does not keep (a warehouse folder's views and
// functions) is not compared, and neither is a listing that failed: both are named in the
// result's problems. `progress` follows the loading; `done` gets the comparison once, unless
// cancel() came first. Results arrive where the catalogs deliver them; the comparing itself
// runs where `offload` puts it.
class CompareJob : public std::enable_shared_from_this<CompareJob> {
public:
    // What is being loaded, and how many of the loads known so far are done.
    using Progress = std::function<void(const std::string& what, size_t done, size_t total)>;
    // Runs `work` (the comparing itself, once everything is loaded: no catalog call, nothing
    // shared) where the caller wants it, then `then` where results arrive. The default runs
    // both at once; a GUI runs the work on another thread.
    using Offload = std::function<void(std::function<void()> work, std::function<void()> then)>;
    static std::shared_ptr<CompareJob> start(CompareSide left, CompareSide right, Progress progress,
                                             std::function<void(CatalogComparison)> done,
                                             Offload offload = {});
    void cancel();

    struct Database;  // what was loaded of one database on both sides

private:
    struct Side;
    using Task = std::function<Cancellation(std::function<void()> next)>;

    CompareJob() = default;
    void run();
    void next();
    void add(std::string what, Task task);
    void addDatabase(const std::string& left, const std::string& right, bool onLeft, bool onRight);
    void addListings(size_t index, bool isLeft);
    void addTable();
    void finish();

    std::shared_ptr<Side> left_, right_;
    Progress progress_;
    std::function<void(CatalogComparison)> done_;
    Offload offload_;
    std::vector<std::pair<std::string, Task>> tasks_;
    size_t at_ = 0;
    bool finished_ = false;  // nothing more is loaded
    bool cancelled_ = false;
    Cancellation pending_;
    std::vector<std::shared_ptr<Database>> databases_;
    std::vector<ObjectComparison> tableOnly_;
    CatalogComparison result_;
};

}  // namespace paimon
