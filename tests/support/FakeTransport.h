#pragma once

#include <deque>
#include <functional>
#include <memory>
#include <vector>

#include "core/async/Scheduler.h"
#include "core/http/Transport.h"
#include "tests/support/ManualScheduler.h"

namespace paimon::testing {

// A Transport for unit tests. Each request is recorded; a handler decides the outcome, which is
// delivered through the scheduler (never inside send()). Without a handler, queued outcomes are
// used in order. Cancelling delivers TransportFailure::Cancelled.
class FakeTransport final : public Transport {
public:
    using Handler = std::function<TransportResult(const HttpRequest&)>;

    explicit FakeTransport(std::shared_ptr<ManualScheduler> scheduler)
        : scheduler_(std::move(scheduler)) {}

    void setHandler(Handler h) { handler_ = std::move(h); }
    void enqueue(TransportResult outcome) { queue_.push_back(std::move(outcome)); }
    void setLatency(Millis latency) { latency_ = latency; }

    const std::vector<HttpRequest>& requests() const { return requests_; }
    const HttpRequest& last() const { return requests_.back(); }

    Cancellation send(HttpRequest request, Callback done) override {
        requests_.push_back(request);
        TransportResult outcome = TransportError{TransportFailure::Other, "no response queued"};
        if (handler_) {
            outcome = handler_(request);
        } else if (!queue_.empty()) {
            outcome = std::move(queue_.front());
            queue_.pop_front();
        }
        auto state = std::make_shared<State>();
        state->done = std::move(done);
        Cancellation timer =
            scheduler_->after(latency_, [state, outcome = std::move(outcome)]() mutable {
                if (state->finished) return;
                state->finished = true;
                state->done(std::move(outcome));
            });
        auto scheduler = scheduler_;
        return Cancellation([weak = std::weak_ptr<State>(state), timer, scheduler] {
            auto state = weak.lock();  // before the timer, which may hold the last reference
            timer.cancel();
            if (!state) return;
            if (state->finished) return;
            state->finished = true;
            scheduler->post([state] {
                state->done(TransportError{TransportFailure::Cancelled, "cancelled"});
            });
        });
    }

    static HttpResponse json(int status, std::string body, Headers headers = {}) {
        HttpResponse r;
        r.status = status;
        r.body = std::move(body);
        r.headers = std::move(headers);
        r.headers.set("Content-Type", "application/json");
        return r;
    }

private:
    struct State {
        Callback done;
        bool finished = false;
    };
    std::shared_ptr<ManualScheduler> scheduler_;
    Handler handler_;
    std::deque<TransportResult> queue_;
    std::vector<HttpRequest> requests_;
    Millis latency_{0};
};

}  // namespace paimon::testing
