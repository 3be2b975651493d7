#include "core/auth/DlfToken.h"

#include <fstream>
#include <sstream>

#include "core/async/PendingOperation.h"
#include "core/json/JsonValue.h"
#include "core/util/Encoding.h"
#include "core/util/Log.h"

namespace paimon {

Result<DlfCredentials> parseDlfToken(std::string_view text) {
    Result<json::Document> doc = json::Document::parse(text, ErrorKind::Credentials);
    if (!doc || !doc->root().isObject()) {
        return makeError(ErrorKind::Credentials, "the DLF token is not a JSON object");
    }
    const json::Value j = doc->root();
    auto str = [&](const char* key) -> std::optional<std::string> {
        std::optional<json::Value> v = j.member(key);
        if (!v || !v->isString()) return std::nullopt;
        return std::string(v->string());
    };
    DlfCredentials c;
    auto id = str("AccessKeyId");
    auto secret = str("AccessKeySecret");
    if (!id || id->empty() || !secret || secret->empty()) {
        return makeError(ErrorKind::Credentials,
                         "the DLF token lacks AccessKeyId or AccessKeySecret");
    }
    c.accessKeyId = *id;
    c.accessKeySecret = *secret;
    if (auto token = str("SecurityToken"); token && !token->empty()) c.securityToken = *token;
    if (auto exp = str("Expiration")) {
        std::optional<SystemTime> t = parseIso8601Utc(*exp);
        if (!t) {
            return makeError(ErrorKind::Credentials,
                             "the DLF token's Expiration is not yyyy-MM-ddTHH:mm:ssZ");
        }
        c.expirationMillis = toEpochMillis(*t);
    } else if (auto at = j.member("ExpirationAt"); at && at->int64()) {
        c.expirationMillis = *at->int64();
    }
    return c;
}

Cancellation StaticTokenLoader::load(Callback done) {
    return scheduler_->post([creds = credentials_, done = std::move(done)] { done(creds); });
}

LocalFileTokenLoader::LocalFileTokenLoader(std::string path, std::shared_ptr<Scheduler> scheduler,
                                           std::vector<Millis> retryDelays)
    : path_(std::move(path)),
      scheduler_(std::move(scheduler)),
      retryDelays_(std::move(retryDelays)) {}

std::vector<Millis> LocalFileTokenLoader::defaultRetryDelays() {
    return {Millis(1000), Millis(2000), Millis(3000), Millis(4000), Millis(5000)};
}

namespace {

Result<DlfCredentials> readTokenFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return makeError(ErrorKind::Credentials, "cannot read the DLF token file " + path);
    std::ostringstream ss;
    ss << in.rdbuf();
    Result<DlfCredentials> c = parseDlfToken(ss.str());
    if (!c) {
        Error e = c.error();
        e.message += " (token file " + path + ")";
        return e;
    }
    return c;
}

// One load: read, and on failure wait and read again.
struct FileLoad : PendingOperation<DlfCredentials> {
    using PendingOperation::PendingOperation;
    std::string path;
    std::shared_ptr<Scheduler> scheduler;
    std::vector<Millis> delays;

    void schedule(Millis delay, size_t attempt) {
        auto self = std::static_pointer_cast<FileLoad>(shared_from_this());
        setCurrent(scheduler->after(delay, [self, attempt] { self->run(attempt); }));
    }

    void run(size_t attempt) {
        Result<DlfCredentials> r = readTokenFile(path);
        log::debug(log::kAuth, [&] {
            return "DLF token file " + path +
                   (r ? std::string(": read") : ": " + r.error().message) +
                   (!r && attempt < delays.size() ? ", trying again" : "");
        });
        if (r || attempt >= delays.size()) return finish(std::move(r));
        schedule(delays[attempt], attempt + 1);
    }
};

}  // namespace

Cancellation LocalFileTokenLoader::load(Callback done) {
    auto op = std::make_shared<FileLoad>(std::move(done));
    op->path = path_;
    op->scheduler = scheduler_;
    op->delays = retryDelays_;
    op->schedule(Millis(0), 0);
    return op->cancellation("loading the DLF token was cancelled");
}

EcsTokenLoader::EcsTokenLoader(std::shared_ptr<Transport> transport, std::string metadataUrl,
                               std::string roleName, Millis timeout)
    : transport_(std::move(transport)),
      baseUrl_(std::move(metadataUrl)),
      timeout_(timeout),
      roleName_(std::move(roleName)) {
    if (!baseUrl_.empty() && baseUrl_.back() != '/') baseUrl_ += '/';
}

namespace {

HttpRequest metadataGet(const std::string& url, Millis timeout) {
    HttpRequest r;
    r.method = "GET";
    r.baseUrl = url;
    r.path = "";
    r.timeout = timeout;
    return r;
}

Result<std::string> metadataBody(TransportResult outcome, const char* what) {
    if (auto* err = std::get_if<TransportError>(&outcome)) {
        Error e = errorFromTransport(*err);
        if (e.kind != ErrorKind::Cancelled) e.kind = ErrorKind::Credentials;
        e.message = std::string("ECS metadata ") + what + ": " + e.message;
        return e;
    }
    auto& resp = std::get<HttpResponse>(outcome);
    if (resp.status != 200) {
        Error e =
            makeError(ErrorKind::Credentials, std::string("ECS metadata ") + what +
                                                  " answered HTTP " + std::to_string(resp.status));
        e.httpStatus = resp.status;
        return e;
    }
    return std::move(resp.body);
}

}  // namespace

Cancellation EcsTokenLoader::load(Callback done) {
    auto op = std::make_shared<PendingOperation<DlfCredentials>>(std::move(done));
    std::string role;
    {
        std::lock_guard lock(mutex_);
        role = roleName_;
    }
    if (!role.empty()) {
        fetchToken(role, op);
    } else {
        auto self = shared_from_this();
        op->setCurrent(
            transport_->send(metadataGet(baseUrl_, timeout_), [self, op](TransportResult outcome) {
                Result<std::string> body = metadataBody(std::move(outcome), "role lookup");
                if (!body) return op->finish(body.takeError());
                std::string role(trimAscii(*body));
                if (role.empty() || role.find('/') != std::string::npos) {
                    return op->finish(makeError(ErrorKind::Credentials,
                                                "ECS metadata returned no usable role name"));
                }
                {
                    std::lock_guard lock(self->mutex_);
                    self->roleName_ = role;
                }
                self->fetchToken(role, op);
            }));
    }
    return op->cancellation("loading the DLF token was cancelled");
}

void EcsTokenLoader::fetchToken(const std::string& role,
                                const std::shared_ptr<PendingOperation<DlfCredentials>>& op) {
    op->setCurrent(
        transport_->send(metadataGet(baseUrl_ + role, timeout_), [op](TransportResult outcome) {
            Result<std::string> body = metadataBody(std::move(outcome), "token request");
            if (!body) return op->finish(body.takeError());
            op->finish(parseDlfToken(*body));
        }));
}

}  // namespace paimon
