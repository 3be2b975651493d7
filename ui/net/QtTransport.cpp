#include "ui/net/QtTransport.h"

#include <QFile>
#include <QMetaObject>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>
#include <QUrl>

#include <atomic>

namespace paimon {

struct QtTransport::InFlight {
    QPointer<QNetworkReply> reply;
    Callback done;
    bool signedRequest = false;
    std::atomic<bool> cancelled{false};
    bool tooLarge = false;
    bool finished = false;
    qint64 received = 0;
    QStringList sslErrors;
    QByteArray body;
};

namespace {

std::string text(const QString& s) {
    return s.toStdString();
}

// Where a redirect points, without its query (which could carry something sensitive).
std::string redirectTarget(const QNetworkReply* reply) {
    QUrl location = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
    if (location.isEmpty()) {
        location = QUrl::fromEncoded(reply->rawHeader("Location"));
    }
    location = reply->url().resolved(location);
    return text(location.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo));
}

}  // namespace

QtTransport::QtTransport(Settings settings, QObject* parent)
    : QObject(parent), settings_(std::move(settings)), network_(new QNetworkAccessManager(this)) {
    if (!settings_.caFile.isEmpty()) {
        QFile file(settings_.caFile);
        if (!file.open(QIODevice::ReadOnly)) {
            caProblem_ = QStringLiteral("cannot read the CA file %1: %2")
                             .arg(settings_.caFile, file.errorString());
        } else {
            extraCas_ = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
            if (extraCas_.isEmpty()) {
                caProblem_ =
                    QStringLiteral("the CA file %1 holds no PEM certificate").arg(settings_.caFile);
            }
        }
    }
}

QtTransport::~QtTransport() {
    // Replies still running end as cancelled; their callbacks must not outlive us silently.
    const auto replies = network_->findChildren<QNetworkReply*>();
    for (QNetworkReply* reply : replies) {
        reply->disconnect(this);
        reply->abort();
    }
    // The manager goes once the event loop has delivered what its HTTP thread still posts for
    // replies just aborted or finished: destroying it here, under those events, crashed in
    // Qt 6.4 (a 50 MB answer abandoned at the size limit, then the connection closed).
    network_->setParent(nullptr);
    network_->deleteLater();
}

Cancellation QtTransport::send(HttpRequest request, Callback done) {
    auto flight = std::make_shared<InFlight>();
    flight->done = std::move(done);
    flight->signedRequest = request.headers.contains("Authorization");

    auto failLater = [this, flight](TransportFailure failure, const std::string& message) {
        QMetaObject::invokeMethod(
            this,
            [flight, failure, message] {
                flight->finished = true;
                flight->done(TransportError{failure, message});
            },
            Qt::QueuedConnection);
        return Cancellation();
    };
    if (!caProblem_.isEmpty()) return failLater(TransportFailure::Tls, text(caProblem_));

    QUrl url = QUrl::fromEncoded(QByteArray::fromStdString(request.url()), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != "http" && url.scheme() != "https")) {
        return failLater(TransportFailure::Other,
                         "the address " + request.baseUrl + " is not a valid http(s) URL");
    }
    QNetworkRequest req(url);
    for (const auto& [name, value] : request.headers) {
        req.setRawHeader(QByteArray::fromStdString(name), QByteArray::fromStdString(value));
    }
    req.setTransferTimeout(static_cast<int>(request.timeout.count()));
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                     flight->signedRequest ? QNetworkRequest::ManualRedirectPolicy
                                           : QNetworkRequest::NoLessSafeRedirectPolicy);
    if (url.scheme() == "https" && !extraCas_.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(extraCas_);
        req.setSslConfiguration(tls);
    }

    QByteArray verb = QByteArray::fromStdString(request.method);
    QNetworkReply* reply = request.body ? network_->sendCustomRequest(
                                              req, verb, QByteArray::fromStdString(*request.body))
                                        : network_->sendCustomRequest(req, verb);
    flight->reply = reply;

    connect(reply, &QNetworkReply::readyRead, this, [this, flight] {
        QNetworkReply* r = flight->reply;
        if (!r) return;
        QByteArray chunk = r->readAll();
        flight->received += chunk.size();
        if (flight->received > settings_.maxResponseBytes) {
            flight->tooLarge = true;
            r->abort();
            return;
        }
        flight->body += chunk;
    });
    connect(reply, &QNetworkReply::sslErrors, this, [flight](const QList<QSslError>& errors) {
        for (const QSslError& e : errors)
            flight->sslErrors << e.errorString();
        // Never ignored: the handshake fails and the reply finishes with the error.
    });
    connect(reply, &QNetworkReply::finished, this, [this, flight] { finish(flight); });

    std::weak_ptr<InFlight> weak = flight;
    QPointer<QtTransport> self = this;
    return Cancellation([weak, self] {
        auto f = weak.lock();
        if (!f || !self) return;
        f->cancelled = true;
        QMetaObject::invokeMethod(
            self.data(),
            [f] {
                if (f->reply && !f->finished) f->reply->abort();
            },
            Qt::QueuedConnection);
    });
}

