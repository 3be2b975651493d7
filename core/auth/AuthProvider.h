#pragma once

#include <functional>
#include <memory>
#include <string>

#include "core/async/Cancellation.h"
#include "core/http/Http.h"
#include "core/util/Result.h"

namespace paimon {

// Adds the credentials of one attempt to a request. Called before every attempt, so that
// each is signed afresh. `done` is called exactly once, possibly before authenticate returns.
class AuthProvider {
public:
    using Callback = std::function<void(Result<HttpRequest>)>;
    virtual ~AuthProvider() = default;
    virtual Cancellation authenticate(HttpRequest request, Callback done) = 0;
    // "none", "bearer", "dlf (default signer)", ... for diagnostics.
    virtual std::string describe() const = 0;
};

class NoAuthProvider final : public AuthProvider {
public:
    Cancellation authenticate(HttpRequest request, Callback done) override {
        done(std::move(request));
        return {};
    }
    std::string describe() const override { return "none"; }
};

class BearerAuthProvider final : public AuthProvider {
public:
    explicit BearerAuthProvider(std::string token) : token_(std::move(token)) {}
    Cancellation authenticate(HttpRequest request, Callback done) override {
        request.headers.set("Authorization", "Bearer " + token_);
        done(std::move(request));
        return {};
    }
    std::string describe() const override { return "bearer token"; }

private:
    std::string token_;
};

}  // namespace paimon
