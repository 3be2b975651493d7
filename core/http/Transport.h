#pragma once

#include <functional>
#include <variant>

#include "core/http/Cancellation.h"
#include "core/http/Http.h"
#include "core/util/Time.h"

namespace paimon {

using TransportResult = std::variant<HttpResponse, TransportError>;

// Sends one HTTP request, asynchronously. Implementations: QtTransport (ui/), a fake for tests.
// `done` is called exactly once (also after cancel(), with TransportFailure::Cancelled), never
// from inside send().
class Transport {
public:
    using Callback = std::function<void(TransportResult)>;
    virtual ~Transport() = default;
    virtual Cancellation send(HttpRequest request, Callback done) = 0;
};

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
