#pragma once

#include <functional>
#include <memory>
#include <mutex>

namespace paimon {

// Returned by every asynchronous call. cancel() is idempotent, thread-safe, and harmless after
// the call has finished; a default-constructed one does nothing.
class Cancellation {
public:
    Cancellation() = default;
    explicit Cancellation(std::function<void()> onCancel)
        : state_(std::make_shared<State>(std::move(onCancel))) {}

    void cancel() const {
        if (!state_) return;
        std::function<void()> fn;
        {
            std::lock_guard lock(state_->mutex);
            fn = std::move(state_->onCancel);
            state_->onCancel = nullptr;
        }
        if (fn) fn();
    }

private:
    struct State {
        explicit State(std::function<void()> fn) : onCancel(std::move(fn)) {}
        std::mutex mutex;
        std::function<void()> onCancel;
    };
    std::shared_ptr<State> state_;
};

}  // namespace paimon
