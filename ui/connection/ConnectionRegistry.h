#pragma once

#include <QList>
#include <QObject>
#include <QSettings>

#include "ui/connection/ConnectionProfile.h"
#include "ui/connection/SecretStore.h"

namespace paimon::ui {

// The saved connections: profiles in QSettings (ProfileStore), their secrets in the keychain
// (SecretStore). Every change is saved at once (the profile is in profiles() when save()
// returns); profileSaved is emitted once the secrets are written. A keychain that cannot be
// used is reported to the caller, who may keep the secrets for this session only.
class ConnectionRegistry : public QObject {
    Q_OBJECT
public:
    ConnectionRegistry(QSettings* settings, SecretStore* secrets, QObject* parent = nullptr);

    const QList<ConnectionProfile>& profiles() const { return profiles_; }
    const ConnectionProfile* find(const QString& id) const;
    SecretStore* secrets() const { return secrets_; }

    // Adds or replaces the profile at once, then writes its secrets and announces it.
    void save(const ConnectionProfile& profile, const ProfileSecrets& secrets,
              const SecretStore::Done& done);
    // Removes the profile and deletes every secret it had.
    void remove(const QString& id, const SecretStore::Done& done);
    // A copy under a new id and name, secrets copied too.
    void duplicate(const QString& id, const SecretStore::Done& done);
    void move(const QString& id, int delta);
    void readSecrets(const ConnectionProfile& profile, const SecretStore::ReadDone& done);

signals:
    void profilesChanged();
    void profileSaved(const paimon::ui::ConnectionProfile& profile);
    void profileRemoved(const QString& id);

private:
    void persist();

    QSettings* settings_;
    SecretStore* secrets_;
    QList<ConnectionProfile> profiles_;
};

}  // namespace paimon::ui
