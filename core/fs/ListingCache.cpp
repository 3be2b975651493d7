#include "core/fs/ListingCache.h"

#include <ctime>

#include "core/fs/FileOps.h"

namespace paimon {

std::shared_ptr<const std::vector<int64_t>> NumberedListingCache::ids(
    const std::filesystem::path& dir, std::string_view prefix) {
    struct stat st {};
    if (::stat(dir.c_str(), &st) != 0) return std::make_shared<const std::vector<int64_t>>();
    std::string key = dir.string();
    key.push_back('\0');
    key.append(prefix);
    struct timespec now {};
    ::clock_gettime(CLOCK_REALTIME, &now);
    const bool settled = now.tv_sec - st.st_mtim.tv_sec > 1;
    {
        std::lock_guard lock(mutex_);
        auto it = entries_.find(key);
        if (it != entries_.end() && settled && it->second.mtime.tv_sec == st.st_mtim.tv_sec &&
            it->second.mtime.tv_nsec == st.st_mtim.tv_nsec) {
            return it->second.ids;
        }
    }
    auto ids = std::make_shared<const std::vector<int64_t>>(fsops::listNumbered(dir, prefix));
    std::lock_guard lock(mutex_);
    if (entries_.size() >= kMaxFolders) entries_.clear();
    entries_[key] = Entry{st.st_mtim, ids};
    return ids;
}

}  // namespace paimon
