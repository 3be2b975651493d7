#include "core/rest/RestClient.h"

#include "core/http/PendingOperation.h"
#include "core/rest/ErrorMapping.h"

namespace paimon {

struct RestClient::Call : PendingOperation<HttpResponse> {
    using PendingOperation::PendingOperation;
    HttpRequest request;
    int attempts = 0;
};

RestClient::RestClient(std::shared_ptr<Transport> transport, std::shared_ptr<Scheduler> scheduler,
                       std::shared_ptr<AuthProvider> auth, RestClientOptions options)
    : transport_(std::move(transport)),
      scheduler_(std::move(scheduler)),
      auth_(std::move(auth)),
      options_(std::move(options)) {}

double RestClient::nextRandom() {
    if (options_.random) return options_.random();
    std::lock_guard lock(randomMutex_);
    return std::uniform_real_distribution<double>(0.0, 1.0)(engine_);
}

Cancellation RestClient::execute(std::string method, std::string path, QueryParams query,
                                 std::optional<std::string> body, Callback done) {
    auto call = std::make_shared<Call>(std::move(done));
    call->request.method = std::move(method);
    call->request.baseUrl = options_.baseUrl;
    call->request.path = std::move(path);
    call->request.query = std::move(query);
    call->request.body = std::move(body);
    call->request.timeout = options_.timeout;
    call->request.headers = options_.baseHeaders;
    attempt(call);
    return call->cancellation("the request was cancelled");
}

void RestClient::attempt(const std::shared_ptr<Call>& call) {
    if (call->isFinished()) return;
    ++call->attempts;
    auto self = shared_from_this();
    // Callbacks run on the scheduler's thread, so this flag needs no lock.
    auto authDone = std::make_shared<bool>(false);
    Cancellation authStep =
        auth_->authenticate(call->request, [self, call, authDone](Result<HttpRequest> authed) {
            *authDone = true;
            if (!authed) return call->finish(authed.takeError());
            if (call->isFinished()) return;
            HttpRequest request = std::move(authed).value();
            SystemTime started = self->scheduler_->now();
            auto sent = std::make_shared<HttpRequest>(request);
            call->setCurrent(self->transport_->send(
                std::move(request), [self, call, sent, started](TransportResult outcome) {
                    self->onOutcome(call, *sent, started, std::move(outcome));
                }));
        });
    if (!*authDone) call->setCurrent(std::move(authStep));  // still waiting for credentials
}

void RestClient::onOutcome(const std::shared_ptr<Call>& call, const HttpRequest& sent,
                           SystemTime started, TransportResult outcome) {
    RequestRecord record;
    if (options_.observer) {
        record.method = sent.method;
        record.url = sent.url();
        record.headers = redactHeaders(sent.headers);
        record.attempt = call->attempts;
        record.elapsed = std::chrono::duration_cast<Millis>(scheduler_->now() - started);
    }
    int retry = call->attempts;  // the number the next retry would have
    if (auto* error = std::get_if<TransportError>(&outcome)) {
        Error e = errorFromTransport(*error);
        if (options_.observer) {
            record.outcome = e.describe();
            options_.observer(record);
        }
        if (error->failure == TransportFailure::Cancelled) return call->finish(std::move(e));
        if (auto delay =
                options_.retry.delayAfterTransportError(retry, sent.method, *error, nextRandom())) {
            return retryLater(call, *delay);
        }
        return call->finish(std::move(e));
    }
    HttpResponse& response = std::get<HttpResponse>(outcome);
    if (options_.observer) {
        record.status = response.status;
        record.requestId = requestIdOf(response.headers);
        if (!isSuccessStatus(response.status)) {
            record.outcome = errorFromResponse(response).describe();
        }
        options_.observer(record);
    }
    if (isSuccessStatus(response.status)) return call->finish(std::move(response));
    if (auto delay =
            options_.retry.delayAfterResponse(retry, response, scheduler_->now(), nextRandom())) {
        return retryLater(call, *delay);
    }
    call->finish(errorFromResponse(response));
}

void RestClient::retryLater(const std::shared_ptr<Call>& call, Millis delay) {
    if (call->isFinished()) return;
    auto self = shared_from_this();
    call->setCurrent(scheduler_->after(delay, [self, call] { self->attempt(call); }));
}

}  // namespace paimon
