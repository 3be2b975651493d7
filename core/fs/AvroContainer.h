#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/fs/Manifest.h"

namespace paimon {

// The Avro object container files Paimon writes its manifests in (HISTORY.md §7.1), written
// as Java's DataFileWriter writes them.

// The schema Java Paimon writes into a manifest list (ManifestFileMeta, _VERSION 2).
extern const char* const kManifestListAvroSchema;

// A container with no block: magic, the metadata map (avro.schema, then avro.codec) and the
// 16-byte sync marker, exactly as Java's DataFileWriter writes an empty file.
std::string emptyAvroContainer(std::string_view schemaJson, std::string_view codec,
                               std::string_view sync16);

// A container of `datums` (records already encoded under `schemaJson`) in one block,
// compressed with zstandard at `zstdLevel` (Paimon's default 1) in one frame without a content
// size, as Java's codec writes it. No datum: emptyAvroContainer.
std::string avroContainer(std::string_view schemaJson, const std::vector<std::string>& datums,
                          std::string_view sync16, int zstdLevel = 1);

// A manifest list record under kManifestListAvroSchema.
std::string encodeManifestFileMeta(const ManifestFileMeta& m);
// A whole manifest list file.
std::string manifestListFile(const std::vector<ManifestFileMeta>& metas, std::string_view sync16);

// Avro's long (zig-zag, base 128) and bytes (length, then the bytes), appended to `out`.
void putAvroLong(std::string& out, int64_t v);
void putAvroBytes(std::string& out, std::string_view bytes);

}  // namespace paimon
