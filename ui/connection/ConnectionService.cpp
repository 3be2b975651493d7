#include "ui/connection/ConnectionService.h"

#include <QPointer>

#include <atomic>
#include <map>
#include <utility>

#include "ui/connection/ConnectionRegistry.h"
#include "ui/net/Logging.h"

namespace paimon::ui {

struct ConnectionService::Session {
    std::shared_ptr<Catalog> catalog;
    Cancellation opening;
    // The callers waiting for the opening, by a number each can cancel with.
    std::map<uint64_t, std::function<void(Result<std::shared_ptr<Catalog>>)>> waiting;
    uint64_t nextWaiter = 0;
};

ConnectionService::ConnectionService(Opener opener, QObject* parent)
    : QObject(parent), opener_(std::move(opener)) {}

ConnectionService::~ConnectionService() {
    for (const auto& s : std::as_const(sessions_))
        s->opening.cancel();
}

ConnectionService::Opener ConnectionService::keychainOpener(
    ConnectionRegistry* registry,
    const std::function<CatalogConnector::Observer(const QString&)>& observerFor) {
    QPointer<ConnectionRegistry> reg(registry);
    return [reg, observerFor](const ConnectionProfile& profile,
                              const Callback<OpenedCatalog>& done) {
        auto cancelled = std::make_shared<std::atomic<bool>>(false);
        auto inner = std::make_shared<Cancellation>();
        if (!reg) {
            done(makeError(ErrorKind::Cancelled, "the connection was cancelled"));
            return Cancellation();
        }
        auto observer = observerFor(profile.name);
        reg->readSecrets(
            profile, [=](const ProfileSecrets& secrets, const SecretStore::Outcome& o) {
                if (*cancelled)
                    return done(makeError(ErrorKind::Cancelled, "the connection was cancelled"));
                if (!o.ok) {
                    return done(makeError(ErrorKind::Credentials,
                                          "the secrets could not be read from the keychain: " +
                                              o.problem.toStdString()));
                }
                *inner = CatalogConnector::open(profile, secrets, observer, done);
            });
        return Cancellation([cancelled, inner] {
            *cancelled = true;
            inner->cancel();
        });
    };
}

Cancellation ConnectionService::open(const ConnectionProfile& profile,
                                     std::function<void(Result<std::shared_ptr<Catalog>>)> done) {
    std::shared_ptr<Session>& slot = sessions_[profile.id];
    if (!slot) slot = std::make_shared<Session>();
    std::shared_ptr<Session> session = slot;
    if (session->catalog) {
        done(session->catalog);
        return {};
    }
    const uint64_t waiter = session->nextWaiter++;
    session->waiting.emplace(waiter, std::move(done));
    std::weak_ptr<Session> weak = session;
    if (session->waiting.size() == 1) {
        const QString id = profile.id;
        QPointer<ConnectionService> self(this);
        session->opening = opener_(profile, [self, weak, id](Result<OpenedCatalog> result) {
            auto s = weak.lock();
            if (!self || !s) return;  // closed since
            s->opening = {};
            auto waiting = std::move(s->waiting);
            s->waiting.clear();
            if (result) {
                qCInfo(lcConnection) << "opened" << id;
                s->catalog = result->catalog;
                emit self->opened(id, result->notices);
            } else {
                qCInfo(lcConnection).noquote() << "could not open" << id << ":"
                                               << QString::fromStdString(result.error().describe());
                // The next open() tries again.
                if (self->sessions_.value(id) == s) self->sessions_.remove(id);
            }
            for (auto& [_, callback] : waiting)
                callback(result ? Result<std::shared_ptr<Catalog>>(s->catalog)
                                : Result<std::shared_ptr<Catalog>>(result.error()));
        });
    }
    return Cancellation([weak, waiter] {
        auto s = weak.lock();
        if (!s) return;
        auto it = s->waiting.find(waiter);
        if (it == s->waiting.end()) return;  // answered already
        auto callback = std::move(it->second);
        s->waiting.erase(it);
        // Nobody waits any more: the opening itself stops.
        if (s->waiting.empty() && !s->catalog) std::exchange(s->opening, {}).cancel();
        callback(makeError(ErrorKind::Cancelled, "the connection was cancelled"));
    });
}

std::shared_ptr<Catalog> ConnectionService::catalog(const QString& profileId) const {
    auto it = sessions_.constFind(profileId);
    return it == sessions_.constEnd() ? nullptr : (*it)->catalog;
}

void ConnectionService::close(const QString& profileId) {
    auto session = sessions_.take(profileId);
    if (!session) return;
    // The callers waiting are told once, here, even if the opening reports its own
    // cancellation at once.
    auto waiting = std::move(session->waiting);
    session->waiting.clear();
    session->opening.cancel();
    const bool wasOpen = session->catalog != nullptr;
    qCInfo(lcConnection) << "closed" << profileId << (wasOpen ? "" : "(while opening)");
    session.reset();
    for (auto& [_, callback] : waiting)
        callback(makeError(ErrorKind::Cancelled, "the connection was closed"));
    if (wasOpen) emit closed(profileId);
}

}  // namespace paimon::ui
