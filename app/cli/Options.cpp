#include <QCoreApplication>

#include <cstdlib>
#include <iostream>
#include <sstream>

#include "app/cli/Cli.h"

namespace paimon::cli {

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

const std::vector<OptionSpec>& optionTable() {
    using G = OptionGroup;
    static const std::vector<OptionSpec> options = {
        {"help", nullptr, "this text, or with a command that command's", nullptr, G::General},
        {"version", nullptr, "the program's version", nullptr, G::General},
        {"output", "text|json", "listings for people (default) or for scripts", nullptr,
         G::General},
        {"profile", "NAME",
         "a connection saved in paimon-browser, with its secrets from the system keychain; the "
         "options below cannot be combined with it",
         "PAIMON_PROFILE", G::Connection},
        {"uri", "URI", "catalog URI", "PAIMON_URI", G::Connection},
        {"folder", "DIR", "a local Paimon warehouse folder, opened directly (instead of --uri)",
         "PAIMON_FOLDER", G::Connection},
        {"warehouse", "W", "warehouse", "PAIMON_WAREHOUSE", G::Connection},
        {"token", "T", "bearer token", "PAIMON_TOKEN", G::Connection},
        {"dlf-access-key-id", "ID", "DLF access key id", "PAIMON_DLF_ACCESS_KEY_ID", G::Connection},
        {"dlf-access-key-secret", "S", "DLF access key secret", "PAIMON_DLF_ACCESS_KEY_SECRET",
         G::Connection},
        {"dlf-security-token", "T", "DLF STS security token", "PAIMON_DLF_SECURITY_TOKEN",
         G::Connection},
        {"dlf-token-file", "F", "a DLF token file, read again as it changes",
         "PAIMON_DLF_TOKEN_FILE", G::Connection},
        {"dlf-region", "R", "DLF region (default: from the URI's host)", "PAIMON_DLF_REGION",
         G::Connection},
        {"dlf-signer", "auto|default|openapi", "DLF request signer", "PAIMON_DLF_SIGNER",
         G::Connection},
        {"header", "K=V", "extra request header (repeatable)", nullptr, G::Connection},
        {"ca-file", "F", "extra trusted CA certificates, PEM", "PAIMON_CA_FILE", G::Connection},
        {"timeout", "SECONDS", "transfer timeout", "PAIMON_TIMEOUT", G::Connection},
        {"pattern", "P", "a SQL LIKE prefix pattern: 'sales%'"},
        {"database-pattern", "P", "a SQL LIKE prefix pattern for the databases: 'sales%'"},
        {"format", "flink|spark|json", "definition format"},
        {"out", "PATH", "the file, or with --split the folder, to write"},
        {"split", nullptr, "one file per table: PATH/<database>/<table>.<sql|json>"},
        {"option", "K=V", "a database option (repeatable)"},
        {"set", "K=V", "an option to set (repeatable)"},
        {"remove", "K", "an option to remove (repeatable)"},
        {"cascade", nullptr, "drop the database's tables too"},
        {"schema", "FILE", "a Paimon schema JSON ('-' reads stdin)"},
        {"changes", "FILE", "a JSON list of changes ('-' reads stdin)"},
        {"from", "PATH",
         "a JSON file: an export (or a folder written with --split), a view or a function; for "
         "diff, the catalog wanted: a saved profile, an http(s) URI or a warehouse folder"},
        {"to", "CATALOG",
         "the catalog to compare and change: a saved profile, an http(s) URI or a warehouse "
         "folder"},
        {"database", "DB", "only this database"},
        {"to-database", "DB", "the other side's database, when its name differs"},
        {"table", "T", "only this table (with --database)"},
        {"to-table", "T", "the other side's table, when its name differs"},
        {"alter", nullptr, "change what differs to match (what cannot change in place is named)"},
        {"dry-run", nullptr, "print the exact request and send nothing"},
        {"limit", "N", "at most N items, the newest first"},
        {"tag-prefix", "P", "the start of the tag names to list"},
        {"snapshot", "ID", "a snapshot id (default: the latest)"},
        {"retain", "DURATION", "how long to keep the tag: '7d', '12 h', '30min'"},
        {"from-tag", "TAG", "start the branch at this tag's snapshot"},
        {"next-snapshot", "N", "the next snapshot the consumer reads"},
        {"delete", nullptr, "delete the consumer"},
        {"to-snapshot", "N", "the snapshot to roll back to"},
        {"to-tag", "NAME", "the tag to roll back to"},
        {"from-snapshot", "N", "refuse unless N is still the latest snapshot"},
        {"dialect", "D", "the SQL dialect whose query to print: flink, spark, ..."},
        {"fail-if-exists", nullptr, "refuse, creating nothing, when a partition exists"},
        {"fail-if-missing", nullptr, "refuse, dropping nothing, when a partition is missing"},
    };
    return options;
}

namespace {
const OptionSpec& spec(const char* name) {
    for (const auto& o : optionTable())
        if (std::string_view(o.name) == name) return o;
    throw std::logic_error(std::string("no option named ") + name);
}
}  // namespace

Invocation::Invocation(const QStringList& arguments) {
    parser_.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    for (const auto& o : optionTable()) {
        QStringList names{QString::fromLatin1(o.name)};
        if (std::string_view(o.name) == "help") names.prepend(QStringLiteral("h"));
        QCommandLineOption option(names, QString::fromUtf8(o.help));
        if (o.valueName) option.setValueName(QString::fromUtf8(o.valueName));
        parser_.addOption(option);
    }
    if (!parser_.parse(arguments)) throw UsageError{parser_.errorText().toStdString()};
    const QStringList positional = parser_.positionalArguments();
    for (qsizetype i = 0; i < positional.size(); ++i) {
        if (i == 0) {
            command_ = positional[i].toStdString();
        } else {
            arguments_.push_back(positional[i].toStdString());
        }
    }
}

bool Invocation::isSet(const char* name) const {
    return parser_.isSet(QString::fromLatin1(spec(name).name)) || value(name).has_value();
}

std::optional<std::string> Invocation::value(const char* name) const {
    const OptionSpec& o = spec(name);
    if (o.valueName) {
        const QStringList given = parser_.values(QString::fromLatin1(o.name));
        if (!given.isEmpty()) return given.back().toStdString();
    } else if (parser_.isSet(QString::fromLatin1(o.name))) {
        return std::string();
    }
    if (o.env) {
        // Qt's reading of the environment is thread-safe; getenv is not.
        const QString e = qEnvironmentVariable(o.env);
        if (!e.isEmpty()) return e.toStdString();
    }
    return std::nullopt;
}

std::vector<std::string> Invocation::values(const char* name) const {
    std::vector<std::string> out;
    for (const QString& v : parser_.values(QString::fromLatin1(spec(name).name)))
        out.push_back(v.toStdString());
    return out;
}

std::vector<std::string> Invocation::givenOptions() const {
    std::vector<std::string> out;
    for (const QString& n : parser_.optionNames())
        out.push_back(n == QLatin1String("h") ? std::string("help") : n.toStdString());
    return out;
}

std::pair<std::string, std::string> keyValue(const std::string& text, const char* option) {
    size_t eq = text.find('=');
    if (eq == std::string::npos || eq == 0) {
        throw UsageError{std::string(option) + " needs KEY=VALUE, got '" + text + "'"};
    }
    return {text.substr(0, eq), text.substr(eq + 1)};
}

namespace {

constexpr size_t kWidth = 92;

// `left` padded to `column`, then `text` wrapped at word boundaries to kWidth, its following
// lines indented to `column`.
std::string wrapped(std::string left, const std::string& text, size_t column) {
    if (left.size() + 2 > column) {
        left += "\n";
        left += std::string(column, ' ');
    } else {
        left.resize(column, ' ');
    }
    std::string out = left;
    size_t lineLength = column;
    std::istringstream words(text);
    std::string word;
    bool first = true;
    while (words >> word) {
        if (!first && lineLength + 1 + word.size() > kWidth) {
            out += "\n" + std::string(column, ' ');
            lineLength = column;
            first = true;
        }
        if (!first) {
            out += ' ';
            ++lineLength;
        }
        out += word;
        lineLength += word.size();
        first = false;
    }
    return out + "\n";
}

std::string optionLine(const OptionSpec& o) {
    std::string left = std::string("  --") + o.name;
    if (o.valueName) left += std::string(" ") + o.valueName;
    std::string help = o.help;
    if (o.env) help += std::string(" [") + o.env + "]";
    return wrapped(left, help, 32);
}

}  // namespace

std::string overviewHelp() {
    std::string out =
        "Usage: paimon-catalog [connection options] COMMAND [arguments]\n\nCommands:\n";
    for (const auto& c : commandTable()) {
        std::string left = std::string("  ") + c.name;
        if (*c.arguments) left += std::string(" ") + c.arguments;
        out += wrapped(left, c.summary, 36);
    }
    out += "\nConnection options (each also from the environment variable in brackets):\n";
    for (const auto& o : optionTable())
        if (o.group == OptionGroup::Connection) out += optionLine(o);
    out += "\nGeneral options:\n";
    for (const auto& o : optionTable())
        if (o.group == OptionGroup::General) out += optionLine(o);
    out +=
        "\nCOMMAND --help shows a command's own options.\n\n"
        "Exit status: 0 success, 1 local file error, 2 usage error, 3 not found, 4 already "
        "exists,\n5 authentication or permission failure, 6 other server error, 7 network, TLS "
        "or timeout,\n8 differences (diff) or something to recreate (apply --alter).\n";
    return out;
}

std::string commandHelp(const CommandSpec& c) {
    std::string out = std::string("Usage: paimon-catalog [connection options] ") + c.name;
    if (*c.arguments) out += std::string(" ") + c.arguments;
    out += std::string("\n\n") + c.details + "\n";
    if (!c.options.empty()) {
        out += "\nOptions:\n";
        for (const char* name : c.options)
            out += optionLine(spec(name));
    }
    out += "\nConnection options and exit statuses: paimon-catalog --help\n";
    return out;
}

const CommandSpec* findCommand(const std::string& name) {
    for (const auto& c : commandTable())
        if (name == c.name) return &c;
    return nullptr;
}

void checkUsage(const CommandSpec& c, const Invocation& in) {
    const size_t n = in.arguments().size();
    if (n < c.minArgs || n > c.maxArgs) {
        throw UsageError{std::string("usage: paimon-catalog ") + c.name +
                         (*c.arguments ? std::string(" ") + c.arguments : std::string())};
    }
    for (const std::string& given : in.givenOptions()) {
        const OptionSpec& o = spec(given.c_str());
        if (o.group != OptionGroup::Command) continue;
        bool takes = false;
        for (const char* name : c.options)
            takes = takes || given == name;
        if (!takes) {
            throw UsageError{std::string(c.name) + " does not take --" + given +
                             "; see paimon-catalog " + c.name + " --help"};
        }
    }
}

}  // namespace paimon::cli
