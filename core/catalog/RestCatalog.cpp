#include "core/catalog/RestCatalog.h"

#include "core/catalog/RestCatalogCall.h"

#include "core/async/PendingOperation.h"
#include "core/catalog/Paging.h"
#include "core/json/Messages.h"
#include "core/rest/AuthFactory.h"
#include "core/rest/CatalogOptions.h"
#include "core/util/Log.h"

namespace paimon {

using rest_call::rejected;

namespace {

std::string option(const Options& o, const char* key) {
    auto it = o.find(key);
    return it == o.end() ? std::string() : it->second;
}

Result<Millis> timeoutOption(const Options& o) {
    std::string t = option(o, opt::kTimeoutMillis);
    if (t.empty()) return Millis(std::chrono::minutes(3));
    try {
        long long ms = std::stoll(t);
        if (ms <= 0) throw std::out_of_range("");
        return Millis(ms);
    } catch (const std::exception&) {
        return makeError(ErrorKind::Configuration,
                         std::string(opt::kTimeoutMillis) + " must be a positive number");
    }
}

}  // namespace

RestCatalog::RestCatalog(std::shared_ptr<RestClient> client, Options merged,
                         std::vector<std::string> notices)
    : client_(std::move(client)),
      options_(std::move(merged)),
      requests_(ResourcePaths(options_.contains(opt::kPrefix)
                                  ? std::optional<std::string>(options_.at(opt::kPrefix))
                                  : std::nullopt),
                tableDefaultsOf(options_)),
      notices_(std::move(notices)) {}

Cancellation RestCatalog::open(Setup setup, Callback<std::shared_ptr<RestCatalog>> done) {
    auto fail = [&](Error e) {
        setup.scheduler->post([done, e = std::move(e)] { done(e); });
        return Cancellation();
    };
    Result<std::string> base = normalizeBaseUri(option(setup.options, opt::kUri));
    if (!base) return fail(base.takeError());
    Result<Millis> timeout = timeoutOption(setup.options);
    if (!timeout) return fail(timeout.takeError());
    if (!setup.auth) {
        auto auth = createAuthProvider(setup.options, setup.transport, setup.scheduler);
        if (!auth) return fail(auth.takeError());
        setup.auth = std::move(auth).value();
    }
    RestClientOptions clientOptions;
    clientOptions.baseUrl = *base;
    clientOptions.baseHeaders = headersFromOptions(setup.options);
    clientOptions.timeout = *timeout;
    clientOptions.retry = setup.retry;
    clientOptions.random = setup.random;
    clientOptions.observer = setup.observer;
    auto client = std::make_shared<RestClient>(setup.transport, setup.scheduler, setup.auth,
                                               std::move(clientOptions));
    RestRequest config = RestRequests::config(option(setup.options, opt::kWarehouse));
    Options clientOptionsMap = setup.options;
    return client->execute(
        config.method, config.path, std::move(config.query), std::nullopt,
        [client, clientOptionsMap, done](Result<HttpResponse> r) {
            if (!r) {
                Error e = r.takeError();
                if (e.kind == ErrorKind::NotFound) {
                    e.message =
                        "the server has no /v1/config (is the uri a Paimon REST "
                        "catalog?): " +
                        e.message;
                }
                return done(std::move(e));
            }
            Result<ConfigResponse> config = codec::decodeConfigResponse(r->body);
            if (!config) return done(config.takeError());
            Options merged =
                mergeCatalogOptions(config->defaults, clientOptionsMap, config->overrides);
            client->setBaseHeaders(headersFromOptions(merged));
            log::info(log::kCatalog, [&] {
                return "connected to " + client->options().baseUrl + ", prefix '" +
                       (merged.contains(opt::kPrefix) ? merged.at(opt::kPrefix) : "") + "', " +
                       std::to_string(merged.size()) + " options";
            });
            std::vector<std::string> notices;
            if (!merged.contains(opt::kPrefix)) {
                notices.emplace_back(
                    "The server's config sent no prefix, so paths have no prefix segment "
                    "(/v1/databases). Java clients cannot use such a server.");
            }
            done(std::make_shared<RestCatalog>(client, std::move(merged), std::move(notices)));
        });
}

// The arguments are moved on; clang-tidy 14 does not see that in a call it cannot resolve before
// instantiation (the lambda's type depends on Decode).
Cancellation RestCatalog::listDatabasesPage(const ListRequest& request,
                                            Callback<Page<std::string>> done) {
    return call<Page<std::string>>(requests_.listDatabases(request), nullptr, "",
                                   codec::decodeListDatabasesResponse, std::move(done));
}

Cancellation RestCatalog::createDatabase(const std::string& name, const Options& options,
                                         Callback<Unit> done) {
    if (auto e = checkObjectName(name, "the database")) return rejected(client_, *e, done);
    if (auto e = checkNotSystemDatabase(name)) return rejected(client_, *e, done);
    return callNoBody(requests_.createDatabase(name, options), "DATABASE", name, std::move(done));
}

Cancellation RestCatalog::getDatabase(const std::string& name, Callback<DatabaseInfo> done) {
    if (auto e = checkObjectName(name, "the database")) return rejected(client_, *e, done);
    if (isSystemDatabase(name)) {
        return client_->scheduler()->post([done] { done(systemDatabaseInfo()); });
    }
    return call<DatabaseInfo>(requests_.getDatabase(name), "DATABASE", name,
                              codec::decodeGetDatabaseResponse, std::move(done));
}

Cancellation RestCatalog::alterDatabase(const std::string& name,
                                        const std::vector<std::string>& removals,
                                        const Options& updates,
                                        Callback<AlterDatabaseResult> done) {
    if (auto e = checkObjectName(name, "the database")) return rejected(client_, *e, done);
    if (auto e = checkNotSystemDatabase(name)) return rejected(client_, *e, done);
    return call<AlterDatabaseResult>(requests_.alterDatabase(name, removals, updates), "DATABASE",
                                     name, codec::decodeAlterDatabaseResponse, std::move(done));
}

Cancellation RestCatalog::dropDatabase(const std::string& name, bool cascade, Callback<Unit> done) {
    if (auto e = checkObjectName(name, "the database")) return rejected(client_, *e, done);
    if (auto e = checkNotSystemDatabase(name)) return rejected(client_, *e, done);
    if (cascade) return callNoBody(requests_.dropDatabase(name), "DATABASE", name, std::move(done));
    // Java's RESTCatalog checks emptiness on the client before a non-cascading drop.
    auto op = std::make_shared<PendingOperation<Unit>>(std::move(done));
    auto self = shared_from_this();
    op->setCurrent(call<Page<std::string>>(
        requests_.databaseEmptinessProbe(name), "DATABASE", name, codec::decodeListTablesResponse,
        [self, op, name](Result<Page<std::string>> page) {
            if (!page) return op->finish(page.takeError());
            if (!page->items.empty()) {
                Error e = makeError(
                    ErrorKind::DatabaseNotEmpty,
                    "database " + name + " still holds tables; drop them or drop with cascade");
                e.resourceType = "DATABASE";
                e.resourceName = name;
                return op->finish(std::move(e));
            }
            op->setCurrent(self->callNoBody(self->requests_.dropDatabase(name), "DATABASE", name,
                                            [op](Result<Unit> r) { op->finish(std::move(r)); }));
        }));
    return op->cancellation("the drop was cancelled");
}

Cancellation RestCatalog::listTablesPage(const std::string& database, const ListRequest& request,
                                         Callback<Page<std::string>> done) {
    if (auto e = checkObjectName(database, "the database")) return rejected(client_, *e, done);
    if (isSystemDatabase(database)) {
        // Java's RESTCatalog answers the system database itself.
        Result<Page<std::string>> page = pageOfNames(
            globalSystemTableNames(), request, Catalog::kBulkPageSize, Catalog::kBulkPageSize);
        return client_->scheduler()->post([done, page] { done(page); });
    }
    return call<Page<std::string>>(requests_.listTables(database, request), "DATABASE", database,
                                   codec::decodeListTablesResponse, std::move(done));
}

Cancellation RestCatalog::listTablesGloballyPage(const TablesRequest& request,
                                                 Callback<Page<Identifier>> done) {
    return call<Page<Identifier>>(requests_.listTablesGlobally(request), "TABLE", "",
                                  codec::decodeListTablesGloballyResponse, std::move(done));
}

Cancellation RestCatalog::listTableDetailsPage(const std::string& database,
                                               const ListRequest& request,
                                               Callback<Page<TableInfo>> done) {
    if (auto e = checkObjectName(database, "the database")) return rejected(client_, *e, done);
    if (isSystemDatabase(database)) {
        return client_->scheduler()->post([done] { done(Page<TableInfo>{}); });
    }
    return call<Page<TableInfo>>(requests_.listTableDetails(database, request), "DATABASE",
                                 database, codec::decodeListTableDetailsResponse, std::move(done));
}

Cancellation RestCatalog::createTable(const Identifier& id, const Schema& schema,
                                      Callback<Unit> done) {
    if (auto e = checkDataTable(id, "createTable")) return rejected(client_, *e, done);
    return callNoBody(requests_.createTable(id, schema), "TABLE", id.object, std::move(done));
}

Cancellation RestCatalog::getTable(const Identifier& id, Callback<TableInfo> done) {
    if (auto e = checkIdentifier(id)) return rejected(client_, *e, done);
    return call<TableInfo>(requests_.getTable(id), "TABLE", id.object,
                           codec::decodeGetTableResponse, std::move(done));
}

Cancellation RestCatalog::dropTable(const Identifier& id, Callback<Unit> done) {
    if (auto e = checkDataTable(id, "dropTable")) return rejected(client_, *e, done);
    return callNoBody(requests_.dropTable(id), "TABLE", id.object, std::move(done));
}

Cancellation RestCatalog::renameTable(const Identifier& from, const Identifier& to,
                                      Callback<Unit> done) {
    for (const Identifier* id : {&from, &to}) {
        if (auto e = checkDataTable(*id, "renameTable")) return rejected(client_, *e, done);
    }
    return callNoBody(requests_.renameTable(from, to), "TABLE", from.object, std::move(done));
}

Cancellation RestCatalog::alterTable(const Identifier& id, const std::vector<SchemaChange>& changes,
                                     Callback<Unit> done) {
    if (auto e = checkDataTable(id, "alterTable")) return rejected(client_, *e, done);
    return callNoBody(requests_.alterTable(id, changes), "TABLE", id.object, std::move(done));
}

// ---- the table's life ----

Cancellation RestCatalog::getLatestSnapshot(const Identifier& id,
                                            Callback<std::optional<TableSnapshot>> done) {
    if (auto e = checkHistoryTable(id, "getLatestSnapshot")) return rejected(client_, *e, done);
    // A 404 naming the snapshot means the table has none (Java's RESTCatalog: empty); any
    // other 404 is the table's.
    return call<TableSnapshot>(
        requests_.getLatestSnapshot(id), "TABLE", id.object, codec::decodeGetTableSnapshotResponse,
        [done = std::move(done)](Result<TableSnapshot> r) {
            if (r) return done(std::optional<TableSnapshot>(std::move(*r)));
            if (r.error().kind == ErrorKind::NotFound && r.error().resourceType == "SNAPSHOT") {
                return done(std::optional<TableSnapshot>());
            }
            done(r.takeError());
        });
}

Cancellation RestCatalog::getSnapshot(const Identifier& id, const std::string& version,
                                      Callback<Snapshot> done) {
    if (auto e = checkHistoryTable(id, "getSnapshot")) return rejected(client_, *e, done);
    if (version.empty()) {
        return rejected(client_, makeError(ErrorKind::BadRequest, "the snapshot version is empty"),
                        done);
    }
    return call<Snapshot>(requests_.getSnapshot(id, version), "SNAPSHOT", version,
                          codec::decodeGetVersionSnapshotResponse, std::move(done));
}

Cancellation RestCatalog::listSnapshotsPage(const Identifier& id, const ListRequest& request,
                                            Callback<Page<Snapshot>> done) {
    if (auto e = checkHistoryTable(id, "listSnapshots")) return rejected(client_, *e, done);
    return call<Page<Snapshot>>(requests_.listSnapshots(id, request), "TABLE", id.object,
                                codec::decodeListSnapshotsResponse, std::move(done));
}

Cancellation RestCatalog::listTagsPage(const Identifier& id, const ListRequest& request,
                                       Callback<Page<std::string>> done) {
    if (auto e = checkHistoryTable(id, "listTags")) return rejected(client_, *e, done);
    return call<Page<std::string>>(requests_.listTags(id, request), "TABLE", id.object,
                                   codec::decodeListTagsResponse, std::move(done));
}

Cancellation RestCatalog::getTag(const Identifier& id, const std::string& tag, Callback<Tag> done) {
    if (auto e = checkHistoryTable(id, "getTag")) return rejected(client_, *e, done);
    if (auto e = checkTagName(tag)) return rejected(client_, *e, done);
    return call<Tag>(requests_.getTag(id, tag), "TAG", tag, codec::decodeGetTagResponse,
                     std::move(done));
}

Cancellation RestCatalog::createTag(const Identifier& id, const CreateTagRequest& request,
                                    Callback<Unit> done) {
    if (auto e = checkHistoryTable(id, "createTag")) return rejected(client_, *e, done);
    if (auto e = checkTagName(request.tagName)) return rejected(client_, *e, done);
    return callNoBody(requests_.createTag(id, request), "TAG", request.tagName, std::move(done));
}

Cancellation RestCatalog::deleteTag(const Identifier& id, const std::string& tag,
                                    Callback<Unit> done) {
    if (auto e = checkHistoryTable(id, "deleteTag")) return rejected(client_, *e, done);
    if (auto e = checkTagName(tag)) return rejected(client_, *e, done);
    return callNoBody(requests_.deleteTag(id, tag), "TAG", tag, std::move(done));
}

Cancellation RestCatalog::listBranches(const Identifier& id,
                                       Callback<std::vector<std::string>> done) {
    if (auto e = checkBranchOwner(id, "listBranches")) return rejected(client_, *e, done);
    return call<std::vector<std::string>>(requests_.listBranches(id), "TABLE", id.object,
                                          codec::decodeListBranchesResponse, std::move(done));
}

Cancellation RestCatalog::createBranch(const Identifier& id, const CreateBranchRequest& request,
                                       Callback<Unit> done) {
    if (auto e = checkBranchOwner(id, "createBranch")) return rejected(client_, *e, done);
    if (auto e = checkBranchName(request.branch)) return rejected(client_, *e, done);
    if (request.fromTag) {
        if (auto e = checkTagName(*request.fromTag)) return rejected(client_, *e, done);
    }
    return callNoBody(requests_.createBranch(id, request), "BRANCH", request.branch,
                      std::move(done));
}

Cancellation RestCatalog::dropBranch(const Identifier& id, const std::string& branch,
                                     Callback<Unit> done) {
    if (auto e = checkBranchOwner(id, "dropBranch")) return rejected(client_, *e, done);
    if (auto e = checkBranchName(branch)) return rejected(client_, *e, done);
    return callNoBody(requests_.dropBranch(id, branch), "BRANCH", branch, std::move(done));
}

Cancellation RestCatalog::renameBranch(const Identifier& id, const std::string& from,
                                       const std::string& to, Callback<Unit> done) {
    if (auto e = checkBranchOwner(id, "renameBranch")) return rejected(client_, *e, done);
    for (const std::string* name : {&from, &to}) {
        if (auto e = checkBranchName(*name)) return rejected(client_, *e, done);
    }
    return callNoBody(requests_.renameBranch(id, from, to), "BRANCH", from, std::move(done));
}

Cancellation RestCatalog::fastForwardBranch(const Identifier& id, const std::string& branch,
                                            Callback<Unit> done) {
    if (auto e = checkBranchOwner(id, "fastForward")) return rejected(client_, *e, done);
    if (auto e = checkBranchName(branch)) return rejected(client_, *e, done);
    return callNoBody(requests_.fastForwardBranch(id, branch), "BRANCH", branch, std::move(done));
}

Cancellation RestCatalog::listConsumersPage(const Identifier& id, const ListRequest& request,
                                            Callback<Page<Consumer>> done) {
    if (auto e = checkHistoryTable(id, "listConsumers")) return rejected(client_, *e, done);
    return call<Page<Consumer>>(requests_.listConsumers(id, request), "TABLE", id.object,
                                codec::decodeListConsumersResponse, std::move(done));
}

Cancellation RestCatalog::resetConsumer(const Identifier& id, const ResetConsumerRequest& request,
                                        Callback<Unit> done) {
    if (auto e = checkHistoryTable(id, "resetConsumer")) return rejected(client_, *e, done);
    if (request.consumerId.empty()) {
        return rejected(client_, makeError(ErrorKind::BadRequest, "the consumer id is empty"),
                        done);
    }
    return callNoBody(requests_.resetConsumer(id, request), "TABLE", id.object, std::move(done));
}

Cancellation RestCatalog::rollback(const Identifier& id, const RollbackRequest& request,
                                   Callback<Unit> done) {
    if (auto e = checkHistoryTable(id, "rollbackTo")) return rejected(client_, *e, done);
    if (request.target.kind == RollbackTarget::Kind::Tag) {
        if (auto e = checkTagName(request.target.tagName)) return rejected(client_, *e, done);
    }
    return callNoBody(requests_.rollback(id, request), "TABLE", id.object, std::move(done));
}

Cancellation RestCatalog::listSchemas(const Identifier& /*id*/,
                                      Callback<std::vector<TableSchema>> done) {
    return rejected(client_,
                    makeError(ErrorKind::NotImplemented,
                              "The REST protocol serves only a table's current schema, not its "
                              "older versions."),
                    done);
}

Cancellation RestCatalog::rollbackSchema(const Identifier& id, int64_t schemaId,
                                         Callback<Unit> done) {
    if (auto e = checkHistoryTable(id, "rollbackSchema")) return rejected(client_, *e, done);
    return callNoBody(requests_.rollbackSchema(id, schemaId), "TABLE", id.object, std::move(done));
}

Cancellation RestCatalog::listPartitionsPage(const Identifier& id, const ListRequest& request,
                                             Callback<Page<Partition>> done) {
    if (auto e = checkHistoryTable(id, "listPartitions")) return rejected(client_, *e, done);
    return call<Page<Partition>>(requests_.listPartitions(id, request), "TABLE", id.object,
                                 codec::decodeListPartitionsResponse, std::move(done));
}

Cancellation RestCatalog::listPartitionsByNames(const Identifier& id,
                                                const std::vector<PartitionSpec>& specs,
                                                Callback<std::vector<Partition>> done) {
    if (auto e = checkHistoryTable(id, "listPartitionsByNames")) return rejected(client_, *e, done);
    if (auto e = checkPartitionSpecs(specs, kMaxPartitionsByNames)) {
        return rejected(client_, *e, done);
    }
    // The server pages at its own size, but Java's client takes the first answer as the whole
    // list (OBJECTS.md §6); so do we.
    auto decode = [](std::string_view body) -> Result<std::vector<Partition>> {
        Result<Page<Partition>> page = codec::decodeListPartitionsResponse(body);
        if (!page) return page.takeError();
        return std::move(page->items);
    };
    return call<std::vector<Partition>>(requests_.listPartitionsByNames(id, specs), "TABLE",
                                        id.object, decode, std::move(done));
}

Cancellation RestCatalog::createPartitions(const Identifier& id,
                                           const CreatePartitionsRequest& request,
                                           Callback<CreatePartitionsResponse> done) {
    if (auto e = checkHistoryTable(id, "createPartitions")) return rejected(client_, *e, done);
    if (auto e = checkPartitionSpecs(request.partitionSpecs)) return rejected(client_, *e, done);
    return call<CreatePartitionsResponse>(requests_.createPartitions(id, request), "PARTITION",
                                          partitionName(request.partitionSpecs.front()),
                                          codec::decodeCreatePartitionsResponse, std::move(done));
}

Cancellation RestCatalog::dropPartitions(const Identifier& id, const DropPartitionsRequest& request,
                                         Callback<DropPartitionsResponse> done) {
    if (auto e = checkHistoryTable(id, "dropPartitions")) return rejected(client_, *e, done);
    if (auto e = checkPartitionSpecs(request.partitionSpecs)) return rejected(client_, *e, done);
    return call<DropPartitionsResponse>(requests_.dropPartitions(id, request), "PARTITION",
                                        partitionName(request.partitionSpecs.front()),
                                        codec::decodeDropPartitionsResponse, std::move(done));
}

Cancellation RestCatalog::markPartitionsDone(const Identifier& id,
                                             const std::vector<PartitionSpec>& specs,
                                             Callback<Unit> done) {
    if (auto e = checkHistoryTable(id, "markDonePartitions")) return rejected(client_, *e, done);
    if (auto e = checkPartitionSpecs(specs)) return rejected(client_, *e, done);
    return callNoBody(requests_.markPartitionsDone(id, specs), "TABLE", id.object, std::move(done));
}

}  // namespace paimon
