// paimon-catalog: the command line for scripts. Argument parsing and output only; the catalog
// work is the core's RestCatalog over HttplibTransport (buffered reads: Qt 6.4's network stack
// reads status lines and headers a byte at a time, half of this program's CPU).
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QSettings>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/net/HttplibTransport.h"
#include "core/catalog/RestCatalog.h"
#include "core/export/Definitions.h"
#include "core/export/Exporter.h"
#include "core/json/Dump.h"
#include "core/json/JsonValue.h"
#include "core/json/Messages.h"
#include "core/rest/CatalogOptions.h"
#include "core/schema/SchemaDiff.h"
#include "ui/connection/CatalogConnector.h"
#include "ui/connection/ConnectionRegistry.h"
#include "ui/connection/SecretStore.h"
#include "ui/net/QtScheduler.h"

namespace fs = std::filesystem;
using namespace paimon;

namespace {

// One scheduler on the main thread's event loop, for the transport and the catalog alike.
std::shared_ptr<QtScheduler> cliScheduler() {
    static auto scheduler = std::make_shared<QtScheduler>();
    return scheduler;
}

// The command line's transport: buffered HTTP on a few keep-alive connections.
Result<std::shared_ptr<Transport>> cliTransport(const std::string& caFile) {
    HttplibTransportSettings settings;
    settings.caFile = caFile;
    auto transport = std::make_shared<HttplibTransport>(cliScheduler(), settings);
    if (!transport->caFileProblem().empty()) {
        return makeError(ErrorKind::Configuration, transport->caFileProblem());
    }
    return std::shared_ptr<Transport>(transport);
}

// Exit statuses, one per kind of failure a script may want to tell apart.
enum Exit {
    kOk = 0,
    kLocalFailure = 1,  // a local file could not be read or written
    kUsage = 2,
    kNotFound = 3,
    kAlreadyExists = 4,
    kAuthFailure = 5,
    kServerError = 6,
    kNetworkError = 7,
};

constexpr const char* kHelp = R"(Usage: paimon-catalog [connection options] COMMAND [arguments]

Commands:
  databases                          list databases (all pages; --pattern P)
  tables DB                          list the tables of DB (all pages; --pattern P)
  show DB TABLE                      the table as JSON, or --format flink|spark
  export [DB [TABLE...]]             definitions of the whole catalog, a database or some
                                     tables: --format flink|spark|json --out PATH [--split]
  create-database DB [--option K=V]...
  alter-database DB [--set K=V]... [--remove K]...
  drop-database DB [--cascade]
  create-table DB TABLE --schema FILE   Paimon schema JSON ('-' reads stdin)
  alter-table DB TABLE --changes FILE   a JSON list of schema changes ('-' reads stdin)
  rename-table DB TABLE NEW_DB NEW_TABLE
  drop-table DB TABLE
  apply --from PATH                  create the tables of a JSON export (a file, or a folder of
                                     them) that the catalog lacks, with their databases; report
                                     the ones that exist with a different definition

Connection options (each also from the environment variable in brackets):
  --profile NAME                a connection saved in paimon-browser, with its secrets from
                                the system keychain [PAIMON_PROFILE]; the options below
                                cannot be combined with it
  --uri URI                     catalog URI [PAIMON_URI]
  --warehouse W                 warehouse [PAIMON_WAREHOUSE]
  --token T                     bearer token [PAIMON_TOKEN]
  --dlf-access-key-id ID        [PAIMON_DLF_ACCESS_KEY_ID]
  --dlf-access-key-secret S     [PAIMON_DLF_ACCESS_KEY_SECRET]
  --dlf-security-token T        [PAIMON_DLF_SECURITY_TOKEN]
  --dlf-token-file F            [PAIMON_DLF_TOKEN_FILE]
  --dlf-region R                [PAIMON_DLF_REGION]
  --dlf-signer auto|default|openapi   [PAIMON_DLF_SIGNER]
  --header K=V                  extra request header (repeatable)
  --ca-file F                   extra trusted CA certificates, PEM [PAIMON_CA_FILE]
  --timeout SECONDS             transfer timeout [PAIMON_TIMEOUT]

Output:
  --output text|json            listings for people (default) or for scripts

Exit status: 0 success, 1 local file error, 2 usage error, 3 not found, 4 already exists,
5 authentication or permission failure, 6 other server error, 7 network, TLS or timeout.
)";

