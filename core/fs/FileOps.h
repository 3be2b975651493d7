#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include "core/model/Identifier.h"
#include "core/model/Schema.h"
#include "core/util/Result.h"

// The file work the warehouse's readers and writers share (core/fs only): typed errors,
// numbered file listings, and writes that appear whole or not at all.
namespace paimon::fsops {

Error ioError(const std::string& what, int err);
Error ioError(const std::string& what, const std::error_code& ec);
Error resourceError(ErrorKind kind, std::string message, const char* type, std::string name);
Error databaseNotFound(const std::string& db);
Error tableNotFound(const Identifier& id);

// A non-negative 64-bit decimal with nothing around it.
std::optional<int64_t> parseId(std::string_view digits);
// The ids of the files "<prefix><id>" in `dir`, ascending; a missing folder has none.
std::vector<int64_t> listNumbered(const std::filesystem::path& dir, std::string_view prefix);
bool pathExists(const std::filesystem::path& p);
bool isDirectory(const std::filesystem::path& p);

Result<std::string> readFile(const std::filesystem::path& p);
// Writes `text` to a hidden temporary file next to `target` and syncs it.
Result<std::filesystem::path> writeTemp(const std::filesystem::path& target,
                                        const std::string& text);
void syncDirectory(const std::filesystem::path& dir);
// Creates `target` with `text` only if it does not exist yet: the whole file appears at once
// (link of a complete temporary file), or not at all. EEXIST comes back as `onExists`.
Result<Unit> createFileOnce(const std::filesystem::path& target, const std::string& text,
                            const std::function<Error()>& onExists);
// Replaces `target` atomically (rename over it).
Result<Unit> replaceFile(const std::filesystem::path& target, const std::string& text);
// Removes a folder so that it disappears at once: renamed to a hidden name first (ignored by
// every listing), then deleted.
Result<Unit> removeFolder(const std::filesystem::path& dir);

std::vector<std::string> sortedNames(std::vector<std::string> names);
Result<TableSchema> readSchemaFile(const std::filesystem::path& file);
std::filesystem::path schemaFile(const std::filesystem::path& schemaDir, int64_t id);

// ---- a table's history (TableHistory.cpp, TableBranches.cpp) ----

std::string snapshotName(int64_t id);  // "snapshot-<id>"
// A hint file (LATEST, EARLIEST): an ASCII decimal with nothing around it; anything else,
// "6\n" included, counts as absent, as Java's Long.parseLong makes it.
std::optional<int64_t> readHint(const std::filesystem::path& file);
Result<Unit> writeHint(const std::filesystem::path& file, int64_t id);
Result<Unit> removeFile(const std::filesystem::path& file);  // a missing file is no error
// Names of the files "<prefix><name>" of a folder, sorted.
std::vector<std::string> listNamed(const std::filesystem::path& dir, std::string_view prefix);
// Copies a file so that the copy appears whole (temporary file, then rename over).
Result<Unit> copyFile(const std::filesystem::path& from, const std::filesystem::path& to);
// A tag, branch or consumer name that cannot be a file or folder name: '/', '\', NUL, or a
// leading '.'.
std::optional<Error> checkFolderName(const std::string& name, const char* what);

}  // namespace paimon::fsops
