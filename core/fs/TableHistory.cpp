#include "core/fs/TableHistory.h"

#include <fcntl.h>
#include <cstdio>

#include <algorithm>
#include <cerrno>
#include <functional>
#include <system_error>

#include "core/catalog/Paging.h"
#include "core/fs/FileOps.h"
#include "core/json/Messages.h"
#include "core/util/Duration.h"
#include "core/util/Log.h"

namespace fs = std::filesystem;

namespace paimon {

using namespace fsops;

namespace {

constexpr const char* kMain = "main";

}  // namespace

TableHistory::TableHistory(fs::path table, Identifier id, std::function<int64_t()> now,
                           std::shared_ptr<NumberedListingCache> listings,
                           std::shared_ptr<FileTotalsCache> totals)
    : table_(std::move(table)),
      id_(std::move(id)),
      now_(std::move(now)),
      listings_(std::move(listings)),
      totals_(totals ? std::move(totals) : std::make_shared<FileTotalsCache>()) {
    root_ = branchRoot(branch());
}

std::string TableHistory::branch() const {
    return id_.branchName().value_or(kMain);
}

fs::path TableHistory::branchRoot(const std::string& branch) const {
    if (branch == kMain) return table_;
    return table_ / "branch" / ("branch-" + branch);
}

std::string TableHistory::tableName() const {
    return id_.database + "." + id_.tableName();
}

Error TableHistory::snapshotNotFound(const std::string& what) const {
    return resourceError(ErrorKind::NotFound,
                         "Snapshot " + what + " of table " + id_.fullName() + " doesn't exist.",
                         "SNAPSHOT", what);
}

Error TableHistory::tagNotFound(const std::string& name) const {
    return resourceError(ErrorKind::NotFound,
                         "Tag " + name + " in table " + tableName() + " doesn't exist.", "TAG",
                         name);
}

Error TableHistory::branchNotFound(const std::string& name) const {
    return resourceError(ErrorKind::NotFound,
                         "Branch " + name + " in table " + tableName() + " doesn't exist.",
                         "BRANCH", name);
}

std::optional<Error> TableHistory::checkTagName(const std::string& name) {
    if (auto e = paimon::checkTagName(name)) return e;
    return checkFolderName(name, "Tag");
}

std::optional<Error> TableHistory::checkBranchName(const std::string& name) {
    if (auto e = paimon::checkBranchName(name)) return e;
    return checkFolderName(name, "Branch");
}

// ---- snapshots ----

Result<std::optional<int64_t>> TableHistory::latestSnapshotId() const {
    const fs::path dir = snapshotDir();
    // Java trusts a LATEST hint v whenever snapshot-(v+1) is missing; snapshot-v must exist
    // too here, so that a hint left dangling by an interrupted rollback costs only a listing.
    if (auto v = readHint(dir / "LATEST"); v && *v > 0 && !pathExists(dir / snapshotName(*v + 1)) &&
                                           pathExists(dir / snapshotName(*v))) {
        return std::optional<int64_t>(*v);
    }
    std::vector<int64_t> ids = listNumbered(dir, "snapshot-");
    if (ids.empty()) return std::optional<int64_t>();
    return std::optional<int64_t>(ids.back());
}

Result<std::optional<int64_t>> TableHistory::earliestSnapshotId() const {
    const fs::path dir = snapshotDir();
    if (auto v = readHint(dir / "EARLIEST"); v && pathExists(dir / snapshotName(*v))) {
        return std::optional<int64_t>(*v);
    }
    std::vector<int64_t> ids = listNumbered(dir, "snapshot-");
    if (ids.empty()) return std::optional<int64_t>();
    return std::optional<int64_t>(ids.front());
}

Result<Snapshot> TableHistory::snapshot(int64_t id) const {
    const fs::path file = snapshotDir() / snapshotName(id);
    if (!pathExists(file)) return snapshotNotFound(std::to_string(id));
    auto text = readFile(file);
    if (!text) return text.takeError();
    return codec::decodeSnapshotFile(*text);
}

Result<Snapshot> TableHistory::snapshotAt(std::string_view version) const {
    std::optional<int64_t> id;
    if (version == "EARLIEST" || version == "LATEST") {
        auto found = version == "EARLIEST" ? earliestSnapshotId() : latestSnapshotId();
        if (!found) return found.takeError();
        if (!*found) return snapshotNotFound(std::string(version));
        id = **found;
    } else {
        id = parseId(version);
    }
    if (id) return snapshot(*id);
    if (checkTagName(std::string(version))) return snapshotNotFound(std::string(version));
    auto tag = tagFile(std::string(version));
    if (!tag) return snapshotNotFound(std::string(version));
    return tag->snapshot;
}

Result<std::optional<TableSnapshot>> TableHistory::latestSnapshot() const {
    auto latest = latestSnapshotId();
    if (!latest) return latest.takeError();
    if (!*latest) return std::optional<TableSnapshot>();
    auto s = snapshot(**latest);
    if (!s) return s.takeError();
    TableSnapshot t;
    t.snapshot = std::move(*s);
    auto files = totals_->totals(table_, t.snapshot);
    if (files) {
        t.recordCount = t.snapshot.totalRecordCount.value_or(files->recordCount);
        t.fileSizeInBytes = files->fileSizeInBytes;
        t.fileCount = files->fileCount;
        if (files->lastFileCreationTime > 0) {
            t.lastFileCreationTime = localWallClockToEpochMillis(files->lastFileCreationTime);
        }
    } else {
        t.recordCount = t.snapshot.totalRecordCount.value_or(0);
        log::warning(log::kFs, [&] {
            return "the files of " + id_.fullName() + " at snapshot " +
                   std::to_string(t.snapshot.id) + " are not counted: " + files.error().message;
        });
    }
    return std::optional<TableSnapshot>(std::move(t));
}

Result<Page<Snapshot>> TableHistory::snapshotsPage(const ListRequest& request, int defaultPageSize,
                                                   int maxPageSize) const {
    const std::shared_ptr<const std::vector<int64_t>> listed =
        listings_ ? listings_->ids(snapshotDir(), "snapshot-")
                  : std::make_shared<const std::vector<int64_t>>(
                        listNumbered(snapshotDir(), "snapshot-"));
    const std::vector<int64_t>& ids = *listed;
    std::optional<int64_t> after;
    if (request.pageToken && !request.pageToken->empty()) {
        after = parseId(*request.pageToken);
        if (!after) {
            return makeError(ErrorKind::BadRequest,
                             "the page token '" + *request.pageToken + "' is not a snapshot id");
        }
    }
    const auto limit = static_cast<size_t>(
        std::clamp(request.maxResults > 0 ? request.maxResults : defaultPageSize, 1, maxPageSize));
    // Newest first: the ids below the token, from the highest down.
    auto end = after ? std::lower_bound(ids.begin(), ids.end(), *after) : ids.end();
    Page<Snapshot> page;
    for (auto it = std::make_reverse_iterator(end); it != ids.rend(); ++it) {
        if (page.items.size() == limit) {
            page.nextPageToken = std::to_string(page.items.back().id);
            break;
        }
        auto s = snapshot(*it);
        if (!s) {
            if (s.error().kind == ErrorKind::NotFound) continue;  // expired meanwhile
            return s.takeError();
        }
        page.items.push_back(std::move(*s));
    }
    return page;
}

Result<Unit> TableHistory::commit(const Snapshot& s) {
    auto latest = latestSnapshotId();
    if (!latest) return latest.takeError();
    const int64_t expected = *latest ? **latest + 1 : 1;
    auto conflict = [&] {
        return resourceError(ErrorKind::Conflict,
                             "Snapshot " + std::to_string(s.id) + " of table " + id_.fullName() +
                                 " cannot be committed: the next snapshot is " +
                                 std::to_string(expected) + ".",
                             "SNAPSHOT", std::to_string(s.id));
    };
    if (s.id != expected) return conflict();
    std::error_code ec;
    fs::create_directories(snapshotDir(), ec);
    if (ec) return ioError("cannot create the snapshot folder", ec);
    auto created =
        createFileOnce(snapshotDir() / snapshotName(s.id), codec::encodeSnapshotFile(s), conflict);
    if (!created) return created;
    return writeHint(snapshotDir() / "LATEST", s.id);
}

// ---- tags ----

Result<TagFile> TableHistory::tagFile(const std::string& name) const {
    const fs::path file = tagDir() / ("tag-" + name);
    if (!pathExists(file)) return tagNotFound(name);
    auto text = readFile(file);
    if (!text) return text.takeError();
    return codec::decodeTagFile(*text);
}

std::vector<std::pair<std::string, int64_t>> TableHistory::tagSnapshotIds() const {
    std::vector<std::pair<std::string, int64_t>> tags;
    for (const std::string& name : listNamed(tagDir(), "tag-")) {
        if (auto t = tagFile(name)) tags.emplace_back(name, t->snapshot.id);
    }
    return tags;
}

Result<Page<std::string>> TableHistory::tagsPage(const ListRequest& request, int defaultPageSize,
                                                 int maxPageSize) const {
    ListRequest byPrefix = request;
    if (request.namePattern && !request.namePattern->empty()) {
        byPrefix.namePattern = prefixPatternFor(*request.namePattern);
    }
    return pageOfNames(listNamed(tagDir(), "tag-"), byPrefix, defaultPageSize, maxPageSize);
}

Result<Tag> TableHistory::tag(const std::string& name) const {
    if (checkTagName(name)) return tagNotFound(name);
    auto file = tagFile(name);
    if (!file) return file.takeError();
    Tag t;
    t.name = name;
    t.snapshot = std::move(file->snapshot);
    if (file->createTime) t.createTimeMillis = localDateTimeToEpochMillis(*file->createTime);
    if (file->timeRetainedNanos) t.timeRetained = formatIsoDuration(*file->timeRetainedNanos);
    return t;
}

Result<Unit> TableHistory::createTag(const CreateTagRequest& request) {
    // In the order of Java's reference server: the snapshot, the duration, then the name.
    std::optional<int64_t> id = request.snapshotId;
    if (!id) {
        auto latest = latestSnapshotId();
        if (!latest) return latest.takeError();
        if (!*latest) {
            return resourceError(
                ErrorKind::NotFound,
                "Cannot create tag because table " + id_.fullName() + " has no snapshot.",
                "SNAPSHOT", "null");
        }
        id = **latest;
    }
    Result<Snapshot> tagged = snapshot(*id);
    if (!tagged && tagged.error().kind == ErrorKind::NotFound) {
        // An expired snapshot is still reachable through a tag that holds it.
        for (const auto& [name, snapshotId] : tagSnapshotIds()) {
            if (snapshotId != *id) continue;
            if (auto other = tagFile(name)) tagged = other->snapshot;
            break;
        }
    }
    if (!tagged) {
        if (tagged.error().kind != ErrorKind::NotFound) return tagged.takeError();
        return resourceError(
            ErrorKind::NotFound,
            "Cannot create tag because given snapshot #" + std::to_string(*id) + " doesn't exist.",
            "SNAPSHOT", std::to_string(*id));
    }
    TagFile file;
    file.snapshot = std::move(*tagged);
    if (request.timeRetained) {
        auto nanos = parsePaimonDuration(*request.timeRetained);
        if (!nanos) {
            return makeError(ErrorKind::BadRequest,
                             "Invalid timeRetained format: " + *request.timeRetained);
        }
        file.timeRetainedNanos = *nanos;
        file.createTime = toLocalDateTime(now_());
    }
    if (auto e = checkTagName(request.tagName)) return *e;
    std::error_code ec;
    fs::create_directories(tagDir(), ec);
    if (ec) return ioError("cannot create the tag folder", ec);
    return createFileOnce(tagDir() / ("tag-" + request.tagName), codec::encodeTagFile(file), [&] {
        return resourceError(ErrorKind::AlreadyExists,
                             "Tag '" + request.tagName + "' already exists.", "TAG",
                             request.tagName);
    });
}

Result<Unit> TableHistory::deleteTag(const std::string& name) {
    if (checkTagName(name)) return tagNotFound(name);
    const fs::path file = tagDir() / ("tag-" + name);
    if (!pathExists(file)) return tagNotFound(name);
    return removeFile(file);
}

// ---- consumers ----

Result<Page<Consumer>> TableHistory::consumersPage(const ListRequest& request, int defaultPageSize,
                                                   int maxPageSize) const {
    ListRequest names = request;
    names.namePattern.reset();
    auto page = pageOfNames(listNamed(root_ / "consumer", "consumer-"), names, defaultPageSize,
                            maxPageSize);
    if (!page) return page.takeError();
    Page<Consumer> consumers;
    consumers.nextPageToken = page->nextPageToken;
    for (const std::string& id : page->items) {
        auto text = readFile(root_ / "consumer" / ("consumer-" + id));
        if (!text) continue;  // removed meanwhile
        auto next = codec::decodeConsumerFile(*text);
        if (!next) return next.takeError();
        consumers.items.push_back({id, *next});
    }
    return consumers;
}

Result<Unit> TableHistory::resetConsumer(const ResetConsumerRequest& request) {
    if (request.consumerId.empty()) {
        return makeError(ErrorKind::BadRequest, "Consumer id shouldn't be empty.");
    }
    if (auto e = checkFolderName(request.consumerId, "Consumer")) return *e;
    const fs::path file = root_ / "consumer" / ("consumer-" + request.consumerId);
    if (!request.nextSnapshotId) {
        if (!pathExists(file)) return Unit{};
        return removeFile(file);
    }
    if (!pathExists(snapshotDir() / snapshotName(*request.nextSnapshotId))) {
        return snapshotNotFound(std::to_string(*request.nextSnapshotId));
    }
    std::error_code ec;
    fs::create_directories(root_ / "consumer", ec);
    if (ec) return ioError("cannot create the consumer folder", ec);
    return replaceFile(file, codec::encodeConsumerFile(*request.nextSnapshotId));
}

// ---- rollback ----

Result<Unit> TableHistory::rollback(const RollbackRequest& request) {
    auto latest = latestSnapshotId();
    if (!latest) return latest.takeError();
    if (request.fromSnapshot && (!*latest || **latest != *request.fromSnapshot)) {
        return makeError(ErrorKind::ServiceFailure,
                         "Latest snapshot " + (*latest ? std::to_string(**latest) : "null") +
                             " is not " + std::to_string(*request.fromSnapshot));
    }
    // The snapshot to go back to; a tag's copy when the snapshot file itself expired.
    int64_t n = 0;
    std::optional<Snapshot> fromTag;
    if (request.target.kind == RollbackTarget::Kind::Tag) {
        const std::string& name = request.target.tagName;
        if (checkTagName(name)) return tagNotFound(name);
        auto file = tagFile(name);
        if (!file) return file.takeError();
        n = file->snapshot.id;
        fromTag = std::move(file->snapshot);
    } else {
        n = request.target.snapshotId;
        if (!pathExists(snapshotDir() / snapshotName(n))) {
            for (const auto& [name, snapshotId] : tagSnapshotIds()) {
                if (snapshotId != n) continue;
                if (auto file = tagFile(name)) fromTag = std::move(file->snapshot);
                break;
            }
            if (!fromTag) {
                return resourceError(ErrorKind::NotFound,
                                     "Rollback snapshot '" + std::to_string(n) + "' doesn't exist.",
                                     "SNAPSHOT", std::to_string(n));
            }
        }
    }
    auto earliest = earliestSnapshotId();
    if (!earliest) return earliest.takeError();
    if (!*earliest || !*latest) {
        return makeError(
            ErrorKind::ServiceFailure,
            std::string("Cannot find ") + (*earliest ? "latest" : "earliest") + " snapshot.");
    }
    const int64_t e = **earliest, l = **latest;
    // HISTORY.md §5.1, in Java's order: a rollback stopped at any step is completed by
    // running it again.
    if (auto r = writeHint(snapshotDir() / "LATEST", n); !r) return r;
    for (int64_t i = l; i >= std::max(e, n + 1); --i) {
        const fs::path file = snapshotDir() / snapshotName(i);
        if (!pathExists(file)) continue;
        if (auto r = removeFile(file); !r) return r;
    }
    const fs::path changelogs = root_ / "changelog";
    if (isDirectory(changelogs)) {
        std::vector<int64_t> ids = listNumbered(changelogs, "changelog-");
        if (!ids.empty()) {
            const int64_t kept = std::max(ids.front(), n + 1) - 1;
            if (auto r = writeHint(changelogs / "LATEST", kept < ids.front() ? -1 : kept); !r) {
                // -1 is not an id: Java writes it to say every changelog went.
                return r;
            }
            for (int64_t id : ids) {
                if (id <= n) continue;
                if (auto r = removeFile(changelogs / ("changelog-" + std::to_string(id))); !r) {
                    return r;
                }
            }
        }
    }
    for (const auto& [name, snapshotId] : tagSnapshotIds()) {
        if (snapshotId <= n) continue;
        if (auto r = removeFile(tagDir() / ("tag-" + name)); !r) return r;
    }
    const fs::path target = snapshotDir() / snapshotName(n);
    if (fromTag && !pathExists(target)) {
        if (auto r = replaceFile(target, codec::encodeSnapshotFile(*fromTag)); !r) return r;
        if (auto r = writeHint(snapshotDir() / "EARLIEST", n); !r) return r;
    }
    return Unit{};
}

Result<std::vector<TableSchema>> TableHistory::schemas() const {
    const fs::path dir = root_ / "schema";
    std::vector<TableSchema> out;
    for (int64_t id : listNumbered(dir, "schema-")) {
        auto schema = readSchemaFile(dir / ("schema-" + std::to_string(id)));
        if (!schema) return schema.takeError();
        out.push_back(std::move(schema).value());
    }
    return out;
}

Result<Unit> TableHistory::rollbackSchema(int64_t schemaId) {
    const fs::path schemas = root_ / "schema";
    std::vector<int64_t> ids = listNumbered(schemas, "schema-");
    if (std::find(ids.begin(), ids.end(), schemaId) == ids.end()) {
        return makeError(ErrorKind::ServiceFailure,
                         "Schema " + std::to_string(schemaId) + " does not exist.");
    }
    // The smallest later schema still in use by a snapshot, a tag or a changelog.
    std::optional<int64_t> used;
    auto consider = [&](int64_t sid) {
        if (sid > schemaId && (!used || sid < *used)) used = sid;
    };
    for (int64_t id : listNumbered(snapshotDir(), "snapshot-")) {
        if (auto s = snapshot(id)) consider(s->schemaId);
    }
    for (const std::string& name : listNamed(tagDir(), "tag-")) {
        if (auto t = tagFile(name)) consider(t->snapshot.schemaId);
    }
    for (int64_t id : listNumbered(root_ / "changelog", "changelog-")) {
        auto text = readFile(root_ / "changelog" / ("changelog-" + std::to_string(id)));
        if (!text) continue;
        if (auto s = codec::decodeSnapshotFile(*text)) consider(s->schemaId);
    }
    if (used) {
        return makeError(ErrorKind::ServiceFailure,
                         "Cannot rollback to schema " + std::to_string(schemaId) + ", schema " +
                             std::to_string(*used) +
                             " is still referenced by snapshots/tags/changelogs.");
    }
    // Highest first, as Java deletes them.
    std::sort(ids.begin(), ids.end(), std::greater<>());
    for (int64_t id : ids) {
        if (id <= schemaId) break;
        if (auto r = removeFile(schemaFile(schemas, id)); !r) return r;
    }
    return Unit{};
}

}  // namespace paimon
