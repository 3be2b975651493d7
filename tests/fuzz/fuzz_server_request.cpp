// The server's request handling, whole: method, target (path and query), headers and body
// from the input, against a real warehouse folder. Every answer is a status the protocol
// knows with a JSON body when it is an error, and nothing is ever written outside the
// warehouse, whatever the names.
//
// Input: "METHOD\nTARGET\nName: value\n...\n\nBODY".
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <string_view>

#include "core/json/JsonValue.h"
#include "core/server/RestService.h"
#include "tests/fuzz/FuzzCheck.h"

namespace fs = std::filesystem;

namespace {

struct Fixture {
    fs::path outer;
    std::shared_ptr<paimon::RestService> service;

    Fixture() {
        char pattern[] = "/tmp/paimon-fuzz-server-XXXXXX";
        outer = ::mkdtemp(pattern);
        auto warehouse = paimon::Warehouse::open(outer / "wh");
        FUZZ_CHECK(warehouse.ok());
        paimon::RestService::Config config;
        config.warehouseName = "fuzz";
        service = std::make_shared<paimon::RestService>(*warehouse, config);
    }
    ~Fixture() {
        std::error_code ec;
        fs::remove_all(outer, ec);
    }
};

Fixture& fixture() {
    static Fixture f;
    return f;
}

std::string_view line(std::string_view& rest) {
    size_t end = rest.find('\n');
    std::string_view out = rest.substr(0, end);
    rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
    return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    Fixture& f = fixture();
    std::string_view rest(reinterpret_cast<const char*>(data), size);
    paimon::ServerRequest request;
    request.method = std::string(line(rest));
    request.target = std::string(line(rest));
    while (!rest.empty()) {
        std::string_view header = line(rest);
        if (header.empty()) break;
        size_t colon = header.find(':');
        if (colon == std::string_view::npos) continue;
        std::string_view value = header.substr(colon + 1);
        while (!value.empty() && value.front() == ' ')
            value.remove_prefix(1);
        request.headers.add(std::string(header.substr(0, colon)), std::string(value));
    }
    request.body = std::string(rest);

    paimon::HttpResponse response = f.service->handle(request);
    FUZZ_CHECK(response.status >= 200 && response.status <= 599);
    if (response.status >= 400) {
        auto body = paimon::json::Document::parse(response.body, paimon::ErrorKind::Io);
        FUZZ_CHECK(body.ok());
        FUZZ_CHECK(body->root().member("message").has_value());
    }
    // Nothing beside the warehouse folder, ever.
    for (const auto& e : fs::directory_iterator(f.outer))
        FUZZ_CHECK(e.path().filename() == "wh");
    return 0;
}
