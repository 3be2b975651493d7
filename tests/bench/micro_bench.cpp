// Micro-benchmarks of the core's hot paths (issue targets in docs/PERFORMANCE.md):
// request signing, the type grammar and the JSON codecs.
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "core/auth/DlfSigner.h"
#include "core/json/Messages.h"
#include "core/types/TypeParser.h"
#include "core/util/Time.h"
#include "tests/bench/BenchData.h"

namespace {

using namespace paimon;

DlfCredentials credentials() {
    return {"LTAI5tBenchmarkKeyId", "BenchmarkAccessKeySecret0123456789", "STS.token-for-bench",
            std::nullopt};
}

// A typical browser request: get one table, with the query a list page carries.
SigningRequest typicalGet(SystemTime now) {
    SigningRequest r;
    r.method = "GET";
    r.path = "/v1/paimon/databases/sales/tables/orders%20eu";
    r.query = {{"maxResults", "100"}, {"pageToken", "orders"}};
    r.now = now;
    return r;
}

void BM_SignDlf4(benchmark::State& state) {
    DlfDefaultSigner signer("cn-hangzhou");
    auto creds = credentials();
    SigningRequest request = typicalGet(fromEpochMillis(1'763'700'000'000));
    for (auto _ : state) {
        request.now += std::chrono::seconds(1);  // a new date each request, the same day
        benchmark::DoNotOptimize(signer.sign(request, creds));
    }
}
BENCHMARK(BM_SignDlf4);

void BM_SignAcs(benchmark::State& state) {
    DlfOpenApiSigner signer("dlfnext.cn-hangzhou.aliyuncs.com");
    auto creds = credentials();
    SigningRequest request = typicalGet(fromEpochMillis(1'763'700'000'000));
    const std::string nonce = "6f2c2d6e-bd4a-4a5e-9b0f-3d3c2a1b0e9f";
    for (auto _ : state) {
        request.now += std::chrono::seconds(1);
        benchmark::DoNotOptimize(signer.sign(request, creds, nonce));
    }
}
BENCHMARK(BM_SignAcs);

// The type strings of a 50-column schema, as a get-table response or an editor holds them.
std::vector<std::string> schemaTypeTexts(int columns) {
    Schema schema = bench::benchSchema(columns);
    std::vector<std::string> texts;
    for (const auto& field : schema.fields)
        texts.push_back(field.type.sql());
    return texts;
}

void BM_TypeParsePrint50Columns(benchmark::State& state) {
    const auto texts = schemaTypeTexts(50);
    for (auto _ : state) {
        FieldIdCounter ids;
        ids.last = 49;
        for (const auto& text : texts) {
            auto type = parseDataType(text, &ids);
            benchmark::DoNotOptimize(type->sql());
        }
    }
}
BENCHMARK(BM_TypeParsePrint50Columns);

void BM_DecodeListTables1000(benchmark::State& state) {
    Page<std::string> page;
    for (long i = 0; i < 1000; ++i)
        page.items.push_back("orders_by_region_" + bench::benchTableName(i));
    page.nextPageToken = page.items.back();
    const std::string body = codec::encodeListTables(page);
    for (auto _ : state) {
        auto decoded = codec::decodeListTablesResponse(body);
        benchmark::DoNotOptimize(decoded->items.size());
    }
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * body.size()));
    state.counters["body_bytes"] = static_cast<double>(body.size());
}
BENCHMARK(BM_DecodeListTables1000);

void BM_DecodeGetTable500Columns(benchmark::State& state) {
    TableInfo info;
    info.id = "sales.wide.1763700000000";
    info.database = "sales";
    info.name = "wide";
    info.path = "/warehouse/sales.db/wide";
    info.schema = bench::benchSchema(500);
    info.createdAt = info.updatedAt = 1'763'700'000'000;
    info.owner = "analyst";
    const std::string body = codec::encode(info);
    for (auto _ : state) {
        auto decoded = codec::decodeGetTableResponse(body);
        benchmark::DoNotOptimize(decoded->schema.fields.size());
    }
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * body.size()));
    state.counters["body_bytes"] = static_cast<double>(body.size());
}
BENCHMARK(BM_DecodeGetTable500Columns);

}  // namespace

BENCHMARK_MAIN();
