#include <gtest/gtest.h>

#include "core/http/Http.h"
#include "core/json/Redaction.h"
#include "core/rest/CatalogOptions.h"
#include "core/rest/ResourcePaths.h"
#include "core/util/Crypto.h"
#include "core/util/Encoding.h"
#include "core/util/Time.h"

namespace paimon {
namespace {

TEST(Encoding, JavaUrlEncoder) {
    EXPECT_EQ(javaUrlEncode("a b/c"), "a+b%2Fc");
    EXPECT_EQ(javaUrlEncode("db_%"), "db_%25");
    EXPECT_EQ(javaUrlEncode("t$1"), "t%241");
    EXPECT_EQ(javaUrlEncode("A-Za-z0-9.-*_"), "A-Za-z0-9.-*_");
    EXPECT_EQ(javaUrlEncode("~+:"), "%7E%2B%3A");
    EXPECT_EQ(javaUrlEncode("表"), "%E8%A1%A8");
    EXPECT_EQ(javaUrlEncode("café"), "caf%C3%A9");
    EXPECT_EQ(javaUrlDecode("t+%25"), "t %");
    EXPECT_EQ(javaUrlDecode("%E8%A1%A8"), "表");
    EXPECT_FALSE(javaUrlDecode("%2").has_value());
    EXPECT_FALSE(javaUrlDecode("%zz").has_value());
    EXPECT_EQ(percentEncodeQueryValue("a b+c/~"), "a%20b%2Bc%2F~");
    EXPECT_EQ(percentDecode("a+b%20c"), "a+b c");
}

TEST(Encoding, Base64AndHex) {
    EXPECT_EQ(base64Encode(""), "");
    EXPECT_EQ(base64Encode("f"), "Zg==");
    EXPECT_EQ(base64Encode("fo"), "Zm8=");
    EXPECT_EQ(base64Encode("foo"), "Zm9v");
    EXPECT_EQ(base64Encode("foobar"), "Zm9vYmFy");
    EXPECT_EQ(hexLower("\x01\xab"), "01ab");
    EXPECT_EQ(hexLower(crypto::sha256("")),
              "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    EXPECT_EQ(base64Encode(crypto::md5("")), "1B2M2Y8AsgTpgAmY7PhCfg==");
    // RFC 2202 / 4231 HMAC test cases.
    EXPECT_EQ(hexLower(crypto::hmacSha1("key", "The quick brown fox jumps over the lazy dog")),
              "de7c9b85b8b78aa6bc8a7a36f70a90701c9db4d9");
    EXPECT_EQ(hexLower(crypto::hmacSha256("key", "The quick brown fox jumps over the lazy dog")),
              "f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8");
    // RFC 4231 case 6: a key longer than the block size is hashed first.
    EXPECT_EQ(
        hexLower(crypto::hmacSha256(std::string(131, '\xaa'),
                                    "Test Using Larger Than Block-Size Key - Hash Key First")),
        "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
    EXPECT_EQ(hexLower(crypto::hmacSha256("", "")),
              "b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad");
    // The per-thread digest context is reused: the same MAC again, then the other digest.
    EXPECT_EQ(hexLower(crypto::hmacSha1("key", "The quick brown fox jumps over the lazy dog")),
              "de7c9b85b8b78aa6bc8a7a36f70a90701c9db4d9");
    EXPECT_EQ(crypto::uuid4().size(), 36u);
    EXPECT_EQ(crypto::uuid4()[14], '4');
}

TEST(ResourcePaths, JavaCompatibleEncoding) {
    ResourcePaths paths("paimon");
    EXPECT_EQ(paths.table("test_db", "test_table$snapshot"),
              "/v1/paimon/databases/test_db/tables/test_table%24snapshot");
    EXPECT_EQ(ResourcePaths("paimon/aaaa").table("test_db", "test_table$snapshot"),
              "/v1/paimon%2Faaaa/databases/test_db/tables/test_table%24snapshot");
    EXPECT_EQ(paths.database("my db/x%"), "/v1/paimon/databases/my+db%2Fx%25");
    EXPECT_EQ(paths.tables("d"), "/v1/paimon/databases/d/tables");
    EXPECT_EQ(paths.tableDetails("d"), "/v1/paimon/databases/d/table-details");
    EXPECT_EQ(paths.renameTable(), "/v1/paimon/tables/rename");
    EXPECT_EQ(ResourcePaths::config(), "/v1/config");
    // No prefix: no prefix segment (pypaimon's behaviour).
    EXPECT_EQ(ResourcePaths(std::nullopt).databases(), "/v1/databases");
    EXPECT_FALSE(ResourcePaths(std::nullopt).hasPrefix());
}

TEST(CatalogOptions, UriNormalizationAndHost) {
    EXPECT_EQ(normalizeBaseUri("localhost:8080/").value(), "http://localhost:8080");
    EXPECT_EQ(normalizeBaseUri("https://h/api/").value(), "https://h/api");
    EXPECT_EQ(normalizeBaseUri(" HTTP://h ").value(), "HTTP://h");
    EXPECT_FALSE(normalizeBaseUri("  ").ok());
    EXPECT_FALSE(normalizeBaseUri("ftp://h").ok());
    EXPECT_EQ(hostOfUri("https://h:8080/api"), "h:8080");
    EXPECT_EQ(hostOfUri("dlfnext.cn-beijing.aliyuncs.com"), "dlfnext.cn-beijing.aliyuncs.com");
}

TEST(CatalogOptions, MergeOrderAndHeaders) {
    Options merged = mergeCatalogOptions({{"a", "default"}, {"b", "default"}, {"prefix", "p"}},
                                         {{"a", "client"}, {"c", "client"}},
                                         {{"b", "override"}, {"c", "override"}});
    EXPECT_EQ(merged,
              (Options{{"a", "client"}, {"b", "override"}, {"c", "override"}, {"prefix", "p"}}));
    Headers h = headersFromOptions({{"header.User-Agent", "pcb"}, {"header.", "x"}, {"uri", "u"}});
    EXPECT_EQ(h.get("user-agent"), "pcb");
    EXPECT_EQ(h.entries().size(), 1u);
}

TEST(Http, HeadersUrlAndRedaction) {
    Headers h;
    h.set("Content-Type", "a");
    h.set("content-type", "b");
    EXPECT_EQ(h.entries().size(), 1u);
    EXPECT_EQ(h.get("CONTENT-TYPE"), "b");
    HttpRequest r;
    r.baseUrl = "http://h:1";
    r.path = "/v1/p/databases";
    r.query = {{"pageToken", "a b/c"}, {"databaseNamePattern", "db_%"}};
    EXPECT_EQ(r.url(), "http://h:1/v1/p/databases?pageToken=a%20b%2Fc&databaseNamePattern=db_%25");
    Headers secret;
    secret.set("Authorization", "Bearer abc");
    secret.set("x-dlf-security-token", "sts");
    secret.set("x-acs-security-token", "sts");
    secret.set("Accept", "application/json");
    Headers red = redactHeaders(secret);
    EXPECT_EQ(red.get("Authorization"), "***");
    EXPECT_EQ(red.get("x-dlf-security-token"), "***");
    EXPECT_EQ(red.get("x-acs-security-token"), "***");
    EXPECT_EQ(red.get("Accept"), "application/json");
    Headers withId;
    withId.set("X-Acs-Request-Id", "r-9");
    EXPECT_EQ(requestIdOf(withId), "r-9");
    withId.set("x-request-id", "r-1");
    EXPECT_EQ(requestIdOf(withId), "r-1");
}

TEST(Redaction, SecretFieldsAreHiddenAtAnyDepthAndInAnyShape) {
    const std::string body = R"({"name":"db","options":{"dlf.access-key-secret":"s3cr3t-1",
        "dlf.security-token":"sts-2","token":"tok-3","fs.oss.accessKeyId":"visible"},
        "changes":[{"action":"setOption","key":"k","value":"v","password":"pw-4"}],
        "Credentials":{"AccessKeyId":"id","AccessKeySecret":"s3cr3t-5"},
        "authorizationList":["bearer-6"],"SecurityToken":null})";
    const std::string red = redactJsonSecrets(body);
    for (const char* secret : {"s3cr3t-1", "sts-2", "tok-3", "pw-4", "s3cr3t-5", "bearer-6"})
        EXPECT_EQ(red.find(secret), std::string::npos) << secret << " in " << red;
    EXPECT_NE(red.find("visible"), std::string::npos) << "other fields stay readable";
    EXPECT_NE(red.find(R"("name":"db")"), std::string::npos);
    // A body that is not JSON: shown when harmless, hidden whole when it may hold a secret.
    EXPECT_EQ(redactJsonSecrets("plain text"), "plain text");
    EXPECT_EQ(redactJsonSecrets("AccessKeySecret=abc").find("abc"), std::string::npos);
    EXPECT_EQ(redactJsonSecrets("{\"token\": \"cut-of").find("cut-of"), std::string::npos);
}

// A server's error message may quote what it was sent (PROTOCOL.md §10.9): the values after
// secret-looking keys are hidden, the rest of the sentence stays readable.
TEST(Redaction, SecretTextInServerMessagesIsHidden) {
    const std::string message =
        "Invalid request: dlf.access-key-secret=s3cr3t-1, token: 'tok-2' and "
        "{\"password\":\"pw-3\"}; header Authorization: Bearer bearer-4; "
        "Signature=sig-5 for table orders_2026";
    const std::string red = redactSecretText(message);
    for (const char* secret : {"s3cr3t-1", "tok-2", "pw-3", "bearer-4", "sig-5"})
        EXPECT_EQ(red.find(secret), std::string::npos) << secret << " in " << red;
    for (const char* kept : {"Invalid request:", "dlf.access-key-secret=***", "token: '***'",
                             "orders_2026", "Signature=***"}) {
        EXPECT_NE(red.find(kept), std::string::npos) << kept << " not in " << red;
    }
    EXPECT_EQ(redactSecretText("Table db.orders does not exist."),
              "Table db.orders does not exist.");
    EXPECT_EQ(redactSecretText("Authorization: DLF4-HMAC-SHA256 Credential=id/x,Signature=ab12"),
              "Authorization: ***");
    EXPECT_EQ(redactSecretText("token"), "token");
    EXPECT_EQ(redactSecretText("token="), "token=");
    EXPECT_EQ(redactSecretText("token='unterminated"), "token='***");
}

TEST(Time, FormatsAndParses) {
    SystemTime t = *parseIso8601Utc("2023-12-03T12:12:12Z");
    EXPECT_EQ(formatDlfDate(t), "20231203T121212Z");
    EXPECT_EQ(formatDlfDay(t), "20231203");
    EXPECT_EQ(formatIso8601Utc(t), "2023-12-03T12:12:12Z");
    EXPECT_EQ(formatRfc1123(*parseIso8601Utc("2025-04-16T03:44:46Z")),
              "Wed, 16 Apr 2025 03:44:46 GMT");
    // Calendar edges: a leap day, the last second of a year, and an instant before the epoch
    // (floored, not truncated toward zero).
    EXPECT_EQ(formatRfc1123(*parseIso8601Utc("2024-02-29T23:59:59Z")),
              "Thu, 29 Feb 2024 23:59:59 GMT");
    EXPECT_EQ(
        formatDlfDate(*parseIso8601Utc("1999-12-31T23:59:59Z") + std::chrono::milliseconds(999)),
        "19991231T235959Z");
    EXPECT_EQ(formatIso8601Utc(fromEpochMillis(-1)), "1969-12-31T23:59:59Z");
    EXPECT_EQ(formatRfc1123(fromEpochMillis(-1)), "Wed, 31 Dec 1969 23:59:59 GMT");
    EXPECT_FALSE(parseIso8601Utc("2023-12-03 12:12:12").has_value());
    EXPECT_FALSE(parseIso8601Utc("2023-02-30T00:00:00Z").has_value());
    EXPECT_EQ(parseHttpDate("Wed, 16 Apr 2025 03:44:46 GMT"),
              parseIso8601Utc("2025-04-16T03:44:46Z"));
    EXPECT_EQ(parseHttpDate("Wednesday, 16-Apr-25 03:44:46 GMT"),
              parseIso8601Utc("2025-04-16T03:44:46Z"));
    EXPECT_EQ(parseHttpDate("Wed Apr  6 03:44:46 2025"), parseIso8601Utc("2025-04-06T03:44:46Z"));
    EXPECT_FALSE(parseHttpDate("yesterday").has_value());
}

}  // namespace
}  // namespace paimon
