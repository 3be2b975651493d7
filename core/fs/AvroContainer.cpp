#include "core/fs/AvroContainer.h"

#include <zstd.h>

#include <cstdint>
#include <memory>

namespace paimon {

const char* const kManifestListAvroSchema =
    R"({"type":"record","name":"record","namespace":"org.apache.paimon.avro.generated","fields")"
    R"(:[{"name":"_VERSION","type":"int"},{"name":"_FILE_NAME","type":"string"},{"name":"_FILE_)"
    R"(SIZE","type":"long"},{"name":"_NUM_ADDED_FILES","type":"long"},{"name":"_NUM_DELETED_FIL)"
    R"(ES","type":"long"},{"name":"_PARTITION_STATS","type":{"type":"record","name":"record__PA)"
    R"(RTITION_STATS","fields":[{"name":"_MIN_VALUES","type":"bytes"},{"name":"_MAX_VALUES","ty)"
    R"(pe":"bytes"},{"name":"_NULL_COUNTS","type":["null",{"type":"array","items":["null","long)"
    R"("]}],"default":null}]}},{"name":"_SCHEMA_ID","type":"long"},{"name":"_MIN_BUCKET","type")"
    R"(:["null","int"],"default":null},{"name":"_MAX_BUCKET","type":["null","int"],"default":nu)"
    R"(ll},{"name":"_MIN_LEVEL","type":["null","int"],"default":null},{"name":"_MAX_LEVEL","typ)"
    R"(e":["null","int"],"default":null},{"name":"_MIN_ROW_ID","type":["null","long"],"default")"
    R"(:null},{"name":"_MAX_ROW_ID","type":["null","long"],"default":null}]})";

namespace {

// Avro's long: zig-zag, then base-128 little-endian groups.
void putLong(std::string& out, int64_t v) {
    putAvroLong(out, v);
}

void putBytes(std::string& out, std::string_view bytes) {
    putAvroBytes(out, bytes);
}

// A union of null and a long or int: branch 0, or branch 1 and the value.
template <class T>
void putNullable(std::string& out, const std::optional<T>& v) {
    if (!v) {
        putLong(out, 0);
        return;
    }
    putLong(out, 1);
    putLong(out, *v);
}

}  // namespace

void putAvroLong(std::string& out, int64_t v) {
    auto z = (static_cast<uint64_t>(v) << 1) ^ static_cast<uint64_t>(v >> 63);
    while (z >= 0x80) {
        out.push_back(static_cast<char>((z & 0x7F) | 0x80));
        z >>= 7;
    }
    out.push_back(static_cast<char>(z));
}

void putAvroBytes(std::string& out, std::string_view bytes) {
    putAvroLong(out, static_cast<int64_t>(bytes.size()));
    out.append(bytes);
}

std::string emptyAvroContainer(std::string_view schemaJson, std::string_view codec,
                               std::string_view sync16) {
    std::string out("Obj\x01", 4);
    putLong(out, 2);  // one block of two metadata entries
    putBytes(out, "avro.schema");
    putBytes(out, schemaJson);
    putBytes(out, "avro.codec");
    putBytes(out, codec);
    putLong(out, 0);  // end of the map
    out.append(sync16);
    return out;
}

std::string avroContainer(std::string_view schemaJson, const std::vector<std::string>& datums,
                          std::string_view sync16, int zstdLevel) {
    std::string out = emptyAvroContainer(schemaJson, "zstandard", sync16);
    if (datums.empty()) return out;
    std::string plain;
    for (const std::string& d : datums)
        plain += d;
    std::unique_ptr<ZSTD_CCtx, size_t (*)(ZSTD_CCtx*)> cctx(ZSTD_createCCtx(), ZSTD_freeCCtx);
    ZSTD_CCtx_setParameter(cctx.get(), ZSTD_c_compressionLevel, zstdLevel);
    ZSTD_CCtx_setParameter(cctx.get(), ZSTD_c_contentSizeFlag, 0);
    std::string compressed(ZSTD_compressBound(plain.size()), '\0');
    // Streaming (ZSTD_e_end) rather than ZSTD_compress2: the frame then carries no content
    // size even when the library could know it, as zstd-jni's stream writes it.
    ZSTD_inBuffer in{plain.data(), plain.size(), 0};
    ZSTD_outBuffer o{compressed.data(), compressed.size(), 0};
    size_t left = 0;
    do {
        left = ZSTD_compressStream2(cctx.get(), &o, &in, ZSTD_e_end);
    } while (left != 0 && !ZSTD_isError(left));
    compressed.resize(o.pos);
    putLong(out, static_cast<int64_t>(datums.size()));
    putBytes(out, compressed);
    out.append(sync16);
    return out;
}

std::string encodeManifestFileMeta(const ManifestFileMeta& m) {
    std::string out;
    putLong(out, 2);  // _VERSION
    putBytes(out, m.fileName);
    putLong(out, m.fileSize);
    putLong(out, m.numAddedFiles);
    putLong(out, m.numDeletedFiles);
    putBytes(out, m.partitionStats.minValues);
    putBytes(out, m.partitionStats.maxValues);
    if (!m.partitionStats.nullCounts) {
        putLong(out, 0);
    } else {
        putLong(out, 1);
        const auto& counts = *m.partitionStats.nullCounts;
        if (!counts.empty()) {
            putLong(out, static_cast<int64_t>(counts.size()));
            for (const std::optional<int64_t>& c : counts)
                putNullable(out, c);
        }
        putLong(out, 0);  // end of the array
    }
    putLong(out, m.schemaId);
    putNullable(out, m.minBucket);
    putNullable(out, m.maxBucket);
    putNullable(out, m.minLevel);
    putNullable(out, m.maxLevel);
    putNullable(out, m.minRowId);
    putNullable(out, m.maxRowId);
    return out;
}

std::string manifestListFile(const std::vector<ManifestFileMeta>& metas, std::string_view sync16) {
    std::vector<std::string> datums;
    datums.reserve(metas.size());
    for (const ManifestFileMeta& m : metas)
        datums.push_back(encodeManifestFileMeta(m));
    return avroContainer(kManifestListAvroSchema, datums, sync16);
}

}  // namespace paimon
