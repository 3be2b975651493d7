#pragma once

#include <functional>
#include <memory>
#include <random>

#include "core/async/Scheduler.h"
#include "core/auth/AuthProvider.h"
#include "core/http/Transport.h"
#include "core/rest/RetryPolicy.h"
#include "core/util/Result.h"

namespace paimon {

// What one attempt did, for the activity log. Headers and bodies are redacted.
struct RequestRecord {
    static constexpr size_t kMaxLoggedBody = size_t{64} * 1024;
    std::string method;
    std::string url;
    Headers headers;           // as sent, secrets redacted
    std::string requestBody;   // as sent, secret fields redacted
    std::string responseBody;  // the first kMaxLoggedBody bytes, secret fields redacted
    int attempt = 1;           // 1 for the first try
    int status = 0;            // 0 when no response arrived
    std::string requestId;
    Millis elapsed{0};
    std::string outcome;  // "" on success, else a one-line error
};

struct RestClientOptions {
    std::string baseUrl;  // normalized uri
    Headers baseHeaders;  // header.* options
    Millis timeout{std::chrono::minutes(3)};
    RetryPolicy retry;
    std::function<double()> random;  // [0, 1) for jitter; a seeded engine when empty
    std::function<void(const RequestRecord&)> observer;
};

// Runs one logical request: stamp base headers, authenticate (afresh for each attempt), send,
// retry per RetryPolicy, and map the outcome. Ends in exactly one callback: the response for
// 200/202/204, else a typed Error; Cancelled after cancel().
class RestClient : public std::enable_shared_from_this<RestClient> {
public:
    using Callback = std::function<void(Result<HttpResponse>)>;

    RestClient(std::shared_ptr<Transport> transport, std::shared_ptr<Scheduler> scheduler,
               std::shared_ptr<AuthProvider> auth, RestClientOptions options);

    Cancellation execute(std::string method, std::string path, QueryParams query,
                         std::optional<std::string> body, Callback done);

    const RestClientOptions& options() const { return options_; }
    void setBaseHeaders(Headers headers) { options_.baseHeaders = std::move(headers); }
    const std::shared_ptr<Scheduler>& scheduler() const { return scheduler_; }

    // Content-Type on every body, and a User-Agent naming this client.
    static void stampHeaders(HttpRequest& request);

private:
    struct Call;
    void attempt(const std::shared_ptr<Call>& call);
    void onOutcome(const std::shared_ptr<Call>& call, const HttpRequest& sent, SystemTime started,
                   TransportResult outcome);
    // Tells the observer, if any, what one attempt did.
    void report(const Call& call, const HttpRequest& sent, SystemTime started,
                const HttpResponse* response, const Error* error) const;
    void retryLater(const std::shared_ptr<Call>& call, Millis delay);
    double nextRandom();

    std::shared_ptr<Transport> transport_;
    std::shared_ptr<Scheduler> scheduler_;
    std::shared_ptr<AuthProvider> auth_;
    RestClientOptions options_;
    std::mutex randomMutex_;
    std::mt19937_64 engine_{std::random_device{}()};
};

}  // namespace paimon
