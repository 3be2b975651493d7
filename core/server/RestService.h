#pragma once

#include <cstddef>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

#include "core/auth/DlfSigner.h"
#include "core/fs/Warehouse.h"
#include "core/http/Http.h"
#include "core/server/ObjectStore.h"

namespace paimon {

// One request as the server received it: the raw request target ("/v1/p/databases?x=1",
// still percent-encoded, exactly what a DLF signature covers), headers and body.
struct ServerRequest {
    std::string method;
    std::string target;
    Headers headers;
    std::string body;
};

// How the server checks who is calling (PROTOCOL.md §8).
struct ServerAuthConfig {
    enum class Mode { None, Bearer, Dlf };
    Mode mode = Mode::None;
    std::string token;   // bearer
    DlfCredentials dlf;  // access key id and secret; a security token, when set, must match
    std::chrono::minutes maxClockSkew{15};
};

// The server side of the Paimon REST protocol over a warehouse folder: routing, request
// checks, authentication (bearer, DLF4 and ACS signatures, with ACS nonces remembered), the
// catalog operations through Warehouse, and errors as JSON bodies with the status codes of
// Paimon's test server (PROTOCOL.md §7). Independent of any HTTP library; thread-safe.
class RestService {
public:
    struct Config {
        std::string prefix;         // empty: paths without a prefix segment
        std::string warehouseName;  // reported in the config defaults
        ServerAuthConfig auth;
        int defaultPageSize = 100;
        int maxPageSize = 1000;
        std::function<SystemTime()> clock;  // for signature dates; the system clock when empty
    };

    RestService(std::shared_ptr<Warehouse> warehouse, Config config);

    HttpResponse handle(const ServerRequest& request);

    // A JSON error response, also for failures found before handle() (413, bad request line).
    static HttpResponse errorResponse(int status, const std::string& message,
                                      const std::string& resourceType = {},
                                      const std::string& resourceName = {});
    static int statusOf(ErrorKind kind);

private:
    HttpResponse route(const ServerRequest& request, const std::string& path,
                       const std::vector<std::string>& segments, const QueryParams& query);
    // Below a table: snapshots, tags, branches, consumers, rollback (HistoryRoutes.cpp).
    HttpResponse routeTableLife(const ServerRequest& request, const Identifier& id,
                                const std::vector<std::string>& sub, const QueryParams& query);
    HttpResponse routePartitions(const ServerRequest& request, const Identifier& id,
                                 const std::vector<std::string>& sub, const QueryParams& query);
    // Views and functions (ViewRoutes.cpp): `rest` is the path after the prefix.
    HttpResponse routeViewsAndFunctions(const ServerRequest& request,
                                        const std::vector<std::string>& rest,
                                        const QueryParams& query);
    std::optional<Error> authenticate(const ServerRequest& request, const std::string& path,
                                      const QueryParams& query);
    std::optional<Error> verifyDlf4(const ServerRequest& request, const std::string& path,
                                    const QueryParams& query, const std::string& authorization);
    std::optional<Error> verifyAcs(const ServerRequest& request, const std::string& path,
                                   const QueryParams& query, const std::string& authorization);
    bool rememberNonce(const std::string& nonce, SystemTime current);
    SystemTime now() const;

    std::shared_ptr<Warehouse> warehouse_;
    ObjectStore views_{warehouse_, ".paimon-catalog-browser-views", "VIEW"};
    ObjectStore functions_{warehouse_, ".paimon-catalog-browser-functions", "FUNCTION"};
    Config config_;
    std::mutex nonceMutex_;
    std::map<std::string, SystemTime> nonces_;  // ACS nonces seen within the clock-skew window
};

}  // namespace paimon
