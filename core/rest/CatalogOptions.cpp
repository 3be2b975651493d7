#include "core/rest/CatalogOptions.h"

#include "core/util/Encoding.h"

namespace paimon {

Result<std::string> normalizeBaseUri(const std::string& uri) {
    std::string u(trimAscii(uri));
    if (u.empty()) return makeError(ErrorKind::Configuration, "the catalog uri is empty");
    if (!u.empty() && u.back() == '/') u.pop_back();
    std::string lower = toLowerAscii(u);
    if (lower.rfind("http://", 0) != 0 && lower.rfind("https://", 0) != 0) {
        if (lower.find("://") != std::string::npos) {
            return makeError(ErrorKind::Configuration,
                             "the catalog uri must use http:// or https://");
        }
        u = "http://" + u;
    }
    return u;
}

std::string hostOfUri(const std::string& uri) {
    std::string u = uri;
    std::string lower = toLowerAscii(u);
    if (lower.rfind("https://", 0) == 0) {
        u = u.substr(8);
    } else if (lower.rfind("http://", 0) == 0) {
        u = u.substr(7);
    }
    size_t slash = u.find('/');
    return slash == std::string::npos ? u : u.substr(0, slash);
}

Options mergeCatalogOptions(const Options& defaults, const Options& client,
                            const Options& overrides) {
    Options merged = defaults;
    for (const auto& [k, v] : client)
        merged[k] = v;
    for (const auto& [k, v] : overrides)
        merged[k] = v;
    return merged;
}

Headers headersFromOptions(const Options& options) {
    Headers headers;
    const std::string prefix = opt::kHeaderPrefix;
    for (const auto& [k, v] : options) {
        if (k.size() > prefix.size() && k.compare(0, prefix.size(), prefix) == 0) {
            headers.set(k.substr(prefix.size()), v);
        }
    }
    return headers;
}

}  // namespace paimon