// COMMAND --help.
const std::map<std::string, std::string> kCommandHelp = {
    {"databases",
     "databases [--pattern P] [--output text|json]\n\n"
     "Lists every database (all pages). P is a SQL LIKE pattern: 'sales%'."},
    {"tables",
     "tables DB [--pattern P] [--output text|json]\n\n"
     "Lists every table of DB (all pages). P is a SQL LIKE pattern: 'ord%'."},
    {"show",
     "show DB TABLE [--format flink|spark|json]\n\n"
     "Prints the table as the server returns it (JSON), or its definition in a format."},
    {"export",
     "export [DB [TABLE...]] --format flink|spark|json --out PATH [--split]\n\n"
     "Writes the definitions of the whole catalog, of DB, or of some tables of DB: into the\n"
     "file PATH, or with --split into PATH/<database>/<table>.<sql|json>. Files are written\n"
     "whole or not at all; tables that fail are listed and the rest are exported."},
    {"create-database", "create-database DB [--option K=V]...\n\nCreates DB with options."},
    {"alter-database",
     "alter-database DB [--set K=V]... [--remove K]...\n\n"
     "Sets and removes options of DB and lists what was set, removed or missing."},
    {"drop-database",
     "drop-database DB [--cascade]\n\n"
     "Drops DB; without --cascade a database that holds tables is refused."},
    {"create-table",
     "create-table DB TABLE --schema FILE\n\n"
     "Creates TABLE from a Paimon schema JSON, or from a definition exported as JSON.\n"
     "FILE '-' reads standard input."},
    {"alter-table",
     "alter-table DB TABLE --changes FILE\n\n"
     "Applies a JSON list of schema changes in one request, e.g.\n"
     "[{\"action\":\"addColumn\",\"fieldNames\":[\"note\"],\"dataType\":\"STRING\"}].\n"
     "FILE '-' reads standard input."},
    {"rename-table", "rename-table DB TABLE NEW_DB NEW_TABLE\n\nRenames or moves a table."},
    {"drop-table", "drop-table DB TABLE\n\nDrops the table."},
    {"apply",
     "apply --from PATH\n\n"
     "Creates the tables of a JSON export (a file, or a folder written with --split) that the\n"
     "catalog lacks, with their databases, and reports the ones that exist with a different\n"
     "definition; those are never changed."},
};

struct Args {
    std::vector<std::string> positional;
    std::map<std::string, std::vector<std::string>> values;  // --name value (repeatable)
    std::map<std::string, bool> flags;

    std::optional<std::string> get(const std::string& name) const {
        auto it = values.find(name);
        if (it == values.end() || it->second.empty()) return std::nullopt;
        return it->second.back();
    }
    std::vector<std::string> all(const std::string& name) const {
        auto it = values.find(name);
        return it == values.end() ? std::vector<std::string>{} : it->second;
    }
};

struct UsageError {
    std::string message;
};

// The connection options that make a catalog without a profile.
const std::vector<std::string> kConnectionOptions = {"--uri",
                                                     "--warehouse",
                                                     "--token",
                                                     "--dlf-access-key-id",
                                                     "--dlf-access-key-secret",
                                                     "--dlf-security-token",
                                                     "--dlf-token-file",
                                                     "--dlf-region",
                                                     "--dlf-signer",
                                                     "--header",
                                                     "--ca-file",
                                                     "--timeout"};

