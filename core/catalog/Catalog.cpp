#include "core/catalog/Catalog.h"

#include "core/async/PendingOperation.h"

#include <set>

namespace paimon {
namespace {

struct PageLoop : PendingOperation<std::vector<std::string>> {
    using PendingOperation::PendingOperation;
    PageFetcher fetch;
    ListRequest request;
    std::vector<std::string> items;
    std::set<std::string> seenTokens;

    void next() {
        auto self = std::static_pointer_cast<PageLoop>(shared_from_this());
        setCurrent(fetch(request, [self](Result<Page<std::string>> page) {
            if (!page) return self->finish(page.takeError());
            bool empty = page->items.empty();
            for (std::string& name : page->items)
                self->items.push_back(std::move(name));
            const std::optional<std::string>& token = page->nextPageToken;
            if (empty || !token || token->empty()) return self->finish(std::move(self->items));
            if (!self->seenTokens.insert(*token).second) {
                return self->finish(makeError(ErrorKind::InvalidResponse,
                                              "the server repeated a page token; the listing "
                                              "would never end"));
            }
            self->request.pageToken = *token;
            self->next();
        }));
    }
};

}  // namespace

Cancellation collectAllPages(PageFetcher fetch, ListRequest first,
                             Callback<std::vector<std::string>> done) {
    auto loop = std::make_shared<PageLoop>(std::move(done));
    loop->fetch = std::move(fetch);
    loop->request = std::move(first);
    loop->next();
    return loop->cancellation("the listing was cancelled");
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

}  // namespace paimon
