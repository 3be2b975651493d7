#include "core/fs/DataCommit.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <limits>
#include <map>

#include "core/fs/AvroContainer.h"
#include "core/fs/FileOps.h"
#include "core/util/Crypto.h"

namespace fs = std::filesystem;

namespace paimon {

const char* const kManifestAvroSchema =
    R"({"type":"record","name":"record","namespace":"org.apache.paimon.avro.generated","fields":[)"
    R"({"name":"_VERSION","type":"int"},{"name":"_KIND","type":"int"},{"name":"_PARTITION","type")"
    R"(:"bytes"},{"name":"_BUCKET","type":"int"},{"name":"_TOTAL_BUCKETS","type":"int"},{"name":")"
    R"(_FILE","type":{"type":"record","name":"record__FILE","fields":[{"name":"_FILE_NAME","type")"
    R"(:"string"},{"name":"_FILE_SIZE","type":"long"},{"name":"_ROW_COUNT","type":"long"},{"name")"
    R"(:"_MIN_KEY","type":"bytes"},{"name":"_MAX_KEY","type":"bytes"},{"name":"_KEY_STATS","type")"
    R"(:{"type":"record","name":"record__FILE__KEY_STATS","fields":[{"name":"_MIN_VALUES","type":)"
    R"("bytes"},{"name":"_MAX_VALUES","type":"bytes"},{"name":"_NULL_COUNTS","type":["null",{"typ)"
    R"(e":"array","items":["null","long"]}],"default":null}]}},{"name":"_VALUE_STATS","type":{"ty)"
    R"(pe":"record","name":"record__FILE__VALUE_STATS","fields":[{"name":"_MIN_VALUES","type":"by)"
    R"(tes"},{"name":"_MAX_VALUES","type":"bytes"},{"name":"_NULL_COUNTS","type":["null",{"type":)"
    R"("array","items":["null","long"]}],"default":null}]}},{"name":"_MIN_SEQUENCE_NUMBER","type")"
    R"(:"long"},{"name":"_MAX_SEQUENCE_NUMBER","type":"long"},{"name":"_SCHEMA_ID","type":"long"})"
    R"(,{"name":"_LEVEL","type":"int"},{"name":"_EXTRA_FILES","type":{"type":"array","items":"str)"
    R"(ing"}},{"name":"_CREATION_TIME","type":["null",{"type":"long","logicalType":"timestamp-mil)"
    R"(lis"}],"default":null},{"name":"_DELETE_ROW_COUNT","type":["null","long"],"default":null},)"
    R"({"name":"_EMBEDDED_FILE_INDEX","type":["null","bytes"],"default":null},{"name":"_FILE_SOUR)"
    R"(CE","type":["null","int"],"default":null},{"name":"_VALUE_STATS_COLS","type":["null",{"typ)"
    R"(e":"array","items":"string"}],"default":null},{"name":"_EXTERNAL_PATH","type":["null","str)"
    R"(ing"],"default":null},{"name":"_FIRST_ROW_ID","type":["null","long"],"default":null},{"nam)"
    R"(e":"_WRITE_COLS","type":["null",{"type":"array","items":"string"}],"default":null}]}}]})";

namespace {

// The empty row (arity 0): a 4-byte arity and an 8-byte header.
const std::string kEmptyRow(12, '\0');

void putLe(std::string& row, size_t at, uint64_t v, size_t bytes) {
    for (size_t i = 0; i < bytes; ++i)
        row[at + i] = static_cast<char>((v >> (8 * i)) & 0xFF);
}

template <class T>
std::optional<T> parseNumber(const std::string& text) {
    T v{};
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
    return v;
}

void putEmptyStats(std::string& out) {
    putAvroBytes(out, kEmptyRow);
    putAvroBytes(out, kEmptyRow);
    putAvroLong(out, 1);  // _NULL_COUNTS: the array branch
    putAvroLong(out, 0);  // with no element
}

}  // namespace

std::vector<std::optional<int64_t>> partitionNullCounts(const std::string& row) {
    std::vector<std::optional<int64_t>> out;
    if (row.size() < 4) return out;
    const auto arity = static_cast<size_t>(
        (static_cast<unsigned char>(row[0]) << 24) | (static_cast<unsigned char>(row[1]) << 16) |
        (static_cast<unsigned char>(row[2]) << 8) | static_cast<unsigned char>(row[3]));
    for (size_t i = 0; i < arity; ++i) {
        const size_t byte = 4 + ((i + 8) >> 3);
        const bool isNull =
            byte < row.size() && (static_cast<unsigned char>(row[byte]) >> ((i + 8) & 7)) & 1;
        out.emplace_back(isNull ? 1 : 0);
    }
    return out;
}

