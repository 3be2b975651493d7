#include <QCoreApplication>

#include <algorithm>
#include <cstdlib>
#include <filesystem>

#include "app/cli/Cli.h"
#include "app/net/HttplibTransport.h"
#include "ui/connection/AppSettings.h"
#include "ui/connection/CatalogConnector.h"
#include "ui/connection/ConnectionRegistry.h"
#include "ui/connection/SecretStore.h"
#include "ui/net/QtScheduler.h"

namespace paimon::cli {

namespace {

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

// The command line's transport: buffered HTTP on a few keep-alive connections (Qt 6.4's
// network stack reads status lines and headers a byte at a time, half of this program's CPU).
Result<std::shared_ptr<Transport>> cliTransport(const QString& caFile) {
    static auto scheduler = std::make_shared<QtScheduler>();
    HttplibTransportSettings settings;
    settings.caFile = caFile.toStdString();
    auto transport = std::make_shared<HttplibTransport>(scheduler, settings);
    if (!transport->caFileProblem().empty()) {
        return makeError(ErrorKind::Configuration, transport->caFileProblem());
    }
    return std::shared_ptr<Transport>(transport);
}

struct Connection {
    ui::ConnectionProfile profile;
    ui::ProfileSecrets secrets;
};

// The connection options as a profile that is never saved: the browser's profiles and these
// flags become catalog options in one place (ui::catalogOptions).
Connection fromFlags(const Invocation& in, const std::optional<std::string>& givenUri = {}) {
    Connection c;
    ui::ConnectionProfile& p = c.profile;
    p.name = QStringLiteral("command line");
    auto folder = givenUri ? std::nullopt : in.value("folder");
    if (folder) {
        // A warehouse folder: read and written on this machine, no server between.
        const auto given = in.givenOptions();
        if (std::find(given.begin(), given.end(), "uri") != given.end())
            throw UsageError{"--folder and --uri cannot be combined"};
        p.kind = ui::ProfileKind::LocalWarehouse;
        p.warehouse = q(*folder);
        return c;
    }
    auto uri = givenUri ? givenUri : in.value("uri");
    if (!uri) throw UsageError{"no catalog: give --uri (or PAIMON_URI) or --folder"};
    p.uri = q(*uri);
    p.warehouse = q(in.value("warehouse").value_or(""));
    if (auto t = in.value("token")) {
        p.auth = ui::AuthKind::Bearer;
        c.secrets.token = q(*t);
    }
    // A DLF credential selects DLF authentication, whatever else is given.
    if (auto id = in.value("dlf-access-key-id")) p.accessKeyId = q(*id);
    if (auto s = in.value("dlf-access-key-secret")) c.secrets.accessKeySecret = q(*s);
    if (auto t = in.value("dlf-security-token")) c.secrets.securityToken = q(*t);
    if (!p.accessKeyId.isEmpty() || !c.secrets.accessKeySecret.isEmpty() ||
        !c.secrets.securityToken.isEmpty()) {
        p.auth = ui::AuthKind::DlfAccessKey;
    }
    if (auto f = in.value("dlf-token-file")) {
        p.auth = ui::AuthKind::DlfTokenFile;
        p.tokenFile = q(*f);
    }
    p.region = q(in.value("dlf-region").value_or(""));
    const std::string signer = in.value("dlf-signer").value_or("auto");
    if (signer == "default") {
        p.signer = ui::SignerChoice::Default;
    } else if (signer == "openapi") {
        p.signer = ui::SignerChoice::OpenApi;
    } else if (signer != "auto") {
        throw UsageError{"--dlf-signer must be auto, default or openapi"};
    }
    for (const auto& h : in.values("header")) {
        auto [k, v] = keyValue(h, "--header");
        p.headers.append({q(k), q(v)});
    }
    if (auto t = in.value("timeout")) {
        char* end = nullptr;
        const double seconds = std::strtod(t->c_str(), &end);
        if (end != t->c_str() + t->size() || !(seconds > 0)) {
            throw UsageError{"--timeout needs a positive number of seconds"};
        }
        p.timeoutSeconds = seconds;
    }
    p.caFile = q(in.value("ca-file").value_or(""));
    return c;
}

// A profile saved by paimon-browser (by name, else by id), its secrets read from the keychain.
Result<Connection> fromProfile(const Invocation& in, const std::string& wanted,
                               bool refuseConnectionOptions = true) {
    // Options on the command line that the profile would silently override.
    for (const std::string& given :
         refuseConnectionOptions ? in.givenOptions() : std::vector<std::string>{}) {
        for (const auto& o : optionTable()) {
            if (given == o.name && o.group == OptionGroup::Connection && given != "profile") {
                throw UsageError{"--profile cannot be combined with --" + given +
                                 "; edit the profile in paimon-browser instead"};
            }
        }
    }
    auto settings = ui::settings::openUserSettings();
    ui::SecretStore secrets;
    ui::ConnectionRegistry registry(settings.get(), &secrets);
    const QString name = q(wanted);
    const ui::ConnectionProfile* profile = nullptr;
    for (const auto& p : registry.profiles())
        if (p.name == name) profile = &p;
    if (!profile) profile = registry.find(name);
    if (!profile) {
        QStringList names;
        for (const auto& p : registry.profiles())
            names << p.name;
        throw UsageError{"no saved profile named '" + wanted + "'" +
                         (names.isEmpty() ? std::string(" (paimon-browser has saved none)")
                                          : " (saved: " + names.join(", ").toStdString() + ")")};
    }
    if (QString problem = profile->problem(); !problem.isEmpty())
        throw UsageError{"the profile '" + wanted + "' cannot be used: " + problem.toStdString()};
    auto secretsRead = await<ui::ProfileSecrets>([&](const Callback<ui::ProfileSecrets>& done) {
        registry.readSecrets(
            *profile, [done](ui::ProfileSecrets s, const ui::SecretStore::Outcome& o) {
                if (!o.ok) {
                    return done(makeError(ErrorKind::Credentials,
                                          "the profile's secrets could not be read from the "
                                          "keychain: " +
                                              o.problem.toStdString()));
                }
                done(std::move(s));
            });
        return Cancellation();
    });
    if (!secretsRead) return secretsRead.takeError();
    return Connection{*profile, std::move(*secretsRead)};
}

}  // namespace

namespace {

Result<std::shared_ptr<Catalog>> open(const Result<Connection>& c) {
    if (!c) return c.error();
    std::shared_ptr<Transport> transport;
    if (c->profile.kind == ui::ProfileKind::Rest) {
        auto made = cliTransport(c->profile.caFile);
        if (!made) return made.takeError();
        transport = *made;
    }
    auto opened = await<ui::OpenedCatalog>([&](const Callback<ui::OpenedCatalog>& done) {
        return ui::CatalogConnector::open(c->profile, c->secrets, {}, done, transport);
    });
    if (!opened) return opened.takeError();
    return opened->catalog;
}

}  // namespace

Result<std::shared_ptr<Catalog>> connect(const Invocation& in) {
    if (auto wanted = in.value("profile")) return open(fromProfile(in, *wanted));
    return open(fromFlags(in));
}

Result<std::shared_ptr<Catalog>> connectTo(const Invocation& in, const std::string& target) {
    std::error_code ec;
    if (std::filesystem::is_directory(target, ec)) {
        Connection c;
        c.profile.name = QStringLiteral("command line");
        c.profile.kind = ui::ProfileKind::LocalWarehouse;
        c.profile.warehouse = q(target);
        return open(c);
    }
    if (target.starts_with("http://") || target.starts_with("https://"))
        return open(fromFlags(in, target));
    return open(fromProfile(in, target, false));
}

}  // namespace paimon::cli
