#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/model/CatalogObjects.h"
#include "core/model/History.h"
#include "core/model/Identifier.h"
#include "core/model/Partition.h"
#include "core/model/Schema.h"
#include "core/model/SchemaChange.h"
#include "core/model/Snapshot.h"
#include "core/model/ViewFunction.h"
#include "core/util/Result.h"

namespace paimon {

namespace json {
class Value;
}

// Request bodies (PROTOCOL.md §4.1).
struct CreateDatabaseRequest {
    std::string name;
    Options options;
    bool operator==(const CreateDatabaseRequest&) const = default;
};
struct AlterDatabaseRequest {
    std::vector<std::string> removals;
    Options updates;
    bool operator==(const AlterDatabaseRequest&) const = default;
};
struct CreateTableRequest {
    Identifier identifier;
    Schema schema;
    bool operator==(const CreateTableRequest&) const = default;
};
struct RenameTableRequest {
    Identifier source;
    Identifier destination;
    bool operator==(const RenameTableRequest&) const = default;
};
struct AlterTableRequest {
    std::vector<SchemaChange> changes;
    bool operator==(const AlterTableRequest&) const = default;
};
struct ErrorResponse {
    std::string message;
    std::optional<std::string> resourceType;
    std::optional<std::string> resourceName;
    int code = 0;
    bool operator==(const ErrorResponse&) const = default;
};

// The wire format, in one place. Encoders omit absent optional members (never "null");
// decoders ignore unknown members, read null collections as empty, and return BadRequest
// (requests) or InvalidResponse (responses) naming the member that is wrong, never the body.
namespace codec {

// Building blocks shared by the messages and the schema files.
nlohmann::ordered_json toJson(const Identifier& id);
nlohmann::ordered_json toJson(const Schema& schema);
nlohmann::ordered_json toJson(const TableSchema& schema);
nlohmann::ordered_json toJson(const SchemaChange& change);
nlohmann::ordered_json toJson(const Move& move);
nlohmann::ordered_json toJson(const DatabaseInfo& d);
nlohmann::ordered_json toJson(const TableInfo& t);
nlohmann::ordered_json toJson(const Snapshot& s);

// A snapshot as a member of a message (REST) or as the file snapshot-<id> (HISTORY.md §1.1):
// unknown members ignored and nulls read as absent, as Java reads them; the file is written
// byte for byte as Java writes it.
Result<Snapshot> snapshotFromJson(const json::Value& j, ErrorKind kind);
Result<Snapshot> decodeSnapshotFile(std::string_view text);
std::string encodeSnapshotFile(const Snapshot& s);

// GET …/snapshot: {"snapshot":TableSnapshot}, all five members of TableSnapshot present.
std::string encodeGetTableSnapshotResponse(const TableSnapshot& t);
Result<TableSnapshot> decodeGetTableSnapshotResponse(std::string_view body);
// GET …/snapshots/{version}: {"snapshot":Snapshot}.
std::string encodeGetVersionSnapshotResponse(const Snapshot& s);
Result<Snapshot> decodeGetVersionSnapshotResponse(std::string_view body);
// GET …/snapshots: {"snapshots":[Snapshot],"nextPageToken"}.
std::string encodeListSnapshots(const Page<Snapshot>& page);
Result<Page<Snapshot>> decodeListSnapshotsResponse(std::string_view body);

// The table's life (OBJECTS.md §2–§5, HISTORY.md §2, §4). Requests write the members Java
// writes even when null; the tag and consumer files are written byte for byte as Java does.
std::string encode(const CreateTagRequest& r);
std::string encode(const CreateBranchRequest& r);
std::string encode(const RenameBranchRequest& r);
std::string encodeForwardBranchRequest();  // "{}": Java's ForwardBranchRequest has no members
std::string encode(const ResetConsumerRequest& r);
std::string encode(const RollbackRequest& r);
std::string encode(const RollbackSchemaRequest& r);
Result<CreateTagRequest> decodeCreateTagRequest(std::string_view body);
Result<CreateBranchRequest> decodeCreateBranchRequest(std::string_view body);
Result<RenameBranchRequest> decodeRenameBranchRequest(std::string_view body);
Result<ResetConsumerRequest> decodeResetConsumerRequest(std::string_view body);
Result<RollbackRequest> decodeRollbackRequest(std::string_view body);
Result<RollbackSchemaRequest> decodeRollbackSchemaRequest(std::string_view body);

// GET …/tags/{tag}: all four members, the retention ones null when absent.
std::string encodeGetTagResponse(const Tag& t);
Result<Tag> decodeGetTagResponse(std::string_view body);
// GET …/tags: {"tags":[name],"nextPageToken"}.
std::string encodeListTags(const Page<std::string>& page);
Result<Page<std::string>> decodeListTagsResponse(std::string_view body);
// GET …/branches: {"branches":[name]} (null read as none).
std::string encodeListBranches(const std::vector<std::string>& branches);
Result<std::vector<std::string>> decodeListBranchesResponse(std::string_view body);
// GET …/consumers: {"consumers":[{"consumerId","nextSnapshot"}],"nextPageToken"}.
std::string encodeListConsumers(const Page<Consumer>& page);
Result<Page<Consumer>> decodeListConsumersResponse(std::string_view body);

// Partitions (OBJECTS.md §6). GET …/partitions and list-by-names:
// {"partitions":[Partition],"nextPageToken"}; each Partition writes its figures and `done`
// always, the audit members and options only when set.
std::string encodeListPartitions(const Page<Partition>& page);
Result<Page<Partition>> decodeListPartitionsResponse(std::string_view body);
// POST …/partitions: statistics and replaceStatistics only when there are statistics; an
// absent or null ignoreIfExists reads as true.
std::string encode(const CreatePartitionsRequest& r);
Result<CreatePartitionsRequest> decodeCreatePartitionsRequest(std::string_view body);
std::string encode(const CreatePartitionsResponse& r);
Result<CreatePartitionsResponse> decodeCreatePartitionsResponse(std::string_view body);
// POST …/partitions/drop: an absent or null ignoreIfNotExists reads as true.
std::string encode(const DropPartitionsRequest& r);
Result<DropPartitionsRequest> decodeDropPartitionsRequest(std::string_view body);
std::string encode(const DropPartitionsResponse& r);
Result<DropPartitionsResponse> decodeDropPartitionsResponse(std::string_view body);
// POST …/partitions/mark and …/partitions/list-by-names: {"specs":[spec]}.
std::string encodePartitionSpecsRequest(const std::vector<PartitionSpec>& specs);
Result<std::vector<PartitionSpec>> decodePartitionSpecsRequest(std::string_view body);

// Views (OBJECTS.md §7): a view's comment is left out when null, its options and dialects
// always written ({} when none).
std::string encode(const CreateViewRequest& r);
Result<CreateViewRequest> decodeCreateViewRequest(std::string_view body);
std::string encode(const ViewInfo& v);  // GetViewResponse
Result<ViewInfo> decodeGetViewResponse(std::string_view body);
std::string encodeAlterViewRequest(const std::vector<ViewChange>& changes);
Result<std::vector<ViewChange>> decodeAlterViewRequest(std::string_view body);
std::string encodeListViews(const Page<std::string>& page);
Result<Page<std::string>> decodeListViewsResponse(std::string_view body);
std::string encodeListViewDetails(const Page<ViewInfo>& page);
Result<Page<ViewInfo>> decodeListViewDetailsResponse(std::string_view body);
std::string encodeListViewsGlobally(const Page<Identifier>& page);
Result<Page<Identifier>> decodeListViewsGloballyResponse(std::string_view body);
// Functions (OBJECTS.md §8): every member written, nulls included; definitions by "type".
std::string encode(const FunctionInfo& f);  // GetFunctionResponse
std::string encodeCreateFunctionRequest(const FunctionInfo& f);
Result<FunctionInfo> decodeCreateFunctionRequest(std::string_view body);
Result<FunctionInfo> decodeGetFunctionResponse(std::string_view body);
std::string encodeAlterFunctionRequest(const std::vector<FunctionChange>& changes);
Result<std::vector<FunctionChange>> decodeAlterFunctionRequest(std::string_view body);
std::string encodeListFunctions(const Page<std::string>& page);
Result<Page<std::string>> decodeListFunctionsResponse(std::string_view body);
std::string encodeListFunctionDetails(const Page<FunctionInfo>& page);
Result<Page<FunctionInfo>> decodeListFunctionDetailsResponse(std::string_view body);
std::string encodeListFunctionsGlobally(const Page<Identifier>& page);
Result<Page<Identifier>> decodeListFunctionsGloballyResponse(std::string_view body);

Result<TagFile> decodeTagFile(std::string_view text);
std::string encodeTagFile(const TagFile& t);
// The file consumer/consumer-<id>: { "nextSnapshot" : 12 }.
Result<int64_t> decodeConsumerFile(std::string_view text);
std::string encodeConsumerFile(int64_t nextSnapshot);

// Readers of values of a parsed document (json::Document::parse); a wrong shape fails with
// `kind`.
Result<Schema> schemaFromJson(const json::Value& j, ErrorKind kind);
// Applies the reader fix-ups of FORMAT.md §4.4 for version 1 and 2 files.
Result<TableSchema> tableSchemaFromJson(const json::Value& j, ErrorKind kind);
Result<std::vector<SchemaChange>> schemaChangesFromJson(const json::Value& j, ErrorKind kind);
Result<CreateTableRequest> createTableRequestFromJson(const json::Value& j, ErrorKind kind);
// A schema file's text; what is wrong (not JSON, or not a schema) fails with ErrorKind::Io.
Result<TableSchema> decodeTableSchema(std::string_view text);

// Requests.
std::string encode(const CreateDatabaseRequest& r);
std::string encode(const AlterDatabaseRequest& r);
std::string encode(const CreateTableRequest& r);
std::string encode(const RenameTableRequest& r);
std::string encode(const AlterTableRequest& r);
Result<CreateDatabaseRequest> decodeCreateDatabaseRequest(std::string_view body);
Result<AlterDatabaseRequest> decodeAlterDatabaseRequest(std::string_view body);
Result<CreateTableRequest> decodeCreateTableRequest(std::string_view body);
Result<RenameTableRequest> decodeRenameTableRequest(std::string_view body);
Result<AlterTableRequest> decodeAlterTableRequest(std::string_view body);

// Responses.
std::string encode(const ConfigResponse& r);
std::string encode(const DatabaseInfo& r);
std::string encode(const TableInfo& r);
std::string encode(const AlterDatabaseResult& r);
std::string encode(const ErrorResponse& r);
std::string encodeListDatabases(const Page<std::string>& page);
std::string encodeListTables(const Page<std::string>& page);
std::string encodeListTableDetails(const Page<TableInfo>& page);
std::string encodeListTablesGlobally(const Page<Identifier>& page);
Result<ConfigResponse> decodeConfigResponse(std::string_view body);
Result<DatabaseInfo> decodeGetDatabaseResponse(std::string_view body);
Result<TableInfo> decodeGetTableResponse(std::string_view body);
Result<AlterDatabaseResult> decodeAlterDatabaseResponse(std::string_view body);
Result<ErrorResponse> decodeErrorResponse(std::string_view body);
Result<Page<std::string>> decodeListDatabasesResponse(std::string_view body);
Result<Page<std::string>> decodeListTablesResponse(std::string_view body);
Result<Page<TableInfo>> decodeListTableDetailsResponse(std::string_view body);
Result<Page<Identifier>> decodeListTablesGloballyResponse(std::string_view body);

}  // namespace codec
}  // namespace paimon
