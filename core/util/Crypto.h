#pragma once

#include <string>
#include <string_view>

namespace paimon::crypto {

// Raw digests and MACs through OpenSSL EVP. Results are raw bytes.
std::string md5(std::string_view data);
std::string sha256(std::string_view data);
std::string hmacSha256(std::string_view key, std::string_view data);
std::string hmacSha1(std::string_view key, std::string_view data);

// Cryptographically random bytes (OpenSSL RAND_bytes).
std::string randomBytes(size_t count);

// A random RFC 4122 version-4 UUID, lower-case.
std::string uuid4();

}  // namespace paimon::crypto