Result<std::string> serializePartitionRow(const std::vector<DataType>& types,
                                          const std::vector<std::optional<std::string>>& values) {
    const size_t arity = types.size();
    if (values.size() != arity) {
        return makeError(ErrorKind::BadRequest, "a partition row needs one value per key");
    }
    const size_t header = ((arity + 63 + 8) / 64) * 8;
    std::string row(header + 8 * arity, '\0');
    for (size_t i = 0; i < arity; ++i) {
        const size_t slot = header + 8 * i;
        const std::optional<std::string>& v = values[i];
        if (!v) {
            row[(i + 8) >> 3] = static_cast<char>(row[(i + 8) >> 3] | (1 << ((i + 8) & 7)));
            continue;
        }
        auto bad = [&] {
            return makeError(ErrorKind::BadRequest,
                             "\"" + *v + "\" is not a value of type " + types[i].sql());
        };
        switch (types[i].root()) {
            case TypeRoot::Char:
            case TypeRoot::VarChar:
                if (v->size() <= 7) {
                    std::copy(v->begin(), v->end(), row.begin() + static_cast<ptrdiff_t>(slot));
                    row[slot + 7] = static_cast<char>(0x80 | v->size());
                } else {
                    const uint64_t offset = row.size();
                    putLe(row, slot, (offset << 32) | v->size(), 8);
                    row += *v;
                    row.resize(row.size() + (8 - v->size() % 8) % 8, '\0');
                }
                break;
            case TypeRoot::Boolean:
                if (*v != "true" && *v != "false") return bad();
                row[slot] = *v == "true" ? 1 : 0;
                break;
            case TypeRoot::TinyInt: {
                auto n = parseNumber<int8_t>(*v);
                if (!n) return bad();
                putLe(row, slot, static_cast<uint8_t>(*n), 1);
                break;
            }
            case TypeRoot::SmallInt: {
                auto n = parseNumber<int16_t>(*v);
                if (!n) return bad();
                putLe(row, slot, static_cast<uint16_t>(*n), 2);
                break;
            }
            case TypeRoot::Int:
            case TypeRoot::Date: {
                auto n = parseNumber<int32_t>(*v);
                if (!n) return bad();
                putLe(row, slot, static_cast<uint32_t>(*n), 4);
                break;
            }
            case TypeRoot::BigInt: {
                auto n = parseNumber<int64_t>(*v);
                if (!n) return bad();
                putLe(row, slot, static_cast<uint64_t>(*n), 8);
                break;
            }
            default:
                return makeError(
                    ErrorKind::NotImplemented,
                    "Writing partition keys of type " + types[i].sql() + " is not supported.");
        }
    }
    std::string out(4, '\0');
    out[0] = static_cast<char>((arity >> 24) & 0xFF);
    out[1] = static_cast<char>((arity >> 16) & 0xFF);
    out[2] = static_cast<char>((arity >> 8) & 0xFF);
    out[3] = static_cast<char>(arity & 0xFF);
    return out + row;
}

std::string encodeAppendEntry(const ManifestEntry& e, int64_t minSequence, int64_t maxSequence) {
    std::string out;
    putAvroLong(out, 2);  // _VERSION
    putAvroLong(out, e.kind == ManifestEntry::Kind::Add ? 0 : 1);
    putAvroBytes(out, e.partition);
    putAvroLong(out, e.bucket);
    putAvroLong(out, e.totalBuckets);
    const DataFileMeta& f = e.file;
    putAvroBytes(out, f.fileName);
    putAvroLong(out, f.fileSize);
    putAvroLong(out, f.rowCount);
    putAvroBytes(out, kEmptyRow);  // _MIN_KEY
    putAvroBytes(out, kEmptyRow);  // _MAX_KEY
    putEmptyStats(out);            // _KEY_STATS
    putEmptyStats(out);            // _VALUE_STATS
    putAvroLong(out, minSequence);
    putAvroLong(out, maxSequence);
    putAvroLong(out, f.schemaId);
    putAvroLong(out, f.level);
    if (!f.extraFiles.empty()) {
        putAvroLong(out, static_cast<int64_t>(f.extraFiles.size()));
        for (const std::string& x : f.extraFiles)
            putAvroBytes(out, x);
    }
    putAvroLong(out, 0);  // end of _EXTRA_FILES
    auto nullableLong = [&](const std::optional<int64_t>& v) {
        putAvroLong(out, v ? 1 : 0);
        if (v) putAvroLong(out, *v);
    };
    nullableLong(f.creationTime);
    nullableLong(f.deleteRowCount.value_or(0));
    putAvroLong(out, 0);  // _EMBEDDED_FILE_INDEX null
    nullableLong(0);      // _FILE_SOURCE APPEND
    putAvroLong(out, 1);  // _VALUE_STATS_COLS: an empty array, no column has statistics
    putAvroLong(out, 0);
    putAvroLong(out, 0);  // _EXTERNAL_PATH null
    putAvroLong(out, 0);  // _FIRST_ROW_ID null
    putAvroLong(out, 0);  // _WRITE_COLS null
    return out;
}

