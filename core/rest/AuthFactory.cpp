#include "core/rest/AuthFactory.h"

#include "core/auth/DlfAuthProvider.h"
#include "core/rest/CatalogOptions.h"
#include "core/util/Encoding.h"

namespace paimon {
namespace {

std::string option(const Options& o, const char* key) {
    auto it = o.find(key);
    return it == o.end() ? std::string() : it->second;
}

Result<std::shared_ptr<DlfTokenLoader>> dlfLoader(const Options& o,
                                                  std::shared_ptr<Transport> transport,
                                                  std::shared_ptr<Scheduler> scheduler) {
    std::string loader = toLowerAscii(option(o, opt::kDlfTokenLoader));
    std::string path = option(o, opt::kDlfTokenPath);
    if (loader == "ecs") {
        std::string url = option(o, opt::kDlfEcsMetadataUrl);
        if (url.empty()) url = opt::kDefaultEcsMetadataUrl;
        return std::shared_ptr<DlfTokenLoader>(std::make_shared<EcsTokenLoader>(
            std::move(transport), url, option(o, opt::kDlfEcsRoleName)));
    }
    if (loader == "local_file" || (loader.empty() && !path.empty())) {
        if (path.empty()) {
            return makeError(ErrorKind::Configuration,
                             "dlf.token-loader local_file needs dlf.token-path");
        }
        return std::shared_ptr<DlfTokenLoader>(
            std::make_shared<LocalFileTokenLoader>(path, std::move(scheduler)));
    }
    if (!loader.empty()) {
        return makeError(ErrorKind::Configuration,
                         "unknown dlf.token-loader '" + loader + "' (ecs or local_file)");
    }
    std::string id = option(o, opt::kDlfAccessKeyId);
    std::string secret = option(o, opt::kDlfAccessKeySecret);
    if (id.empty() || secret.empty()) {
        return makeError(ErrorKind::Configuration,
                         "DLF needs dlf.access-key-id and dlf.access-key-secret, "
                         "dlf.token-path, or dlf.token-loader");
    }
    DlfCredentials c{id, secret, std::nullopt, std::nullopt};
    std::string sts = option(o, opt::kDlfSecurityToken);
    if (!sts.empty()) c.securityToken = sts;
    return std::shared_ptr<DlfTokenLoader>(
        std::make_shared<StaticTokenLoader>(std::move(c), std::move(scheduler)));
}

}  // namespace

Result<std::shared_ptr<AuthProvider>> createAuthProvider(const Options& o,
                                                         std::shared_ptr<Transport> transport,
                                                         std::shared_ptr<Scheduler> scheduler) {
    std::string provider = toLowerAscii(option(o, opt::kTokenProvider));
    if (provider.empty() || provider == "none") {
        return std::shared_ptr<AuthProvider>(std::make_shared<NoAuthProvider>());
    }
    if (provider == "bear" || provider == "bearer") {
        std::string token = option(o, opt::kToken);
        if (token.empty()) {
            return makeError(ErrorKind::Configuration, "bearer authentication needs a token");
        }
        return std::shared_ptr<AuthProvider>(std::make_shared<BearerAuthProvider>(token));
    }
    if (provider != "dlf") {
        return makeError(ErrorKind::Configuration,
                         "unknown token.provider '" + provider + "' (bear, dlf or none)");
    }
    std::string uri = option(o, opt::kUri);
    std::string region = option(o, opt::kDlfRegion);
    if (region.empty()) {
        std::optional<std::string> inferred = inferDlfRegion(uri);
        if (!inferred) {
            return makeError(ErrorKind::Configuration,
                             "cannot infer the DLF region from the uri; set dlf.region");
        }
        region = *inferred;
    }
    DlfSignerKind signer = chooseDlfSigner(uri);
    std::string algorithm = toLowerAscii(option(o, opt::kDlfSigningAlgorithm));
    if (algorithm == "default") {
        signer = DlfSignerKind::Default;
    } else if (algorithm == "openapi") {
        signer = DlfSignerKind::OpenApi;
    } else if (!algorithm.empty() && algorithm != "auto") {
        return makeError(ErrorKind::Configuration,
                         "unknown dlf.signing-algorithm '" + algorithm + "' (default or openapi)");
    }
    Result<std::shared_ptr<DlfTokenLoader>> loader = dlfLoader(o, std::move(transport), scheduler);
    if (!loader) return loader.takeError();
    return std::shared_ptr<AuthProvider>(std::make_shared<DlfAuthProvider>(
        std::move(*loader), signer, region, hostOfUri(uri), std::move(scheduler)));
}

}  // namespace paimon
