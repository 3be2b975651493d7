#pragma once

#include <algorithm>
#include <functional>
#include <memory>
#include <vector>

#include "core/async/Scheduler.h"
#include "core/http/Transport.h"

namespace paimon::testing {

// A Scheduler whose clock moves only when the test says so. Tasks run from runReady() /
// advance(), in due-time order, on the test's thread.
class ManualScheduler final : public Scheduler {
public:
    explicit ManualScheduler(SystemTime start = fromEpochMillis(1700000000000)) : now_(start) {}

    SystemTime now() const override { return now_; }

    Cancellation after(Millis delay, std::function<void()> task) override {
        auto entry = std::make_shared<Entry>(Entry{now_ + delay, seq_++, std::move(task), false});
        entries_.push_back(entry);
        return Cancellation([weak = std::weak_ptr<Entry>(entry)] {
            if (auto e = weak.lock()) {
                e->cancelled = true;
                e->task = nullptr;
            }
        });
    }

    // Runs every task that is due now, including ones they schedule for now.
    int runReady() {
        int ran = 0;
        while (auto next = popDue()) {
            std::function<void()> task = std::move(next->task);
            next->task = nullptr;
            task();
            ++ran;
        }
        return ran;
    }

    // Moves the clock forward, running tasks as their time comes.
    void advance(Millis by) {
        SystemTime target = now_ + by;
        while (true) {
            runReady();
            auto next = earliest();
            if (!next || next->due > target) break;
            now_ = next->due;
        }
        now_ = target;
        runReady();
    }

    void setNow(SystemTime t) { now_ = t; }
    // Time until the earliest pending task, if any.
    std::optional<Millis> nextDelay() const {
        auto e = earliest();
        if (!e) return std::nullopt;
        return std::chrono::duration_cast<Millis>(e->due - now_);
    }

private:
    struct Entry {
        SystemTime due;
        uint64_t seq;
        std::function<void()> task;
        bool cancelled;
    };

    std::shared_ptr<Entry> earliest() const {
        std::shared_ptr<Entry> best;
        for (const auto& e : entries_) {
            if (e->cancelled) continue;
            if (!best || e->due < best->due || (e->due == best->due && e->seq < best->seq)) {
                best = e;
            }
        }
        return best;
    }

    std::shared_ptr<Entry> popDue() {
        std::erase_if(entries_, [](const auto& e) { return e->cancelled; });
        auto best = earliest();
        if (!best || best->due > now_) return nullptr;
        std::erase(entries_, best);
        return best;
    }

    SystemTime now_;
    uint64_t seq_ = 0;
    std::vector<std::shared_ptr<Entry>> entries_;
};

}  // namespace paimon::testing
