#include <gtest/gtest.h>

#include <clocale>
#include <ctime>
#include <nlohmann/json.hpp>

#include "core/auth/DlfSigner.h"
#include "core/util/Time.h"
#include "tests/support/TestData.h"

namespace paimon {
namespace {

using nlohmann::json;

json vectors() {
    return json::parse(testing::readTestFile("signing-vectors.json"));
}

SigningRequest requestFrom(const json& in) {
    SigningRequest r;
    r.method = in["method"].get<std::string>();
    r.path = in["path"].get<std::string>();
    for (auto it = in["query_params"].begin(); it != in["query_params"].end(); ++it) {
        r.query.emplace_back(it.key(), it.value().get<std::string>());
    }
    if (!in["body"].is_null()) r.body = in["body"].get<std::string>();
    r.now = *parseIso8601Utc(in["now_utc"].get<std::string>());
    return r;
}

DlfCredentials credentialsFrom(const json& in) {
    DlfCredentials c;
    c.accessKeyId = in["access_key_id"].get<std::string>();
    c.accessKeySecret = in["access_key_secret"].get<std::string>();
    if (!in["security_token"].is_null()) c.securityToken = in["security_token"].get<std::string>();
    return c;
}

void expectHeaders(const Headers& actual, const json& expected, const std::string& id) {
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        EXPECT_EQ(actual.get(it.key()), it.value().get<std::string>()) << id << " " << it.key();
    }
    // Nothing beyond the listed headers and the Authorization.
    EXPECT_EQ(actual.entries().size(), expected.size() + 1) << id;
}

TEST(DlfDefaultSigner, EveryVectorPasses) {
    json all = vectors()["default_signer"];
    ASSERT_EQ(all.size(), 3u);
    for (const json& v : all) {
        std::string id = v["id"];
        const json& in = v["input"];
        const json& ex = v["expected"];
        DlfDefaultSigner signer(in["region"].get<std::string>());
        SignedHeaders out = signer.sign(requestFrom(in), credentialsFrom(in));
        EXPECT_EQ(out.canonicalRequest, ex["canonical_request"].get<std::string>()) << id;
        EXPECT_EQ(out.stringToSign, ex["string_to_sign"].get<std::string>()) << id;
        EXPECT_EQ(out.authorization, ex["authorization"].get<std::string>()) << id;
        EXPECT_EQ(out.headers.get("Authorization"), ex["authorization"].get<std::string>());
        expectHeaders(out.headers, ex["sign_headers"], id);
        // Signing again (now from the key cache) gives the same value.
        EXPECT_EQ(signer.sign(requestFrom(in), credentialsFrom(in)).authorization,
                  out.authorization);
    }
}

TEST(DlfOpenApiSigner, EveryVectorPasses) {
    json all = vectors()["openapi_signer"];
    ASSERT_EQ(all.size(), 3u);
    for (const json& v : all) {
        std::string id = v["id"];
        const json& in = v["input"];
        const json& ex = v["expected"];
        DlfOpenApiSigner signer(in["host"].get<std::string>());
        SignedHeaders out =
            signer.sign(requestFrom(in), credentialsFrom(in), in["nonce"].get<std::string>());
        EXPECT_EQ(out.stringToSign, ex["string_to_sign"].get<std::string>()) << id;
        EXPECT_EQ(out.authorization, ex["authorization"].get<std::string>()) << id;
        EXPECT_EQ(
            DlfOpenApiSigner::canonicalizedResource(requestFrom(in).path, requestFrom(in).query),
            ex["canonicalized_resource"].get<std::string>());
        expectHeaders(out.headers, ex["sign_headers"], id);
    }
}

TEST(DlfDefaultSigner, CanonicalQueryEncodesValuesJavaStyle) {
    json v = vectors()["default_signer"][1];
    EXPECT_EQ(DlfDefaultSigner::canonicalQuery(
                  {{"maxResults", "100"}, {"pageToken", "a b/c"}, {"databaseNamePattern", "db_%"}}),
              v["canonical_query_string"].get<std::string>());
    EXPECT_EQ(DlfDefaultSigner::canonicalQuery({{"k", ""}, {"a", "func%"}}), "a=func%25&k");
}

TEST(DlfDefaultSigner, EmptyAndAbsentBodiesSignTheSameWithoutContentHeaders) {
    DlfDefaultSigner signer("cn-hangzhou");
    DlfCredentials c{"id", "secret", std::nullopt, std::nullopt};
    SigningRequest absent{
        "DELETE", "/v1/p/databases/d", {}, std::nullopt, fromEpochMillis(1700000000000)};
    SigningRequest empty = absent;
    empty.body = "";
    SignedHeaders a = signer.sign(absent, c);
    SignedHeaders b = signer.sign(empty, c);
    EXPECT_EQ(a.authorization, b.authorization);
    EXPECT_FALSE(a.headers.contains("Content-Type"));
    EXPECT_FALSE(a.headers.contains("Content-MD5"));
    EXPECT_EQ(a.canonicalRequest.find("content-md5"), std::string::npos);
    EXPECT_EQ(a.canonicalRequest.find("content-type"), std::string::npos);
    // With a body, Content-Type is exactly application/json (no charset).
    SigningRequest post = absent;
    post.method = "POST";
    post.body = "{}";
    EXPECT_EQ(signer.sign(post, c).headers.get("Content-Type"), "application/json");
}

TEST(DlfDefaultSigner, SigningKeyCacheFollowsDayAndSecret) {
    DlfDefaultSigner signer("cn-hangzhou");
    DlfDefaultSigner fresh("cn-hangzhou");
    SigningRequest r{"GET", "/v1/config", {}, std::nullopt, fromEpochMillis(1700000000000)};
    DlfCredentials one{"id", "secret-1", std::nullopt, std::nullopt};
    DlfCredentials two{"id", "secret-2", std::nullopt, std::nullopt};
    std::string first = signer.sign(r, one).authorization;
    // A different secret on the same day must not reuse the cached key.
    EXPECT_EQ(signer.sign(r, two).authorization, fresh.sign(r, two).authorization);
    EXPECT_NE(signer.sign(r, two).authorization, first);
    // The next day likewise.
    r.now += std::chrono::hours(24);
    EXPECT_EQ(signer.sign(r, one).authorization,
              DlfDefaultSigner("cn-hangzhou").sign(r, one).authorization);
}

TEST(DlfOpenApiSigner, DateIsEnglishWhateverTheLocaleAndDaysArePadded) {
    // The test command generates zh_CN.UTF-8 (scripts/install-deps); without it this test would
    // prove nothing, so its absence is a failure, not a skip.
    std::string saved = std::setlocale(LC_ALL, nullptr);
    ASSERT_NE(std::setlocale(LC_ALL, "zh_CN.UTF-8"), nullptr) << "zh_CN.UTF-8 is not installed";
    SystemTime t = *parseIso8601Utc("2025-04-06T03:04:05Z");
    // The locale really is in force: the C library now names the day in Chinese.
    std::time_t secs = std::chrono::system_clock::to_time_t(t);
    std::tm tm{};
    gmtime_r(&secs, &tm);
    char localDay[64];
    std::strftime(localDay, sizeof localDay, "%a", &tm);
    EXPECT_STRNE(localDay, "Sun");

    EXPECT_EQ(formatRfc1123(t), "Sun, 06 Apr 2025 03:04:05 GMT");
    EXPECT_EQ(formatDlfDate(t), "20250406T030405Z");
    DlfOpenApiSigner signer("dlfnext.cn-beijing.aliyuncs.com");
    SignedHeaders out = signer.sign({"GET", "/x", {}, std::nullopt, t},
                                    {"id", "s", std::nullopt, std::nullopt}, "n");
    EXPECT_EQ(out.headers.get("Date"), "Sun, 06 Apr 2025 03:04:05 GMT");
    std::setlocale(LC_ALL, saved.c_str());
}

TEST(DlfOpenApiSigner, NoncesAreUnique) {
    std::set<std::string> seen;
    for (int i = 0; i < 1000; ++i)
        EXPECT_TRUE(seen.insert(DlfOpenApiSigner::newNonce()).second);
}

TEST(DlfSignerChoice, AsJavaChooses) {
    for (const char* uri :
         {"dlfnext.cn-hangzhou.aliyuncs.com", "dlfnext-vpc.cn-hangzhou.aliyuncs.com",
          "https://dlfnext.cn-hangzhou.aliyuncs.com", "https://DLFNEXT.x"}) {
        EXPECT_EQ(chooseDlfSigner(uri), DlfSignerKind::OpenApi) << uri;
    }
    for (const char* uri :
         {"cn-hangzhou-vpc.dlf.aliyuncs.com", "cn-hangzhou-intranet.dlf.aliyuncs.com",
          "https://cn-hangzhou-vpc.dlf.aliyuncs.com", "unknown.example.com", "127.0.0.1",
          "http://127.0.0.1:8080", ""}) {
        EXPECT_EQ(chooseDlfSigner(uri), DlfSignerKind::Default) << uri;
    }
}

TEST(DlfRegion, InferredFromTheWholeUri) {
    for (const char* uri :
         {"https://cn-hangzhou-vpc.dlf.aliyuncs.com",
          "https://cn-hangzhou-intranet.dlf.aliyuncs.com", "https://cn-hangzhou.dlf.aliyuncs.com",
          "https://pre-cn-hangzhou-vpc.dlf.aliyuncs.com"}) {
        EXPECT_EQ(inferDlfRegion(uri), "cn-hangzhou") << uri;
    }
    EXPECT_EQ(inferDlfRegion("https://us-east-1-vpc.dlf.aliyuncs.com"), "us-east-1");
    EXPECT_EQ(inferDlfRegion("https://us-east-1-intranet.dlf.aliyuncs.com"), "us-east-1");
    EXPECT_EQ(inferDlfRegion("https://dlfnext.cn-beijing.aliyuncs.com"), "cn-beijing");
    EXPECT_FALSE(inferDlfRegion("http://127.0.0.1:8080").has_value());
}

}  // namespace
}  // namespace paimon
