#include <gtest/gtest.h>

#include <map>
#include <nlohmann/json.hpp>

#include "core/catalog/RestCatalog.h"
#include "core/catalog/WriteOperation.h"
#include "core/json/Messages.h"
#include "core/types/TypeParser.h"
#include "core/util/Encoding.h"
#include "tests/support/FakeTransport.h"

namespace paimon {
namespace {

using testing::FakeTransport;
using testing::ManualScheduler;

// An in-memory catalog server speaking the protocol, as a FakeTransport handler. It decodes
// paths the way a Java server does, so encoding mistakes in the client show up as 404s.
class MemoryServer {
public:
    std::map<std::string, std::map<std::string, TableInfo>> dbs;
    std::map<std::string, Options> dbOptions;
    std::string prefix = "pfx/1";
    std::vector<std::string> seenPatterns;
    int pageSize = 2;

    TransportResult handle(const HttpRequest& r) {
        std::string path = r.path;
        if (path == "/v1/config") {
            ConfigResponse c;
            c.defaults = {{"prefix", prefix}, {"header.X-From-Server", "yes"}};
            c.overrides = {{"warehouse", "wh-override"}};
            return FakeTransport::json(200, codec::encode(c));
        }
        std::string root = "/v1/" + javaUrlEncode(prefix);
        if (path.rfind(root, 0) != 0) return error(404, "no such prefix", "", "");
        std::vector<std::string> seg;
        size_t start = root.size() + 1;
        while (start <= path.size()) {
            size_t slash = path.find('/', start);
            seg.push_back(*javaUrlDecode(path.substr(start, slash - start)));
            if (slash == std::string::npos) break;
            start = slash + 1;
        }
        auto query = [&](const char* k) -> std::string {
            for (auto& [qk, qv] : r.query) {
                if (qk == k) return qv;
            }
            return "";
        };
        if (seg == std::vector<std::string>{"databases"}) {
            if (r.method == "GET") {
                std::vector<std::string> names;
                for (auto& [n, _] : dbs)
                    names.push_back(n);
                return page(names, query("pageToken"), query("databaseNamePattern"), "databases");
            }
            auto req = codec::decodeCreateDatabaseRequest(*r.body);
            if (dbs.count(req->name)) return error(409, "exists", "DATABASE", req->name);
            dbs[req->name];
            dbOptions[req->name] = req->options;
            return FakeTransport::json(200, "");
        }
        if (seg.size() >= 2 && seg[0] == "databases") {
            const std::string& db = seg[1];
            if (!dbs.count(db))
                return error(404, "Database " + db + " does not exist.", "DATABASE", db);
            if (seg.size() == 2) {
                if (r.method == "GET") {
                    DatabaseInfo info;
                    info.name = db;
                    info.options = dbOptions[db];
                    return FakeTransport::json(200, codec::encode(info));
                }
                if (r.method == "DELETE") {
                    dbs.erase(db);
                    return FakeTransport::json(200, "");
                }
                auto req = codec::decodeAlterDatabaseRequest(*r.body);
                AlterDatabaseResult res;
                for (auto& k : req->removals) {
                    (dbOptions[db].erase(k) ? res.removed : res.missing).push_back(k);
                }
                for (auto& [k, v] : req->updates) {
                    dbOptions[db][k] = v;
                    res.updated.push_back(k);
                }
                return FakeTransport::json(200, codec::encode(res));
            }
            if (seg.size() == 3 && seg[2] == "tables") {
                if (r.method == "GET") {
                    std::vector<std::string> names;
                    for (auto& [n, _] : dbs[db])
                        names.push_back(n);
                    return page(names, query("pageToken"), query("tableNamePattern"), "tables");
                }
                auto req = codec::decodeCreateTableRequest(*r.body);
                if (!req) return error(400, req.error().message, "", "");
                if (dbs[db].count(req->identifier.object)) {
                    return error(409, "exists", "TABLE", req->identifier.object);
                }
                TableInfo t;
                t.database = db;
                t.name = req->identifier.object;
                t.schema = req->schema;
                dbs[db][t.name] = t;
                return FakeTransport::json(200, "");
            }
            if (seg.size() == 3 && seg[2] == "table-details") {
                Page<TableInfo> out;
                for (auto& [n, t] : dbs[db]) {
                    if (n > query("pageToken") && int(out.items.size()) < pageSize) {
                        out.items.push_back(t);
                    }
                }
                if (int(out.items.size()) == pageSize) out.nextPageToken = out.items.back().name;
                return FakeTransport::json(200, codec::encodeListTableDetails(out));
            }
            if (seg.size() == 4 && seg[2] == "tables") {
                auto it = dbs[db].find(seg[3]);
                if (it == dbs[db].end()) return error(404, "no table", "TABLE", seg[3]);
                if (r.method == "GET") return FakeTransport::json(200, codec::encode(it->second));
                if (r.method == "DELETE") {
                    dbs[db].erase(it);
                    return FakeTransport::json(200, "");
                }
                auto req = codec::decodeAlterTableRequest(*r.body);
                for (auto& c : req->changes) {
                    if (auto* s = std::get_if<change::SetOption>(&c)) {
                        it->second.schema.options[s->key] = s->value;
                    }
                }
                it->second.schemaId++;
                return FakeTransport::json(200, "");
            }
        }
        if (seg == std::vector<std::string>{"tables", "rename"}) {
            auto req = codec::decodeRenameTableRequest(*r.body);
            auto& from = dbs[req->source.database];
            auto it = from.find(req->source.object);
            if (it == from.end()) return error(404, "no table", "TABLE", req->source.object);
            if (!dbs.count(req->destination.database)) {
                return error(404, "no db", "DATABASE", req->destination.database);
            }
            TableInfo t = it->second;
            from.erase(it);
            t.database = req->destination.database;
            t.name = req->destination.object;
            dbs[t.database][t.name] = t;
            return FakeTransport::json(200, "");
        }
        return error(404, "unknown path", "", "");
    }

private:
    TransportResult page(const std::vector<std::string>& all, const std::string& token,
                         const std::string& pattern, const char* key) {
        seenPatterns.push_back(pattern);
        std::vector<std::string> names;
        std::string p = pattern.empty() ? "" : pattern.substr(0, pattern.size() - 1);
        for (auto& n : all) {
            if (n.rfind(p, 0) == 0 && n > token) names.push_back(n);
        }
        Page<std::string> out;
        for (size_t i = 0; i < names.size() && int(i) < pageSize; ++i)
            out.items.push_back(names[i]);
        if (int(names.size()) > pageSize) out.nextPageToken = out.items.back();
        return FakeTransport::json(200, std::string(key) == "databases"
                                            ? codec::encodeListDatabases(out)
                                            : codec::encodeListTables(out));
    }
    static TransportResult error(int code, std::string msg, std::string type, std::string name) {
        ErrorResponse e{std::move(msg), std::nullopt, std::nullopt, code};
        if (!type.empty()) e.resourceType = type;
        if (!name.empty()) e.resourceName = name;
        Headers h;
        h.set("x-request-id", "rid-" + std::to_string(code));
        return FakeTransport::json(code, codec::encode(e), h);
    }
};

struct CatalogFixture {
    std::shared_ptr<ManualScheduler> scheduler = std::make_shared<ManualScheduler>();
    std::shared_ptr<FakeTransport> transport = std::make_shared<FakeTransport>(scheduler);
    MemoryServer server;
    std::shared_ptr<RestCatalog> catalog;

