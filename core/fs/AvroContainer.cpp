#include "core/fs/AvroContainer.h"

#include <cstdint>

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
    auto z = (static_cast<uint64_t>(v) << 1) ^ static_cast<uint64_t>(v >> 63);
    while (z >= 0x80) {
        out.push_back(static_cast<char>((z & 0x7F) | 0x80));
        z >>= 7;
    }
    out.push_back(static_cast<char>(z));
}

void putBytes(std::string& out, std::string_view bytes) {
    putLong(out, static_cast<int64_t>(bytes.size()));
    out.append(bytes);
}

}  // namespace

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

}  // namespace paimon
