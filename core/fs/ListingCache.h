#pragma once

#include <sys/stat.h>

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace paimon {

// The ids of a folder's numbered files ("snapshot-<id>"), kept while the folder is unchanged:
// what a server paging through 100,000 snapshots would otherwise list on every page. A
// cached listing is used only when the folder's modification time is the one it was listed
// at and lies more than a second in the past (a file system with coarse timestamps could
// otherwise hide a change made in the same tick). Thread-safe.
class NumberedListingCache {
public:
    // Ascending; empty for a missing folder.
    std::shared_ptr<const std::vector<int64_t>> ids(const std::filesystem::path& dir,
                                                    std::string_view prefix);

    static constexpr size_t kMaxFolders = 256;

private:
    struct Entry {
        struct timespec mtime {};
        std::shared_ptr<const std::vector<int64_t>> ids;
    };
    std::mutex mutex_;
    std::map<std::string, Entry> entries_;  // by folder and prefix
};

}  // namespace paimon
