#include "core/server/RestService.h"

#include <charconv>
#include <ctime>
#include <variant>

#include <nlohmann/json.hpp>

#include "core/catalog/Catalog.h"
#include "core/catalog/Paging.h"
#include "core/json/Messages.h"
#include "core/server/ServerSupport.h"
#include "core/util/Encoding.h"

namespace paimon {

using namespace server_detail;

namespace {

bool constantTimeEquals(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    unsigned char diff = 0;
    for (size_t i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

Error unauthorized(std::string message) {
    return makeError(ErrorKind::NotAuthorized, std::move(message));
}

// "20231203T121212Z"
std::optional<SystemTime> parseDlfDate(std::string_view s) {
    if (s.size() != 16 || s[8] != 'T' || s[15] != 'Z') return std::nullopt;
    auto num = [&](size_t at, size_t len) {
        int v = 0;
        for (size_t i = at; i < at + len; ++i) {
            if (s[i] < '0' || s[i] > '9') return -1;
            v = v * 10 + (s[i] - '0');
        }
        return v;
    };
    std::tm tm{};
    tm.tm_year = num(0, 4) - 1900;
    tm.tm_mon = num(4, 2) - 1;
    tm.tm_mday = num(6, 2);
    tm.tm_hour = num(9, 2);
    tm.tm_min = num(11, 2);
    tm.tm_sec = num(13, 2);
    if (tm.tm_year < 0 || tm.tm_mon < 0 || tm.tm_mday < 1 || tm.tm_hour < 0 || tm.tm_min < 0 ||
        tm.tm_sec < 0) {
        return std::nullopt;
    }
    return std::chrono::system_clock::from_time_t(timegm(&tm));
}

Result<QueryParams> parseQuery(std::string_view query) {
    QueryParams params;
    size_t start = 0;
    while (start < query.size()) {
        size_t amp = query.find('&', start);
        if (amp == std::string_view::npos) amp = query.size();
        std::string_view pair = query.substr(start, amp - start);
        start = amp + 1;
        if (pair.empty()) continue;
        size_t eq = pair.find('=');
        auto key = javaUrlDecode(pair.substr(0, eq));
        auto value = javaUrlDecode(eq == std::string_view::npos ? "" : pair.substr(eq + 1));
        if (!key || !value) {
            return makeError(ErrorKind::BadRequest, "the query string has a malformed escape");
        }
        params.emplace_back(std::move(*key), std::move(*value));
    }
    return params;
}

}  // namespace

RestService::RestService(std::shared_ptr<Warehouse> warehouse, Config config)
    : warehouse_(std::move(warehouse)), config_(std::move(config)) {}

SystemTime RestService::now() const {
    return config_.clock ? config_.clock() : std::chrono::system_clock::now();
}

int RestService::statusOf(ErrorKind kind) {
    switch (kind) {
        case ErrorKind::BadRequest:
        case ErrorKind::DatabaseNotEmpty:
            return 400;
        case ErrorKind::NotAuthorized:
            return 401;
        case ErrorKind::Forbidden:
            return 403;
        case ErrorKind::NotFound:
            return 404;
        case ErrorKind::AlreadyExists:
        case ErrorKind::Conflict:
            return 409;
        case ErrorKind::NotImplemented:
            return 501;
        case ErrorKind::ServiceUnavailable:
            return 503;
        default:
            return 500;
    }
}

HttpResponse RestService::errorResponse(int status, const std::string& message,
                                        const std::string& resourceType,
                                        const std::string& resourceName) {
    ErrorResponse body;
    body.message = message;
    if (!resourceType.empty()) body.resourceType = resourceType;
    if (!resourceName.empty()) body.resourceName = resourceName;
    body.code = status;
    HttpResponse r;
    r.status = status;
    r.headers.set("Content-Type", "application/json");
    r.body = codec::encode(body);
    return r;
}

HttpResponse RestService::handle(const ServerRequest& request) {
    std::string_view target = request.target;
    size_t q = target.find('?');
    std::string path(target.substr(0, q));
    auto query = parseQuery(q == std::string_view::npos ? "" : target.substr(q + 1));
    if (!query) return fromError(query.error());
    std::vector<std::string> segments;  // decoded
    for (size_t start = 1; start <= path.size();) {
        size_t slash = path.find('/', start);
        if (slash == std::string::npos) slash = path.size();
        auto segment = javaUrlDecode(std::string_view(path).substr(start, slash - start));
        if (!segment) return errorResponse(400, "the path has a malformed escape");
        segments.push_back(std::move(*segment));
        start = slash + 1;
    }
    // Signatures are checked over the path re-encoded with Java's encoder, as Paimon's test
    // server does: HTTP stacks may legally normalize an escape of an unreserved character
    // (Qt sends %7E as ~), which must not break a signature.
    std::string canonicalPath;
    for (const auto& segment : segments)
        canonicalPath += "/" + javaUrlEncode(segment);
    if (auto e = authenticate(request, canonicalPath, *query)) return fromError(*e);
    return route(request, path, segments, *query);
}

std::optional<Error> RestService::authenticate(const ServerRequest& request,
                                               const std::string& path, const QueryParams& query) {
    const ServerAuthConfig& auth = config_.auth;
    if (auth.mode == ServerAuthConfig::Mode::None) return std::nullopt;
    std::string authorization = request.headers.get("Authorization").value_or("");
    if (authorization.empty()) return unauthorized("Not authorized: no Authorization header");
    if (auth.mode == ServerAuthConfig::Mode::Bearer) {
        const std::string prefix = "Bearer ";
        if (!authorization.starts_with(prefix) ||
            !constantTimeEquals(std::string_view(authorization).substr(prefix.size()),
                                auth.token)) {
            return unauthorized("Not authorized: the bearer token is not valid");
        }
        return std::nullopt;
    }
    if (authorization.starts_with("DLF4-HMAC-SHA256 ")) {
        return verifyDlf4(request, path, query, authorization);
    }
    if (authorization.starts_with("acs ")) return verifyAcs(request, path, query, authorization);
    return unauthorized("Not authorized: expected a DLF4-HMAC-SHA256 or acs signature");
}

std::optional<Error> RestService::verifyDlf4(const ServerRequest& request, const std::string& path,
                                             const QueryParams& query,
                                             const std::string& authorization) {
    // DLF4-HMAC-SHA256 Credential=<id>/<day>/<region>/DlfNext/aliyun_v4_request,Signature=<hex>
    const std::string credentialKey = "Credential=";
    size_t c = authorization.find(credentialKey);
    size_t comma = authorization.find(",Signature=");
    if (c == std::string::npos || comma == std::string::npos || comma < c) {
        return unauthorized("Not authorized: malformed DLF4 Authorization header");
    }
    std::string credential =
        authorization.substr(c + credentialKey.size(), comma - c - credentialKey.size());
    std::vector<std::string> parts;
    for (size_t start = 0;;) {
        size_t slash = credential.find('/', start);
        parts.push_back(credential.substr(start, slash - start));
        if (slash == std::string::npos) break;
        start = slash + 1;
    }
    if (parts.size() != 5) return unauthorized("Not authorized: malformed DLF4 credential scope");
    const DlfCredentials& expected = config_.auth.dlf;
    if (!constantTimeEquals(parts[0], expected.accessKeyId)) {
        return unauthorized("Not authorized: unknown access key id");
    }
    auto date = parseDlfDate(request.headers.get("x-dlf-date").value_or(""));
    if (!date) return unauthorized("Not authorized: missing or malformed x-dlf-date");
    if (std::chrono::abs(now() - *date) > config_.auth.maxClockSkew) {
        return unauthorized("Not authorized: x-dlf-date is too far from the server's time");
    }
    DlfCredentials credentials = expected;
    credentials.securityToken = request.headers.get("x-dlf-security-token");
    if (expected.securityToken && credentials.securityToken != expected.securityToken) {
        return unauthorized("Not authorized: the security token is not valid");
    }
    SigningRequest signing{
        request.method, path, query,
        request.body.empty() ? std::nullopt : std::optional<std::string>(request.body), *date};
    DlfDefaultSigner signer(parts[2]);
    SignedHeaders recomputed = signer.sign(signing, credentials);
    if (!constantTimeEquals(recomputed.authorization, authorization)) {
        return unauthorized("Not authorized: the DLF4 signature does not match");
    }
    if (!request.body.empty() &&
        request.headers.get("Content-Type").value_or("") != "application/json") {
        return unauthorized("Not authorized: the signed Content-Type was not sent as signed");
    }
    return std::nullopt;
}

std::optional<Error> RestService::verifyAcs(const ServerRequest& request, const std::string& path,
                                            const QueryParams& query,
                                            const std::string& authorization) {
    // acs <id>:<base64 signature>
    size_t colon = authorization.find(':');
    if (colon == std::string::npos) {
        return unauthorized("Not authorized: malformed acs Authorization header");
    }
    const DlfCredentials& expected = config_.auth.dlf;
    if (!constantTimeEquals(authorization.substr(4, colon - 4), expected.accessKeyId)) {
        return unauthorized("Not authorized: unknown access key id");
    }
    auto date = parseHttpDate(request.headers.get("Date").value_or(""));
    if (!date) return unauthorized("Not authorized: missing or malformed Date");
    SystemTime current = now();
    if (std::chrono::abs(current - *date) > config_.auth.maxClockSkew) {
        return unauthorized("Not authorized: Date is too far from the server's time");
    }
    std::string nonce = request.headers.get("x-acs-signature-nonce").value_or("");
    if (nonce.empty()) return unauthorized("Not authorized: missing x-acs-signature-nonce");
    DlfCredentials credentials = expected;
    credentials.securityToken = request.headers.get("x-acs-security-token");
    if (expected.securityToken && credentials.securityToken != expected.securityToken) {
        return unauthorized("Not authorized: the security token is not valid");
    }
    SigningRequest signing{
        request.method, path, query,
        request.body.empty() ? std::nullopt : std::optional<std::string>(request.body), *date};
    DlfOpenApiSigner signer(request.headers.get("Host").value_or(""));
    SignedHeaders recomputed = signer.sign(signing, credentials, nonce);
    if (!constantTimeEquals(recomputed.authorization, authorization)) {
        return unauthorized("Not authorized: the acs signature does not match");
    }
    // Only a valid signature spends its nonce.
    if (!rememberNonce(nonce, current)) {
        return unauthorized("Not authorized: Specified signature nonce was used already");
    }
    return std::nullopt;
}

bool RestService::rememberNonce(const std::string& nonce, SystemTime current) {
    std::lock_guard lock(nonceMutex_);
    // Nonces older than the skew window can go: a request that old is refused by its date.
    for (auto it = nonces_.begin(); it != nonces_.end();) {
        if (current - it->second > 2 * config_.auth.maxClockSkew) {
            it = nonces_.erase(it);
        } else {
            ++it;
        }
    }
    return nonces_.emplace(nonce, current).second;
}

HttpResponse RestService::route(const ServerRequest& request, const std::string& path,
                                const std::vector<std::string>& segments,
                                const QueryParams& query) {
    const std::string& method = request.method;
    auto noRoute = [&] { return errorResponse(404, "No such endpoint: " + method + " " + path); };
    auto notAllowed = [&] {
        return errorResponse(405, "Method " + method + " is not allowed on " + path);
    };
    if (path.empty() || path[0] != '/' || segments.empty() || segments[0] != "v1") return noRoute();

    if (segments.size() == 2 && segments[1] == "config") {
        if (method != "GET") return notAllowed();
        ConfigResponse config;
        if (!config_.prefix.empty()) config.defaults["prefix"] = config_.prefix;
        config.defaults["warehouse"] =
            queryValue(query, "warehouse").value_or(config_.warehouseName);
        return jsonResponse(codec::encode(config));
    }

    size_t at = 1;
    if (!config_.prefix.empty()) {
        if (segments.size() < 2 || segments[1] != config_.prefix) return noRoute();
        at = 2;
    }
    std::vector<std::string> rest(segments.begin() + static_cast<ptrdiff_t>(at), segments.end());
    Warehouse& w = *warehouse_;

    if (rest.size() == 2 && rest[0] == "tables" && rest[1] == "rename") {
        if (method != "POST") return notAllowed();
        auto body = codec::decodeRenameTableRequest(request.body);
        if (!body) return fromError(body.error());
        return respondEmpty(w.renameTable(body->source, body->destination));
    }
    if (rest.size() == 1 && rest[0] == "tables") {
        // Tables across databases (OBJECTS.md §1): both patterns apply (Java's mock drops the
        // table pattern without a database pattern; we do not copy that), and never a 404.
        if (method != "GET") return notAllowed();
        auto list = listRequest(query, "tableNamePattern");
        if (auto* refused = std::get_if<HttpResponse>(&list)) return *refused;
        const ListRequest& paging = std::get<ListRequest>(list);
        TablesRequest tables{paging.maxResults, paging.pageToken,
                             queryValue(query, "databaseNamePattern"), paging.namePattern};
        auto databases = w.listDatabases();
        if (!databases) return fromError(databases.error());
        std::vector<Identifier> all;
        for (const auto& db : *databases) {
            auto names = w.tableNames(db);
            if (!names) continue;  // dropped meanwhile
            for (const auto& name : **names)
                all.push_back({db, name});
        }
        return respond(
            pageOfTables(std::move(all), tables, config_.defaultPageSize, config_.maxPageSize),
            codec::encodeListTablesGlobally);
    }
    if ((rest.size() == 1 && (rest[0] == "views" || rest[0] == "functions")) ||
        (rest.size() == 2 && rest[0] == "views" && rest[1] == "rename")) {
        return routeViewsAndFunctions(request, rest, query);
    }
    if (rest.empty() || rest[0] != "databases") return noRoute();

    if (rest.size() == 1) {
        if (method == "GET") {
            auto list = listRequest(query, "databaseNamePattern");
            if (auto* refused = std::get_if<HttpResponse>(&list)) return *refused;
            auto names = w.listDatabases();
            if (!names) return fromError(names.error());
            return respond(pageOfNames(*names, std::get<ListRequest>(list), config_.defaultPageSize,
                                       config_.maxPageSize),
                           codec::encodeListDatabases);
        }
        if (method == "POST") {
            auto body = codec::decodeCreateDatabaseRequest(request.body);
            if (!body) return fromError(body.error());
            return respondEmpty(w.createDatabase(body->name, body->options));
        }
        return notAllowed();
    }

    const std::string& db = rest[1];
    if (rest.size() == 2) {
        if (method == "GET") {
            return respond(w.getDatabase(db),
                           [](const DatabaseInfo& i) { return codec::encode(i); });
        }
        if (method == "POST") {
            auto body = codec::decodeAlterDatabaseRequest(request.body);
            if (!body) return fromError(body.error());
            return respond(w.alterDatabase(db, body->removals, body->updates),
                           [](const AlterDatabaseResult& r) { return codec::encode(r); });
        }
        // Paimon's client checks emptiness itself and then drops with everything in it.
        if (method == "DELETE") return respondEmpty(w.dropDatabase(db, true));
        return notAllowed();
    }

    if (rest.size() == 3 && (rest[2] == "tables" || rest[2] == "table-details")) {
        if (rest[2] == "tables" && method == "POST") {
            auto body = codec::decodeCreateTableRequest(request.body);
            if (!body) return fromError(body.error());
            if (body->identifier.database != db) {
                return errorResponse(400, "The identifier's database '" +
                                              body->identifier.database +
                                              "' is not the database of the path '" + db + "'");
            }
            return respondEmpty(w.createTable(body->identifier, body->schema));
        }
        if (method != "GET") return notAllowed();
        // As Java's server: a missing database (404) comes before a bad query (400).
        auto names = w.tableNames(db);
        if (!names) return fromError(names.error());
        auto list = listRequest(query, "tableNamePattern");
        if (auto* refused = std::get_if<HttpResponse>(&list)) return *refused;
        // tableType as Java's server filters it: "table" is also a table without a type option.
        std::function<bool(const std::string&)> ofType;
        if (auto type = queryValue(query, "tableType"); type && !type->empty()) {
            ofType = [&w, &db, wanted = *type](const std::string& name) {
                auto info = w.getTable({db, name});
                if (!info) return false;
                auto it = info->schema.options.find("type");
                return (it == info->schema.options.end() ? "table" : it->second) == wanted;
            };
        }
        Result<Page<std::string>> found =
            pageOfNames(**names, std::get<ListRequest>(list), config_.defaultPageSize,
                        config_.maxPageSize, ofType);
        if (!found) return fromError(found.error());
        const Page<std::string>& page = *found;
        if (rest[2] == "tables") return jsonResponse(codec::encodeListTables(page));
        Page<TableInfo> details;
        details.nextPageToken = page.nextPageToken;
        for (const auto& name : page.items) {
            auto info = w.getTable({db, name});
            if (info) details.items.push_back(std::move(*info));  // dropped meanwhile: skipped
        }
        return jsonResponse(codec::encodeListTableDetails(details));
    }

    if (rest.size() == 4 && rest[2] == "tables") {
        Identifier id{db, rest[3]};
        if (method == "GET") {
            return respond(w.getTable(id), [](const TableInfo& i) { return codec::encode(i); });
        }
        if (method == "POST") {
            auto body = codec::decodeAlterTableRequest(request.body);
            if (!body) return fromError(body.error());
            auto altered = w.alterTable(id, body->changes);
            if (!altered) return fromError(altered.error());
            return emptyResponse();
        }
        if (method == "DELETE") return respondEmpty(w.dropTable(id));
        return notAllowed();
    }
    if (rest.size() <= 4 && (rest[2] == "views" || rest[2] == "view-details" ||
                             rest[2] == "functions" || rest[2] == "function-details")) {
        return routeViewsAndFunctions(request, rest, query);
    }
    if (rest.size() >= 5 && rest[2] == "tables") {
        return routeTableLife(request, Identifier{db, rest[3]},
                              std::vector<std::string>(rest.begin() + 4, rest.end()), query);
    }
    return noRoute();
}

}  // namespace paimon
