#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/model/Snapshot.h"
#include "core/util/Time.h"

namespace paimon {

// A tag: a name for one snapshot, kept after the snapshot expires (HISTORY.md §2), as
// GET …/tags/{tag} answers it. The two retention members are null unless the tag was made with
// a retention time.
struct Tag {
    std::string name;
    Snapshot snapshot;
    std::optional<int64_t> createTimeMillis;  // tagCreateTime, epoch milliseconds
    std::optional<std::string> timeRetained;  // tagTimeRetained as Java's Duration writes it: PT24H
    bool operator==(const Tag&) const = default;
};

// The file tag/tag-<name> (HISTORY.md §2): the tagged snapshot member for member, then the
// retention members when the tag was made with a retention time.
struct TagFile {
    Snapshot snapshot;
    std::optional<LocalDateTime> createTime;   // tagCreateTime, in the writer's time zone
    std::optional<int64_t> timeRetainedNanos;  // tagTimeRetained, decimal seconds on disk
    bool operator==(const TagFile&) const = default;
};

// A streaming reader's position (HISTORY.md §4): the next snapshot it will read.
struct Consumer {
    std::string id;
    std::optional<int64_t> nextSnapshot;  // written even when null
    bool operator==(const Consumer&) const = default;
};

// What a rollback goes back to (Java's Instant): a snapshot id, or a tag's snapshot.
struct RollbackTarget {
    enum class Kind { Snapshot, Tag };
    Kind kind = Kind::Snapshot;
    int64_t snapshotId = 0;  // Kind::Snapshot
    std::string tagName;     // Kind::Tag
    bool operator==(const RollbackTarget&) const = default;

    static RollbackTarget toSnapshot(int64_t id) { return {Kind::Snapshot, id, {}}; }
    static RollbackTarget toTag(std::string tag) { return {Kind::Tag, 0, std::move(tag)}; }
};

// Request bodies of the table's life (OBJECTS.md §2–§5).
struct CreateTagRequest {
    std::string tagName;
    std::optional<int64_t> snapshotId;        // absent: the latest snapshot
    std::optional<std::string> timeRetained;  // Paimon's duration text: "1d", "12 h", "30min"
    bool operator==(const CreateTagRequest&) const = default;
};
struct CreateBranchRequest {
    std::string branch;
    std::optional<std::string> fromTag;  // absent: an empty branch with the latest schema
    bool operator==(const CreateBranchRequest&) const = default;
};
struct RenameBranchRequest {
    std::string toBranch;
    bool operator==(const RenameBranchRequest&) const = default;
};
struct ResetConsumerRequest {
    std::string consumerId;
    std::optional<int64_t> nextSnapshotId;  // absent: the consumer is deleted
    bool operator==(const ResetConsumerRequest&) const = default;
};
struct RollbackRequest {
    RollbackTarget target;
    // When set, the rollback is refused unless this is still the latest snapshot: a guard
    // against rolling back over a commit the user has not seen.
    std::optional<int64_t> fromSnapshot;
    bool operator==(const RollbackRequest&) const = default;
};
struct RollbackSchemaRequest {
    int64_t schemaId = 0;
    bool operator==(const RollbackSchemaRequest&) const = default;
};

}  // namespace paimon
