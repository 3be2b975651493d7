#include "core/fs/Manifest.h"

#include <avro.h>
#include <zstd.h>

#include <cstdlib>
#include <limits>
#include <map>
#include <memory>
#include <mutex>
#include <unordered_set>

#include "core/fs/FileOps.h"
#include "core/util/Time.h"

namespace fs = std::filesystem;

namespace paimon {
namespace {

Error malformed(const std::string& what) {
    return makeError(ErrorKind::Io, "malformed Avro file: " + what);
}

// Reads Avro's primitive encodings from a byte range, never past its end.
class Cursor {
public:
    explicit Cursor(std::string_view data) : data_(data) {}

    size_t remaining() const { return data_.size() - at_; }
    bool atEnd() const { return at_ == data_.size(); }

    // Zig-zag base-128 (at most 10 bytes).
    std::optional<int64_t> readLong() {
        uint64_t v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (at_ >= data_.size()) return std::nullopt;
            const auto b = static_cast<unsigned char>(data_[at_++]);
            v |= static_cast<uint64_t>(b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return static_cast<int64_t>(v >> 1) ^ -static_cast<int64_t>(v & 1);
            }
        }
        return std::nullopt;
    }
    std::optional<std::string_view> take(size_t n) {
        if (n > remaining()) return std::nullopt;
        std::string_view out = data_.substr(at_, n);
        at_ += n;
        return out;
    }
    std::optional<std::string_view> readBytes() {
        auto n = readLong();
        if (!n || *n < 0) return std::nullopt;
        return take(static_cast<size_t>(*n));
    }

private:
    std::string_view data_;
    size_t at_ = 0;
};

struct Block {
    int64_t count = 0;
    std::string_view data;
};

struct Container {
    std::string schema;
    std::string codec = "null";
    std::vector<Block> blocks;
};

Result<Container> parseContainer(std::string_view bytes) {
    Cursor c(bytes);
    auto magic = c.take(4);
    if (!magic || *magic != std::string_view("Obj\x01", 4)) return malformed("no Avro magic");
    Container out;
    bool haveSchema = false;
    // The metadata map: blocks of entries, a negative count followed by the block's size.
    while (true) {
        auto count = c.readLong();
        if (!count) return malformed("the metadata is cut short");
        if (*count == 0) break;
        if (*count < 0) {
            // A negative count is followed by the block's byte size.
            if (*count == std::numeric_limits<int64_t>::min() || !c.readLong()) {
                return malformed("the metadata is cut short");
            }
            *count = -*count;
        }
        for (int64_t i = 0; i < *count; ++i) {
            auto key = c.readBytes();
            auto value = c.readBytes();
            if (!key || !value) return malformed("the metadata is cut short");
            if (*key == "avro.schema") {
                out.schema = std::string(*value);
                haveSchema = true;
            } else if (*key == "avro.codec") {
                out.codec = std::string(*value);
            }
        }
    }
    if (!haveSchema) return malformed("no avro.schema in the metadata");
    auto sync = c.take(16);
    if (!sync) return malformed("no sync marker");
    while (!c.atEnd()) {
        auto count = c.readLong();
        auto size = c.readLong();
        if (!count || !size || *count < 0 || *size < 0) return malformed("a block header is bad");
        auto data = c.take(static_cast<size_t>(*size));
        if (!data) return malformed("a block is cut short");
        // Each record takes at least one byte once decoded... or the block is empty.
        if (static_cast<uint64_t>(*count) > kMaxBlockBytes) {
            return malformed("a block claims too many records");
        }
        auto marker = c.take(16);
        if (!marker || *marker != *sync) return malformed("a block's sync marker is wrong");
        out.blocks.push_back({*count, *data});
    }
    return out;
}

Result<std::string> decompress(const std::string& codec, std::string_view data) {
    if (codec == "null") return std::string(data);
    if (codec != "zstandard") {
        return makeError(ErrorKind::Io, "the Avro codec '" + codec +
                                            "' is not supported (zstandard and null are)");
    }
    std::unique_ptr<ZSTD_DCtx, decltype(&ZSTD_freeDCtx)> ctx(ZSTD_createDCtx(), ZSTD_freeDCtx);
    if (!ctx) return makeError(ErrorKind::Io, "cannot start zstd");
    std::string out;
    ZSTD_inBuffer in{data.data(), data.size(), 0};
    // The frames carry no content size (HISTORY.md §12): decompress as a stream.
    while (true) {
        const size_t chunk = ZSTD_DStreamOutSize();
        if (out.size() + chunk > kMaxBlockBytes) return malformed("a block decompresses too large");
        const size_t before = out.size();
        out.resize(before + chunk);
        ZSTD_outBuffer o{out.data() + before, chunk, 0};
        const size_t rc = ZSTD_decompressStream(ctx.get(), &o, &in);
        out.resize(before + o.pos);
        if (ZSTD_isError(rc) != 0U) {
            return malformed(std::string("zstd: ") + ZSTD_getErrorName(rc));
        }
        if (rc == 0 && in.pos == in.size) break;  // the frame ended with the input
        if (in.pos == in.size && o.pos < chunk) {
            return malformed("a zstd frame is cut short");
        }
    }
    return out;
}

// libavro allocates a string or a byte field at the length the data claims, before it reads
// it: a claim beyond the largest block is refused here, so that a hostile file cannot make
// it allocate more. And when that read then fails (the data is shorter than claimed),
// libavro returns without freeing the buffer: every allocation made while a file is decoded
// on this thread is tracked, and what is left once the decoder has released everything it
// owns is freed with it.
struct AllocationArena {
    std::unordered_set<void*> live;
};
thread_local AllocationArena* activeArena = nullptr;

void* boundedAllocation(void* /*userData*/, void* ptr, size_t /*oldSize*/, size_t newSize) {
    if (newSize == 0) {
        if (activeArena != nullptr) activeArena->live.erase(ptr);
        std::free(ptr);  // NOLINT(cppcoreguidelines-no-malloc): libavro's allocator contract
        return nullptr;
    }
    if (newSize > kMaxBlockBytes) return nullptr;
    void* grown = std::realloc(ptr, newSize);  // NOLINT(cppcoreguidelines-no-malloc)
    if (grown != nullptr && activeArena != nullptr) {
        if (ptr != nullptr) activeArena->live.erase(ptr);
        activeArena->live.insert(grown);
    }
    return grown;
}

// The arena of one file's decoding, on this thread; frees what libavro left behind.
class ArenaScope {
public:
    ArenaScope() : previous_(activeArena) { activeArena = &arena_; }
    ~ArenaScope() {
        activeArena = previous_;
        for (void* leaked : arena_.live)
            std::free(leaked);  // NOLINT(cppcoreguidelines-no-malloc)
    }
    ArenaScope(const ArenaScope&) = delete;
    ArenaScope& operator=(const ArenaScope&) = delete;
    ArenaScope(ArenaScope&&) = delete;
    ArenaScope& operator=(ArenaScope&&) = delete;

private:
    AllocationArena arena_;
    AllocationArena* previous_;
};

// libavro's generic value for a schema, released with it.
class Decoder {
public:
    static Result<std::unique_ptr<Decoder>> make(const std::string& schemaJson) {
        static std::once_flag bounded;
        std::call_once(bounded, [] { avro_set_allocator(boundedAllocation, nullptr); });
        auto d = std::unique_ptr<Decoder>(new Decoder);
        if (avro_schema_from_json_length(schemaJson.data(), schemaJson.size(), &d->schema_) != 0) {
            d->schema_ = nullptr;
            return malformed(std::string("the schema does not parse: ") + avro_strerror());
        }
        d->iface_ = avro_generic_class_from_schema(d->schema_);
        if (!d->iface_ || avro_generic_value_new(d->iface_, &d->value_) != 0) {
            return malformed(std::string("the schema cannot be read: ") + avro_strerror());
        }
        d->hasValue_ = true;
        return d;
    }
    ~Decoder() {
        if (hasValue_) avro_value_decref(&value_);
        if (iface_) avro_value_iface_decref(iface_);
        if (schema_) avro_schema_decref(schema_);
    }
    Decoder(const Decoder&) = delete;
    Decoder& operator=(const Decoder&) = delete;
    Decoder(Decoder&&) = delete;
    Decoder& operator=(Decoder&&) = delete;

