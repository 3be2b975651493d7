#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "core/fs/Warehouse.h"
#include "core/util/Result.h"

namespace paimon {

// The views or the functions of a warehouse, which our server keeps itself: Paimon's
// filesystem catalog stores none (HISTORY.md §10). One JSON document per object, in a hidden
// folder of its database (<db>.db/.paimon-catalog-browser-views/), named by the object's name
// with every byte outside [A-Za-z0-9_-] written %XX; Paimon lists only table folders there,
// and dropping the database removes it. Each write appears whole or not at all.
//
// Errors: NotFound DATABASE for a missing database, NotFound and AlreadyExists with
// `resourceType` (VIEW, FUNCTION) for the objects.
class ObjectStore {
public:
    ObjectStore(std::shared_ptr<Warehouse> warehouse, std::string folder, std::string resourceType);

    Result<std::vector<std::string>> names(const std::string& db) const;  // sorted (bytes)
    Result<std::string> read(const std::string& db, const std::string& name) const;
    Result<Unit> create(const std::string& db, const std::string& name, const std::string& text);
    // Replaces an existing object's document with what `change` makes of it (under the
    // store's lock, so two alters never lose one another's changes).
    Result<Unit> update(const std::string& db, const std::string& name,
                        const std::function<Result<std::string>(const std::string&)>& change);
    Result<Unit> remove(const std::string& db, const std::string& name);
    // To another name or database (the destination must not exist), the document made over
    // by `change` (its name member).
    Result<Unit> rename(const std::string& db, const std::string& name, const std::string& toDb,
                        const std::string& toName,
                        const std::function<Result<std::string>(const std::string&)>& change);

    // The file name an object's document has: "%2F" for '/', and so on, then ".json".
    static std::string fileNameOf(const std::string& name);

private:
    Result<std::filesystem::path> folder(const std::string& db) const;
    Error notFound(const std::string& name) const;
    Error exists(const std::string& name) const;

    std::shared_ptr<Warehouse> warehouse_;
    std::string folder_;
    std::string resourceType_;
    mutable std::mutex mutex_;
};

}  // namespace paimon
