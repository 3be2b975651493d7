#include "core/util/Crypto.h"

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <memory>
#include <stdexcept>

#include "core/util/Encoding.h"

namespace paimon::crypto {
namespace {

// Fetched once: EVP_MD / EVP_MAC fetches are costly and the objects are thread-safe to share.
const EVP_MD* fetchedMd(const char* name) {
    EVP_MD* md = EVP_MD_fetch(nullptr, name, nullptr);
    if (md == nullptr) throw std::runtime_error(std::string("OpenSSL lacks digest ") + name);
    return md;
}

const EVP_MD* md5Md() {
    static const EVP_MD* md = fetchedMd("MD5");
    return md;
}
const EVP_MD* sha256Md() {
    static const EVP_MD* md = fetchedMd("SHA256");
    return md;
}

EVP_MAC* hmacAlgorithm() {
    static EVP_MAC* mac = [] {
        EVP_MAC* m = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
        if (m == nullptr) throw std::runtime_error("OpenSSL lacks HMAC");
        return m;
    }();
    return mac;
}

std::string digest(const EVP_MD* md, std::string_view data) {
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (EVP_Digest(data.data(), data.size(), out, &len, md, nullptr) != 1) {
        throw std::runtime_error("EVP_Digest failed");
    }
    return std::string(reinterpret_cast<char*>(out), len);
}

std::string hmac(const char* digestName, std::string_view key, std::string_view data) {
    std::unique_ptr<EVP_MAC_CTX, decltype(&EVP_MAC_CTX_free)> ctx(EVP_MAC_CTX_new(hmacAlgorithm()),
                                                                  &EVP_MAC_CTX_free);
    if (!ctx) throw std::runtime_error("EVP_MAC_CTX_new failed");
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, const_cast<char*>(digestName), 0),
        OSSL_PARAM_construct_end()};
    // An empty key must still be a valid pointer for OpenSSL.
    static const unsigned char kEmpty = 0;
    const auto* keyBytes =
        key.empty() ? &kEmpty : reinterpret_cast<const unsigned char*>(key.data());
    if (EVP_MAC_init(ctx.get(), keyBytes, key.size(), params) != 1 ||
        EVP_MAC_update(ctx.get(), reinterpret_cast<const unsigned char*>(data.data()),
                       data.size()) != 1) {
        throw std::runtime_error("HMAC failed");
    }
    unsigned char out[EVP_MAX_MD_SIZE];
    size_t len = 0;
    if (EVP_MAC_final(ctx.get(), out, &len, sizeof out) != 1) {
        throw std::runtime_error("HMAC failed");
    }
    return std::string(reinterpret_cast<char*>(out), len);
}

}  // namespace

std::string md5(std::string_view data) {
    return digest(md5Md(), data);
}
std::string sha256(std::string_view data) {
    return digest(sha256Md(), data);
}
std::string hmacSha256(std::string_view key, std::string_view data) {
    return hmac("SHA256", key, data);
}
std::string hmacSha1(std::string_view key, std::string_view data) {
    return hmac("SHA1", key, data);
}

std::string randomBytes(size_t count) {
    std::string out(count, '\0');
    if (count > 0 &&
        RAND_bytes(reinterpret_cast<unsigned char*>(out.data()), static_cast<int>(count)) != 1) {
        throw std::runtime_error("RAND_bytes failed");
    }
    return out;
}

std::string uuid4() {
    std::string b = randomBytes(16);
    b[6] = static_cast<char>((b[6] & 0x0F) | 0x40);
    b[8] = static_cast<char>((b[8] & 0x3F) | 0x80);
    std::string h = hexLower(b);
    return h.substr(0, 8) + '-' + h.substr(8, 4) + '-' + h.substr(12, 4) + '-' + h.substr(16, 4) +
           '-' + h.substr(20);
}

}  // namespace paimon::crypto
