#include <fcntl.h>

#include <cerrno>
#include <cstdio>
#include <system_error>

#include "core/fs/FileOps.h"
#include "core/fs/TableHistory.h"
#include "core/json/Messages.h"

// TableHistory's branches (HISTORY.md §3): listed, created (empty or from a tag), dropped,
// renamed and fast-forwarded into main.

namespace fs = std::filesystem;

namespace paimon {

using namespace fsops;

namespace {
constexpr const char* kMain = "main";
}  // namespace

// ---- branches ----

Result<std::vector<std::string>> TableHistory::branches() const {
    std::vector<std::string> names;
    std::error_code ec;
    for (fs::directory_iterator it(table_ / "branch", ec), end; !ec && it != end;
         it.increment(ec)) {
        std::string name = it->path().filename().string();
        if (name.size() > 7 && name.starts_with("branch-") && it->is_directory()) {
            names.push_back(name.substr(7));
        }
    }
    return sortedNames(std::move(names));
}

Result<Unit> TableHistory::createBranch(const CreateBranchRequest& request) {
    if (auto e = checkBranchName(request.branch)) return *e;
    const fs::path target = branchRoot(request.branch);
    if (pathExists(target)) {
        return resourceError(ErrorKind::AlreadyExists,
                             "Branch name '" + request.branch + "' already exists.", "BRANCH",
                             request.branch);
    }
    // The branch is built in a hidden folder and renamed into place: it appears whole or not
    // at all.
    const TableHistory main(table_, {id_.database, id_.tableName()}, now_);
    std::optional<TagFile> tag;
    std::optional<int64_t> lastSchema;
    if (request.fromTag) {
        if (checkTagName(*request.fromTag)) return main.tagNotFound(*request.fromTag);
        auto file = main.tagFile(*request.fromTag);
        if (!file) return file.takeError();
        tag = std::move(*file);
        lastSchema = tag->snapshot.schemaId;
    }
    const fs::path staging = table_ / "branch" / (".branch-" + request.branch + ".creating");
    std::error_code ec;
    fs::remove_all(staging, ec);
    fs::create_directories(staging / "schema", ec);
    if (ec) return ioError("cannot create branch " + request.branch, ec);
    auto fail = [&](Error e) -> Result<Unit> {
        std::error_code ignored;
        fs::remove_all(staging, ignored);
        return e;
    };
    for (int64_t sid : listNumbered(table_ / "schema", "schema-")) {
        if (lastSchema && sid > *lastSchema) break;
        auto copied =
            copyFile(schemaFile(table_ / "schema", sid), schemaFile(staging / "schema", sid));
        if (!copied) return fail(copied.takeError());
    }
    if (tag) {
        fs::create_directories(staging / "tag", ec);
        fs::create_directories(staging / "snapshot", ec);
        if (ec) return fail(ioError("cannot create branch " + request.branch, ec));
        auto copied = copyFile(main.tagDir() / ("tag-" + *request.fromTag),
                               staging / "tag" / ("tag-" + *request.fromTag));
        if (!copied) return fail(copied.takeError());
        const fs::path snapshotFile = main.snapshotDir() / snapshotName(tag->snapshot.id);
        const fs::path copy = staging / "snapshot" / snapshotName(tag->snapshot.id);
        auto written = pathExists(snapshotFile)
                           ? copyFile(snapshotFile, copy)
                           : replaceFile(copy, codec::encodeSnapshotFile(tag->snapshot));
        if (!written) return fail(written.takeError());
    }
    if (::rename(staging.c_str(), target.c_str()) != 0) {
        const int err = errno;
        std::error_code ignored;
        fs::remove_all(staging, ignored);
        if (err == EEXIST || err == ENOTEMPTY) {
            return resourceError(ErrorKind::AlreadyExists,
                                 "Branch name '" + request.branch + "' already exists.", "BRANCH",
                                 request.branch);
        }
        return ioError("cannot create branch " + request.branch, err);
    }
    return Unit{};
}

Result<Unit> TableHistory::dropBranch(const std::string& branch) {
    if (branch == kMain || checkBranchName(branch)) {
        if (branch == kMain) return *checkBranchName(branch);
        return branchNotFound(branch);
    }
    const fs::path dir = branchRoot(branch);
    if (!isDirectory(dir)) return branchNotFound(branch);
    // The table refuses to drop the branch its reads fall back to (Java's table API).
    auto schemaIds = listNumbered(table_ / "schema", "schema-");
    if (!schemaIds.empty()) {
        if (auto schema = readSchemaFile(schemaFile(table_ / "schema", schemaIds.back()))) {
            for (const char* key : {"scan.fallback-branch", "scan.primary-branch"}) {
                auto it = schema->options.find(key);
                if (it != schema->options.end() && it->second == branch) {
                    return makeError(ErrorKind::BadRequest, "Cannot delete branch '" + branch +
                                                                "': it is the " + key +
                                                                " of table " + tableName() + ".");
                }
            }
        }
    }
    return removeFolder(dir);
}

Result<Unit> TableHistory::renameBranch(const std::string& from, const std::string& to) {
    if (from == kMain) return *checkBranchName(from);
    if (checkBranchName(from)) return branchNotFound(from);
    if (auto e = checkBranchName(to)) return *e;
    const fs::path source = branchRoot(from), target = branchRoot(to);
    if (!isDirectory(source)) return branchNotFound(from);
    if (::renameat2(AT_FDCWD, source.c_str(), AT_FDCWD, target.c_str(), RENAME_NOREPLACE) != 0) {
        if (errno == EEXIST || errno == ENOTEMPTY) {
            return resourceError(ErrorKind::AlreadyExists,
                                 "Branch name '" + to + "' already exists.", "BRANCH", to);
        }
        return ioError("cannot rename branch " + from, errno);
    }
    return Unit{};
}

Result<Unit> TableHistory::fastForward(const std::string& branch) {
    if (branch == kMain) {
        return makeError(ErrorKind::BadRequest,
                         "Branch name 'main' is the default branch and cannot be fast-forwarded.");
    }
    if (checkBranchName(branch)) return branchNotFound(branch);
    const fs::path source = branchRoot(branch);
    if (!isDirectory(source)) return branchNotFound(branch);
    const TableHistory from(table_, {id_.database, id_.tableName() + "$branch_" + branch}, now_);
    auto earliest = from.earliestSnapshotId();
    if (!earliest) return earliest.takeError();
    if (!*earliest) {
        return makeError(ErrorKind::BadRequest,
                         "Cannot fast-forward branch " + branch + ": it has no snapshot.");
    }
    auto first = from.snapshot(**earliest);
    if (!first) return first.takeError();
    const int64_t fork = **earliest, forkSchema = first->schemaId;
    const fs::path snapshots = table_ / "snapshot", schemas = table_ / "schema",
                   tags = table_ / "tag";
    // Java's order (HISTORY.md §3): LATEST first, so that a reader stopped halfway lists.
    if (auto r = removeFile(snapshots / "LATEST"); !r) return r;
    for (int64_t id : listNumbered(snapshots, "snapshot-")) {
        if (id < fork) continue;
        if (auto r = removeFile(snapshots / snapshotName(id)); !r) return r;
    }
    for (int64_t id : listNumbered(schemas, "schema-")) {
        if (id < forkSchema) continue;
        if (auto r = removeFile(schemaFile(schemas, id)); !r) return r;
    }
    const TableHistory main(table_, {id_.database, id_.tableName()}, now_);
    for (const auto& [name, snapshotId] : main.tagSnapshotIds()) {
        if (snapshotId < fork) continue;
        if (auto r = removeFile(tags / ("tag-" + name)); !r) return r;
    }
    for (const char* folder : {"snapshot", "schema", "tag"}) {
        std::error_code ec;
        if (!isDirectory(source / folder)) continue;
        fs::create_directories(table_ / folder, ec);
        for (fs::directory_iterator it(source / folder, ec), end; !ec && it != end;
             it.increment(ec)) {
            const std::string name = it->path().filename().string();
            if (name.starts_with(".")) continue;  // a writer's temporary file
            auto copied = copyFile(it->path(), table_ / folder / name);
            if (!copied) return copied;
        }
        if (ec) return ioError("cannot read branch " + branch, ec);
    }
    return Unit{};
}

}  // namespace paimon
