#include "ui/connection/ConnectionRegistry.h"

#include <QPointer>
#include <utility>

#include "ui/connection/ProfileStore.h"

namespace paimon::ui {

ConnectionRegistry::ConnectionRegistry(QSettings* settings, SecretStore* secrets, QObject* parent)
    : QObject(parent), settings_(settings), secrets_(secrets) {
    profiles_ = ProfileStore(*settings_).load();
}

const ConnectionProfile* ConnectionRegistry::find(const QString& id) const {
    return ProfileStore::find(profiles_, id);
}

void ConnectionRegistry::persist() {
    ProfileStore(*settings_).save(profiles_);
    emit profilesChanged();
}

void ConnectionRegistry::save(const ConnectionProfile& profile, const ProfileSecrets& secrets,
                              const SecretStore::Done& done) {
    // Entries the profile no longer uses (a changed authentication) are deleted with it.
    QStringList names = {QStringLiteral("token"), QStringLiteral("accessKeySecret"),
                         QStringLiteral("securityToken")};
    ProfileSecrets kept;
    for (const auto& n : profile.secretNames())
        setSecretValue(kept, n, secretValue(secrets, n));
    bool found = false;
    for (auto& p : profiles_) {
        if (p.id == profile.id) {
            p = profile;
            found = true;
        }
    }
    if (!found) profiles_.append(profile);
    persist();
    QPointer<ConnectionRegistry> self(this);
    secrets_->write(profile.id, kept, names, [self, profile, done](SecretStore::Outcome o) {
        if (self) emit self->profileSaved(profile);
        done(std::move(o));
    });
}

void ConnectionRegistry::remove(const QString& id, const SecretStore::Done& done) {
    for (qsizetype i = 0; i < profiles_.size(); ++i) {
        if (profiles_[i].id == id) {
            profiles_.removeAt(i);
            break;
        }
    }
    persist();
    emit profileRemoved(id);
    secrets_->remove(id, done);
}

void ConnectionRegistry::duplicate(const QString& id, const SecretStore::Done& done) {
    const ConnectionProfile* original = find(id);
    if (!original) return done(SecretStore::Outcome{});
    ConnectionProfile copy = *original;
    copy.id = ConnectionProfile::newId();
    copy.name = tr("%1 (copy)").arg(original->name);
    QPointer<ConnectionRegistry> self(this);
    readSecrets(*original,
                [self, copy, done](const ProfileSecrets& s, const SecretStore::Outcome& o) {
                    if (!self) return;
                    if (!o.ok) return done(o);
                    self->save(copy, s, done);
                });
}

void ConnectionRegistry::move(const QString& id, int delta) {
    for (qsizetype i = 0; i < profiles_.size(); ++i) {
        if (profiles_[i].id != id) continue;
        qsizetype to = i + delta;
        if (to < 0 || to >= profiles_.size()) return;
        profiles_.move(i, to);
        persist();
        return;
    }
}

void ConnectionRegistry::readSecrets(const ConnectionProfile& profile,
                                     const SecretStore::ReadDone& done) {
    secrets_->read(profile.id, profile.secretNames(), done);
}

}  // namespace paimon::ui