void QtTransport::finish(const std::shared_ptr<InFlight>& flight) const {
    QNetworkReply* reply = flight->reply;
    if (!reply || flight->finished) return;
    flight->finished = true;
    // The reply's own connections hold the last references to `flight`, so the InFlight dies
    // while the reply is being destroyed: its QPointer must not be watching the reply then
    // (Qt 6.4 frees the guard first; AddressSanitizer caught the use after free).
    flight->reply.clear();
    reply->deleteLater();
    if (!flight->tooLarge && reply->bytesAvailable() > 0) {
        QByteArray rest = reply->readAll();
        flight->received += rest.size();
        if (flight->received > settings_.maxResponseBytes) {
            flight->tooLarge = true;
        } else {
            flight->body += rest;
        }
    }
    auto fail = [&](TransportFailure failure, std::string message) {
        flight->done(TransportError{failure, std::move(message)});
    };
    if (flight->cancelled) return fail(TransportFailure::Cancelled, "the request was cancelled");
    if (flight->tooLarge) {
        return fail(TransportFailure::TooLarge,
                    "the response is larger than " +
                        std::to_string(settings_.maxResponseBytes >> 20) + " MiB");
    }

    QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    QNetworkReply::NetworkError error = reply->error();
    if (status.isValid() && error != QNetworkReply::RemoteHostClosedError &&
        error != QNetworkReply::OperationCanceledError && error != QNetworkReply::TimeoutError) {
        int code = status.toInt();
        if (code >= 300 && code < 400 && flight->signedRequest) {
            return fail(TransportFailure::Redirect,
                        "the server redirected the request (HTTP " + std::to_string(code) +
                            ") to " + redirectTarget(reply) +
                            "; signed requests are never redirected. Use that address as the "
                            "catalog URI.");
        }
        // A body cut short by a reset must not pass for a whole one: under load Qt 6.4 can
        // finish such a reply without an error.
        bool lengthOk = false;
        const qint64 declared = reply->rawHeader("Content-Length").toLongLong(&lengthOk);
        if (lengthOk && flight->body.size() < declared) {
            return fail(TransportFailure::ConnectionReset,
                        "the connection was closed in the middle of the response");
        }
        HttpResponse response;
        response.status = code;
        for (const auto& [name, value] : reply->rawHeaderPairs()) {
            response.headers.add(name.toStdString(), value.toStdString());
        }
        response.body = flight->body.toStdString();
        return flight->done(std::move(response));
    }

    const std::string detail = text(reply->errorString());
    switch (error) {
        case QNetworkReply::HostNotFoundError:
            return fail(TransportFailure::HostNotFound,
                        "host not found: " + text(reply->url().host()));
        case QNetworkReply::ConnectionRefusedError:
            return fail(TransportFailure::ConnectionRefused,
                        "connection refused by " + text(reply->url().authority()));
        case QNetworkReply::RemoteHostClosedError:
            if (flight->received > 0 || status.isValid()) {
                return fail(TransportFailure::ConnectionReset,
                            "the connection was closed in the middle of the response");
            }
            return fail(TransportFailure::ConnectionClosed,
                        "the server closed the connection before answering");
        case QNetworkReply::TimeoutError:
        case QNetworkReply::OperationCanceledError:
            // Only the transfer timeout cancels a request that the caller did not cancel.
            return fail(TransportFailure::Timeout, "no response within the transfer timeout");
        case QNetworkReply::SslHandshakeFailedError:
        case QNetworkReply::ProtocolUnknownError: {
            std::string why = flight->sslErrors.isEmpty()
                                  ? detail
                                  : text(flight->sslErrors.join(QStringLiteral("; ")));
            return fail(TransportFailure::Tls, "TLS handshake failed: " + why);
        }
        case QNetworkReply::TemporaryNetworkFailureError:
        case QNetworkReply::NetworkSessionFailedError:
        case QNetworkReply::UnknownNetworkError:
            return fail(TransportFailure::ConnectionReset, "network error: " + detail);
        case QNetworkReply::TooManyRedirectsError:
        case QNetworkReply::InsecureRedirectError:
            return fail(TransportFailure::Redirect, "redirect refused: " + detail);
        default:
            if (!flight->sslErrors.isEmpty()) {
                return fail(TransportFailure::Tls,
                            "TLS error: " + text(flight->sslErrors.join(QStringLiteral("; "))));
            }
            return fail(TransportFailure::Other, detail);
    }
}

}  // namespace paimon