    explicit CatalogFixture(Options extra = {}) {
        transport->setHandler([this](const HttpRequest& r) { return server.handle(r); });
        RestCatalog::Setup setup;
        setup.options = {{"uri", "http://localhost:8080/"},
                         {"warehouse", "file:/tmp/wh"},
                         {"header.User-Agent", "pcb-test"}};
        for (auto& [k, v] : extra)
            setup.options[k] = v;
        setup.transport = transport;
        setup.scheduler = scheduler;
        RestCatalog::open(setup, [this](Result<std::shared_ptr<RestCatalog>> r) {
            ASSERT_TRUE(r.ok()) << r.error().describe();
            catalog = *r;
        });
        scheduler->runReady();
    }

    template <class T, class F>
    Result<T> wait(F start) {
        std::optional<Result<T>> out;
        int calls = 0;
        start([&](Result<T> r) {
            ++calls;
            out = std::move(r);
        });
        scheduler->advance(Millis(60000));
        EXPECT_EQ(calls, 1);
        if (!out) return makeError(ErrorKind::Timeout, "no callback");
        return std::move(*out);
    }
};

Schema simpleSchema() {
    Schema s;
    s.fields = {{0, "id", parseDataType("BIGINT NOT NULL").value(), std::nullopt, std::nullopt}};
    s.primaryKeys = {"id"};
    return s;
}

TEST(RestCatalog, HandshakeSendsWarehouseAndMergesOptions) {
    CatalogFixture f;
    ASSERT_TRUE(f.catalog);
    const HttpRequest config = f.transport->requests().at(0);
    EXPECT_EQ(config.url(), "http://localhost:8080/v1/config?warehouse=file%3A%2Ftmp%2Fwh");
    EXPECT_EQ(config.headers.get("User-Agent"), "pcb-test");
    EXPECT_EQ(f.catalog->options().at("prefix"), "pfx/1");
    EXPECT_EQ(f.catalog->options().at("warehouse"), "wh-override");
    EXPECT_TRUE(f.catalog->notices().empty());
    // Server-provided header.* options are used on every later request.
    auto r =
        f.wait<Page<std::string>>([&](auto cb) { return f.catalog->listDatabasesPage({}, cb); });
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(f.transport->last().path, "/v1/pfx%2F1/databases");
    EXPECT_EQ(f.transport->last().headers.get("X-From-Server"), "yes");
}

TEST(RestCatalog, MissingPrefixIsHandledAndExplained) {
    auto scheduler = std::make_shared<ManualScheduler>();
    auto transport = std::make_shared<FakeTransport>(scheduler);
    transport->enqueue(FakeTransport::json(200, R"j({"defaults":{},"overrides":null})j"));
    transport->enqueue(FakeTransport::json(200, R"j({"databases":["a"]})j"));
    std::shared_ptr<RestCatalog> catalog;
    RestCatalog::open({{{"uri", "h:1"}}, transport, scheduler, nullptr, {}, {}, {}},
                      [&](auto r) { catalog = r.value(); });
    scheduler->runReady();
    ASSERT_TRUE(catalog);
    ASSERT_EQ(catalog->notices().size(), 1u);
    EXPECT_NE(catalog->notices()[0].find("no prefix"), std::string::npos);
    catalog->listDatabasesPage({}, [](auto) {});
    scheduler->runReady();
    EXPECT_EQ(transport->last().url(), "http://h:1/v1/databases");
}

TEST(RestCatalog, OpenFailsClearly) {
    auto scheduler = std::make_shared<ManualScheduler>();
    auto transport = std::make_shared<FakeTransport>(scheduler);
    std::optional<Result<std::shared_ptr<RestCatalog>>> out;
    RestCatalog::open({{{"uri", ""}}, transport, scheduler, nullptr, {}, {}, {}},
                      [&](auto r) { out = r; });
    scheduler->runReady();
    ASSERT_TRUE(out && !out->ok());
    EXPECT_EQ(out->error().kind, ErrorKind::Configuration);

    transport->enqueue(FakeTransport::json(401, R"j({"message":"bad token","code":401})j"));
    out.reset();
    RestCatalog::open({{{"uri", "h"}, {"token.provider", "bear"}, {"token", "t"}},
                       transport,
                       scheduler,
                       nullptr,
                       {},
                       {},
                       {}},
                      [&](auto r) { out = r; });
    scheduler->runReady();
    ASSERT_TRUE(out && !out->ok());
    EXPECT_EQ(out->error().kind, ErrorKind::NotAuthorized);
    EXPECT_EQ(transport->last().headers.get("Authorization"), "Bearer t");

    transport->enqueue(FakeTransport::json(200, "not json"));
    out.reset();
    RestCatalog::open({{{"uri", "h"}}, transport, scheduler, nullptr, {}, {}, {}},
                      [&](auto r) { out = r; });
    scheduler->runReady();
    ASSERT_TRUE(out && !out->ok());
    EXPECT_EQ(out->error().kind, ErrorKind::InvalidResponse);
}

TEST(RestCatalog, DatabaseLifecycle) {
    CatalogFixture f;
    ASSERT_TRUE(f.wait<Unit>([&](auto cb) {
                     return f.catalog->createDatabase("sales db/2024", {{"owner", "x"}}, cb);
                 }).ok());
    EXPECT_EQ(f.transport->last().body, R"j({"name":"sales db/2024","options":{"owner":"x"}})j");
    auto dup =
        f.wait<Unit>([&](auto cb) { return f.catalog->createDatabase("sales db/2024", {}, cb); });
    ASSERT_FALSE(dup.ok());
    EXPECT_EQ(dup.error().kind, ErrorKind::AlreadyExists);
    EXPECT_EQ(dup.error().requestId, "rid-409");

    auto info =
        f.wait<DatabaseInfo>([&](auto cb) { return f.catalog->getDatabase("sales db/2024", cb); });
    ASSERT_TRUE(info.ok()) << info.error().describe();
    EXPECT_EQ(f.transport->last().path, "/v1/pfx%2F1/databases/sales+db%2F2024");
    EXPECT_EQ(info->options, (Options{{"owner", "x"}}));

    auto alter = f.wait<AlterDatabaseResult>([&](auto cb) {
        return f.catalog->alterDatabase("sales db/2024", {"owner", "nope"}, {{"k", "v"}}, cb);
    });
    ASSERT_TRUE(alter.ok());
    EXPECT_EQ(*alter, (AlterDatabaseResult{{"owner"}, {"k"}, {"nope"}}));

    auto missing =
        f.wait<DatabaseInfo>([&](auto cb) { return f.catalog->getDatabase("ghost", cb); });
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().kind, ErrorKind::NotFound);
    EXPECT_EQ(missing.error().resourceType, "DATABASE");
    EXPECT_EQ(missing.error().resourceName, "ghost");

