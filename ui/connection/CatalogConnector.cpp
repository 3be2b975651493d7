#include "ui/connection/CatalogConnector.h"

#include <QCoreApplication>
#include <QThreadPool>
#include <utility>

#include "core/catalog/FileSystemCatalog.h"
#include "core/catalog/RestCatalog.h"
#include "ui/net/QtScheduler.h"
#include "ui/net/QtTransport.h"

namespace paimon::ui {
namespace {

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

// One scheduler for every catalog of the GUI thread, alive as long as the application.
std::shared_ptr<QtScheduler> guiScheduler() {
    static std::shared_ptr<QtScheduler> scheduler = std::make_shared<QtScheduler>();
    return scheduler;
}

}  // namespace

Cancellation CatalogConnector::open(const ConnectionProfile& profile, const ProfileSecrets& secrets,
                                    Observer observer, const Callback<OpenedCatalog>& done,
                                    std::shared_ptr<Transport> transport) {
    auto scheduler = guiScheduler();
    if (profile.kind == ProfileKind::LocalWarehouse) {
        auto warehouse = Warehouse::open(profile.warehouse.toStdString());
        if (!warehouse) {
            Error e = warehouse.takeError();
            scheduler->after(Millis(0), [done, e] { done(e); });
            return {};
        }
        auto catalog = std::make_shared<FileSystemCatalog>(
            std::move(warehouse).value(), scheduler, [](std::function<void()> work) {
                QThreadPool::globalInstance()->start(std::move(work));
            });
        scheduler->after(Millis(0), [done, catalog] { done(OpenedCatalog{catalog, {}}); });
        return {};
    }
    if (!transport) {
        QtTransportSettings settings;
        settings.caFile = profile.caFile;
        // Deleted from the event loop: the last reference may go inside one of its replies'
        // signals (a failed handshake, a node removed mid-request).
        std::shared_ptr<QtTransport> qt(new QtTransport(settings),
                                        [](QtTransport* t) { t->deleteLater(); });
        if (!qt->caFileProblem().isEmpty()) {
            Error e = makeError(ErrorKind::Configuration, qt->caFileProblem().toStdString());
            scheduler->after(Millis(0), [done, e] { done(e); });
            return {};
        }
        transport = std::move(qt);
    }
    RestCatalog::Setup setup;
    setup.options = catalogOptions(profile, secrets);
    setup.transport = std::move(transport);
    setup.scheduler = scheduler;
    setup.observer = std::move(observer);
    return RestCatalog::open(setup, [done](Result<std::shared_ptr<RestCatalog>> r) {
        if (!r) return done(r.takeError());
        OpenedCatalog opened{*r, {}};
        for (const auto& n : (*r)->notices())
            opened.notices << q(n);
        done(std::move(opened));
    });
}

QString CatalogConnector::adviceFor(const Error& e, bool duringHandshake) {
    switch (e.kind) {
        case ErrorKind::Network:
            return tr(
                "Check the host name and port in the URI, and that the server is running "
                "and reachable from this machine.");
        case ErrorKind::Tls:
            return tr(
                "The server's certificate is not trusted. If it is signed by your own "
                "authority, give that authority's certificate as the CA file.");
        case ErrorKind::Timeout:
            return tr(
                "The server did not answer in time. Check the network, or raise the "
                "timeout.");
        case ErrorKind::NotAuthorized:
            return tr(
                "The server refused the credentials (401). Check the token or the access "
                "key and secret, and for DLF the region and signer.");
        case ErrorKind::Forbidden:
            return tr(
                "The credentials were accepted but are not allowed to do this (403). "
                "Check the permissions of this identity on the catalog.");
        case ErrorKind::NotFound:
            return duringHandshake
                       ? tr("The URI answers, but not as a Paimon REST catalog. Check the URI's "
                            "path.")
                       : tr("The catalog was not found: check the warehouse name and the prefix "
                            "the server expects.");
        case ErrorKind::Credentials:
            return tr(
                "The credentials could not be loaded: check the token file or the ECS "
                "role.");
        case ErrorKind::Configuration:
            return tr("The profile's settings cannot work as they are.");
        case ErrorKind::InvalidResponse:
            return tr("The server's answer is not what a Paimon REST catalog sends.");
        default:
            return {};
    }
}

Cancellation CatalogConnector::test(const ConnectionProfile& profile, const ProfileSecrets& secrets,
                                    Observer observer,
                                    const std::function<void(TestReport)>& done) {
    auto failure = [](const QString& step, const Error& e, bool handshake) {
        QString text = tr("%1: failed.\n%2").arg(step, q(e.describe()));
        QString advice = adviceFor(e, handshake);
        if (!advice.isEmpty()) text += QLatin1Char('\n') + advice;
        return TestReport{false, text};
    };
    const QString openStep = profile.kind == ProfileKind::LocalWarehouse
                                 ? tr("Opening the warehouse folder")
                                 : tr("Configuration handshake (GET /v1/config)");
    auto inner = std::make_shared<Cancellation>();
    Cancellation opening =
        open(profile, secrets, std::move(observer), [=](Result<OpenedCatalog> opened) {
            if (!opened) return done(failure(openStep, opened.error(), true));
            QString report = tr("%1: OK.").arg(openStep);
            for (const auto& n : opened->notices)
                report += QLatin1Char('\n') + n;
            auto catalog = opened->catalog;
            ListRequest one;
            one.maxResults = 1;
            *inner = catalog->listDatabasesPage(one, [=](Result<Page<std::string>> page) {
                (void)catalog;  // kept alive until the answer
                if (!page) {
                    TestReport f = failure(tr("Listing databases"), page.error(), false);
                    f.text = report + QLatin1Char('\n') + f.text;
                    return done(f);
                }
                QString listed =
                    page->items.empty()
                        ? tr("Listing databases: OK (the catalog has no databases yet).")
                        : tr("Listing databases: OK (first: %1).").arg(q(page->items[0]));
                done(TestReport{true, report + QLatin1Char('\n') + listed});
            });
        });
    return Cancellation([opening, inner]() mutable {
        opening.cancel();
        inner->cancel();
    });
}

}  // namespace paimon::ui
