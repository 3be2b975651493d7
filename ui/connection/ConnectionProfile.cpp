#include "ui/connection/ConnectionProfile.h"

#include <QCoreApplication>
#include <QUuid>

#include <cmath>

#include "core/http/Http.h"
#include "core/rest/CatalogOptions.h"

namespace paimon::ui {

QString ConnectionProfile::newId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QStringList ConnectionProfile::secretNames() const {
    if (kind != ProfileKind::Rest) return {};
    switch (auth) {
        case AuthKind::Bearer:
            return {QStringLiteral("token")};
        case AuthKind::DlfAccessKey:
            return {QStringLiteral("accessKeySecret"), QStringLiteral("securityToken")};
        default:
            return {};
    }
}

QString ConnectionProfile::problem() const {
    if (name.trimmed().isEmpty()) return tr("The connection needs a name.");
    if (kind == ProfileKind::LocalWarehouse) {
        return warehouse.trimmed().isEmpty() ? tr("Choose the warehouse folder.") : QString();
    }
    if (uri.trimmed().isEmpty()) return tr("The catalog URI is empty.");
    if (auth == AuthKind::DlfAccessKey && accessKeyId.trimmed().isEmpty()) {
        return tr("DLF access key authentication needs the access key ID.");
    }
    if (auth == AuthKind::DlfTokenFile && tokenFile.trimmed().isEmpty()) {
        return tr("Choose the DLF token file.");
    }
    for (const auto& [key, value] : headers) {
        Q_UNUSED(value);
        if (key.trimmed().isEmpty()) return tr("An extra header has no name.");
        // Header values are saved in the settings file, so none may carry a credential.
        if (isSecretHeader(key.trimmed().toStdString())) {
            return tr("The header %1 carries credentials; choose an authentication method "
                      "instead, which keeps secrets in the keychain.")
                .arg(key.trimmed());
        }
    }
    if (timeoutSeconds <= 0) return tr("The timeout must be at least one second.");
    return {};
}

QString secretValue(const ProfileSecrets& s, const QString& name) {
    if (name == QLatin1String("token")) return s.token;
    if (name == QLatin1String("accessKeySecret")) return s.accessKeySecret;
    if (name == QLatin1String("securityToken")) return s.securityToken;
    return {};
}

void setSecretValue(ProfileSecrets& s, const QString& name, const QString& value) {
    if (name == QLatin1String("token")) s.token = value;
    if (name == QLatin1String("accessKeySecret")) s.accessKeySecret = value;
    if (name == QLatin1String("securityToken")) s.securityToken = value;
}

Options catalogOptions(const ConnectionProfile& p, const ProfileSecrets& secrets) {
    Options o;
    auto set = [&](const char* key, const QString& value) {
        if (!value.trimmed().isEmpty()) o[key] = value.trimmed().toStdString();
    };
    set(opt::kUri, p.uri);
    set(opt::kWarehouse, p.warehouse);
    switch (p.auth) {
        case AuthKind::None:
            break;
        case AuthKind::Bearer:
            o[opt::kTokenProvider] = "bear";
            o[opt::kToken] = secrets.token.toStdString();
            break;
        case AuthKind::DlfAccessKey:
            o[opt::kTokenProvider] = "dlf";
            set(opt::kDlfAccessKeyId, p.accessKeyId);
            o[opt::kDlfAccessKeySecret] = secrets.accessKeySecret.toStdString();
            set(opt::kDlfSecurityToken, secrets.securityToken);
            break;
        case AuthKind::DlfTokenFile:
            o[opt::kTokenProvider] = "dlf";
            o[opt::kDlfTokenLoader] = "local_file";
            set(opt::kDlfTokenPath, p.tokenFile);
            break;
        case AuthKind::DlfEcsRole:
            o[opt::kTokenProvider] = "dlf";
            o[opt::kDlfTokenLoader] = "ecs";
            set(opt::kDlfEcsRoleName, p.ecsRoleName);
            break;
    }
    if (p.auth != AuthKind::None && p.auth != AuthKind::Bearer) {
        set(opt::kDlfRegion, p.region);
        if (p.signer == SignerChoice::Default) o[opt::kDlfSigningAlgorithm] = "default";
        if (p.signer == SignerChoice::OpenApi) o[opt::kDlfSigningAlgorithm] = "openapi";
    }
    for (const auto& [key, value] : p.headers) {
        if (!key.trimmed().isEmpty()) {
            o[std::string(opt::kHeaderPrefix) + key.trimmed().toStdString()] = value.toStdString();
        }
    }
    o[opt::kTimeoutMillis] = std::to_string(std::llround(p.timeoutSeconds * 1000));
    return o;
}

}  // namespace paimon::ui
