#pragma once

#include <string>
#include <string_view>

namespace paimon {

// The Avro object container files Paimon writes its manifests in (HISTORY.md §7.1), as far
// as a writer of empty ones needs them.

// The schema Java Paimon writes into a manifest list (ManifestFileMeta, _VERSION 2).
extern const char* const kManifestListAvroSchema;

// A container with no block: magic, the metadata map (avro.schema, then avro.codec) and the
// 16-byte sync marker, exactly as Java's DataFileWriter writes an empty file.
std::string emptyAvroContainer(std::string_view schemaJson, std::string_view codec,
                               std::string_view sync16);

}  // namespace paimon
