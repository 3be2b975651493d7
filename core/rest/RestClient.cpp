#include "core/rest/RestClient.h"

#include "core/async/PendingOperation.h"
#include "core/json/Redaction.h"
#include "core/rest/ErrorMapping.h"
#include "core/util/Log.h"
#include "core/util/Version.h"

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

void RestClient::stampHeaders(HttpRequest& request) {
    // The one place every request is stamped (PROTOCOL.md §10.13): a body is JSON whatever the
    // auth provider, and the client names itself unless a header.User-Agent option does.
    if (request.body) request.headers.set("Content-Type", "application/json");
    if (!request.headers.contains("User-Agent")) {
        request.headers.set("User-Agent", defaultUserAgent());
    }
}

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
    stampHeaders(call->request);
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

void RestClient::report(const Call& call, const HttpRequest& sent, SystemTime started,
                        const HttpResponse* response, const Error* error) const {
    log::debug(log::kRest, [&] {
        // Method, path, status, time: never a header or a body.
        const auto ms = std::chrono::duration_cast<Millis>(scheduler_->now() - started).count();
        std::string line = sent.method + " " + redactSecretText(sent.url()) + " -> ";
        line += response ? std::to_string(response->status) : std::string("no response");
        line += " in " + std::to_string(ms) + " ms";
        if (call.attempts > 1) line += ", attempt " + std::to_string(call.attempts);
        if (response) {
            const std::string id = requestIdOf(response->headers);
            if (!id.empty()) line += ", request id " + id;
        }
        if (error) line += ": " + redactSecretText(error->describe());
        return line;
    });
    if (!options_.observer) return;
    RequestRecord record;
    record.method = sent.method;
    record.url = sent.url();
    record.headers = redactHeaders(sent.headers);
    if (sent.body) record.requestBody = redactJsonSecrets(*sent.body);
    record.attempt = call.attempts;
    record.elapsed = std::chrono::duration_cast<Millis>(scheduler_->now() - started);
    if (response) {
        record.status = response->status;
        record.requestId = requestIdOf(response->headers);
        if (response->body.size() <= RequestRecord::kMaxLoggedBody) {
            record.responseBody = redactJsonSecrets(response->body);
        } else {
            record.responseBody = "(" + std::to_string(response->body.size()) +
                                  " bytes, too large to keep in the log)";
        }
    }
    if (error) record.outcome = error->describe();
    options_.observer(record);
}

void RestClient::onOutcome(const std::shared_ptr<Call>& call, const HttpRequest& sent,
                           SystemTime started, TransportResult outcome) {
    const int retry = call->attempts;  // the number the next retry would have
    if (auto* failure = std::get_if<TransportError>(&outcome)) {
        Error e = errorFromTransport(*failure);
        report(*call, sent, started, nullptr, &e);
        if (auto delay = options_.retry.delayAfterTransportError(retry, sent.method, *failure,
                                                                 nextRandom())) {
            return retryLater(call, *delay);
        }
        return call->finish(std::move(e));
    }
    auto& response = std::get<HttpResponse>(outcome);
    if (isSuccessStatus(response.status)) {
        report(*call, sent, started, &response, nullptr);
        return call->finish(std::move(response));
    }
    Error e = errorFromResponse(response);
    report(*call, sent, started, &response, &e);
    if (auto delay =
            options_.retry.delayAfterResponse(retry, response, scheduler_->now(), nextRandom())) {
        return retryLater(call, *delay);
    }
    call->finish(std::move(e));
}

void RestClient::retryLater(const std::shared_ptr<Call>& call, Millis delay) {
    if (call->isFinished()) return;
    log::info(log::kRest, [&] {
        return "retrying " + call->request.method + " " + call->request.path + " in " +
               std::to_string(delay.count()) + " ms";
    });
    auto self = shared_from_this();
    call->setCurrent(scheduler_->after(delay, [self, call] { self->attempt(call); }));
}

}  // namespace paimon
