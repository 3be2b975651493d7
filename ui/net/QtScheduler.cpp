#include "ui/net/QtScheduler.h"

#include <QMetaObject>
#include <QPointer>
#include <QTimer>

#include <atomic>
#include <memory>

namespace paimon {

SystemTime QtScheduler::now() const {
    return std::chrono::system_clock::now();
}

Cancellation QtScheduler::after(Millis delay, std::function<void()> task) {
    struct Entry {
        std::atomic<bool> cancelled{false};
        std::function<void()> task;
    };
    auto entry = std::make_shared<Entry>();
    entry->task = std::move(task);
    auto run = [entry] {
        if (entry->cancelled.exchange(true)) return;
        auto task = std::move(entry->task);
        entry->task = nullptr;
        task();
    };
    // Queued even from this thread, so that nothing runs inside the caller.
    QMetaObject::invokeMethod(
        this,
        [this, delay, run] {
            if (delay.count() <= 0) {
                run();
            } else {
                QTimer::singleShot(std::chrono::milliseconds(delay), Qt::PreciseTimer, this, run);
            }
        },
        Qt::QueuedConnection);
    return Cancellation([entry] {
        if (entry->cancelled.exchange(true)) return;
        entry->task = nullptr;
    });
}

}  // namespace paimon
