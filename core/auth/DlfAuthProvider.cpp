#include "core/auth/DlfAuthProvider.h"

namespace paimon {

DlfAuthProvider::DlfAuthProvider(std::shared_ptr<DlfTokenLoader> loader, DlfSignerKind signer,
                                 std::string region, std::string host,
                                 std::shared_ptr<Scheduler> scheduler)
    : loader_(std::move(loader)),
      signerKind_(signer),
      defaultSigner_(std::move(region)),
      openApiSigner_(std::move(host)),
      scheduler_(std::move(scheduler)) {}

std::string DlfAuthProvider::describe() const {
    return std::string("DLF ") + loader_->describe() +
           (signerKind_ == DlfSignerKind::OpenApi ? " (openapi signer)" : " (default signer)");
}

bool DlfAuthProvider::needsLoad(SystemTime now) const {
    if (!credentials_) return true;
    if (!credentials_->expirationMillis) return false;
    return *credentials_->expirationMillis - toEpochMillis(now) < kRefreshMargin.count();
}

HttpRequest DlfAuthProvider::sign(HttpRequest request, const DlfCredentials& credentials) const {
    SigningRequest in{request.method, request.path, request.query, request.body, scheduler_->now()};
    SignedHeaders out = signerKind_ == DlfSignerKind::OpenApi
                            ? openApiSigner_.sign(in, credentials, nonceSource_())
                            : defaultSigner_.sign(in, credentials);
    for (const auto& [name, value] : out.headers)
        request.headers.set(name, value);
    return request;
}

Cancellation DlfAuthProvider::authenticate(HttpRequest request, Callback done) {
    std::unique_lock lock(mutex_);
    if (!needsLoad(scheduler_->now())) {
        DlfCredentials credentials = *credentials_;
        lock.unlock();
        done(sign(std::move(request), credentials));
        return {};
    }
    auto flag = std::make_shared<bool>(false);
    waiters_.push_back(Waiter{std::move(request), std::move(done), flag});
    bool startLoad = !loading_;
    loading_ = true;
    lock.unlock();
    if (startLoad) {
        std::weak_ptr<DlfAuthProvider> weak = weak_from_this();
        Cancellation c = loader_->load([weak](Result<DlfCredentials> r) {
            if (auto self = weak.lock()) self->onLoaded(std::move(r));
        });
        std::lock_guard relock(mutex_);
        if (loading_) loadCancellation_ = c;
    }
    std::weak_ptr<DlfAuthProvider> weak = weak_from_this();
    return Cancellation([weak, flag] {
        if (auto self = weak.lock()) self->cancelWaiter(flag);
    });
}

void DlfAuthProvider::cancelWaiter(const std::shared_ptr<bool>& flag) {
    std::optional<Waiter> cancelled;
    Cancellation abandonLoad;
    {
        std::lock_guard lock(mutex_);
        for (auto it = waiters_.begin(); it != waiters_.end(); ++it) {
            if (it->cancelled == flag) {
                cancelled = std::move(*it);
                waiters_.erase(it);
                break;
            }
        }
        // Nobody is waiting any more: stop the load too.
        if (cancelled && waiters_.empty() && loading_) {
            loading_ = false;
            abandonLoad = loadCancellation_;
            loadCancellation_ = {};
        }
    }
    if (!cancelled) return;
    *cancelled->cancelled = true;
    abandonLoad.cancel();
    cancelled->done(makeError(ErrorKind::Cancelled, "the request was cancelled"));
}

void DlfAuthProvider::onLoaded(Result<DlfCredentials> result) {
    std::vector<Waiter> waiters;
    {
        std::lock_guard lock(mutex_);
        if (!loading_) return;  // abandoned
        loading_ = false;
        loadCancellation_ = {};
        if (result) credentials_ = *result;
        waiters.swap(waiters_);
    }
    for (Waiter& w : waiters) {
        if (result) {
            w.done(sign(std::move(w.request), *result));
        } else {
            Error e = result.error();
            if (e.kind != ErrorKind::Cancelled) e.kind = ErrorKind::Credentials;
            e.message = "could not load DLF credentials: " + e.message;
            w.done(std::move(e));
        }
    }
}

}  // namespace paimon
