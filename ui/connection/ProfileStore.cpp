#include "ui/connection/ProfileStore.h"

#include "ui/connection/AppSettings.h"

namespace paimon::ui {
namespace {

// The names under which each field is stored; one table, so load and save cannot disagree.
const char* kindName(ProfileKind k) {
    return k == ProfileKind::Rest ? "rest" : "local";
}
ProfileKind kindFrom(const QString& s) {
    return s == QLatin1String("local") ? ProfileKind::LocalWarehouse : ProfileKind::Rest;
}

struct AuthName {
    AuthKind kind;
    const char* name;
};
constexpr AuthName kAuthNames[] = {{AuthKind::None, "none"},
                                   {AuthKind::Bearer, "bearer"},
                                   {AuthKind::DlfAccessKey, "dlf-access-key"},
                                   {AuthKind::DlfTokenFile, "dlf-token-file"},
                                   {AuthKind::DlfEcsRole, "dlf-ecs-role"}};

struct SignerName {
    SignerChoice choice;
    const char* name;
};
constexpr SignerName kSignerNames[] = {{SignerChoice::Auto, "auto"},
                                       {SignerChoice::Default, "default"},
                                       {SignerChoice::OpenApi, "openapi"}};

}  // namespace

QList<ConnectionProfile> ProfileStore::load() const {
    QList<ConnectionProfile> out;
    int n = settings_.beginReadArray(settings::kProfiles);
    for (int i = 0; i < n; ++i) {
        settings_.setArrayIndex(i);
        ConnectionProfile p;
        p.id = settings_.value("id").toString();
        if (p.id.isEmpty()) continue;
        p.name = settings_.value("name").toString();
        p.kind = kindFrom(settings_.value("kind").toString());
        p.uri = settings_.value("uri").toString();
        p.warehouse = settings_.value("warehouse").toString();
        QString auth = settings_.value("auth").toString();
        for (const auto& a : kAuthNames)
            if (auth == QLatin1String(a.name)) p.auth = a.kind;
        p.accessKeyId = settings_.value("accessKeyId").toString();
        p.tokenFile = settings_.value("tokenFile").toString();
        p.ecsRoleName = settings_.value("ecsRoleName").toString();
        QString signer = settings_.value("signer").toString();
        for (const auto& s : kSignerNames)
            if (signer == QLatin1String(s.name)) p.signer = s.choice;
        p.region = settings_.value("region").toString();
        const QStringList headers = settings_.value("headers").toStringList();
        for (int h = 0; h + 1 < headers.size(); h += 2)
            p.headers.append({headers[h], headers[h + 1]});
        p.caFile = settings_.value("caFile").toString();
        p.timeoutSeconds = settings_.value("timeoutSeconds", 60).toDouble();
        p.readOnly = settings_.value("readOnly", false).toBool();
        p.production = settings_.value("production", false).toBool();
        p.color = settings_.value("color").toString();
        out.append(p);
    }
    settings_.endArray();
    return out;
}

void ProfileStore::save(const QList<ConnectionProfile>& profiles) {
    settings_.remove(settings::kProfiles);
    settings_.beginWriteArray(settings::kProfiles, static_cast<int>(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        const ConnectionProfile& p = profiles[i];
        settings_.setArrayIndex(i);
        settings_.setValue("id", p.id);
        settings_.setValue("name", p.name);
        settings_.setValue("kind", QLatin1String(kindName(p.kind)));
        settings_.setValue("uri", p.uri);
        settings_.setValue("warehouse", p.warehouse);
        for (const auto& a : kAuthNames)
            if (a.kind == p.auth) settings_.setValue("auth", QLatin1String(a.name));
        settings_.setValue("accessKeyId", p.accessKeyId);
        settings_.setValue("tokenFile", p.tokenFile);
        settings_.setValue("ecsRoleName", p.ecsRoleName);
        for (const auto& s : kSignerNames)
            if (s.choice == p.signer) settings_.setValue("signer", QLatin1String(s.name));
        settings_.setValue("region", p.region);
        QStringList headers;
        for (const auto& [k, v] : p.headers)
            headers << k << v;
        settings_.setValue("headers", headers);
        settings_.setValue("caFile", p.caFile);
        settings_.setValue("timeoutSeconds", p.timeoutSeconds);
        settings_.setValue("readOnly", p.readOnly);
        settings_.setValue("production", p.production);
        settings_.setValue("color", p.color);
    }
    settings_.endArray();
    settings_.sync();
}

const ConnectionProfile* ProfileStore::find(const QList<ConnectionProfile>& profiles,
                                            const QString& id) {
    for (const auto& p : profiles)
        if (p.id == id) return &p;
    return nullptr;
}

}  // namespace paimon::ui
