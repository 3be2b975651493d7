// The DLF token file: any text either fails with a Credentials error or gives credentials
// with both key parts present.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/auth/DlfToken.h"
#include "tests/fuzz/FuzzCheck.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    auto creds = paimon::parseDlfToken(text);
    if (!creds) {
        FUZZ_CHECK(creds.error().kind == paimon::ErrorKind::Credentials);
        // The message never repeats the file's text (it may hold a secret): it is plain ASCII
        // of our own, whatever bytes the file holds.
        for (unsigned char c : creds.error().message)
            FUZZ_CHECK(c >= 0x20 && c < 0x7f);
        return 0;
    }
    FUZZ_CHECK(!creds->accessKeyId.empty());
    FUZZ_CHECK(!creds->accessKeySecret.empty());
    return 0;
}
