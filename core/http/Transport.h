#pragma once

#include <functional>
#include <variant>

#include "core/async/Cancellation.h"
#include "core/http/Http.h"

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

}  // namespace paimon
