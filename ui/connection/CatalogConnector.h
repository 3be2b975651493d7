#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

#include "core/catalog/Catalog.h"
#include "core/rest/RestClient.h"
#include "ui/connection/ConnectionProfile.h"

namespace paimon::ui {

// An open catalog and what the handshake had to say.
struct OpenedCatalog {
    std::shared_ptr<Catalog> catalog;
    QStringList notices;
};

// Opens the Catalog behind a profile: RestCatalog over QtTransport (config handshake first),
// or FileSystemCatalog over a local warehouse with the file work on a worker thread. Results
// arrive on the GUI thread.
class CatalogConnector {
    Q_DECLARE_TR_FUNCTIONS(paimon::ui::CatalogConnector)

public:
    using Observer = std::function<void(const RequestRecord&)>;

    // `transport`: what a REST profile's requests go over; a QtTransport with the profile's CA
    // file when null (the command line passes its own).
    static Cancellation open(const ConnectionProfile& profile, const ProfileSecrets& secrets,
                             Observer observer, const Callback<OpenedCatalog>& done,
                             std::shared_ptr<Transport> transport = nullptr);

    // "Test connection": the handshake, then one list call. The report names each step and,
    // for a failure, what failed and what to check, with the request id.
    struct TestReport {
        bool ok = false;
        QString text;
    };
    static Cancellation test(const ConnectionProfile& profile, const ProfileSecrets& secrets,
                             Observer observer, const std::function<void(TestReport)>& done);

    // What to check for an error at a step: "open" (handshake) or "list".
    static QString adviceFor(const Error& error, bool duringHandshake);
};

}  // namespace paimon::ui
