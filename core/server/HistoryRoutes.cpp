#include "core/catalog/Paging.h"
#include "core/json/Messages.h"
#include "core/server/RestService.h"
#include "core/server/ServerSupport.h"

// The table's life on the server (OBJECTS.md §2–§5): each endpoint refuses what Java's
// reference server refuses, with its status codes and resource types.

namespace paimon {

using namespace server_detail;

namespace {

// Any failure to find a version is a 404 SNAPSHOT, as Java's server answers it.
HttpResponse snapshotNotFound(const Error& e, const std::string& version) {
    if (e.kind != ErrorKind::NotFound) return fromError(e);
    return RestService::errorResponse(404, e.message, "SNAPSHOT", version);
}

}  // namespace

HttpResponse RestService::routeTableLife(const ServerRequest& request, const Identifier& id,
                                         const std::vector<std::string>& sub,
                                         const QueryParams& query) {
    const std::string& method = request.method;
    const std::string& what = sub[0];
    if (what == "partitions") return routePartitions(request, id, sub, query);
    auto notAllowed = [&] {
        return errorResponse(405, "Method " + method + " is not allowed on " + what);
    };
    // As Java's server dispatches: the database, then the table (or branch) must exist.
    auto found = warehouse_->history(id);
    if (!found) return fromError(found.error());
    TableHistory& h = *found;
    const std::string& object = id.object;
    auto checked = [&](const char* javaMethod, bool branchOwner) -> std::optional<HttpResponse> {
        auto e = branchOwner ? checkBranchOwner(id, javaMethod) : checkHistoryTable(id, javaMethod);
        if (e) return fromError(*e);
        return std::nullopt;
    };
    auto paging = [&](const char* patternKey) { return listRequest(query, patternKey); };

    if (what == "snapshot" && sub.size() == 1) {
        if (method != "GET") return notAllowed();
        if (auto refused = checked("getLatestSnapshot", false)) return *refused;
        auto latest = h.latestSnapshot();
        if (!latest) return fromError(latest.error());
        if (!*latest) return errorResponse(404, "No Snapshot", "SNAPSHOT", object);
        return jsonResponse(codec::encodeGetTableSnapshotResponse(**latest));
    }
    if (what == "snapshots" && sub.size() <= 2) {
        if (method != "GET") return notAllowed();
        if (auto refused = checked("listSnapshots", false)) return *refused;
        if (sub.size() == 2) {
            auto s = h.snapshotAt(sub[1]);
            if (!s) return snapshotNotFound(s.error(), sub[1]);
            return jsonResponse(codec::encodeGetVersionSnapshotResponse(*s));
        }
        auto list = paging("");
        if (auto* refused = std::get_if<HttpResponse>(&list)) return *refused;
        return respond(h.snapshotsPage(std::get<ListRequest>(list), config_.defaultPageSize,
                                       config_.maxPageSize),
                       codec::encodeListSnapshots);
    }
    if (what == "tags" && sub.size() == 1) {
        if (auto refused = checked(method == "GET" ? "listTags" : "createTag", false)) {
            return *refused;
        }
        if (method == "GET") {
            auto list = paging("tagNamePrefix");
            if (auto* refused = std::get_if<HttpResponse>(&list)) return *refused;
            ListRequest r = std::get<ListRequest>(list);
            // Java's server reads the prefix as a LIKE pattern and refuses what it refuses;
            // what it names is then matched as a prefix, as pypaimon's server does.
            if (r.namePattern) {
                if (auto e = checkPrefixPattern(*r.namePattern)) return fromError(*e);
                r.namePattern = literalPrefixOf(*r.namePattern);
            }
            return respond(h.tagsPage(r, config_.defaultPageSize, config_.maxPageSize),
                           codec::encodeListTags);
        }
        if (method == "POST") {
            auto body = codec::decodeCreateTagRequest(request.body);
            if (!body) return fromError(body.error());
            return respondEmpty(h.createTag(*body));
        }
        return notAllowed();
    }
    if (what == "tags" && sub.size() == 2) {
        if (auto refused = checked(method == "GET" ? "getTag" : "deleteTag", false)) {
            return *refused;
        }
        if (method == "GET") {
            return respond(h.tag(sub[1]),
                           [](const Tag& t) { return codec::encodeGetTagResponse(t); });
        }
        if (method == "DELETE") return respondEmpty(h.deleteTag(sub[1]));
        return notAllowed();
    }
    if (what == "branches") {
        if (auto refused = checked("branches", true)) return *refused;
        if (sub.size() == 1) {
            if (method == "GET") return respond(h.branches(), codec::encodeListBranches);
            if (method == "POST") {
                auto body = codec::decodeCreateBranchRequest(request.body);
                if (!body) return fromError(body.error());
                return respondEmpty(h.createBranch(*body));
            }
            return notAllowed();
        }
        if (sub.size() == 2) {
            if (method != "DELETE") return notAllowed();
            return respondEmpty(h.dropBranch(sub[1]));
        }
        if (sub.size() == 3 && sub[2] == "forward") {
            if (method != "POST") return notAllowed();
            return respondEmpty(h.fastForward(sub[1]));
        }
        if (sub.size() == 3 && sub[2] == "rename") {
            if (method != "POST") return notAllowed();
            auto body = codec::decodeRenameBranchRequest(request.body);
            if (!body) return fromError(body.error());
            return respondEmpty(h.renameBranch(sub[1], body->toBranch));
        }
    }
    if (what == "consumers" && sub.size() == 1) {
        if (method != "GET") return notAllowed();
        if (auto refused = checked("listConsumers", false)) return *refused;
        auto list = paging("");
        if (auto* refused = std::get_if<HttpResponse>(&list)) return *refused;
        return respond(h.consumersPage(std::get<ListRequest>(list), config_.defaultPageSize,
                                       config_.maxPageSize),
                       codec::encodeListConsumers);
    }
    if (what == "consumers" && sub.size() == 2 && sub[1] == "reset") {
        if (method != "POST") return notAllowed();
        if (auto refused = checked("resetConsumer", false)) return *refused;
        auto body = codec::decodeResetConsumerRequest(request.body);
        if (!body) return fromError(body.error());
        return respondEmpty(h.resetConsumer(*body));
    }
    if (what == "rollback" && sub.size() == 1) {
        if (method != "POST") return notAllowed();
        if (auto refused = checked("rollbackTo", false)) return *refused;
        auto body = codec::decodeRollbackRequest(request.body);
        if (!body) return fromError(body.error());
        return respondEmpty(h.rollback(*body));
    }
    if (what == "rollback-schema" && sub.size() == 1) {
        if (method != "POST") return notAllowed();
        if (auto refused = checked("rollbackSchema", false)) return *refused;
        auto body = codec::decodeRollbackSchemaRequest(request.body);
        if (!body) return fromError(body.error());
        return respondEmpty(h.rollbackSchema(body->schemaId));
    }
    // Commit, token, auth, ...: not served here. 501 is the status that makes
    // Paimon's clients fall back (OBJECTS.md §10), where a bare 404 would read as "not found".
    return errorResponse(
        501, "This server does not implement " + method + " .../tables/{table}/" + what + ".");
}

}  // namespace paimon
