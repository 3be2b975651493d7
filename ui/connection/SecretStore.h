#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

#include "ui/connection/ConnectionProfile.h"

namespace paimon::ui {

// The profiles' secrets in the OS keychain (QtKeychain), one entry per profile id and secret
// name. Nothing is ever written in plain text: when no keychain backend answers, writes fail
// with a problem the caller shows, and the caller may keep the secrets for this session only
// (in memory). Every call is asynchronous and ends in exactly one callback on this thread.
class SecretStore : public QObject {
    Q_OBJECT
public:
    static constexpr const char* kService = "paimon-catalog-browser";

    struct Outcome {
        bool ok = true;
        bool noBackend = false;  // no keychain answered: offer "this session only"
        QString problem;         // for the user; never contains a secret
    };
    using ReadDone = std::function<void(ProfileSecrets, Outcome)>;
    using Done = std::function<void(Outcome)>;

    explicit SecretStore(QObject* parent = nullptr);

    // Reads the named secrets (ConnectionProfile::secretNames()). Missing entries are empty.
    void read(const QString& profileId, const QStringList& names, const ReadDone& done);
    // Writes the named secrets; an empty value deletes its entry.
    void write(const QString& profileId, const ProfileSecrets& secrets, const QStringList& names,
               const Done& done);
    // Deletes every secret the profile could have, keychain and session both.
    void remove(const QString& profileId, const Done& done);

    // Keeps secrets in memory until the application quits (no keychain backend).
    void keepForSession(const QString& profileId, const ProfileSecrets& secrets);
    bool isSessionOnly(const QString& profileId) const { return session_.contains(profileId); }

    static QString entryKey(const QString& profileId, const QString& name);

private:
    struct Step;
    void runSteps(QList<Step> steps, int index, Outcome outcome,
                  const std::shared_ptr<ProfileSecrets>& values,
                  const std::function<void(Outcome)>& done);

    QHash<QString, ProfileSecrets> session_;
};

}  // namespace paimon::ui