    ASSERT_TRUE(f.wait<Unit>([&](auto cb) {
                     return f.catalog->dropDatabase("sales db/2024", false, cb);
                 }).ok());
    EXPECT_EQ(f.server.dbs.count("sales db/2024"), 0u);
}

TEST(RestCatalog, DropDatabaseRefusesANonEmptyOneWithoutCascade) {
    CatalogFixture f;
    f.server.dbs["db"]["t"] = TableInfo{};
    auto r = f.wait<Unit>([&](auto cb) { return f.catalog->dropDatabase("db", false, cb); });
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, ErrorKind::DatabaseNotEmpty);
    EXPECT_EQ(f.server.dbs.count("db"), 1u);
    EXPECT_EQ(f.transport->last().method, "GET");  // only the emptiness check was sent
    ASSERT_TRUE(
        f.wait<Unit>([&](auto cb) { return f.catalog->dropDatabase("db", true, cb); }).ok());
    EXPECT_EQ(f.server.dbs.count("db"), 0u);
}

TEST(RestCatalog, CancellingADropDuringItsEmptinessCheckSendsNoDelete) {
    CatalogFixture f;
    f.server.dbs["db"];
    f.transport->setLatency(Millis(1000));
    int calls = 0;
    std::optional<Result<Unit>> out;
    Cancellation c = f.catalog->dropDatabase("db", false, [&](Result<Unit> r) {
        ++calls;
        out = r;
    });
    f.scheduler->advance(Millis(10));
    c.cancel();
    f.scheduler->advance(Millis(10000));
    EXPECT_EQ(calls, 1);
    EXPECT_EQ(out->error().kind, ErrorKind::Cancelled);
    EXPECT_EQ(f.server.dbs.count("db"), 1u);
    for (const HttpRequest& r : f.transport->requests())
        EXPECT_NE(r.method, "DELETE");
}