// Every option that takes a value.
const std::vector<std::string> kValueOptions = [] {
    std::vector<std::string> all = {"--profile"};
    all.insert(all.end(), kConnectionOptions.begin(), kConnectionOptions.end());
    for (const char* o : {"--output", "--pattern", "--format", "--out", "--option", "--set",
                          "--remove", "--schema", "--changes", "--from"})
        all.push_back(o);
    return all;
}();
const std::vector<std::string> kFlags = {"--split", "--cascade", "--help", "--version"};

Args parseArgs(int argc, char** argv) {
    Args a;
    for (int i = 1; i < argc; ++i) {
        std::string arg = argv[i];
        if (arg == "-h") arg = "--help";
        if (std::find(kFlags.begin(), kFlags.end(), arg) != kFlags.end()) {
            a.flags[arg] = true;
        } else if (std::find(kValueOptions.begin(), kValueOptions.end(), arg) !=
                   kValueOptions.end()) {
            if (i + 1 >= argc) throw UsageError{arg + " needs a value"};
            a.values[arg].push_back(argv[++i]);
        } else if (arg.size() > 2 && arg.starts_with("--")) {
            throw UsageError{"unknown option '" + arg + "'"};
        } else {
            a.positional.push_back(arg);
        }
    }
    return a;
}

std::pair<std::string, std::string> keyValue(const std::string& text, const char* option) {
    size_t eq = text.find('=');
    if (eq == std::string::npos || eq == 0) {
        throw UsageError{std::string(option) + " needs KEY=VALUE, got '" + text + "'"};
    }
    return {text.substr(0, eq), text.substr(eq + 1)};
}

std::optional<std::string> fromArgOrEnv(const Args& a, const std::string& option, const char* env) {
    if (auto v = a.get(option)) return v;
    const char* e = std::getenv(env);
    if (e && *e) return std::string(e);
    return std::nullopt;
}

int exitFor(const Error& e) {
    switch (e.kind) {
        case ErrorKind::NotFound:
            return kNotFound;
        case ErrorKind::AlreadyExists:
        case ErrorKind::Conflict:
            return kAlreadyExists;
        case ErrorKind::NotAuthorized:
        case ErrorKind::Forbidden:
        case ErrorKind::Credentials:
            return kAuthFailure;
        case ErrorKind::Network:
        case ErrorKind::Timeout:
        case ErrorKind::Tls:
            return kNetworkError;
        case ErrorKind::Configuration:
            return kUsage;
        case ErrorKind::Io:
            return kLocalFailure;
        default:
            return kServerError;
    }
}

int fail(const Error& e) {
    std::cerr << "paimon-catalog: " << e.describe() << "\n";
    return exitFor(e);
}

template <class T>
Result<T> await(const std::function<Cancellation(Callback<T>)>& start) {
    std::optional<Result<T>> result;
    QEventLoop loop;
    start([&](Result<T> r) {
        result.emplace(std::move(r));
        loop.quit();
    });
    if (!result) loop.exec();
    return std::move(*result);
}

std::string readInput(const std::string& path) {
    std::ostringstream text;
    if (path == "-") {
        text << std::cin.rdbuf();
    } else {
        std::ifstream in(path, std::ios::binary);
        if (!in) throw std::runtime_error("cannot read " + path);
        text << in.rdbuf();
    }
    return text.str();
}

void printNames(const std::vector<std::string>& names, bool json) {
    if (json) {
        std::cout << dumpJson(nlohmann::json(names), 2) << "\n";
    } else {
        for (const auto& n : names)
            std::cout << n << "\n";
    }
}

class Cli {
public:
    Cli(Args args, std::shared_ptr<Catalog> catalog)
        : a_(std::move(args)), catalog_(std::move(catalog)) {}