    avro_value_t* value() { return &value_; }

private:
    Decoder() = default;
    avro_schema_t schema_ = nullptr;
    avro_value_iface_t* iface_ = nullptr;
    avro_value_t value_{};
    bool hasValue_ = false;
};

// Every record of the file, in order, decoded; `each` turns it into a value or an error.
// `raw`, when given, receives each record's own bytes; `schema` the writer schema.
template <class T, class Each>
Result<std::vector<T>> decodeRecords(std::string_view bytes, Each each,
                                     std::vector<std::string>* raw = nullptr,
                                     std::string* schema = nullptr) {
    auto container = parseContainer(bytes);
    if (!container) return container.takeError();
    if (schema) *schema = container->schema;
    // Declared before the decoder: it ends after the decoder has released what it owns.
    ArenaScope arena;
    auto decoder = Decoder::make(container->schema);
    if (!decoder) return decoder.takeError();
    std::vector<T> out;
    for (const Block& block : container->blocks) {
        auto plain = decompress(container->codec, block.data);
        if (!plain) return plain.takeError();
        std::unique_ptr<std::remove_pointer_t<avro_reader_t>, void (*)(avro_reader_t)> reader(
            avro_reader_memory(plain->data(), static_cast<int64_t>(plain->size())),
            avro_reader_free);
        size_t offset = 0;
        for (int64_t i = 0; i < block.count; ++i) {
            avro_value_reset((*decoder)->value());
            if (avro_value_read(reader.get(), (*decoder)->value()) != 0) {
                return malformed(std::string("a record does not decode: ") + avro_strerror());
            }
            if (raw) {
                size_t size = 0;
                if (avro_value_sizeof((*decoder)->value(), &size) != 0 ||
                    size > plain->size() - offset) {
                    return malformed("a record's size cannot be measured");
                }
                raw->emplace_back(plain->substr(offset, size));
                offset += size;
            }
            Result<T> item = each(*(*decoder)->value());
            if (!item) return item.takeError();
            out.push_back(std::move(*item));
        }
    }
    return out;
}

// ---- fields, by name, as Java reads them ----

// The field `name` of record `rec`, through a union to its branch; absent when the record
// has no such field or the union holds null.
std::optional<avro_value_t> field(const avro_value_t& rec, const char* name) {
    avro_value_t child;
    if (avro_value_get_by_name(&rec, name, &child, nullptr) != 0) return std::nullopt;
    while (avro_value_get_type(&child) == AVRO_UNION) {
        avro_value_t branch;
        if (avro_value_get_current_branch(&child, &branch) != 0) return std::nullopt;
        child = branch;
    }
    if (avro_value_get_type(&child) == AVRO_NULL) return std::nullopt;
    return child;
}

std::optional<int64_t> longOf(const avro_value_t& v) {
    int64_t l = 0;
    int32_t i = 0;
    if (avro_value_get_type(&v) == AVRO_INT64 && avro_value_get_long(&v, &l) == 0) return l;
    if (avro_value_get_type(&v) == AVRO_INT32 && avro_value_get_int(&v, &i) == 0) return i;
    return std::nullopt;
}

std::optional<std::string> textOf(const avro_value_t& v) {
    const char* s = nullptr;
    const void* b = nullptr;
    size_t size = 0;
    if (avro_value_get_type(&v) == AVRO_STRING && avro_value_get_string(&v, &s, &size) == 0) {
        return std::string(s, size > 0 ? size - 1 : 0);  // the size counts the NUL
    }
    if (avro_value_get_type(&v) == AVRO_BYTES && avro_value_get_bytes(&v, &b, &size) == 0) {
        return std::string(static_cast<const char*>(b), size);
    }
    return std::nullopt;
}

Result<int64_t> requiredLong(const avro_value_t& rec, const char* name) {
    auto f = field(rec, name);
    auto v = f ? longOf(*f) : std::nullopt;
    if (!v) return malformed(std::string("the field ") + name + " is missing or not a number");
    return *v;
}

Result<std::string> requiredText(const avro_value_t& rec, const char* name) {
    auto f = field(rec, name);
    auto v = f ? textOf(*f) : std::nullopt;
    if (!v) return malformed(std::string("the field ") + name + " is missing or not text");
    return *v;
}

std::optional<int64_t> optionalLong(const avro_value_t& rec, const char* name) {
    auto f = field(rec, name);
    return f ? longOf(*f) : std::nullopt;
}

std::optional<std::string> optionalText(const avro_value_t& rec, const char* name) {
    auto f = field(rec, name);
    return f ? textOf(*f) : std::nullopt;
}

Result<Unit> checkVersion(const avro_value_t& rec) {
    auto version = requiredLong(rec, "_VERSION");
    if (!version) return version.takeError();
    if (*version != 2) {
        return malformed("version " + std::to_string(*version) + " is not 2 (Java reads only 2)");
    }
    return Unit{};
}

SimpleStats readStats(const avro_value_t& rec) {
    SimpleStats out;
    out.minValues = optionalText(rec, "_MIN_VALUES").value_or("");
    out.maxValues = optionalText(rec, "_MAX_VALUES").value_or("");
    if (auto counts = field(rec, "_NULL_COUNTS")) {
        std::vector<std::optional<int64_t>> values;
        size_t n = 0;
        if (avro_value_get_size(&*counts, &n) == 0) {
            for (size_t i = 0; i < n; ++i) {
                avro_value_t item;
                if (avro_value_get_by_index(&*counts, i, &item, nullptr) != 0) continue;
                while (avro_value_get_type(&item) == AVRO_UNION) {
                    avro_value_t branch;
                    if (avro_value_get_current_branch(&item, &branch) != 0) break;
                    item = branch;
                }
                values.push_back(longOf(item));
            }
        }
        out.nullCounts = std::move(values);
    }
    return out;
}

Result<ManifestFileMeta> readFileMeta(const avro_value_t& rec) {
    if (auto ok = checkVersion(rec); !ok) return ok.takeError();
    ManifestFileMeta m;
    auto name = requiredText(rec, "_FILE_NAME");
    auto size = requiredLong(rec, "_FILE_SIZE");
    auto added = requiredLong(rec, "_NUM_ADDED_FILES");
    auto deleted = requiredLong(rec, "_NUM_DELETED_FILES");
    auto schema = requiredLong(rec, "_SCHEMA_ID");
    for (const Result<int64_t>* r : {&size, &added, &deleted, &schema})
        if (!*r) return r->error();
    if (!name) return name.takeError();
    m.fileName = std::move(*name);
    m.fileSize = *size;
    m.numAddedFiles = *added;
    m.numDeletedFiles = *deleted;
    m.schemaId = *schema;
    if (auto stats = field(rec, "_PARTITION_STATS")) m.partitionStats = readStats(*stats);
    auto optInt = [&](const char* n) -> std::optional<int> {
        auto v = optionalLong(rec, n);
        if (!v) return std::nullopt;
        return static_cast<int>(*v);
    };
    m.minBucket = optInt("_MIN_BUCKET");
    m.maxBucket = optInt("_MAX_BUCKET");
    m.minLevel = optInt("_MIN_LEVEL");
    m.maxLevel = optInt("_MAX_LEVEL");
    m.minRowId = optionalLong(rec, "_MIN_ROW_ID");
    m.maxRowId = optionalLong(rec, "_MAX_ROW_ID");
    return m;
}

Result<ManifestEntry> readEntry(const avro_value_t& rec) {
    if (auto ok = checkVersion(rec); !ok) return ok.takeError();
    ManifestEntry e;
    auto kind = requiredLong(rec, "_KIND");
    auto partition = requiredText(rec, "_PARTITION");
    auto bucket = requiredLong(rec, "_BUCKET");
    if (!kind) return kind.takeError();
    if (!partition) return partition.takeError();
    if (!bucket) return bucket.takeError();
    if (*kind != 0 && *kind != 1) return malformed("an entry's _KIND is neither ADD nor DELETE");
    e.kind = *kind == 0 ? ManifestEntry::Kind::Add : ManifestEntry::Kind::Delete;
    e.partition = std::move(*partition);
    e.bucket = static_cast<int>(*bucket);
    e.totalBuckets = static_cast<int>(optionalLong(rec, "_TOTAL_BUCKETS").value_or(0));
    auto file = field(rec, "_FILE");
    if (!file || avro_value_get_type(&*file) != AVRO_RECORD) {
        return malformed("an entry has no _FILE record");
    }
    DataFileMeta& f = e.file;
    auto name = requiredText(*file, "_FILE_NAME");
    auto size = requiredLong(*file, "_FILE_SIZE");
    auto rows = requiredLong(*file, "_ROW_COUNT");
    auto level = requiredLong(*file, "_LEVEL");
    if (!name) return name.takeError();
    for (const Result<int64_t>* r : {&size, &rows, &level})
        if (!*r) return r->error();
    f.fileName = std::move(*name);
    f.fileSize = *size;
    f.rowCount = *rows;
    f.level = static_cast<int>(*level);
    f.schemaId = optionalLong(*file, "_SCHEMA_ID").value_or(0);
    if (auto extra = field(*file, "_EXTRA_FILES")) {
        size_t n = 0;
        if (avro_value_get_size(&*extra, &n) == 0) {
            for (size_t i = 0; i < n; ++i) {
                avro_value_t item;
                if (avro_value_get_by_index(&*extra, i, &item, nullptr) != 0) continue;
                if (auto text = textOf(item)) f.extraFiles.push_back(std::move(*text));
            }
        }
    }
    f.creationTime = optionalLong(*file, "_CREATION_TIME");
    f.deleteRowCount = optionalLong(*file, "_DELETE_ROW_COUNT");
    f.embeddedIndex = optionalText(*file, "_EMBEDDED_FILE_INDEX");
    f.externalPath = optionalText(*file, "_EXTERNAL_PATH");
    return e;
}

// The identifier a live set merges by (HISTORY.md §7.4), as one string.
std::string identifierOf(const ManifestEntry& e) {
    std::string key;
    auto put = [&key](std::string_view part) {
        key += std::to_string(part.size());
        key.push_back(':');
        key.append(part);
    };
    put(e.partition);
    put(std::to_string(e.bucket));
    put(std::to_string(e.file.level));
    put(e.file.fileName);
    for (const auto& extra : e.file.extraFiles)
        put(extra);
    put(e.file.embeddedIndex ? "1" + *e.file.embeddedIndex : "0");
    put(e.file.externalPath ? "1" + *e.file.externalPath : "0");
    return key;
}

Result<std::string> readManifestFile(const fs::path& table, const std::string& name) {
    if (name.empty() || name.find('/') != std::string::npos || name.starts_with(".")) {
        return malformed("the manifest name '" + name + "' is not a file name");
    }
    return fsops::readFile(table / "manifest" / name);
}

}  // namespace

