#include "core/util/Log.h"

#include <atomic>
#include <mutex>

namespace paimon::log {

namespace {
std::mutex mutex;
std::shared_ptr<Sink> installed;
std::atomic<bool> any{false};  // the fast path when no sink is installed
}  // namespace

void setSink(std::shared_ptr<Sink> sink) {
    std::lock_guard lock(mutex);
    any = sink != nullptr;
    installed = std::move(sink);
}

namespace {
std::shared_ptr<Sink> current() {
    if (!any.load(std::memory_order_relaxed)) return nullptr;
    std::lock_guard lock(mutex);
    return installed;
}
}  // namespace

bool enabled(std::string_view category, Level level) {
    std::shared_ptr<Sink> sink = current();
    return sink && sink->enabled(category, level);
}

void put(std::string_view category, Level level, const std::string& message) {
    if (std::shared_ptr<Sink> sink = current()) sink->write(category, level, message);
}

}  // namespace paimon::log
