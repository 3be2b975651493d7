#pragma once

#include <mutex>
#include <optional>
#include <string>

#include "core/http/Http.h"
#include "core/util/Time.h"

namespace paimon {

// DLF credentials: a static key pair or a loaded token (PROTOCOL.md §8.4).
struct DlfCredentials {
    std::string accessKeyId;
    std::string accessKeySecret;
    std::optional<std::string> securityToken;
    std::optional<int64_t> expirationMillis;  // absent: never expires

    bool operator==(const DlfCredentials&) const = default;
};

// What a signer needs of one request.
struct SigningRequest {
    std::string method;
    std::string path;   // encoded, exactly as sent
    QueryParams query;  // raw values
    std::optional<std::string> body;
    SystemTime now;
};

// Headers a signer adds, the Authorization among them, plus the intermediate strings for tests
// and diagnostics.
struct SignedHeaders {
    Headers headers;
    std::string canonicalRequest;  // default signer only
    std::string stringToSign;
    std::string authorization;
};

enum class DlfSignerKind { Default, OpenApi };

// DLF4-HMAC-SHA256 (§8.2). The signing key is cached per day, region and secret.
class DlfDefaultSigner {
public:
    explicit DlfDefaultSigner(std::string region) : region_(std::move(region)) {}

    SignedHeaders sign(const SigningRequest& request, const DlfCredentials& credentials) const;

    static std::string canonicalQuery(const QueryParams& query);
    const std::string& region() const { return region_; }

private:
    std::string signingKey(const std::string& day, const std::string& secret) const;

    std::string region_;
    mutable std::mutex cacheMutex_;
    mutable std::string cachedDay_, cachedSecret_, cachedKey_;
};

// The Aliyun ROA "acs" HMAC-SHA1 signer for DlfNext endpoints (§8.3).
class DlfOpenApiSigner {
public:
    explicit DlfOpenApiSigner(std::string host) : host_(std::move(host)) {}

    // `nonce` must be unique per request; newNonce() makes one.
    SignedHeaders sign(const SigningRequest& request, const DlfCredentials& credentials,
                       const std::string& nonce) const;

    static std::string canonicalizedResource(const std::string& path, const QueryParams& query);
    static std::string newNonce();

private:
    std::string host_;
};

// Java's choice when dlf.signing-algorithm is unset: openapi when the lower-cased uri
// contains "dlfnext", else default.
DlfSignerKind chooseDlfSigner(const std::string& uri);
// Region from dlf.region, else the first match of (?:pre-)?([a-z]+-[a-z]+(?:-\d+)?) in the uri.
std::optional<std::string> inferDlfRegion(const std::string& uri);

}  // namespace paimon
