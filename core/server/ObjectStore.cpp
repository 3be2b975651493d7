#include "core/server/ObjectStore.h"

#include <algorithm>

#include "core/fs/FileOps.h"

namespace fs = std::filesystem;

namespace paimon {

using namespace fsops;

namespace {

constexpr const char* kSuffix = ".json";

int hexValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// fileNameOf's inverse; nothing for a file that is not one of ours.
std::optional<std::string> nameOfFile(const std::string& file) {
    if (file.size() <= 5 || !file.ends_with(kSuffix)) return std::nullopt;
    std::string out;
    const size_t end = file.size() - 5;
    for (size_t i = 0; i < end; ++i) {
        if (file[i] != '%') {
            out += file[i];
            continue;
        }
        if (i + 2 >= end) return std::nullopt;
        const int hi = hexValue(file[i + 1]);
        const int lo = hexValue(file[i + 2]);
        if (hi < 0 || lo < 0) return std::nullopt;
        out += static_cast<char>(hi * 16 + lo);
        i += 2;
    }
    return out;
}

}  // namespace

ObjectStore::ObjectStore(std::shared_ptr<Warehouse> warehouse, std::string folder,
                         std::string resourceType)
    : warehouse_(std::move(warehouse)),
      folder_(std::move(folder)),
      resourceType_(std::move(resourceType)) {}

std::string ObjectStore::fileNameOf(const std::string& name) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    for (char ch : name) {
        const auto c = static_cast<unsigned char>(ch);
        const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                           (c >= '0' && c <= '9') || c == '_' || c == '-';
        if (plain) {
            out += ch;
        } else {
            out += '%';
            out += kHex[c >> 4];
            out += kHex[c & 0xF];
        }
    }
    return out + kSuffix;
}

Result<fs::path> ObjectStore::folder(const std::string& db) const {
    if (auto e = Warehouse::checkDatabaseName(db)) return *e;
    const fs::path dir = warehouse_->root() / (db + ".db");
    if (!isDirectory(dir)) return databaseNotFound(db);
    return dir / folder_;
}

Error ObjectStore::notFound(const std::string& name) const {
    std::string kind = resourceType_;
    std::transform(kind.begin() + 1, kind.end(), kind.begin() + 1,
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return resourceError(ErrorKind::NotFound, kind + " " + name + " does not exist.",
                         resourceType_.c_str(), name);
}

Error ObjectStore::exists(const std::string& name) const {
    std::string kind = resourceType_;
    std::transform(kind.begin() + 1, kind.end(), kind.begin() + 1,
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return resourceError(ErrorKind::AlreadyExists, kind + " " + name + " already exists.",
                         resourceType_.c_str(), name);
}

Result<std::vector<std::string>> ObjectStore::names(const std::string& db) const {
    auto dir = folder(db);
    if (!dir) return dir.takeError();
    std::vector<std::string> out;
    std::error_code ec;
    for (fs::directory_iterator it(*dir, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string file = it->path().filename().string();
        if (file.starts_with(".")) continue;  // temporary files
        if (auto name = nameOfFile(file)) out.push_back(std::move(*name));
    }
    std::sort(out.begin(), out.end());
    return out;
}

Result<std::string> ObjectStore::read(const std::string& db, const std::string& name) const {
    auto dir = folder(db);
    if (!dir) return dir.takeError();
    const fs::path file = *dir / fileNameOf(name);
    if (!pathExists(file)) return notFound(name);
    return readFile(file);
}

Result<Unit> ObjectStore::create(const std::string& db, const std::string& name,
                                 const std::string& text) {
    auto dir = folder(db);
    if (!dir) return dir.takeError();
    std::lock_guard lock(mutex_);
    std::error_code ec;
    fs::create_directories(*dir, ec);
    if (ec) return ioError("Cannot create " + dir->string(), ec);
    return createFileOnce(*dir / fileNameOf(name), text, [&] { return exists(name); });
}

Result<Unit> ObjectStore::update(
    const std::string& db, const std::string& name,
    const std::function<Result<std::string>(const std::string&)>& change) {
    auto dir = folder(db);
    if (!dir) return dir.takeError();
    std::lock_guard lock(mutex_);
    const fs::path file = *dir / fileNameOf(name);
    if (!pathExists(file)) return notFound(name);
    auto text = readFile(file);
    if (!text) return text.takeError();
    auto changed = change(*text);
    if (!changed) return changed.takeError();
    return replaceFile(file, *changed);
}

Result<Unit> ObjectStore::remove(const std::string& db, const std::string& name) {
    auto dir = folder(db);
    if (!dir) return dir.takeError();
    std::lock_guard lock(mutex_);
    const fs::path file = *dir / fileNameOf(name);
    if (!pathExists(file)) return notFound(name);
    return removeFile(file);
}

Result<Unit> ObjectStore::rename(
    const std::string& db, const std::string& name, const std::string& toDb,
    const std::string& toName,
    const std::function<Result<std::string>(const std::string&)>& change) {
    auto from = folder(db);
    if (!from) return from.takeError();
    auto to = folder(toDb);
    if (!to) return to.takeError();
    std::lock_guard lock(mutex_);
    const fs::path source = *from / fileNameOf(name);
    if (!pathExists(source)) return notFound(name);
    auto text = readFile(source);
    if (!text) return text.takeError();
    auto changed = change(*text);
    if (!changed) return changed.takeError();
    std::error_code ec;
    fs::create_directories(*to, ec);
    if (ec) return ioError("Cannot create " + to->string(), ec);
    // The new name appears whole (never over another), then the old one goes.
    if (auto created =
            createFileOnce(*to / fileNameOf(toName), *changed, [&] { return exists(toName); });
        !created) {
        return created;
    }
    return removeFile(source);
}

}  // namespace paimon