std::string fileIdentifier(const ManifestEntry& e) {
    return identifierOf(e);
}

Result<std::vector<ManifestFileMeta>> decodeManifestList(std::string_view bytes) {
    return decodeRecords<ManifestFileMeta>(bytes, readFileMeta);
}

Result<std::vector<ManifestEntry>> decodeManifest(std::string_view bytes) {
    return decodeRecords<ManifestEntry>(bytes, readEntry);
}

Result<RawManifest> decodeRawManifest(std::string_view bytes) {
    RawManifest out;
    auto entries = decodeRecords<ManifestEntry>(bytes, readEntry, &out.datums, &out.schema);
    if (!entries) return entries.takeError();
    out.entries = std::move(*entries);
    return out;
}

Result<std::vector<ManifestFileMeta>> readManifestList(const fs::path& table,
                                                       const std::string& name) {
    auto bytes = readManifestFile(table, name);
    if (!bytes) return bytes.takeError();
    auto metas = decodeManifestList(*bytes);
    if (!metas) return makeError(ErrorKind::Io, name + ": " + metas.error().message);
    return metas;
}

Result<RawManifest> readRawManifest(const fs::path& table, const std::string& name) {
    auto bytes = readManifestFile(table, name);
    if (!bytes) return bytes.takeError();
    auto manifest = decodeRawManifest(*bytes);
    if (!manifest) return makeError(ErrorKind::Io, name + ": " + manifest.error().message);
    return manifest;
}

Result<std::vector<ManifestEntry>> readManifest(const fs::path& table, const std::string& name) {
    auto bytes = readManifestFile(table, name);
    if (!bytes) return bytes.takeError();
    auto manifest = decodeManifest(*bytes);
    if (!manifest) return makeError(ErrorKind::Io, name + ": " + manifest.error().message);
    return manifest;
}

}  // namespace paimon
