#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include "core/model/Schema.h"
#include "core/util/Result.h"

namespace paimon::ui {

// How a profile reaches its catalog.
enum class ProfileKind { Rest, LocalWarehouse };

// How a REST profile authenticates.
enum class AuthKind { None, Bearer, DlfAccessKey, DlfTokenFile, DlfEcsRole };

// Which DLF signer; Auto lets the endpoint decide (PROTOCOL.md §8).
enum class SignerChoice { Auto, Default, OpenApi };

// The secrets a profile may need. They live only in the keychain (or, when none answers, in
// memory for this session); never in settings, logs or files.
struct ProfileSecrets {
    QString token;            // bearer token
    QString accessKeySecret;  // DLF
    QString securityToken;    // DLF STS token, optional

    bool isEmpty() const {
        return token.isEmpty() && accessKeySecret.isEmpty() && securityToken.isEmpty();
    }
    bool operator==(const ProfileSecrets&) const = default;
};

// A saved connection: everything but the secrets.
struct ConnectionProfile {
    QString id;  // stable, unique: keys the keychain entries
    QString name;
    ProfileKind kind = ProfileKind::Rest;
    QString uri;        // REST
    QString warehouse;  // REST: the warehouse option; local: the folder
    AuthKind auth = AuthKind::None;
    QString accessKeyId;  // DLF access key
    QString tokenFile;    // DLF token file
    QString ecsRoleName;  // DLF ECS role (empty: the instance's role)
    SignerChoice signer = SignerChoice::Auto;
    QString region;                          // DLF region; empty: inferred from the host
    QList<QPair<QString, QString>> headers;  // extra request headers
    QString caFile;                          // extra trusted CA certificates (PEM)
    double timeoutSeconds = 60;              // per-request transfer timeout
    bool readOnly = false;
    bool production = false;  // every change is confirmed before it is sent
    QString color;            // "#rrggbb", or empty for none

    bool operator==(const ConnectionProfile&) const = default;

    static QString newId();
    // Which secret fields this profile's authentication uses ("token", "accessKeySecret",
    // "securityToken"), for the keychain entries to read, write and delete.
    QStringList secretNames() const;
    // What is missing or wrong for the profile to be used, or an empty string.
    QString problem() const;

    Q_DECLARE_TR_FUNCTIONS(paimon::ui::ConnectionProfile)
};

// The core catalog options for a REST profile with its secrets (PROTOCOL.md §11).
Options catalogOptions(const ConnectionProfile& profile, const ProfileSecrets& secrets);

QString secretValue(const ProfileSecrets& secrets, const QString& name);
void setSecretValue(ProfileSecrets& secrets, const QString& name, const QString& value);

}  // namespace paimon::ui