    int run() {
        const std::string command = a_.positional.at(0);
        std::vector<std::string> p(a_.positional.begin() + 1, a_.positional.end());
        auto need = [&](size_t n, const char* usage) {
            if (p.size() != n) throw UsageError{std::string("usage: paimon-catalog ") + usage};
        };
        bool json = output() == "json";
        if (command == "databases") {
            need(0, "databases [--pattern P]");
            auto r = await<std::vector<std::string>>(
                [&](auto cb) { return catalog_->listDatabases(a_.get("--pattern"), cb); });
            if (!r) return fail(r.error());
            printNames(*r, json);
        } else if (command == "tables") {
            need(1, "tables DB [--pattern P]");
            auto r = await<std::vector<std::string>>(
                [&](auto cb) { return catalog_->listTables(p[0], a_.get("--pattern"), cb); });
            if (!r) return fail(r.error());
            printNames(*r, json);
        } else if (command == "show") {
            need(2, "show DB TABLE [--format flink|spark|json]");
            auto r = await<TableInfo>([&](auto cb) {
                return catalog_->getTable({p[0], p[1]}, cb);
            });
            if (!r) return fail(r.error());
            auto format = a_.get("--format");
            if (!format) {
                std::cout << dumpJson(nlohmann::json::parse(codec::encode(*r)), 2) << "\n";
            } else {
                auto f = parseDefinitionFormat(*format);
                if (!f) throw UsageError{"--format must be flink, spark or json"};
                std::cout << renderDefinition(*f, {p[0], p[1]}, r->schema);
            }
        } else if (command == "export") {
            return exportDefinitions(p);
        } else if (command == "apply") {
            need(0, "apply --from EXPORT_FILE_OR_FOLDER");
            return apply();
        } else if (command == "create-database") {
            need(1, "create-database DB [--option K=V]...");
            Options options;
            for (const auto& kv : a_.all("--option"))
                options.insert(keyValue(kv, "--option"));
            auto r =
                await<Unit>([&](auto cb) { return catalog_->createDatabase(p[0], options, cb); });
            if (!r) return fail(r.error());
        } else if (command == "alter-database") {
            need(1, "alter-database DB [--set K=V]... [--remove K]...");
            Options updates;
            for (const auto& kv : a_.all("--set"))
                updates.insert(keyValue(kv, "--set"));
            auto r = await<AlterDatabaseResult>([&](auto cb) {
                return catalog_->alterDatabase(p[0], a_.all("--remove"), updates, cb);
            });
            if (!r) return fail(r.error());
            if (json) {
                std::cout << dumpJson(nlohmann::json::parse(codec::encode(*r)), 2) << "\n";
            } else {
                for (const auto& k : r->updated)
                    std::cout << "set      " << k << "\n";
                for (const auto& k : r->removed)
                    std::cout << "removed  " << k << "\n";
                for (const auto& k : r->missing)
                    std::cout << "missing  " << k << "\n";
            }
        } else if (command == "drop-database") {
            need(1, "drop-database DB [--cascade]");
            auto r = await<Unit>([&](auto cb) {
                return catalog_->dropDatabase(p[0], a_.flags.count("--cascade") > 0, cb);
            });
            if (!r) return fail(r.error());
        } else if (command == "create-table") {
            need(2, "create-table DB TABLE --schema FILE");
            auto file = a_.get("--schema");
            if (!file) throw UsageError{"create-table needs --schema FILE"};
            auto doc = json::Document::parse(readInput(*file), ErrorKind::BadRequest);
            if (!doc) return fail(doc.error());
            // Either a bare schema or a whole exported create-table request.
            const json::Value body = doc->root().member("schema").value_or(doc->root());
            auto schema = codec::schemaFromJson(body, ErrorKind::BadRequest);
            if (!schema) return fail(schema.error());
            auto r = await<Unit>([&](auto cb) {
                return catalog_->createTable({p[0], p[1]}, *schema, cb);
            });
            if (!r) return fail(r.error());
        } else if (command == "alter-table") {
            need(2, "alter-table DB TABLE --changes FILE");
            auto file = a_.get("--changes");
            if (!file) throw UsageError{"alter-table needs --changes FILE"};
            auto doc = json::Document::parse(readInput(*file), ErrorKind::BadRequest);
            if (!doc) return fail(doc.error());
            auto changes = codec::schemaChangesFromJson(doc->root(), ErrorKind::BadRequest);
            if (!changes) return fail(changes.error());
            auto r = await<Unit>([&](auto cb) {
                return catalog_->alterTable({p[0], p[1]}, *changes, cb);
            });
            if (!r) return fail(r.error());
        } else if (command == "rename-table") {
            need(4, "rename-table DB TABLE NEW_DB NEW_TABLE");
            auto r = await<Unit>([&](auto cb) {
                return catalog_->renameTable({p[0], p[1]}, {p[2], p[3]}, cb);
            });
            if (!r) return fail(r.error());
        } else if (command == "drop-table") {
            need(2, "drop-table DB TABLE");
            auto r = await<Unit>([&](auto cb) { return catalog_->dropTable({p[0], p[1]}, cb); });
            if (!r) return fail(r.error());
        } else {
            throw UsageError{"unknown command '" + command + "'"};
        }
        return kOk;
    }

private:
    std::string output() const {
        std::string o = a_.get("--output").value_or("text");
        if (o != "text" && o != "json") throw UsageError{"--output must be text or json"};
        return o;
    }

