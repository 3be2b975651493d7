// The type grammar: any text either fails with a message or parses to a type whose SQL form
// and JSON form both read back to the same type.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/types/TypeJson.h"
#include "core/types/TypeParser.h"
#include "tests/fuzz/FuzzCheck.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    paimon::TypeParseFailure failure;
    auto type = paimon::parseDataType(text, nullptr, &failure);
    if (!type) {
        FUZZ_CHECK(!type.error().message.empty());
        return 0;
    }
    const std::string sql = type->sql();
    auto again = paimon::parseDataType(sql);
    FUZZ_CHECK(again.ok());
    FUZZ_CHECK(*again == *type);
    FUZZ_CHECK(again->sql() == sql);
    auto fromJson = paimon::dataTypeFromJsonText(paimon::dataTypeToJson(*type).dump());
    FUZZ_CHECK(fromJson.ok());
    FUZZ_CHECK(*fromJson == *type);
    return 0;
}
