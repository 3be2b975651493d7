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
// the two given), and in each the tables, views and functions with their definitions, a page
// of a thousand at a time. A kind a side does not keep (a warehouse folder's views and
// functions) is not compared, and neither is a listing that failed: both are named in the
// result's problems. `progress` follows the loading; `done` gets the comparison once, unless
// cancel() came first. Results arrive where the catalogs deliver them.
class CompareJob : public std::enable_shared_from_this<CompareJob> {
public:
    // What is being loaded, and how many of the loads known so far are done.
    using Progress = std::function<void(const std::string& what, size_t done, size_t total)>;
    static std::shared_ptr<CompareJob> start(CompareSide left, CompareSide right, Progress progress,
                                             std::function<void(CatalogComparison)> done);
    void cancel();

private:
    struct Side;
    struct Database;
    using Task = std::function<Cancellation(std::function<void()> next)>;

    CompareJob() = default;
    void run();
    void next();
    void add(std::string what, Task task);
    void addDatabase(const std::string& left, const std::string& right, bool onLeft, bool onRight);
    void addListings(size_t database, bool left);
    void addTable();
    void finish();

    std::shared_ptr<Side> left_, right_;
    Progress progress_;
    std::function<void(CatalogComparison)> done_;
    std::vector<std::pair<std::string, Task>> tasks_;
    size_t at_ = 0;
    bool finished_ = false;
    Cancellation pending_;
    std::vector<std::shared_ptr<Database>> databases_;
    std::vector<ObjectComparison> tableOnly_;
    CatalogComparison result_;
};

}  // namespace paimon
