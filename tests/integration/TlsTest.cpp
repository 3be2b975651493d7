// HTTPS against a local server whose certificates the test makes with the openssl command:
// each certificate problem is refused with a message that names it, a profile's CA file makes
// the good one trusted, and nothing in the sources turns verification off.
#include <gtest/gtest.h>

#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>

#include <filesystem>
#include <fstream>
#include <regex>

#include "app/net/HttplibTransport.h"
#include "core/catalog/RestCatalog.h"
#include "core/rest/CatalogOptions.h"
#include "tests/support/Await.h"
#include "tests/support/TempDir.h"
#include "ui/net/QtScheduler.h"
#include "ui/net/QtTransport.h"

namespace fs = std::filesystem;

namespace paimon {
namespace {

using testing::await;

// Runs openssl with `args` in `dir`; fails the test with its output if it fails.
void openssl(const fs::path& dir, const QStringList& args) {
    QProcess p;
    p.setWorkingDirectory(QString::fromStdString(dir.string()));
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("openssl"), args);
    ASSERT_TRUE(p.waitForFinished(30000));
    ASSERT_EQ(p.exitCode(), 0) << "openssl " << args.join(' ').toStdString() << ":\n"
                               << p.readAll().toStdString();
}

// A certificate authority and three server certificates made for this run:
//   self.pem    self-signed for 127.0.0.1 (no authority vouches for it)
//   good.pem    signed by ca.pem for 127.0.0.1
//   other.pem   signed by ca.pem for other.example (the wrong host)
class Certificates {
public:
    Certificates() {
        const fs::path d = dir.path();
        std::ofstream(d / "ip.ext") << "subjectAltName=IP:127.0.0.1\n";
        std::ofstream(d / "other.ext") << "subjectAltName=DNS:other.example\n";
        openssl(d, {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-keyout",
                    "ca.key", "-out", "ca.pem", "-subj", "/CN=Paimon Test CA"});
        openssl(d, {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-keyout",
                    "self.key", "-out", "self.pem", "-subj", "/CN=127.0.0.1", "-addext",
                    "subjectAltName=IP:127.0.0.1"});
        for (const char* name : {"good", "other"}) {
            const QString n = QString::fromLatin1(name);
            openssl(d, {"req", "-newkey", "rsa:2048", "-nodes", "-keyout", n + ".key", "-out",
                        n + ".csr", "-subj", "/CN=" + n});
            openssl(d, {"x509", "-req", "-in", n + ".csr", "-CA", "ca.pem", "-CAkey", "ca.key",
                        "-CAcreateserial", "-days", "2", "-out", n + ".pem", "-extfile",
                        n == "good" ? QStringLiteral("ip.ext") : QStringLiteral("other.ext")});
        }
    }
    QString path(const char* file) const {
        return QString::fromStdString((dir.path() / file).string());
    }
    testing::TempDir dir;
};

// An HTTPS server on 127.0.0.1 that answers every request with the config response.
class HttpsServer {
public:
    HttpsServer(const Certificates& certs, const char* name) {
        QFile certFile(certs.path((std::string(name) + ".pem").c_str()));
        QFile keyFile(certs.path((std::string(name) + ".key").c_str()));
        EXPECT_TRUE(certFile.open(QIODevice::ReadOnly));
        EXPECT_TRUE(keyFile.open(QIODevice::ReadOnly));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(QSslCertificate(certFile.readAll()));
        tls.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
        tls.setPeerVerifyMode(QSslSocket::QueryPeer);  // the server asks no client certificate
        server_.setSslConfiguration(tls);
        QObject::connect(&server_, &QTcpServer::pendingConnectionAvailable, [this] {
            while (auto* socket = qobject_cast<QSslSocket*>(server_.nextPendingConnection())) {
                QObject::connect(socket, &QSslSocket::readyRead, socket, [this, socket] {
                    request_ += socket->readAll();
                    if (!request_.contains("\r\n\r\n")) return;
                    ++requests;
                    const QByteArray body = R"({"defaults":{},"overrides":{}})";
                    socket->write(
                        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                        "Content-Length: " +
                        QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
                    socket->disconnectFromHost();
                    request_.clear();
                });
                QObject::connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        EXPECT_TRUE(server_.listen(QHostAddress::LocalHost, 0));
    }
    std::string url() const { return "https://127.0.0.1:" + std::to_string(server_.serverPort()); }
    int requests = 0;

private:
    QSslServer server_;
    QByteArray request_;
};

// Both transports keep the same TLS contract: the browser's and the command line's.
enum class Via { Qt, Httplib };

Result<std::shared_ptr<RestCatalog>> openCatalog(Via via, const std::string& url,
                                                 const QString& caFile) {
    RestCatalog::Setup setup;
    setup.options[opt::kUri] = url;
    setup.scheduler = std::make_shared<QtScheduler>();
    if (via == Via::Qt) {
        QtTransportSettings settings;
        settings.caFile = caFile;
        setup.transport = std::make_shared<QtTransport>(settings);
    } else {
        HttplibTransportSettings settings;
        settings.caFile = caFile.toStdString();
        setup.transport = std::make_shared<HttplibTransport>(setup.scheduler, settings);
    }
    return await<std::shared_ptr<RestCatalog>>(
        [&](auto cb) { return RestCatalog::open(setup, std::move(cb)); });
}

class Tls : public ::testing::TestWithParam<Via> {};

TEST_P(Tls, EveryCertificateProblemIsRefusedByNameAndTheCaFileMakesItTrusted) {
    if (!QSslSocket::supportsSsl()) GTEST_FAIL() << "Qt has no TLS backend";
    Certificates certs;
    auto openCatalog = [via = GetParam()](const std::string& url, const QString& caFile) {
        return paimon::openCatalog(via, url, caFile);
    };

    HttpsServer self(certs, "self");
    auto refused = openCatalog(self.url(), {});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, ErrorKind::Tls);
    EXPECT_NE(refused.error().message.find("self-signed"), std::string::npos)
        << refused.error().message;
    EXPECT_EQ(self.requests, 0) << "no request went over the untrusted connection";

    HttpsServer good(certs, "good");
    auto unknownIssuer = openCatalog(good.url(), {});
    ASSERT_FALSE(unknownIssuer.ok());
    EXPECT_EQ(unknownIssuer.error().kind, ErrorKind::Tls);
    EXPECT_NE(unknownIssuer.error().message.find("issuer"), std::string::npos)
        << unknownIssuer.error().message;

    auto trusted = openCatalog(good.url(), certs.path("ca.pem"));
    ASSERT_TRUE(trusted.ok()) << trusted.error().describe();
    EXPECT_EQ(good.requests, 1);

    HttpsServer other(certs, "other");
    auto wrongHost = openCatalog(other.url(), certs.path("ca.pem"));
    ASSERT_FALSE(wrongHost.ok());
    EXPECT_EQ(wrongHost.error().kind, ErrorKind::Tls);
    EXPECT_NE(wrongHost.error().message.find("host name"), std::string::npos)
        << wrongHost.error().message;
    EXPECT_EQ(other.requests, 0);

    // A CA file that is not a certificate is refused before any connection.
    std::ofstream(certs.dir.path() / "junk.pem") << "not a certificate\n";
    auto junk = openCatalog(good.url(), certs.path("junk.pem"));
    ASSERT_FALSE(junk.ok());
    EXPECT_EQ(junk.error().kind, ErrorKind::Tls);
    EXPECT_NE(junk.error().message.find("CA file"), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(Transports, Tls, ::testing::Values(Via::Qt, Via::Httplib),
                         [](const auto& info) {
                             return info.param == Via::Qt ? "QtTransport" : "HttplibTransport";
                         });

TEST(TlsSources, NothingInTheSourcesTurnsVerificationOff) {
    // ignoreSslErrors, VerifyNone and their OpenSSL equivalents appear nowhere in the product.
    const std::regex off(
        R"(ignoreSslErrors|VerifyNone|SSL_VERIFY_NONE|set_verify\s*\(|enable_server_certificate_verification\s*\(\s*false)");
    int files = 0;
    for (const char* part : {"core", "ui", "app"}) {
        for (const auto& e : fs::recursive_directory_iterator(fs::path(PAIMON_SOURCE_DIR) / part)) {
            if (!e.is_regular_file()) continue;
            const std::string ext = e.path().extension().string();
            if (ext != ".cpp" && ext != ".h") continue;
            std::ifstream in(e.path());
            std::string text((std::istreambuf_iterator<char>(in)), {});
            ++files;
            EXPECT_FALSE(std::regex_search(text, off)) << e.path();
        }
    }
    EXPECT_GT(files, 100) << "the sources were found";
}

}  // namespace
}  // namespace paimon
