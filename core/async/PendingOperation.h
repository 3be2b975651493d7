#pragma once

#include <functional>
#include <memory>
#include <mutex>
#include <string>

#include "core/async/Cancellation.h"
#include "core/util/Result.h"

namespace paimon {

// The shared shape of every multi-step asynchronous call: it ends in exactly one callback,
// remembers the step under way so that cancel() can stop it, and hands out a Cancellation that
// only refers to it (the in-flight callbacks own it, so nothing leaks in a cycle).
template <class T>
class PendingOperation : public std::enable_shared_from_this<PendingOperation<T>> {
public:
    using Callback = std::function<void(Result<T>)>;

    explicit PendingOperation(Callback done) : done_(std::move(done)) {}
    virtual ~PendingOperation() = default;

    bool isFinished() const {
        std::lock_guard lock(mutex_);
        return finished_;
    }

    // The step now under way; dropped once finished.
    void setCurrent(Cancellation step) {
        std::lock_guard lock(mutex_);
        if (!finished_) current_ = std::move(step);
    }

    // The first call wins; later ones (a result racing a cancel) are dropped.
    void finish(Result<T> result) {
        {
            std::lock_guard lock(mutex_);
            if (finished_) return;
            finished_ = true;
            current_ = {};
        }
        done_(std::move(result));
    }

    // Cancels the step under way and finishes with ErrorKind::Cancelled.
    Cancellation cancellation(std::string message) {
        std::weak_ptr<PendingOperation> weak = this->shared_from_this();
        return Cancellation([weak, message = std::move(message)] {
            auto op = weak.lock();
            if (!op) return;
            Cancellation step;
            {
                std::lock_guard lock(op->mutex_);
                step = op->current_;
            }
            step.cancel();
            op->finish(makeError(ErrorKind::Cancelled, message));
        });
    }

protected:
    mutable std::mutex mutex_;

private:
    Callback done_;
    bool finished_ = false;
    Cancellation current_;
};

}  // namespace paimon