TEST(RestCatalog, TableLifecycleWithAwkwardNames) {
    CatalogFixture f;
    // A '$' in a table name names a system table or a branch, which is no table to create
    // (ClientConformance tests the refusal); in a database name it is an ordinary character.
    const std::vector<std::string> names = {"with space", "slash/name", "per%cent",
                                            "plus+sign",  "表格",       "café"};
    f.server.dbs["d $b"];
    for (const std::string& name : names) {
        Identifier id{"d $b", name};
        ASSERT_TRUE(f.wait<Unit>([&](auto cb) {
                         return f.catalog->createTable(id, simpleSchema(), cb);
                     }).ok())
            << name;
        auto t = f.wait<TableInfo>([&](auto cb) { return f.catalog->getTable(id, cb); });
        ASSERT_TRUE(t.ok()) << name << ": " << t.error().describe();
        EXPECT_EQ(t->name, name);
        EXPECT_EQ(t->schema, simpleSchema());
    }
    auto all = f.wait<std::vector<std::string>>(
        [&](auto cb) { return f.catalog->listTables("d $b", std::nullopt, cb); });
    ASSERT_TRUE(all.ok());
    EXPECT_EQ(all->size(), names.size());

    Identifier from{"d $b", "slash/name"};
    Identifier to{"d $b", "renamed"};
    ASSERT_TRUE(f.wait<Unit>([&](auto cb) { return f.catalog->renameTable(from, to, cb); }).ok());
    EXPECT_EQ(f.transport->last().path, "/v1/pfx%2F1/tables/rename");
    auto gone = f.wait<TableInfo>([&](auto cb) { return f.catalog->getTable(from, cb); });
    ASSERT_FALSE(gone.ok());
    EXPECT_EQ(gone.error().kind, ErrorKind::NotFound);
    EXPECT_EQ(gone.error().resourceType, "TABLE");

    ASSERT_TRUE(f.wait<Unit>([&](auto cb) {
                     return f.catalog->alterTable(to, {change::SetOption{"bucket", "8"}}, cb);
                 }).ok());
    auto altered = f.wait<TableInfo>([&](auto cb) { return f.catalog->getTable(to, cb); });
    EXPECT_EQ(altered->schema.options.at("bucket"), "8");
    EXPECT_EQ(altered->schemaId, 1);

    ASSERT_TRUE(f.wait<Unit>([&](auto cb) { return f.catalog->dropTable(to, cb); }).ok());
    EXPECT_EQ(f.transport->last().method, "DELETE");
    EXPECT_FALSE(f.transport->last().body.has_value());
    auto dup = f.wait<Unit>([&](auto cb) {
        return f.catalog->createTable({"d $b", "café"}, simpleSchema(), cb);
    });
    EXPECT_EQ(dup.error().kind, ErrorKind::AlreadyExists);
}

