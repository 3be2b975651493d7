#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/catalog/Catalog.h"
#include "core/fs/ListingCache.h"
#include "core/fs/Manifest.h"
#include "core/model/History.h"
#include "core/model/Identifier.h"
#include "core/model/Snapshot.h"
#include "core/util/Result.h"

namespace paimon {

// The life of one table in a warehouse folder, as Java Paimon lays it out (HISTORY.md §1–§5):
// the snapshots, tags and consumers of the identifier's branch (main unless the object is
// `t$branch_b`), and the table's branches. Reads trust nothing that can be stale: hint files
// are checked as Java checks them. Writes follow Java's order, so that a write stopped at any
// point leaves a folder Paimon and this reader still read; no write deletes a data file or a
// manifest (what a rollback or a branch drop leaves unreferenced stays for Paimon's
// remove_orphan_files).
//
// Errors are typed as Java's reference REST server types them: NotFound with resource
// SNAPSHOT, TAG or BRANCH, AlreadyExists TAG or BRANCH, BadRequest for names and durations
// Paimon refuses, ServiceFailure where Java's server answers 500.
class TableHistory {
public:
    // `table`: the table's folder (the branch root of main); `now`: epoch milliseconds;
    // `listings`, when given, keeps the snapshot listing between pages.
    TableHistory(std::filesystem::path table, Identifier id, std::function<int64_t()> now,
                 std::shared_ptr<NumberedListingCache> listings = nullptr,
                 std::shared_ptr<FileTotalsCache> totals = nullptr);

    const Identifier& identifier() const { return id_; }
    std::string branch() const;  // "main" or the identifier's branch
    const std::filesystem::path& root() const { return root_; }

    // Snapshots.
    Result<std::optional<int64_t>> latestSnapshotId() const;
    Result<std::optional<int64_t>> earliestSnapshotId() const;
    Result<Snapshot> snapshot(int64_t id) const;
    // EARLIEST, LATEST, a snapshot id, else a tag's snapshot (OBJECTS.md §2).
    Result<Snapshot> snapshotAt(std::string_view version) const;
    // The latest snapshot with the table's counts; none for a table nothing was written to.
    // The file members add up the live files of its manifests (HISTORY.md §7.4); the record
    // count is the snapshot's totalRecordCount (the manifests' sum without one). When the
    // manifests cannot be read the file members are 0 (clients show them as not reported)
    // and a warning is logged.
    Result<std::optional<TableSnapshot>> latestSnapshot() const;
    // Newest first; the page token is the last id of the previous page. Only the snapshots of
    // the page are read.
    Result<Page<Snapshot>> snapshotsPage(const ListRequest& request, int defaultPageSize,
                                         int maxPageSize) const;

    // Commits `s` as the next snapshot (HISTORY.md §1.3, step 6): its id must follow the
    // latest; the file is created whole and never over another (Conflict when another writer
    // committed first), then LATEST is written. The manifests it names must exist already.
    Result<Unit> commit(const Snapshot& s);

    // Tags, by name; `request.namePattern` is a literal name prefix (tagNamePrefix).
    Result<Page<std::string>> tagsPage(const ListRequest& request, int defaultPageSize,
                                       int maxPageSize) const;
    Result<Tag> tag(const std::string& name) const;
    Result<Unit> createTag(const CreateTagRequest& request);
    Result<Unit> deleteTag(const std::string& name);

    // Branches, always those of the table (whatever branch the identifier names).
    Result<std::vector<std::string>> branches() const;  // sorted
    Result<Unit> createBranch(const CreateBranchRequest& request);
    Result<Unit> dropBranch(const std::string& branch);
    Result<Unit> renameBranch(const std::string& from, const std::string& to);
    Result<Unit> fastForward(const std::string& branch);

    // Consumers, by id.
    Result<Page<Consumer>> consumersPage(const ListRequest& request, int defaultPageSize,
                                         int maxPageSize) const;
    Result<Unit> resetConsumer(const ResetConsumerRequest& request);

    Result<Unit> rollback(const RollbackRequest& request);
    Result<Unit> rollbackSchema(int64_t schemaId);
    // Every schema file of the table (or branch), ascending by id.
    Result<std::vector<TableSchema>> schemas() const;

    // Java's name rules (checkTagName, checkBranchName in Catalog.h), with what a folder name
    // cannot hold added.
    static std::optional<Error> checkTagName(const std::string& name);
    static std::optional<Error> checkBranchName(const std::string& name);

private:
    std::filesystem::path snapshotDir() const { return root_ / "snapshot"; }
    std::filesystem::path tagDir() const { return root_ / "tag"; }
    std::filesystem::path branchRoot(const std::string& branch) const;
    Result<TagFile> tagFile(const std::string& name) const;
    // Every tag of this branch with its snapshot id.
    std::vector<std::pair<std::string, int64_t>> tagSnapshotIds() const;
    std::string tableName() const;
    Error snapshotNotFound(const std::string& what) const;
    Error tagNotFound(const std::string& name) const;
    Error branchNotFound(const std::string& name) const;

    std::filesystem::path table_;
    std::filesystem::path root_;  // the branch root
    Identifier id_;
    std::function<int64_t()> now_;
    std::shared_ptr<NumberedListingCache> listings_;
    std::shared_ptr<FileTotalsCache> totals_;
};

}  // namespace paimon
