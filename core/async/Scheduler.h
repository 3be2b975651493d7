#pragma once

#include <functional>

#include "core/async/Cancellation.h"
#include "core/util/Time.h"

namespace paimon {

// Time and deferred work, so that retries, backoff and token refresh are testable logic.
// Tasks run on the scheduler's thread (the GUI event loop for the Qt implementation).
class Scheduler {
public:
    virtual ~Scheduler() = default;
    virtual SystemTime now() const = 0;
    virtual Cancellation after(Millis delay, std::function<void()> task) = 0;
    Cancellation post(std::function<void()> task) { return after(Millis(0), std::move(task)); }
};

}  // namespace paimon