TEST(RestCatalog, TableDetailsPages) {
    CatalogFixture f;
    f.server.pageSize = 2;
    for (const char* name : {"a", "b", "c"}) {
        TableInfo t;
        t.database = "db";
        t.name = name;
        t.schema = simpleSchema();
        f.server.dbs["db"][name] = t;
    }
    auto first = f.wait<Page<TableInfo>>([&](auto cb) {
        return f.catalog->listTableDetailsPage("db", {2, {}, {}}, cb);
    });
    ASSERT_TRUE(first.ok()) << first.error().describe();
    EXPECT_EQ(f.transport->last().path, "/v1/pfx%2F1/databases/db/table-details");
    ASSERT_EQ(first->items.size(), 2u);
    EXPECT_EQ(first->items[1].name, "b");
    EXPECT_EQ(first->items[0].schema, simpleSchema());
    ASSERT_EQ(first->nextPageToken, "b");
    auto second = f.wait<Page<TableInfo>>([&](auto cb) {
        return f.catalog->listTableDetailsPage("db", {2, first->nextPageToken, {}}, cb);
    });
    ASSERT_TRUE(second.ok());
    ASSERT_EQ(second->items.size(), 1u);
    EXPECT_EQ(second->items[0].name, "c");
    EXPECT_FALSE(second->nextPageToken.has_value());
    auto missing = f.wait<Page<TableInfo>>(
        [&](auto cb) { return f.catalog->listTableDetailsPage("ghost", {}, cb); });
    EXPECT_EQ(missing.error().kind, ErrorKind::NotFound);
    EXPECT_EQ(missing.error().resourceType, "DATABASE");
}

TEST(RestCatalog, PagingAcrossPagesWithPatterns) {
    CatalogFixture f;
    f.server.pageSize = 3;
    for (int i = 0; i < 10; ++i)
        f.server.dbs["db" + std::to_string(i)];
    f.server.dbs["other"];
    auto all = f.wait<std::vector<std::string>>(
        [&](auto cb) { return f.catalog->listDatabases(std::nullopt, cb, 3); });
    ASSERT_TRUE(all.ok());
    EXPECT_EQ(all->size(), 11u);
    // 11 names in pages of 3: 4 page requests, each with maxResults=3; the later ones carry the
    // token.
    std::vector<HttpRequest> lists;
    for (auto& r : f.transport->requests()) {
        if (r.path == "/v1/pfx%2F1/databases") lists.push_back(r);
    }
    ASSERT_EQ(lists.size(), 4u);
    EXPECT_EQ(lists[0].query, (QueryParams{{"maxResults", "3"}}));
    EXPECT_EQ(lists[1].query, (QueryParams{{"maxResults", "3"}, {"pageToken", "db2"}}));

    auto filtered = f.wait<std::vector<std::string>>(
        [&](auto cb) { return f.catalog->listDatabases("db%", cb); });
    ASSERT_TRUE(filtered.ok());
    EXPECT_EQ(filtered->size(), 10u);
    EXPECT_EQ(f.server.seenPatterns.back(), "db%");
    EXPECT_EQ(f.transport->last().query.back(),
              (std::pair<std::string, std::string>{"databaseNamePattern", "db%"}));
}

