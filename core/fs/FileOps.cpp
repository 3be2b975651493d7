#include "core/fs/FileOps.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <fstream>
#include <sstream>
#include <system_error>

#include "core/json/JsonValue.h"
#include "core/json/Messages.h"
#include "core/util/Crypto.h"

namespace fs = std::filesystem;

namespace paimon::fsops {

Error ioError(const std::string& what, int err) {
    // std::strerror is not thread safe; the category's message is.
    return makeError(ErrorKind::Io, what + ": " + std::generic_category().message(err));
}
Error ioError(const std::string& what, const std::error_code& ec) {
    return makeError(ErrorKind::Io, what + ": " + ec.message());
}

Error resourceError(ErrorKind kind, std::string message, const char* type, std::string name) {
    Error e = makeError(kind, std::move(message));
    e.resourceType = type;
    e.resourceName = std::move(name);
    return e;
}
Error databaseNotFound(const std::string& db) {
    return resourceError(ErrorKind::NotFound, "Database " + db + " does not exist.", "DATABASE",
                         db);
}
Error tableNotFound(const Identifier& id) {
    return resourceError(ErrorKind::NotFound, "Table " + id.fullName() + " does not exist.",
                         "TABLE", id.object);
}

std::optional<int64_t> parseId(std::string_view digits) {
    if (digits.empty()) return std::nullopt;
    int64_t v = 0;
    auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), v);
    if (ec != std::errc() || ptr != digits.data() + digits.size() || v < 0) return std::nullopt;
    return v;
}

std::vector<int64_t> listNumbered(const fs::path& dir, std::string_view prefix) {
    std::vector<int64_t> ids;
    std::error_code ec;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        std::string name = it->path().filename().string();
        if (!name.starts_with(prefix)) continue;
        if (auto id = parseId(std::string_view(name).substr(prefix.size()))) ids.push_back(*id);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

bool pathExists(const fs::path& p) {
    std::error_code ec;
    return fs::exists(p, ec);
}
bool isDirectory(const fs::path& p) {
    std::error_code ec;
    return fs::is_directory(p, ec);
}

Result<std::string> readFile(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    if (!in) return ioError("cannot read " + p.filename().string(), errno);
    std::ostringstream text;
    text << in.rdbuf();
    if (in.bad()) return ioError("cannot read " + p.filename().string(), errno);
    return text.str();
}

// Writes `text` to a hidden temporary file next to `target` and syncs it.
Result<fs::path> writeTemp(const fs::path& target, const std::string& text) {
    fs::path temp =
        target.parent_path() / ("." + target.filename().string() + "." + crypto::uuid4() + ".tmp");
    int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0) return ioError("cannot create " + temp.filename().string(), errno);
    size_t done = 0;
    while (done < text.size()) {
        ssize_t n = ::write(fd, text.data() + done, text.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            int err = errno;
            ::close(fd);
            ::unlink(temp.c_str());
            return ioError("cannot write " + target.filename().string(), err);
        }
        done += static_cast<size_t>(n);
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0) {
        int err = errno;
        ::unlink(temp.c_str());
        return ioError("cannot write " + target.filename().string(), err);
    }
    return temp;
}

