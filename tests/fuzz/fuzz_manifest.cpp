// A manifest list or a manifest from a hostile or damaged warehouse: any bytes either fail
// with an Io error or give records, never a crash, a hang or an allocation beyond the bounds
// of core/fs/Manifest.h; what decodes has the sizes a file's records can have. Decoded with
// each record's own bytes (what a partition drop copies), those bytes are the records'.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/fs/Manifest.h"
#include "tests/fuzz/FuzzCheck.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view bytes(reinterpret_cast<const char*>(data), size);
    auto list = paimon::decodeManifestList(bytes);
    if (!list) {
        FUZZ_CHECK(list.error().kind == paimon::ErrorKind::Io);
    } else {
        for (const auto& meta : *list) {
            FUZZ_CHECK(meta.fileName.size() <= size);
            FUZZ_CHECK(meta.partitionStats.minValues.size() <= size);
        }
    }
    auto entries = paimon::decodeManifest(bytes);
    if (!entries) {
        FUZZ_CHECK(entries.error().kind == paimon::ErrorKind::Io);
    } else {
        for (const auto& e : *entries)
            FUZZ_CHECK(e.kind == paimon::ManifestEntry::Kind::Add ||
                       e.kind == paimon::ManifestEntry::Kind::Delete);
    }
    auto raw = paimon::decodeRawManifest(bytes);
    if (!raw) {
        FUZZ_CHECK(raw.error().kind == paimon::ErrorKind::Io);
    } else {
        FUZZ_CHECK(raw->datums.size() == raw->entries.size());
        FUZZ_CHECK(entries.ok() && entries->size() == raw->entries.size());
        // Every record holds at least its _VERSION and comes from a decompressed block.
        for (const auto& d : raw->datums)
            FUZZ_CHECK(!d.empty() && d.size() <= paimon::kMaxBlockBytes);
    }
    return 0;
}
