#pragma once

// The REST catalog over a fake transport and an in-memory server: what the RestCatalog
// tests share.

#include <gtest/gtest.h>

#include <map>

#include <nlohmann/json.hpp>

#include "core/catalog/RestCatalog.h"
#include "core/catalog/WriteOperation.h"
#include "core/json/Messages.h"
#include "core/types/TypeParser.h"
#include "core/util/Encoding.h"
#include "tests/support/FakeTransport.h"

namespace paimon::rest_test {

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

inline Schema simpleSchema() {
    Schema s;
    s.fields = {{0, "id", parseDataType("BIGINT NOT NULL").value(), std::nullopt, std::nullopt}};
    s.primaryKeys = {"id"};
    return s;
}

}  // namespace paimon::rest_test