void syncDirectory(const fs::path& dir) {
    int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

// Creates `target` with `text` only if it does not exist yet: the whole file appears at once
// (link of a complete temporary file), or not at all. EEXIST comes back as `onExists`.
Result<Unit> createFileOnce(const fs::path& target, const std::string& text,
                            const std::function<Error()>& onExists) {
    auto temp = writeTemp(target, text);
    if (!temp) return temp.takeError();
    int rc = ::link(temp->c_str(), target.c_str());
    int err = errno;
    ::unlink(temp->c_str());
    if (rc != 0) {
        if (err == EEXIST) return onExists();
        return ioError("cannot create " + target.filename().string(), err);
    }
    syncDirectory(target.parent_path());
    return Unit{};
}

// Replaces `target` atomically (rename over it).
Result<Unit> replaceFile(const fs::path& target, const std::string& text) {
    auto temp = writeTemp(target, text);
    if (!temp) return temp.takeError();
    if (::rename(temp->c_str(), target.c_str()) != 0) {
        int err = errno;
        ::unlink(temp->c_str());
        return ioError("cannot replace " + target.filename().string(), err);
    }
    syncDirectory(target.parent_path());
    return Unit{};
}

// Removes a folder so that it disappears at once: renamed to a hidden name first (ignored by
// every listing), then deleted.
Result<Unit> removeFolder(const fs::path& dir) {
    fs::path doomed =
        dir.parent_path() / ("." + dir.filename().string() + "." + crypto::uuid4() + ".dropping");
    if (::rename(dir.c_str(), doomed.c_str()) != 0) {
        return ioError("cannot remove " + dir.filename().string(), errno);
    }
    std::error_code ec;
    fs::remove_all(doomed, ec);
    if (ec) return ioError("cannot remove " + dir.filename().string(), ec);
    return Unit{};
}

std::vector<std::string> sortedNames(std::vector<std::string> names) {
    std::sort(names.begin(), names.end());
    return names;
}

Result<TableSchema> readSchemaFile(const fs::path& file) {
    auto text = readFile(file);
    if (!text) return text.takeError();
    auto doc = json::Document::parse(*text, ErrorKind::Io);
    if (!doc) {
        return makeError(ErrorKind::Io,
                         "the schema file " + file.filename().string() + " is not valid JSON");
    }
    auto schema = codec::tableSchemaFromJson(doc->root(), ErrorKind::Io);
    if (!schema) {
        return makeError(ErrorKind::Io, "the schema file " + file.filename().string() +
                                            " is not a Paimon schema: " + schema.error().message);
    }
    return schema;
}

fs::path schemaFile(const fs::path& schemaDir, int64_t id) {
    return schemaDir / ("schema-" + std::to_string(id));
}

// ---- a table's history (TableHistory.cpp, TableBranches.cpp) ----

std::string snapshotName(int64_t id) {
    return "snapshot-" + std::to_string(id);
}

// A hint file (LATEST, EARLIEST): an ASCII decimal with nothing around it; anything else,
// "6\n" included, counts as absent, as Java's Long.parseLong makes it.
std::optional<int64_t> readHint(const fs::path& file) {
    auto text = readFile(file);
    if (!text) return std::nullopt;
    return parseId(*text);
}

Result<Unit> writeHint(const fs::path& file, int64_t id) {
    return replaceFile(file, std::to_string(id));
}

Result<Unit> removeFile(const fs::path& file) {
    std::error_code ec;
    fs::remove(file, ec);
    if (ec) return ioError("cannot delete " + file.filename().string(), ec);
    return Unit{};
}

// Names of the files "<prefix><name>" of a folder, sorted.
std::vector<std::string> listNamed(const fs::path& dir, std::string_view prefix) {
    std::vector<std::string> names;
    std::error_code ec;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        std::string name = it->path().filename().string();
        if (name.size() > prefix.size() && name.starts_with(prefix)) {
            names.push_back(name.substr(prefix.size()));
        }
    }
    return sortedNames(std::move(names));
}

// Copies a file so that the copy appears whole (temporary file, then rename over).
Result<Unit> copyFile(const fs::path& from, const fs::path& to) {
    auto text = readFile(from);
    if (!text) return text.takeError();
    return replaceFile(to, *text);
}

std::optional<Error> checkFolderName(const std::string& name, const char* what) {
    if (name.find('/') != std::string::npos || name.find('\\') != std::string::npos ||
        name.find('\0') != std::string::npos || name.starts_with(".")) {
        return makeError(ErrorKind::BadRequest, std::string(what) + " name '" + name +
                                                    "' cannot hold '/', '\\' or NUL, nor start "
                                                    "with '.'.");
    }
    return std::nullopt;
}

}  // namespace paimon::fsops
