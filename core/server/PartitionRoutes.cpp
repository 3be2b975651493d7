#include "core/catalog/Paging.h"
#include "core/json/CodecSupport.h"
#include "core/json/Messages.h"
#include "core/server/RestService.h"
#include "core/server/ServerSupport.h"

// Partitions on the server (OBJECTS.md §6), computed from the table's manifests as a server
// without a partition store computes them; each endpoint refuses what Java's reference
// server refuses, with its status codes and resource types.

namespace paimon {

using namespace server_detail;

namespace {

// The body of POST …/partitions/list-by-filter.
struct ListByFilter {
    std::string filter;
    ListRequest list;
};

Result<ListByFilter> decodeListByFilter(std::string_view body) {
    using namespace codec::detail;
    return guarded(body, ErrorKind::BadRequest, "list-by-filter request", [](const Value& j) {
        requireObject(j, "the list-by-filter request");
        ListByFilter r;
        r.filter = optString(j, "filter").value_or("");
        r.list.namePattern = optString(j, "partitionNamePattern");
        if (r.list.namePattern && r.list.namePattern->empty()) r.list.namePattern.reset();
        const int64_t max = optInt64(j, "maxResults", 0);
        r.list.maxResults = static_cast<int>(std::clamp<int64_t>(max, 0, 1'000'000));
        r.list.pageToken = optString(j, "pageToken");
        return r;
    });
}

}  // namespace

HttpResponse RestService::routePartitions(const ServerRequest& request, const Identifier& id,
                                          const std::vector<std::string>& sub,
                                          const QueryParams& query) {
    const std::string& method = request.method;
    auto notAllowed = [&] {
        return errorResponse(405, "Method " + method + " is not allowed on partitions");
    };
    auto found = warehouse_->partitions(id);
    if (!found) return fromError(found.error());
    TablePartitions& partitions = *found;
    auto checked = [&](const char* javaMethod) -> std::optional<HttpResponse> {
        if (auto e = checkHistoryTable(id, javaMethod)) return fromError(*e);
        return std::nullopt;
    };
    auto specsChecked =
        [&](const std::vector<PartitionSpec>& specs) -> std::optional<HttpResponse> {
        if (auto e = checkPartitionSpecs(specs)) return fromError(*e);
        return std::nullopt;
    };
    const auto pageOf = [&](const ListRequest& r) {
        return respond(partitions.page(r, config_.defaultPageSize, config_.maxPageSize),
                       codec::encodeListPartitions);
    };

    if (sub.size() == 1) {
        if (method == "GET") {
            if (auto refused = checked("listPartitions")) return *refused;
            auto list = listRequest(query, "partitionNamePattern");
            if (auto* refused = std::get_if<HttpResponse>(&list)) return *refused;
            return pageOf(std::get<ListRequest>(list));
        }
        if (method == "POST") {
            if (auto refused = checked("createPartitions")) return *refused;
            auto body = codec::decodeCreatePartitionsRequest(request.body);
            if (!body) return fromError(body.error());
            if (auto refused = specsChecked(body->partitionSpecs)) return *refused;
            return respond(partitions.create(*body),
                           [](const CreatePartitionsResponse& r) { return codec::encode(r); });
        }
        return notAllowed();
    }
    if (sub.size() != 2) {
        return errorResponse(501, "This server does not implement " + method +
                                      " .../tables/{table}/partitions/" + sub[1] + ".");
    }
    if (method != "POST") return notAllowed();
    const std::string& action = sub[1];
    if (action == "list-by-names") {
        if (auto refused = checked("listPartitionsByNames")) return *refused;
        auto specs = codec::decodePartitionSpecsRequest(request.body);
        if (!specs) return fromError(specs.error());
        // The client never asks for more than 1000 and takes the first answer as the whole
        // list, so the server answers every match at once, token null (OBJECTS.md §6).
        auto listed = partitions.byNames(*specs);
        if (!listed) return fromError(listed.error());
        return jsonResponse(codec::encodeListPartitions(Page<Partition>{std::move(*listed), {}}));
    }
    if (action == "list-by-filter") {
        if (auto refused = checked("listPartitionsByFilter")) return *refused;
        auto body = decodeListByFilter(request.body);
        if (!body) return fromError(body.error());
        if (body->filter.empty()) return errorResponse(400, "filter is required", "TABLE");
        // A predicate this server does not evaluate counts as true, as Java's server counts
        // one it cannot parse: a superset the client filters again (OBJECTS.md §6).
        return pageOf(body->list);
    }
    if (action == "drop") {
        if (auto refused = checked("dropPartitions")) return *refused;
        auto body = codec::decodeDropPartitionsRequest(request.body);
        if (!body) return fromError(body.error());
        if (auto refused = specsChecked(body->partitionSpecs)) return *refused;
        return respond(partitions.drop(*body, toEpochMillis(warehouse_->now())),
                       [](const DropPartitionsResponse& r) { return codec::encode(r); });
    }
    if (action == "mark") {
        if (auto refused = checked("markDonePartitions")) return *refused;
        auto specs = codec::decodePartitionSpecsRequest(request.body);
        if (!specs) return fromError(specs.error());
        if (auto refused = specsChecked(*specs)) return *refused;
        return respondEmpty(partitions.markDone(*specs, toEpochMillis(warehouse_->now())));
    }
    return errorResponse(
        501, "This server does not implement POST .../tables/{table}/partitions/" + action + ".");
}

}  // namespace paimon
