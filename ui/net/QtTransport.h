#pragma once

#include <QNetworkAccessManager>
#include <QObject>
#include <QSslCertificate>
#include <QString>

#include "core/http/Transport.h"

namespace paimon {

struct QtTransportSettings {
    QString caFile;                        // PEM file of extra trusted certificates
    qint64 maxResponseBytes = 32LL << 20;  // 32 MiB
};

// The core Transport over QNetworkAccessManager.
//
// - HTTP/1.1 with keep-alive; several requests in flight share the connection pool.
// - The body goes out byte for byte with exactly the headers given (the signed Content-Type
//   included: nothing is appended to it).
// - Each request has a transfer timeout (no bytes moving for that long: Timeout).
// - Redirects: a signed request (one with an Authorization header) is never redirected; the
//   redirect is reported as TransportFailure::Redirect. Unsigned requests follow redirects that
//   do not lower security.
// - TLS errors are reported with what was wrong with the certificate and never ignored. An
//   extra CA file (PEM) adds trusted roots to the system ones.
// - A response larger than maxResponseBytes is abandoned (TooLarge).
// - Qt's URL handling sends an escaped unreserved character (%7E) as the character itself (~);
//   everything else, '/' '+' '$' '%' and non-ASCII included, goes out as encoded.
//
// Lives on one thread (the one that created it, normally the GUI thread): call send() there.
// cancel() may be called from any thread.
class QtTransport final : public QObject, public Transport {
    Q_OBJECT
public:
    using Settings = QtTransportSettings;

    explicit QtTransport(Settings settings = Settings(), QObject* parent = nullptr);
    ~QtTransport() override;

    Cancellation send(HttpRequest request, Callback done) override;

    // Why the CA file cannot be used, or an empty string.
    QString caFileProblem() const { return caProblem_; }

private:
    struct InFlight;
    void finish(const std::shared_ptr<InFlight>& flight) const;

    Settings settings_;
    QNetworkAccessManager* network_;
    QList<QSslCertificate> extraCas_;
    QString caProblem_;
};

}  // namespace paimon