TEST(RestCatalog, ARepeatedPageTokenIsAnErrorNotALoop) {
    auto scheduler = std::make_shared<ManualScheduler>();
    auto transport = std::make_shared<FakeTransport>(scheduler);
    transport->setHandler([](const HttpRequest& r) -> TransportResult {
        if (r.path == "/v1/config")
            return FakeTransport::json(200, R"j({"defaults":{"prefix":"p"}})j");
        return FakeTransport::json(200, R"j({"databases":["a"],"nextPageToken":"same"})j");
    });
    std::shared_ptr<RestCatalog> catalog;
    RestCatalog::open({{{"uri", "h"}}, transport, scheduler, nullptr, {}, {}, {}},
                      [&](auto r) { catalog = r.value(); });
    scheduler->runReady();
    std::optional<Result<std::vector<std::string>>> out;
    catalog->listDatabases(std::nullopt, [&](auto r) { out = r; });
    scheduler->runReady();
    ASSERT_TRUE(out && !out->ok());
    EXPECT_EQ(out->error().kind, ErrorKind::InvalidResponse);
    EXPECT_LE(transport->requests().size(), 4u);
}

TEST(RestCatalog, InvalidNamesAreRefusedBeforeSending) {
    CatalogFixture f;
    size_t before = f.transport->requests().size();
    auto r = f.wait<TableInfo>([&](auto cb) { return f.catalog->getTable({"", "t"}, cb); });
    EXPECT_EQ(r.error().kind, ErrorKind::BadRequest);
    auto n = f.wait<Unit>(
        [&](auto cb) { return f.catalog->createDatabase(std::string("a\0b", 3), {}, cb); });
    EXPECT_EQ(n.error().kind, ErrorKind::BadRequest);
    EXPECT_EQ(f.transport->requests().size(), before);
}

TEST(RestCatalog, EveryErrorClassReachesTheCaller) {
    const std::vector<std::pair<int, ErrorKind>> cases = {
        {400, ErrorKind::BadRequest},      {401, ErrorKind::NotAuthorized},
        {403, ErrorKind::Forbidden},       {404, ErrorKind::NotFound},
        {409, ErrorKind::AlreadyExists},   {500, ErrorKind::ServiceFailure},
        {501, ErrorKind::NotImplemented},  {503, ErrorKind::ServiceUnavailable},
        {418, ErrorKind::UnexpectedStatus}};
    for (auto [code, kind] : cases) {
        CatalogFixture f;
        f.transport->setHandler([code = code](const HttpRequest&) -> TransportResult {
            return FakeTransport::json(
                code, R"j({"message":"nope","code":)j" + std::to_string(code) + "}");
        });
        auto r = f.wait<TableInfo>([&](auto cb) { return f.catalog->getTable({"d", "t"}, cb); });
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().kind, kind) << code;
        EXPECT_EQ(r.error().message, "nope");
    }
    CatalogFixture f;
    f.transport->setHandler([](const HttpRequest&) -> TransportResult {
        return FakeTransport::json(200, R"j({"name":"t"})j");
    });
    auto bad = f.wait<TableInfo>([&](auto cb) { return f.catalog->getTable({"d", "t"}, cb); });
    EXPECT_EQ(bad.error().kind, ErrorKind::InvalidResponse);
    EXPECT_EQ(bad.error().httpStatus, 200);
}

TEST(RestCatalog, CancelledCallsEndOnceWithCancelled) {
    CatalogFixture f;
    f.transport->setLatency(Millis(1000));
    int calls = 0;
    std::optional<Result<std::vector<std::string>>> out;
    Cancellation c = f.catalog->listDatabases(std::nullopt, [&](auto r) {
        ++calls;
        out = r;
    });
    f.scheduler->advance(Millis(10));
    c.cancel();
    f.scheduler->advance(Millis(5000));
    EXPECT_EQ(calls, 1);
    EXPECT_EQ(out->error().kind, ErrorKind::Cancelled);
}

