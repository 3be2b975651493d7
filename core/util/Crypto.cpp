#include "core/util/Crypto.h"

#include <openssl/evp.h>
#include <openssl/rand.h>

#include <algorithm>
#include <stdexcept>

#include "core/util/Encoding.h"

namespace paimon::crypto {
namespace {

// Fetched once: EVP_MD fetches are costly and the objects are thread-safe to share.
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

const EVP_MD* sha1Md() {
    static const EVP_MD* md = fetchedMd("SHA1");
    return md;
}

std::string digest(const EVP_MD* md, std::string_view data) {
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (EVP_Digest(data.data(), data.size(), out, &len, md, nullptr) != 1) {
        throw std::runtime_error("EVP_Digest failed");
    }
    return {reinterpret_cast<char*>(out), len};
}

// HMAC (RFC 2104) over a pre-fetched digest with one digest context per thread. OpenSSL 3's
// EVP_MAC path looks the algorithm and its parameters up on every call, which made it most of
// the cost of signing a request.
std::string hmac(const EVP_MD* md, std::string_view key, std::string_view data) {
    struct Context {
        EVP_MD_CTX* ctx = EVP_MD_CTX_new();
        Context() = default;
        Context(const Context&) = delete;
        Context& operator=(const Context&) = delete;
        Context(Context&&) = delete;
        Context& operator=(Context&&) = delete;
        ~Context() { EVP_MD_CTX_free(ctx); }
    };
    thread_local Context local;
    if (local.ctx == nullptr) throw std::runtime_error("EVP_MD_CTX_new failed");
    EVP_MD_CTX* ctx = local.ctx;

    const auto block = static_cast<size_t>(EVP_MD_get_block_size(md));
    unsigned char keyBlock[EVP_MAX_MD_SIZE * 2] = {};  // >= every block size used here (64)
    unsigned char pad[sizeof keyBlock];
    unsigned char inner[EVP_MAX_MD_SIZE], out[EVP_MAX_MD_SIZE];
    unsigned int innerLen = 0, outLen = 0;
    auto wipe = [&] {
        OPENSSL_cleanse(keyBlock, sizeof keyBlock);
        OPENSSL_cleanse(pad, sizeof pad);
    };
    bool ok = block <= sizeof keyBlock;
    if (ok && key.size() > block) {
        unsigned int len = 0;
        ok = EVP_Digest(key.data(), key.size(), keyBlock, &len, md, nullptr) == 1;
    } else if (ok) {
        std::copy(key.begin(), key.end(), keyBlock);
    }
    for (size_t i = 0; ok && i < block; ++i)
        pad[i] = keyBlock[i] ^ 0x36;
    ok = ok && EVP_DigestInit_ex(ctx, md, nullptr) == 1 && EVP_DigestUpdate(ctx, pad, block) == 1 &&
         EVP_DigestUpdate(ctx, data.data(), data.size()) == 1 &&
         EVP_DigestFinal_ex(ctx, inner, &innerLen) == 1;
    for (size_t i = 0; ok && i < block; ++i)
        pad[i] = keyBlock[i] ^ 0x5c;
    ok = ok && EVP_DigestInit_ex(ctx, md, nullptr) == 1 && EVP_DigestUpdate(ctx, pad, block) == 1 &&
         EVP_DigestUpdate(ctx, inner, innerLen) == 1 && EVP_DigestFinal_ex(ctx, out, &outLen) == 1;
    wipe();
    if (!ok) throw std::runtime_error("HMAC failed");
    return {reinterpret_cast<char*>(out), outLen};
}

}  // namespace

std::string md5(std::string_view data) {
    return digest(md5Md(), data);
}
std::string sha256(std::string_view data) {
    return digest(sha256Md(), data);
}
std::string hmacSha256(std::string_view key, std::string_view data) {
    return hmac(sha256Md(), key, data);
}
std::string hmacSha1(std::string_view key, std::string_view data) {
    return hmac(sha1Md(), key, data);
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
