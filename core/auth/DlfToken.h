#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/async/PendingOperation.h"
#include "core/async/Scheduler.h"
#include "core/auth/DlfSigner.h"
#include "core/http/Transport.h"
#include "core/util/Result.h"

namespace paimon {

// The DLF token JSON (§8.4): AccessKeyId, AccessKeySecret, SecurityToken, Expiration
// ("yyyy-MM-ddTHH:mm:ssZ", UTC). ExpirationAt (epoch ms) is read when Expiration is absent.
// Errors are Credentials errors and never quote the text.
Result<DlfCredentials> parseDlfToken(std::string_view text);

// Loads DLF credentials, asynchronously. `done` is called exactly once, never inside load().
class DlfTokenLoader {
public:
    using Callback = std::function<void(Result<DlfCredentials>)>;
    virtual ~DlfTokenLoader() = default;
    virtual Cancellation load(Callback done) = 0;
    virtual std::string describe() const = 0;
};

class StaticTokenLoader final : public DlfTokenLoader {
public:
    StaticTokenLoader(DlfCredentials credentials, std::shared_ptr<Scheduler> scheduler)
        : credentials_(std::move(credentials)), scheduler_(std::move(scheduler)) {}
    Cancellation load(Callback done) override;
    std::string describe() const override { return "access key"; }

private:
    DlfCredentials credentials_;
    std::shared_ptr<Scheduler> scheduler_;
};

// Reads a token file; a failed read or parse is retried after 1, 2, 3, 4 and 5 s (Java's
// local_file loader), then the last error is reported.
class LocalFileTokenLoader final : public DlfTokenLoader {
public:
    LocalFileTokenLoader(std::string path, std::shared_ptr<Scheduler> scheduler,
                         std::vector<Millis> retryDelays = defaultRetryDelays());
    Cancellation load(Callback done) override;
    std::string describe() const override { return "token file"; }
    static std::vector<Millis> defaultRetryDelays();

private:
    std::string path_;
    std::shared_ptr<Scheduler> scheduler_;
    std::vector<Millis> retryDelays_;
};

// ECS instance metadata: GET <base> gives the role name when none is configured (cached),
// then GET <base><role> gives the token JSON. Plain, unsigned GETs through the Transport.
class EcsTokenLoader final : public DlfTokenLoader,
                             public std::enable_shared_from_this<EcsTokenLoader> {
public:
    EcsTokenLoader(std::shared_ptr<Transport> transport, std::string metadataUrl,
                   std::string roleName, Millis timeout = Millis(10000));
    Cancellation load(Callback done) override;
    std::string describe() const override { return "ECS role"; }

private:
    void fetchToken(const std::string& role,
                    const std::shared_ptr<PendingOperation<DlfCredentials>>& op);
    std::shared_ptr<Transport> transport_;
    std::string baseUrl_;
    Millis timeout_;
    std::mutex mutex_;
    std::string roleName_;
};

}  // namespace paimon
