#pragma once

#include <QList>
#include <QSettings>

#include "ui/connection/ConnectionProfile.h"

namespace paimon::ui {

// The saved connection profiles, in the user's order, in QSettings (group "profiles"). Only
// what ConnectionProfile holds is written: no secret ever reaches the settings file.
class ProfileStore {
public:
    explicit ProfileStore(QSettings& settings) : settings_(settings) {}

    QList<ConnectionProfile> load() const;
    void save(const QList<ConnectionProfile>& profiles);

    static const ConnectionProfile* find(const QList<ConnectionProfile>& profiles,
                                         const QString& id);

private:
    QSettings& settings_;
};

}  // namespace paimon::ui