    // The definitions of a JSON export: one file (a list or a single definition) or a folder
    // of such files (--split output), in a stable order.
    static std::vector<CreateTableRequest> readExport(const fs::path& from) {
        std::vector<fs::path> files;
        if (fs::is_directory(from)) {
            for (const auto& e : fs::recursive_directory_iterator(from))
                if (e.is_regular_file() && e.path().extension() == ".json") files.push_back(e);
            std::sort(files.begin(), files.end());
        } else {
            files.push_back(from);
        }
        std::vector<CreateTableRequest> out;
        for (const auto& file : files) {
            auto doc = json::Document::parse(readInput(file.string()), ErrorKind::BadRequest);
            if (!doc) throw std::runtime_error(file.string() + " is not JSON");
            const json::Value root = doc->root();
            const std::vector<json::Value> items =
                root.isArray() ? root.elements() : std::vector<json::Value>{root};
            for (const json::Value& item : items) {
                auto request = codec::createTableRequestFromJson(item, ErrorKind::BadRequest);
                if (!request) {
                    throw std::runtime_error(file.string() + ": " + request.error().message);
                }
                out.push_back(std::move(*request));
            }
        }
        return out;
    }

    int apply() {
        auto from = a_.get("--from");
        if (!from) throw UsageError{"apply needs --from EXPORT_FILE_OR_FOLDER"};
        std::vector<CreateTableRequest> definitions = readExport(*from);
        int created = 0, same = 0, differ = 0, failed = 0, lastExit = kOk;
        std::set<std::string> knownDatabases;
        for (const auto& d : definitions) {
            const Identifier& id = d.identifier;
            auto current = await<TableInfo>([&](auto cb) { return catalog_->getTable(id, cb); });
            if (current) {
                Schema existing = current->schema;
                std::erase_if(existing.options,
                              [](const auto& kv) { return isLocationOption(kv.first); });
                auto changes = diffSchemas(existing, d.schema);
                if (existing == d.schema || (changes && changes->empty())) {
                    ++same;
                    continue;
                }
                ++differ;
                std::cout << "differs  " << id.fullName() << "\n";
                if (changes) {
                    for (const auto& c : *changes)
                        std::cout << "         " << describeSchemaChange(c) << "\n";
                }
                continue;
            }
            Error error = current.error();
            if (error.kind == ErrorKind::NotFound && !knownDatabases.count(id.database)) {
                auto db = await<Unit>(
                    [&](auto cb) { return catalog_->createDatabase(id.database, {}, cb); });
                if (db || db.error().kind == ErrorKind::AlreadyExists) {
                    knownDatabases.insert(id.database);
                }
            }
            if (error.kind == ErrorKind::NotFound) {
                auto r =
                    await<Unit>([&](auto cb) { return catalog_->createTable(id, d.schema, cb); });
                if (r) {
                    ++created;
                    std::cout << "created  " << id.fullName() << "\n";
                    continue;
                }
                error = r.error();
            }
            ++failed;
            lastExit = exitFor(error);
            std::cerr << "paimon-catalog: " << id.fullName() << ": " << error.describe() << "\n";
        }
        std::cerr << created << " created, " << same << " already the same, " << differ
                  << " different, " << failed << " failed\n";
        return failed ? lastExit : kOk;
    }

