#pragma once

#include <memory>
#include <mutex>
#include <optional>
#include <vector>

#include "core/async/Scheduler.h"
#include "core/auth/AuthProvider.h"
#include "core/auth/DlfSigner.h"
#include "core/auth/DlfToken.h"
#include "core/http/Transport.h"

namespace paimon {

// Signs every request with DLF credentials from a token loader (§8). The token is (re)loaded
// when there is none or it expires within an hour; concurrent requests share one load, and a
// load error fails every request waiting for it (never an unsigned request).
class DlfAuthProvider final : public AuthProvider,
                              public std::enable_shared_from_this<DlfAuthProvider> {
public:
    static constexpr Millis kRefreshMargin{3600 * 1000};

    DlfAuthProvider(std::shared_ptr<DlfTokenLoader> loader, DlfSignerKind signer,
                    std::string region, std::string host, std::shared_ptr<Scheduler> scheduler);

    Cancellation authenticate(HttpRequest request, Callback done) override;
    std::string describe() const override;

    DlfSignerKind signerKind() const { return signerKind_; }
    const std::string& region() const { return defaultSigner_.region(); }
    // Replaces the nonce source of the OpenAPI signer (tests pin it).
    void setNonceSource(std::function<std::string()> source) { nonceSource_ = std::move(source); }

private:
    struct Waiter {
        HttpRequest request;
        Callback done;
        std::shared_ptr<bool> cancelled;
    };

    bool needsLoad(SystemTime now) const;
    HttpRequest sign(HttpRequest request, const DlfCredentials& credentials) const;
    void onLoaded(Result<DlfCredentials> result);
    void cancelWaiter(const std::shared_ptr<bool>& flag);

    std::shared_ptr<DlfTokenLoader> loader_;
    DlfSignerKind signerKind_;
    DlfDefaultSigner defaultSigner_;
    DlfOpenApiSigner openApiSigner_;
    std::shared_ptr<Scheduler> scheduler_;
    std::function<std::string()> nonceSource_ = &DlfOpenApiSigner::newNonce;

    mutable std::mutex mutex_;
    std::optional<DlfCredentials> credentials_;
    bool loading_ = false;
    Cancellation loadCancellation_;
    std::vector<Waiter> waiters_;
};

}  // namespace paimon
