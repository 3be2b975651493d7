#include "core/rest/ResourcePaths.h"

#include "core/util/Encoding.h"

namespace paimon {

ResourcePaths::ResourcePaths(std::optional<std::string> prefix) : prefix_(std::move(prefix)) {
    root_ = prefix_ && !prefix_->empty() ? "/v1/" + javaUrlEncode(*prefix_) : "/v1";
}

std::string ResourcePaths::databases() const {
    return root_ + "/databases";
}
std::string ResourcePaths::database(const std::string& db) const {
    return databases() + "/" + javaUrlEncode(db);
}
std::string ResourcePaths::tables(const std::string& db) const {
    return database(db) + "/tables";
}
std::string ResourcePaths::tableDetails(const std::string& db) const {
    return database(db) + "/table-details";
}
std::string ResourcePaths::table(const std::string& db, const std::string& table) const {
    return tables(db) + "/" + javaUrlEncode(table);
}
std::string ResourcePaths::tableChild(const std::string& db, const std::string& table,
                                      std::initializer_list<std::string> segments) const {
    std::string path = this->table(db, table);
    for (const std::string& segment : segments)
        path += "/" + javaUrlEncode(segment);
    return path;
}
std::string ResourcePaths::renameTable() const {
    return root_ + "/tables/rename";
}
std::string ResourcePaths::tablesGlobal() const {
    return root_ + "/tables";
}

std::string ResourcePaths::views(const std::string& db) const {
    return database(db) + "/views";
}
std::string ResourcePaths::viewDetails(const std::string& db) const {
    return database(db) + "/view-details";
}
std::string ResourcePaths::view(const std::string& db, const std::string& view) const {
    return views(db) + "/" + javaUrlEncode(view);
}
std::string ResourcePaths::renameView() const {
    return root_ + "/views/rename";
}
std::string ResourcePaths::viewsGlobal() const {
    return root_ + "/views";
}
std::string ResourcePaths::functions(const std::string& db) const {
    return database(db) + "/functions";
}
std::string ResourcePaths::functionDetails(const std::string& db) const {
    return database(db) + "/function-details";
}
std::string ResourcePaths::function(const std::string& db, const std::string& function) const {
    return functions(db) + "/" + javaUrlEncode(function);
}
std::string ResourcePaths::functionsGlobal() const {
    return root_ + "/functions";
}

}  // namespace paimon