    int exportDefinitions(const std::vector<std::string>& p) {
        auto formatName = a_.get("--format");
        auto f = formatName ? parseDefinitionFormat(*formatName) : std::nullopt;
        if (!f) throw UsageError{"export needs --format flink|spark|json"};
        auto out = a_.get("--out");
        if (!out) throw UsageError{"export needs --out PATH"};
        bool split = a_.flags.count("--split") > 0;

        ExportScope scope;
        if (p.empty()) {
            scope.allDatabases = true;
        } else if (p.size() == 1) {
            scope.databases = {p[0]};
        } else {
            for (size_t i = 1; i < p.size(); ++i)
                scope.tables.push_back({p[0], p[i]});
        }
        ExportSettings settings{*f, fs::path(*out), split, 8};
        auto report = await<ExportReport>([&](auto cb) {
            auto job = TableExport::start(catalog_, scope, settings, nullptr, cb);
            return Cancellation([job] { job->cancel(); });
        });
        if (!report) return fail(report.error());
        int lastExit = kOk;
        for (const auto& failure : report->failures) {
            std::cerr << "paimon-catalog: " << failure.what << ": " << failure.error.describe()
                      << "\n";
            lastExit = exitFor(failure.error);
        }
        std::cerr << "exported " << report->exported << " of "
                  << report->exported + report->failures.size() << " table(s)\n";
        return lastExit;
    }

    Args a_;
    std::shared_ptr<Catalog> catalog_;
};