TEST(RestCatalog, DlfSignedRequestsCarryFreshSignatures) {
    CatalogFixture f({{"token.provider", "dlf"},
                      {"dlf.region", "cn-hangzhou"},
                      {"dlf.access-key-id", "AK"},
                      {"dlf.access-key-secret", "SK"}});
    ASSERT_TRUE(f.catalog);
    const HttpRequest config = f.transport->requests().at(0);
    ASSERT_TRUE(config.headers.get("Authorization"));
    EXPECT_EQ(config.headers.get("Authorization")->rfind("DLF4-HMAC-SHA256 Credential=AK/", 0), 0u);
    f.scheduler->advance(Millis(1000));
    ASSERT_TRUE(f.wait<Unit>([&](auto cb) { return f.catalog->createDatabase("x", {}, cb); }).ok());
    const HttpRequest& post = f.transport->last();
    EXPECT_EQ(post.headers.get("Content-Type"), "application/json");
    EXPECT_TRUE(post.headers.contains("Content-MD5"));
    EXPECT_NE(post.headers.get("x-dlf-date"), config.headers.get("x-dlf-date"));
}

// What the editors preview is what the catalog sends: method, path, query and the exact body,
// for every kind of write, with names that need encoding.
TEST(RestCatalog, WritePreviewIsWhatIsSent) {
    CatalogFixture f;
    ASSERT_NE(f.catalog->restRequests(), nullptr);
    f.server.dbs["src db"]["t %1"] = TableInfo{};
    f.server.dbs["empty"];
    Schema s = simpleSchema();
    s.options = {{"bucket", "2"}};
    const std::vector<WriteOperation> ops = {
        write::CreateDatabase{"sales/$ü", {{"owner", "x"}}},
        write::AlterDatabase{"sales/$ü", {"owner"}, {{"k", "v"}}},
        write::CreateTable{{"sales/$ü", "orders 1"}, s},
        write::AlterTable{{"sales/$ü", "orders 1"}, {change::SetOption{"bucket", "4"}}},
        write::RenameTable{{"sales/$ü", "orders 1"}, {"empty", "orders%2"}},
        write::DropTable{{"empty", "orders%2"}},
        write::DropDatabase{"empty", false},
        write::DropDatabase{"src db", true},
    };
    for (const WriteOperation& op : ops) {
        const size_t before = f.transport->requests().size();
        const auto preview = previewRequests(op, *f.catalog->restRequests());
        auto r = f.wait<Unit>([&](auto cb) { return submitWrite(*f.catalog, op, cb); });
        ASSERT_TRUE(r.ok()) << describeWrite(op).front() << ": " << r.error().describe();
        const auto& sent = f.transport->requests();
        ASSERT_EQ(sent.size() - before, preview.size()) << describeWrite(op).front();
        for (size_t i = 0; i < preview.size(); ++i) {
            const HttpRequest& req = sent[before + i];
            EXPECT_EQ(preview[i].method, req.method);
            EXPECT_EQ("http://localhost:8080" + preview[i].target(), req.url());
            EXPECT_EQ(preview[i].body, req.body);
        }
    }
    EXPECT_EQ(f.server.dbs.count("sales/$ü"), 1u);
    EXPECT_EQ(f.server.dbs.count("src db"), 0u);
    EXPECT_EQ(f.server.dbs.count("empty"), 0u);
}

TEST(WriteOperation, DescribesEachStepAndRefusesEmptyNames) {
    auto lines = describeWrite(write::AlterTable{
        {"db", "t"}, {change::SetOption{"bucket", "4"}, change::DropColumn{{"a b"}}}});
    ASSERT_EQ(lines.size(), 2u);
    EXPECT_EQ(lines[0], "Set option bucket = '4'");
    EXPECT_EQ(lines[1], "Drop column `a b`");
    EXPECT_EQ(describeWrite(write::RenameTable{{"a", "b"}, {"c", "d`e"}}).front(),
              "Rename table `a`.`b` to `c`.`d``e`");
    EXPECT_EQ(describeWrite(write::AlterDatabase{"db", {}, {}}).front(), "Nothing to change");
    EXPECT_FALSE(checkWrite(write::CreateDatabase{"ok", {}}).has_value());
    auto bad = checkWrite(write::RenameTable{{"db", "t"}, {"db", ""}});
    ASSERT_TRUE(bad.has_value());
    EXPECT_EQ(bad->kind, ErrorKind::BadRequest);
}

}  // namespace
}  // namespace paimon
