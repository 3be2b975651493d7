// Every JSON decoder of the protocol and the schema files on the same input: none may crash,
// each either fails with a message or gives a value that encodes and decodes back to itself.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/json/Messages.h"
#include "tests/fuzz/FuzzCheck.h"

namespace {

using namespace paimon;

template <class T, class Decode, class Encode>
void roundTrip(const std::string& body, Decode decode, Encode encode) {
    Result<T> first = decode(body);
    if (!first) {
        FUZZ_CHECK(!first.error().message.empty());
        return;
    }
    Result<T> second = decode(encode(*first));
    FUZZ_CHECK(second.ok());
    FUZZ_CHECK(*second == *first);
}

template <class T, class Decode>
void decodeOnly(const std::string& body, Decode decode) {
    Result<T> r = decode(body);
    if (!r) FUZZ_CHECK(!r.error().message.empty());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string body(reinterpret_cast<const char*>(data), size);
    using namespace paimon::codec;
    roundTrip<Page<Partition>>(body, decodeListPartitionsResponse, encodeListPartitions);
    roundTrip<CreatePartitionsRequest>(body, decodeCreatePartitionsRequest,
                                       [](const CreatePartitionsRequest& r) { return encode(r); });
    roundTrip<DropPartitionsRequest>(body, decodeDropPartitionsRequest,
                                     [](const DropPartitionsRequest& r) { return encode(r); });
    roundTrip<std::vector<PartitionSpec>>(body, decodePartitionSpecsRequest,
                                          encodePartitionSpecsRequest);
    roundTrip<ViewInfo>(body, decodeGetViewResponse, [](const ViewInfo& v) { return encode(v); });
    roundTrip<CreateViewRequest>(body, decodeCreateViewRequest,
                                 [](const CreateViewRequest& r) { return encode(r); });
    roundTrip<std::vector<ViewChange>>(body, decodeAlterViewRequest, encodeAlterViewRequest);
    roundTrip<Page<ViewInfo>>(body, decodeListViewDetailsResponse, encodeListViewDetails);
    roundTrip<Page<Identifier>>(body, decodeListViewsGloballyResponse, encodeListViewsGlobally);
    roundTrip<FunctionInfo>(body, decodeGetFunctionResponse,
                            [](const FunctionInfo& f) { return encode(f); });
    roundTrip<std::vector<FunctionChange>>(body, decodeAlterFunctionRequest,
                                           encodeAlterFunctionRequest);
    roundTrip<Page<FunctionInfo>>(body, decodeListFunctionDetailsResponse,
                                  encodeListFunctionDetails);
    roundTrip<TableInfo>(body, decodeGetTableResponse,
                         [](const TableInfo& t) { return encode(t); });
    roundTrip<DatabaseInfo>(body, decodeGetDatabaseResponse,
                            [](const DatabaseInfo& d) { return encode(d); });
    roundTrip<Page<std::string>>(body, decodeListTablesResponse, encodeListTables);
    roundTrip<Page<std::string>>(body, decodeListDatabasesResponse, encodeListDatabases);
    roundTrip<Page<TableInfo>>(body, decodeListTableDetailsResponse, encodeListTableDetails);
    roundTrip<Page<Identifier>>(body, decodeListTablesGloballyResponse, encodeListTablesGlobally);
    roundTrip<Snapshot>(body, decodeSnapshotFile, encodeSnapshotFile);
    roundTrip<TableSnapshot>(body, decodeGetTableSnapshotResponse, encodeGetTableSnapshotResponse);
    roundTrip<Snapshot>(body, decodeGetVersionSnapshotResponse, encodeGetVersionSnapshotResponse);
    roundTrip<Page<Snapshot>>(body, decodeListSnapshotsResponse, encodeListSnapshots);
    roundTrip<TagFile>(body, decodeTagFile, encodeTagFile);
    roundTrip<Tag>(body, decodeGetTagResponse, encodeGetTagResponse);
    roundTrip<Page<std::string>>(body, decodeListTagsResponse, encodeListTags);
    roundTrip<std::vector<std::string>>(body, decodeListBranchesResponse, encodeListBranches);
    roundTrip<Page<Consumer>>(body, decodeListConsumersResponse, encodeListConsumers);
    roundTrip<int64_t>(body, decodeConsumerFile, encodeConsumerFile);
    roundTrip<CreateTagRequest>(body, decodeCreateTagRequest,
                                [](const CreateTagRequest& r) { return encode(r); });
    roundTrip<CreateBranchRequest>(body, decodeCreateBranchRequest,
                                   [](const CreateBranchRequest& r) { return encode(r); });
    roundTrip<RenameBranchRequest>(body, decodeRenameBranchRequest,
                                   [](const RenameBranchRequest& r) { return encode(r); });
    roundTrip<ResetConsumerRequest>(body, decodeResetConsumerRequest,
                                    [](const ResetConsumerRequest& r) { return encode(r); });
    roundTrip<RollbackRequest>(body, decodeRollbackRequest,
                               [](const RollbackRequest& r) { return encode(r); });
    roundTrip<RollbackSchemaRequest>(body, decodeRollbackSchemaRequest,
                                     [](const RollbackSchemaRequest& r) { return encode(r); });
    roundTrip<ConfigResponse>(body, decodeConfigResponse,
                              [](const ConfigResponse& c) { return encode(c); });
    roundTrip<AlterDatabaseResult>(body, decodeAlterDatabaseResponse,
                                   [](const AlterDatabaseResult& r) { return encode(r); });
    roundTrip<CreateDatabaseRequest>(body, decodeCreateDatabaseRequest,
                                     [](const CreateDatabaseRequest& r) { return encode(r); });
    roundTrip<AlterDatabaseRequest>(body, decodeAlterDatabaseRequest,
                                    [](const AlterDatabaseRequest& r) { return encode(r); });
    roundTrip<CreateTableRequest>(body, decodeCreateTableRequest,
                                  [](const CreateTableRequest& r) { return encode(r); });
    roundTrip<RenameTableRequest>(body, decodeRenameTableRequest,
                                  [](const RenameTableRequest& r) { return encode(r); });
    roundTrip<AlterTableRequest>(body, decodeAlterTableRequest,
                                 [](const AlterTableRequest& r) { return encode(r); });
    decodeOnly<ErrorResponse>(body, decodeErrorResponse);
    decodeOnly<TableSchema>(body, decodeTableSchema);
    return 0;
}