Result<Unit> writeManifestLists(const fs::path& manifestDir,
                                const std::vector<ManifestFileMeta>& base,
                                const std::vector<ManifestFileMeta>& delta, Snapshot& next) {
    const std::string uuid = crypto::uuid4();
    std::array<std::pair<std::string*, std::optional<int64_t>*>, 2> lists{
        std::pair{&next.baseManifestList, &next.baseManifestListSize},
        std::pair{&next.deltaManifestList, &next.deltaManifestListSize}};
    for (size_t n = 0; n < lists.size(); ++n) {
        const std::string name = "manifest-list-" + uuid + "-" + std::to_string(n);
        const std::string bytes = manifestListFile(n == 0 ? base : delta, crypto::randomBytes(16));
        if (auto w = fsops::createFileOnce(
                manifestDir / name, bytes,
                [&] { return makeError(ErrorKind::Conflict, name + " exists already."); });
            !w) {
            return w;
        }
        *lists[n].first = name;
        *lists[n].second = static_cast<int64_t>(bytes.size());
    }
    return Unit{};
}

Result<Unit> commitAppend(const fs::path& table, TableHistory& history, const TableSchema& schema,
                          const std::vector<NewDataFile>& files, const std::string& commitUser,
                          int64_t commitIdentifier, int64_t nowMillis) {
    auto latestId = history.latestSnapshotId();
    if (!latestId) return latestId.takeError();
    std::optional<Snapshot> base;
    if (*latestId) {
        auto s = history.snapshot(**latestId);
        if (!s) return s.takeError();
        base = std::move(*s);
    }
    const fs::path manifestDir = table / "manifest";
    std::error_code ec;
    fs::create_directories(manifestDir, ec);
    if (ec) return fsops::ioError("Cannot create " + manifestDir.string(), ec);

    std::vector<ManifestFileMeta> previous;
    if (base) {
        for (const std::string* list : {&base->baseManifestList, &base->deltaManifestList}) {
            auto metas = readManifestList(table, *list);
            if (!metas) return metas.takeError();
            for (ManifestFileMeta& m : *metas)
                previous.push_back(std::move(m));
        }
    }
    // Sequence numbers follow on from the rows already committed (an append table orders
    // nothing by them, but a bucket's files must not overlap).
    int64_t sequence = base ? base->totalRecordCount.value_or(0) : 0;
    int64_t rows = 0;
    // One manifest per partition, so that each one's partition statistics are exactly its
    // own row (min = max) without comparing typed values.
    std::map<std::string, std::vector<const NewDataFile*>> byPartition;
    for (const NewDataFile& f : files)
        byPartition[f.partition].push_back(&f);
    const std::string uuid = crypto::uuid4();
    std::vector<ManifestFileMeta> delta;
    for (const auto& [row, group] : byPartition) {
        ManifestFileMeta meta;
        meta.fileName = "manifest-" + uuid + "-" + std::to_string(delta.size());
        meta.numAddedFiles = static_cast<int64_t>(group.size());
        meta.schemaId = schema.id;
        meta.partitionStats = {row, row, partitionNullCounts(row)};
        meta.minLevel = 0;
        meta.maxLevel = 0;
        std::vector<std::string> datums;
        for (const NewDataFile* f : group) {
            ManifestEntry e;
            e.partition = f->partition;
            e.bucket = f->bucket;
            e.totalBuckets = f->totalBuckets;
            e.file.fileName = f->fileName;
            e.file.fileSize = f->fileSize;
            e.file.rowCount = f->rowCount;
            e.file.schemaId = schema.id;
            e.file.creationTime = f->creationTime;
            datums.push_back(encodeAppendEntry(e, sequence, sequence + f->rowCount - 1));
            sequence += f->rowCount;
            rows += f->rowCount;
            meta.minBucket = std::min(meta.minBucket.value_or(f->bucket), f->bucket);
            meta.maxBucket = std::max(meta.maxBucket.value_or(f->bucket), f->bucket);
        }
        const std::string bytes =
            avroContainer(kManifestAvroSchema, datums, crypto::randomBytes(16));
        meta.fileSize = static_cast<int64_t>(bytes.size());
        if (auto w = fsops::replaceFile(manifestDir / meta.fileName, bytes); !w) return w;
        delta.push_back(std::move(meta));
    }

    Snapshot next;
    next.id = base ? base->id + 1 : 1;
    next.schemaId = schema.id;
    if (auto w = writeManifestLists(manifestDir, previous, delta, next); !w) return w;
    if (base) next.indexManifest = base->indexManifest;
    next.commitUser = commitUser;
    next.commitIdentifier = commitIdentifier;
    next.commitKind = "APPEND";
    next.timeMillis = nowMillis;
    next.totalRecordCount = (base ? base->totalRecordCount.value_or(0) : 0) + rows;
    next.deltaRecordCount = rows;
    next.changelogRecordCount = 0;
    if (base) next.watermark = base->watermark;
    next.nextRowId = base ? base->nextRowId : std::optional<int64_t>(0);
    return history.commit(next);
}

}  // namespace paimon
