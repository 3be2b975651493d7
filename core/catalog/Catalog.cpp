#include "core/catalog/Catalog.h"

#include <algorithm>

#include "core/catalog/PageLoop.h"

namespace paimon {

Cancellation collectAllPages(PageFetcher fetch, ListRequest first,
                             Callback<std::vector<std::string>> done) {
    return collectPages<std::string>(
        [fetch = std::move(fetch), first = std::move(first)](
            const std::optional<std::string>& token, Callback<Page<std::string>> cb) {
            ListRequest request = first;
            request.pageToken = token;
            return fetch(request, std::move(cb));
        },
        std::move(done));
}

Cancellation Catalog::listDatabases(std::optional<std::string> pattern,
                                    Callback<std::vector<std::string>> done, int pageSize) {
    ListRequest first{pageSize, std::nullopt, std::move(pattern)};
    return collectAllPages(
        [this](const ListRequest& r, Callback<Page<std::string>> cb) {
            return listDatabasesPage(r, std::move(cb));
        },
        std::move(first), std::move(done));
}

Cancellation Catalog::listTables(const std::string& database, std::optional<std::string> pattern,
                                 Callback<std::vector<std::string>> done, int pageSize) {
    ListRequest first{pageSize, std::nullopt, std::move(pattern)};
    return collectAllPages(
        [this, database](const ListRequest& r, Callback<Page<std::string>> cb) {
            return listTablesPage(database, r, std::move(cb));
        },
        std::move(first), std::move(done));
}

std::optional<Error> checkObjectName(const std::string& name, const char* what) {
    if (name.empty()) return makeError(ErrorKind::BadRequest, std::string(what) + " name is empty");
    if (name.find('\0') != std::string::npos) {
        return makeError(ErrorKind::BadRequest, std::string(what) + " name contains a NUL byte");
    }
    return std::nullopt;
}

std::optional<Error> checkIdentifier(const Identifier& id) {
    if (auto e = checkObjectName(id.database, "the database")) return e;
    return checkObjectName(id.object, "the table");
}

bool isSystemDatabase(const std::string& name) {
    return name == kSystemDatabase;
}

std::vector<std::string> globalSystemTableNames() {
    return {"all_table_options", "catalog_options"};
}

DatabaseInfo systemDatabaseInfo() {
    DatabaseInfo info;
    info.name = kSystemDatabase;
    return info;
}

std::optional<Error> checkNotSystemDatabase(const std::string& name) {
    if (!isSystemDatabase(name)) return std::nullopt;
    Error e = makeError(ErrorKind::BadRequest, "Can't do operation on system database.");
    e.resourceType = "DATABASE";
    e.resourceName = name;
    return e;
}

std::optional<Error> checkDataTable(const Identifier& id, const char* method) {
    if (auto e = checkIdentifier(id)) return e;
    const std::string name = id.fullName();
    if (id.branchName()) {
        return makeError(ErrorKind::BadRequest,
                         std::string("Cannot '") + method + "' for branch table '" + name +
                             "', please modify the table with the default branch.");
    }
    // Not a branch: any '$' names a system table (t$snapshots, t$branch_b$files).
    if (isSystemDatabase(id.database) || id.object.find('$') != std::string::npos) {
        return makeError(ErrorKind::BadRequest, std::string("Cannot '") + method +
                                                    "' for system table '" + name +
                                                    "', please use data table.");
    }
    return std::nullopt;
}

namespace {
bool isBlank(const std::string& s) {
    return std::all_of(s.begin(), s.end(), [](char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
    });
}
}  // namespace

std::optional<Error> checkTagName(const std::string& name) {
    if (isBlank(name)) return makeError(ErrorKind::BadRequest, "Tag name shouldn't be blank.");
    return std::nullopt;
}

std::optional<Error> checkBranchName(const std::string& name) {
    if (name == "main") {
        return makeError(ErrorKind::BadRequest,
                         "Branch name 'main' is the default branch and cannot be used.");
    }
    if (isBlank(name)) {
        return makeError(ErrorKind::BadRequest, "Branch name '" + name + "' is blank.");
    }
    if (std::all_of(name.begin(), name.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        return makeError(ErrorKind::BadRequest,
                         "Branch name cannot be pure numeric string but is '" + name + "'.");
    }
    if (name.find('$') != std::string::npos) {
        return makeError(ErrorKind::BadRequest, "Branch name '" + name + "' cannot hold '$'.");
    }
    return std::nullopt;
}

std::optional<Error> checkHistoryTable(const Identifier& id, const char* method) {
    if (auto e = checkIdentifier(id)) return e;
    if (isSystemDatabase(id.database) || id.systemTableName()) {
        return makeError(ErrorKind::BadRequest, std::string("Cannot '") + method +
                                                    "' for system table '" + id.fullName() +
                                                    "', please use data table.");
    }
    return std::nullopt;
}

std::optional<Error> checkBranchOwner(const Identifier& id, const char* method) {
    if (auto e = checkHistoryTable(id, method)) return e;
    if (id.branchName()) {
        return makeError(ErrorKind::BadRequest,
                         std::string("Cannot '") + method + "' for branch table '" + id.fullName() +
                             "', please use the table of the default branch.");
    }
    return std::nullopt;
}

Schema withTableDefaults(Schema schema, const Options& tableDefaults) {
    for (const auto& [key, value] : tableDefaults)
        schema.options.emplace(key, value);  // a key the schema sets is kept as it is
    return schema;
}

Options tableDefaultsOf(const Options& catalogOptions) {
    static constexpr std::string_view kPrefix = "table-default.";
    Options out;
    for (auto it = catalogOptions.lower_bound(std::string(kPrefix));
         it != catalogOptions.end() && it->first.rfind(kPrefix, 0) == 0; ++it) {
        if (it->first.size() > kPrefix.size()) out[it->first.substr(kPrefix.size())] = it->second;
    }
    return out;
}

std::optional<Error> checkPartitionSpecs(const std::vector<PartitionSpec>& specs, size_t max) {
    if (specs.empty()) return makeError(ErrorKind::BadRequest, "no partition is named");
    if (specs.size() > max) {
        return makeError(ErrorKind::BadRequest, "at most " + std::to_string(max) +
                                                    " partitions can be asked for at once, not " +
                                                    std::to_string(specs.size()));
    }
    for (const PartitionSpec& spec : specs) {
        if (spec.empty()) return makeError(ErrorKind::BadRequest, "a partition spec is empty");
        for (size_t i = 0; i < spec.size(); ++i) {
            if (spec[i].first.empty()) {
                return makeError(ErrorKind::BadRequest, "a partition key is empty");
            }
            for (size_t k = 0; k < i; ++k) {
                if (spec[k].first == spec[i].first) {
                    return makeError(ErrorKind::BadRequest,
                                     "the partition key \"" + spec[i].first + "\" is given twice");
                }
            }
        }
    }
    return std::nullopt;
}

std::optional<Error> checkFunctionName(const std::string& name) {
    bool letter = false;
    bool valid = !name.empty();
    for (char c : name) {
        const bool alpha = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
        letter = letter || alpha;
        if (!alpha && !(c >= '0' && c <= '9') && c != '.' && c != '_' && c != '-') valid = false;
    }
    if (valid && letter) return std::nullopt;
    return makeError(ErrorKind::BadRequest, "Invalid function name: " + name);
}

}  // namespace paimon
