#pragma once

#include <QHash>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

#include "ui/connection/CatalogConnector.h"

namespace paimon::ui {

class ConnectionRegistry;

// The open connections of the browser: each profile's open Catalog, opened once however many
// views ask, and closed in one place. Opening goes through an Opener (the keychain's secrets
// and CatalogConnector in the browser; the profile alone in tests). Answers arrive on the GUI
// thread, exactly once per open(): a caller that cancels, or whose connection is closed while
// it opens, is answered ErrorKind::Cancelled at once.
class ConnectionService : public QObject {
    Q_OBJECT
public:
    using Opener = std::function<Cancellation(const ConnectionProfile&, Callback<OpenedCatalog>)>;

    explicit ConnectionService(Opener opener, QObject* parent = nullptr);
    ~ConnectionService() override;

    // The browser's opener: reads the profile's secrets from the registry's keychain, then
    // connects, each request reported to observerFor(profile name).
    static Opener keychainOpener(
        ConnectionRegistry* registry,
        const std::function<CatalogConnector::Observer(const QString&)>& observerFor);

    // The profile's catalog: at once when open, else once connected (or the error). Several
    // callers while connecting share the one attempt; cancelling one leaves the others, and
    // the attempt stops when none is left.
    Cancellation open(const ConnectionProfile& profile,
                      std::function<void(Result<std::shared_ptr<Catalog>>)> done);
    std::shared_ptr<Catalog> catalog(const QString& profileId) const;
    bool isOpen(const QString& profileId) const { return catalog(profileId) != nullptr; }
    // Forgets the profile's catalog (and cancels its opening). Requests in flight finish.
    void close(const QString& profileId);

signals:
    void opened(const QString& profileId, const QStringList& notices);
    void closed(const QString& profileId);

private:
    struct Session;
    Opener opener_;
    QHash<QString, std::shared_ptr<Session>> sessions_;
};

}  // namespace paimon::ui
