#include "core/auth/DlfSigner.h"

#include <algorithm>
#include <atomic>
#include <regex>
#include <thread>

#include "core/util/Crypto.h"
#include "core/util/Encoding.h"

namespace paimon {
namespace {

constexpr const char* kContentType = "application/json";

struct QueryEntry {
    std::string key;
    std::string value;
};

// Sorted by key (byte order); stable so that repeated keys keep their order.
std::vector<QueryEntry> sortedQuery(const QueryParams& query) {
    std::vector<QueryEntry> entries;
    entries.reserve(query.size());
    for (const auto& [k, v] : query)
        entries.push_back({k, v});
    std::stable_sort(entries.begin(), entries.end(),
                     [](const QueryEntry& a, const QueryEntry& b) { return a.key < b.key; });
    return entries;
}

bool hasBody(const SigningRequest& r) {
    return r.body.has_value() && !r.body->empty();
}

}  // namespace

std::string DlfDefaultSigner::canonicalQuery(const QueryParams& query) {
    std::string out;
    for (const QueryEntry& e : sortedQuery(query)) {
        if (!out.empty()) out += '&';
        std::string value = javaUrlEncode(e.value);
        out += trimAscii(e.key);
        std::string_view trimmed = trimAscii(value);
        if (!trimmed.empty()) {
            out += '=';
            out += trimmed;
        }
    }
    return out;
}

std::string DlfDefaultSigner::signingKey(const std::string& day, const std::string& secret) const {
    {
        std::lock_guard lock(cacheMutex_);
        if (day == cachedDay_ && secret == cachedSecret_) return cachedKey_;
    }
    std::string kDate = crypto::hmacSha256("aliyun_v4" + secret, day);
    std::string kRegion = crypto::hmacSha256(kDate, region_);
    std::string kService = crypto::hmacSha256(kRegion, "DlfNext");
    std::string kSigning = crypto::hmacSha256(kService, "aliyun_v4_request");
    std::lock_guard lock(cacheMutex_);
    cachedDay_ = day;
    cachedSecret_ = secret;
    cachedKey_ = kSigning;
    return kSigning;
}

SignedHeaders DlfDefaultSigner::sign(const SigningRequest& r, const DlfCredentials& c) const {
    SignedHeaders out;
    const std::string date = formatDlfDate(r.now);
    const std::string day = date.substr(0, 8);

    // Signed headers in their sorted (lower-case) order.
    std::vector<std::pair<std::string, std::string>> signedList;
    std::string md5;
    if (hasBody(r)) {
        md5 = base64Encode(crypto::md5(*r.body));
        signedList.emplace_back("content-md5", md5);
        signedList.emplace_back("content-type", kContentType);
    }
    signedList.emplace_back("x-dlf-content-sha256", "UNSIGNED-PAYLOAD");
    signedList.emplace_back("x-dlf-date", date);
    if (c.securityToken) signedList.emplace_back("x-dlf-security-token", *c.securityToken);
    signedList.emplace_back("x-dlf-version", "v1");

    std::string canonical;
    canonical.reserve(256);
    canonical += r.method;
    canonical += '\n';
    canonical += r.path;
    canonical += '\n';
    canonical += canonicalQuery(r.query);
    canonical += '\n';
    for (const auto& [name, value] : signedList) {
        canonical += name;
        canonical += ':';
        canonical += trimAscii(value);
        canonical += '\n';
    }
    canonical += "UNSIGNED-PAYLOAD";

    const std::string scope = day + "/" + region_ + "/DlfNext/aliyun_v4_request";
    std::string toSign =
        "DLF4-HMAC-SHA256\n" + date + "\n" + scope + "\n" + hexLower(crypto::sha256(canonical));
    std::string signature =
        hexLower(crypto::hmacSha256(signingKey(day, c.accessKeySecret), toSign));

    out.headers.set("x-dlf-date", date);
    out.headers.set("x-dlf-content-sha256", "UNSIGNED-PAYLOAD");
    out.headers.set("x-dlf-version", "v1");
    if (hasBody(r)) {
        out.headers.set("Content-Type", kContentType);
        out.headers.set("Content-MD5", md5);
    }
    if (c.securityToken) out.headers.set("x-dlf-security-token", *c.securityToken);
    out.authorization =
        "DLF4-HMAC-SHA256 Credential=" + c.accessKeyId + "/" + scope + ",Signature=" + signature;
    out.headers.set("Authorization", out.authorization);
    out.canonicalRequest = std::move(canonical);
    out.stringToSign = std::move(toSign);
    return out;
}

std::string DlfOpenApiSigner::canonicalizedResource(const std::string& path,
                                                    const QueryParams& query) {
    std::string out = javaUrlDecode(path).value_or(path);
    if (query.empty()) return out;
    out += '?';
    bool first = true;
    for (const QueryEntry& e : sortedQuery(query)) {
        if (!first) out += '&';
        first = false;
        out += e.key;
        // The values are raw already: encoding then decoding them gives them back.
        if (!e.value.empty()) {
            out += '=';
            out += e.value;
        }
    }
    return out;
}

std::string DlfOpenApiSigner::newNonce() {
    static std::atomic<uint64_t> counter{0};
    auto millis = toEpochMillis(std::chrono::system_clock::now());
    return crypto::uuid4() + std::to_string(millis) + std::to_string(++counter);
}

SignedHeaders DlfOpenApiSigner::sign(const SigningRequest& r, const DlfCredentials& c,
                                     const std::string& nonce) const {
    SignedHeaders out;
    const std::string date = formatRfc1123(r.now);
    std::string md5;
    if (hasBody(r)) md5 = base64Encode(crypto::md5(*r.body));

    std::vector<std::pair<std::string, std::string>> acs;
    if (c.securityToken) acs.emplace_back("x-acs-security-token", *c.securityToken);
    acs.emplace_back("x-acs-signature-method", "HMAC-SHA1");
    acs.emplace_back("x-acs-signature-nonce", nonce);
    acs.emplace_back("x-acs-signature-version", "1.0");
    acs.emplace_back("x-acs-version", "2026-01-18");

    std::string toSign;
    toSign += r.method;
    toSign += "\napplication/json\n";
    toSign += md5;
    toSign += '\n';
    toSign += hasBody(r) ? kContentType : "";
    toSign += '\n';
    toSign += date;
    toSign += '\n';
    for (const auto& [name, value] : acs) {
        toSign += name;
        toSign += ':';
        toSign += trimAscii(value);
        toSign += '\n';
    }
    toSign += canonicalizedResource(r.path, r.query);

    std::string signature = base64Encode(crypto::hmacSha1(c.accessKeySecret, toSign));
    out.headers.set("Date", date);
    out.headers.set("Accept", "application/json");
    if (hasBody(r)) {
        out.headers.set("Content-MD5", md5);
        out.headers.set("Content-Type", kContentType);
    }
    out.headers.set("Host", host_);
    for (const auto& [name, value] : acs)
        out.headers.set(name, value);
    out.authorization = "acs " + c.accessKeyId + ":" + signature;
    out.headers.set("Authorization", out.authorization);
    out.stringToSign = std::move(toSign);
    return out;
}

DlfSignerKind chooseDlfSigner(const std::string& uri) {
    return toLowerAscii(uri).find("dlfnext") != std::string::npos ? DlfSignerKind::OpenApi
                                                                  : DlfSignerKind::Default;
}

std::optional<std::string> inferDlfRegion(const std::string& uri) {
    static const std::regex kRegion("(?:pre-)?([a-z]+-[a-z]+(?:-\\d+)?)");
    std::smatch m;
    if (std::regex_search(uri, m, kRegion)) return m[1].str();
    return std::nullopt;
}

}  // namespace paimon