// A profile saved by paimon-browser (by name, else by id), its secrets read from the keychain,
// opened the way the browser opens it.
Result<std::shared_ptr<Catalog>> openProfile(const Args& args, const std::string& wanted) {
    for (const std::string& option : kConnectionOptions) {
        if (args.get(option)) {
            throw UsageError{"--profile cannot be combined with " + option +
                             "; edit the profile in paimon-browser instead"};
        }
    }
    QSettings settings(QSettings::NativeFormat, QSettings::UserScope,
                       QStringLiteral("paimon-catalog-browser"), QStringLiteral("paimon-browser"));
    ui::SecretStore secrets;
    ui::ConnectionRegistry registry(&settings, &secrets);
    const QString name = QString::fromStdString(wanted);
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
    std::optional<std::pair<ui::ProfileSecrets, ui::SecretStore::Outcome>> read;
    registry.readSecrets(*profile, [&](ui::ProfileSecrets s, ui::SecretStore::Outcome o) {
        read.emplace(std::move(s), std::move(o));
    });
    while (!read)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    if (!read->second.ok) {
        return makeError(ErrorKind::Credentials,
                         "the profile's secrets could not be read from the keychain: " +
                             read->second.problem.toStdString());
    }
    auto transport = cliTransport(profile->caFile.toStdString());
    if (!transport) return transport.takeError();
    auto opened = await<ui::OpenedCatalog>([&](auto cb) {
        return ui::CatalogConnector::open(*profile, read->first, {}, cb, *transport);
    });
    if (!opened) return opened.takeError();
    return opened->catalog;
}

}  // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    Args args;
    try {
        args = parseArgs(argc, argv);
    } catch (const UsageError& e) {
        std::cerr << "paimon-catalog: " << e.message << "\nTry 'paimon-catalog --help'.\n";
        return kUsage;
    }
    if (args.flags.count("--version")) {
        std::cout << "paimon-catalog " << PAIMON_VERSION << "\n";
        return kOk;
    }
    if (args.flags.count("--help") && !args.positional.empty()) {
        auto it = kCommandHelp.find(args.positional[0]);
        if (it == kCommandHelp.end()) {
            std::cerr << "paimon-catalog: unknown command '" << args.positional[0] << "'\n";
            return kUsage;
        }
        std::cout << "Usage: paimon-catalog [connection options] " << it->second
                  << "\nConnection options and exit statuses: paimon-catalog --help\n";
        return kOk;
    }
    if (args.flags.count("--help") || args.positional.empty()) {
        std::cout << kHelp;
        return args.flags.count("--help") ? kOk : kUsage;
    }

    try {
        if (auto profile = fromArgOrEnv(args, "--profile", "PAIMON_PROFILE")) {
            auto catalog = openProfile(args, *profile);
            if (!catalog) return fail(catalog.error());
            return Cli(args, *catalog).run();
        }
        Options options;
        auto uri = fromArgOrEnv(args, "--uri", "PAIMON_URI");
        if (!uri) throw UsageError{"no catalog URI: give --uri or set PAIMON_URI"};
        options[opt::kUri] = *uri;
        if (auto w = fromArgOrEnv(args, "--warehouse", "PAIMON_WAREHOUSE")) {
            options[opt::kWarehouse] = *w;
        }
        if (auto t = fromArgOrEnv(args, "--token", "PAIMON_TOKEN")) {
            options[opt::kTokenProvider] = "bear";
            options[opt::kToken] = *t;
        }
        // Each DLF flag, its environment variable, the catalog option it sets, and whether it
        // is a credential (which selects DLF authentication).
        struct DlfFlag {
            const char* flag;
            const char* env;
            const char* option;
            bool credential;
        };
        const DlfFlag dlfFlags[] = {
            {"--dlf-access-key-id", "PAIMON_DLF_ACCESS_KEY_ID", opt::kDlfAccessKeyId, true},
            {"--dlf-access-key-secret", "PAIMON_DLF_ACCESS_KEY_SECRET", opt::kDlfAccessKeySecret,
             true},
            {"--dlf-security-token", "PAIMON_DLF_SECURITY_TOKEN", opt::kDlfSecurityToken, true},
            {"--dlf-token-file", "PAIMON_DLF_TOKEN_FILE", opt::kDlfTokenPath, true},
            {"--dlf-region", "PAIMON_DLF_REGION", opt::kDlfRegion, false},
            {"--dlf-signer", "PAIMON_DLF_SIGNER", opt::kDlfSigningAlgorithm, false}};
        for (const DlfFlag& f : dlfFlags) {
            auto v = fromArgOrEnv(args, f.flag, f.env);
            if (!v) continue;
            if (f.credential) options[opt::kTokenProvider] = "dlf";
            if (f.option != opt::kDlfSigningAlgorithm || *v != "auto") options[f.option] = *v;
        }
        for (const auto& h : args.all("--header")) {
            auto [k, v] = keyValue(h, "--header");
            options[std::string(opt::kHeaderPrefix) + k] = v;
        }
        if (auto t = fromArgOrEnv(args, "--timeout", "PAIMON_TIMEOUT")) {
            char* end = nullptr;
            double seconds = std::strtod(t->c_str(), &end);
            if (end != t->c_str() + t->size() || seconds <= 0) {
                throw UsageError{"--timeout needs a positive number of seconds"};
            }
            options[opt::kTimeoutMillis] = std::to_string(static_cast<long long>(seconds * 1000));
        }

        auto transport =
            cliTransport(fromArgOrEnv(args, "--ca-file", "PAIMON_CA_FILE").value_or(""));
        if (!transport) return fail(transport.error());
        RestCatalog::Setup setup;
        setup.options = options;
        setup.transport = *transport;
        setup.scheduler = cliScheduler();
        auto catalog = await<std::shared_ptr<RestCatalog>>(
            [&](auto cb) { return RestCatalog::open(setup, cb); });
        if (!catalog) return fail(catalog.error());
        return Cli(args, *catalog).run();
    } catch (const UsageError& e) {
        std::cerr << "paimon-catalog: " << e.message << "\n";
        return kUsage;
    } catch (const std::exception& e) {
        std::cerr << "paimon-catalog: " << e.what() << "\n";
        return kLocalFailure;
    }
}
