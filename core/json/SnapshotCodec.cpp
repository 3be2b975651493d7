#include <limits>

#include "core/json/CodecSupport.h"
#include "core/json/Dump.h"
#include "core/json/JacksonPrinter.h"
#include "core/json/Messages.h"

// Snapshots, read as Java reads them (unknown members ignored, nulls as absent) and written as
// Java writes them (HISTORY.md §1.1: nulls left out, in Java's member order).

namespace paimon {

std::optional<int64_t> Snapshot::effectiveWatermark() const {
    if (!watermark || *watermark == std::numeric_limits<int64_t>::min()) return std::nullopt;
    return watermark;
}

namespace codec {

using namespace detail;

Snapshot detail::readSnapshot(const Value& j) {
    requireObject(j, "a snapshot");
    Snapshot s;
    s.version = static_cast<int>(optInt64(j, "version", 3));
    s.uuid = optString(j, "uuid");
    s.id = reqInt64(j, "id");
    s.schemaId = optInt64(j, "schemaId", 0);
    s.baseManifestList = reqString(j, "baseManifestList");
    s.baseManifestListSize = optInt64Member(j, "baseManifestListSize");
    s.deltaManifestList = reqString(j, "deltaManifestList");
    s.deltaManifestListSize = optInt64Member(j, "deltaManifestListSize");
    s.changelogManifestList = optString(j, "changelogManifestList");
    s.changelogManifestListSize = optInt64Member(j, "changelogManifestListSize");
    s.indexManifest = optString(j, "indexManifest");
    s.commitUser = reqString(j, "commitUser");
    s.writerVersion = optString(j, "writerVersion");
    s.commitIdentifier = optInt64(j, "commitIdentifier", 0);
    s.commitKind = reqString(j, "commitKind");
    s.timeMillis = optInt64(j, "timeMillis", 0);
    s.totalRecordCount = optInt64Member(j, "totalRecordCount");
    s.deltaRecordCount = optInt64Member(j, "deltaRecordCount");
    s.changelogRecordCount = optInt64Member(j, "changelogRecordCount");
    s.watermark = optInt64Member(j, "watermark");
    s.statistics = optString(j, "statistics");
    s.properties = optOptions(j, "properties");
    s.nextRowId = optInt64Member(j, "nextRowId");
    s.operation = optString(j, "operation");
    return s;
}

namespace {

void putInt(ojson& j, const char* key, const std::optional<int64_t>& v) {
    if (v) j[key] = *v;
}

}  // namespace

ojson toJson(const Snapshot& s) {
    ojson j = ojson::object();
    j["version"] = s.version;
    putOpt(j, "uuid", s.uuid);
    j["id"] = s.id;
    j["schemaId"] = s.schemaId;
    j["baseManifestList"] = s.baseManifestList;
    putInt(j, "baseManifestListSize", s.baseManifestListSize);
    j["deltaManifestList"] = s.deltaManifestList;
    putInt(j, "deltaManifestListSize", s.deltaManifestListSize);
    putOpt(j, "changelogManifestList", s.changelogManifestList);
    putInt(j, "changelogManifestListSize", s.changelogManifestListSize);
    putOpt(j, "indexManifest", s.indexManifest);
    j["commitUser"] = s.commitUser;
    putOpt(j, "writerVersion", s.writerVersion);
    j["commitIdentifier"] = s.commitIdentifier;
    j["commitKind"] = s.commitKind;
    j["timeMillis"] = s.timeMillis;
    putInt(j, "totalRecordCount", s.totalRecordCount);
    putInt(j, "deltaRecordCount", s.deltaRecordCount);
    putInt(j, "changelogRecordCount", s.changelogRecordCount);
    putInt(j, "watermark", s.watermark);
    putOpt(j, "statistics", s.statistics);
    if (!s.properties.empty()) j["properties"] = optionsObject(s.properties);
    putInt(j, "nextRowId", s.nextRowId);
    putOpt(j, "operation", s.operation);
    return j;
}

Result<Snapshot> snapshotFromJson(const json::Value& j, ErrorKind kind) {
    return guardedJson(j, kind, "snapshot", readSnapshot);
}

Result<Snapshot> decodeSnapshotFile(std::string_view text) {
    return guarded(text, ErrorKind::Io, "snapshot file", readSnapshot);
}

std::string encodeSnapshotFile(const Snapshot& s) {
    return toJacksonPrettyJson(toJson(s));
}

namespace {

Snapshot readSnapshotMember(const Value& j) {
    std::optional<Value> s = j.member("snapshot");
    if (!s) throw ShapeError{"\"snapshot\" is missing"};
    return readSnapshot(*s);
}

TableSnapshot readTableSnapshot(const Value& j) {
    requireObject(j, "a table snapshot");
    TableSnapshot t;
    t.snapshot = readSnapshotMember(j);
    t.recordCount = reqInt64(j, "recordCount");
    t.fileSizeInBytes = reqInt64(j, "fileSizeInBytes");
    t.fileCount = reqInt64(j, "fileCount");
    t.lastFileCreationTime = reqInt64(j, "lastFileCreationTime");
    return t;
}

}  // namespace

std::string encodeGetTableSnapshotResponse(const TableSnapshot& t) {
    ojson inner = ojson::object();
    inner["snapshot"] = toJson(t.snapshot);
    inner["recordCount"] = t.recordCount;
    inner["fileSizeInBytes"] = t.fileSizeInBytes;
    inner["fileCount"] = t.fileCount;
    inner["lastFileCreationTime"] = t.lastFileCreationTime;
    ojson j = ojson::object();
    j["snapshot"] = std::move(inner);
    return dumpJson(j);
}

Result<TableSnapshot> decodeGetTableSnapshotResponse(std::string_view body) {
    return guarded(body, ErrorKind::InvalidResponse, "table snapshot response", [](const Value& j) {
        requireObject(j, "the table snapshot response");
        std::optional<Value> inner = j.member("snapshot");
        if (!inner) throw ShapeError{"\"snapshot\" is missing"};
        return readTableSnapshot(*inner);
    });
}

std::string encodeGetVersionSnapshotResponse(const Snapshot& s) {
    ojson j = ojson::object();
    j["snapshot"] = toJson(s);
    return dumpJson(j);
}

Result<Snapshot> decodeGetVersionSnapshotResponse(std::string_view body) {
    return guarded(body, ErrorKind::InvalidResponse, "snapshot response", [](const Value& j) {
        requireObject(j, "the snapshot response");
        return readSnapshotMember(j);
    });
}

std::string encodeListSnapshots(const Page<Snapshot>& page) {
    return encodeItemPage(page, "snapshots");
}

Result<Page<Snapshot>> decodeListSnapshotsResponse(std::string_view body) {
    return guarded(body, ErrorKind::InvalidResponse, "list-snapshots response",
                   [](const Value& j) { return readPage<Snapshot>(j, "snapshots", readSnapshot); });
}

}  // namespace codec
}  // namespace paimon
