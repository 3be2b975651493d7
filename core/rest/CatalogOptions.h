#pragma once

#include <string>

#include "core/http/Http.h"
#include "core/model/Schema.h"
#include "core/util/Result.h"

namespace paimon {

// Option keys of the REST catalog (PROTOCOL.md §11).
namespace opt {
inline constexpr const char* kUri = "uri";
inline constexpr const char* kWarehouse = "warehouse";
inline constexpr const char* kPrefix = "prefix";
inline constexpr const char* kTokenProvider = "token.provider";
inline constexpr const char* kToken = "token";
inline constexpr const char* kHeaderPrefix = "header.";
inline constexpr const char* kDlfRegion = "dlf.region";
inline constexpr const char* kDlfAccessKeyId = "dlf.access-key-id";
inline constexpr const char* kDlfAccessKeySecret = "dlf.access-key-secret";
inline constexpr const char* kDlfSecurityToken = "dlf.security-token";
inline constexpr const char* kDlfTokenLoader = "dlf.token-loader";
inline constexpr const char* kDlfTokenPath = "dlf.token-path";
inline constexpr const char* kDlfEcsRoleName = "dlf.token-ecs-role-name";
inline constexpr const char* kDlfEcsMetadataUrl = "dlf.token-ecs-metadata-url";
inline constexpr const char* kDlfSigningAlgorithm = "dlf.signing-algorithm";
inline constexpr const char* kDefaultEcsMetadataUrl =
    "http://100.100.100.200/latest/meta-data/Ram/security-credentials/";
// Ours, not Java's: the per-request transfer timeout in milliseconds.
inline constexpr const char* kTimeoutMillis = "client.timeout-ms";
}  // namespace opt

// The uri option made into a base URL: one trailing '/' removed, http:// added when there is
// no scheme (§1). Empty or whitespace-only is a Configuration error.
Result<std::string> normalizeBaseUri(const std::string& uri);

// host[:port] of a uri, as the DLF signers see it (§8.1).
std::string hostOfUri(const std::string& uri);

// defaults < client options < overrides; null values were already dropped by the codec (§2).
Options mergeCatalogOptions(const Options& defaults, const Options& client,
                            const Options& overrides);

// The header.* options as request headers, prefix removed.
Headers headersFromOptions(const Options& options);

}  // namespace paimon
