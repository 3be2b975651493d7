#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "app/cli/Cli.h"
#include "core/catalog/PageLoop.h"
#include "core/export/Apply.h"
#include "core/export/Definitions.h"
#include "core/export/Exporter.h"
#include "core/json/Dump.h"
#include "core/json/JsonValue.h"
#include "core/json/Messages.h"

namespace fs = std::filesystem;

namespace paimon::cli {

void printNames(const std::vector<std::string>& names, bool json) {
    if (json) {
        std::cout << dumpJson(nlohmann::json(names), 2) << "\n";
    } else {
        for (const auto& n : names)
            std::cout << n << "\n";
    }
}

int done(const Result<Unit>& r) {
    return r ? kOk : fail(r.error());
}

int printDryRun(const CommandContext& c,
                const std::function<RestRequest(const RestRequests&)>& request) {
    const RestRequests* requests = c.catalog->restRequests();
    if (!requests) {
        std::cout << "# a local warehouse folder: no request is sent; nothing was changed\n";
        return kOk;
    }
    const RestRequest r = request(*requests);
    std::cout << r.method << " " << r.target() << "\n";
    if (r.body) std::cout << "Content-Type: application/json\n\n" << *r.body << "\n";
    return kOk;
}

void printPreview(const CommandContext& c, const WriteOperation& op, const std::string& indent) {
    const RestRequests* requests = c.catalog->restRequests();
    if (!requests) {
        std::cout << indent << "# a local warehouse folder: written on this machine, no request\n";
        return;
    }
    for (const RestRequest& r : previewRequests(op, *requests)) {
        std::cout << indent << r.method << " " << r.target() << "\n";
        if (r.body) std::cout << indent << *r.body << "\n";
    }
}

int runWrite(const CommandContext& c, const WriteOperation& op) {
    if (auto e = checkWrite(op)) return fail(*e);
    if (c.in.isSet("dry-run")) {
        const RestRequests* requests = c.catalog->restRequests();
        if (!requests) return printDryRun(c, {});
        for (const RestRequest& r : previewRequests(op, *requests))
            printDryRun(c, [&](const RestRequests&) { return r; });
        return kOk;
    }
    return done(await<Unit>([&](auto cb) { return submitWrite(*c.catalog, op, cb); }));
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

namespace {

int databases(CommandContext& c) {
    auto r = await<std::vector<std::string>>(
        [&](auto cb) { return c.catalog->listDatabases(c.in.value("pattern"), cb); });
    if (!r) return fail(r.error());
    printNames(*r, c.json);
    return kOk;
}

int tables(CommandContext& c) {
    const auto& a = c.in.arguments();
    auto r = await<std::vector<std::string>>(
        [&](auto cb) { return c.catalog->listTables(a[0], c.in.value("pattern"), cb); });
    if (!r) return fail(r.error());
    printNames(*r, c.json);
    return kOk;
}

int findTables(CommandContext& c) {
    auto r = allPages<Identifier>(
        [&](const std::optional<std::string>& token, Callback<Page<Identifier>> cb) {
            TablesRequest request;
            request.maxResults = Catalog::kBulkPageSize;
            request.pageToken = token;
            request.databaseNamePattern = c.in.value("database-pattern");
            request.tableNamePattern = c.in.value("pattern");
            return c.catalog->listTablesGloballyPage(request, std::move(cb));
        });
    if (!r) return fail(r.error());
    if (c.json) {
        nlohmann::ordered_json list = nlohmann::ordered_json::array();
        for (const auto& id : *r)
            list.push_back(codec::toJson(id));
        std::cout << dumpJson(list, 2) << "\n";
    } else {
        for (const auto& id : *r)
            std::cout << id.fullName() << "\n";
    }
    return kOk;
}

int tableDetails(CommandContext& c) {
    const std::string& db = c.in.arguments()[0];
    auto r = allPages<TableInfo>(
        [&](const std::optional<std::string>& token, Callback<Page<TableInfo>> cb) {
            ListRequest request;
            request.maxResults = Catalog::kBulkPageSize;
            request.pageToken = token;
            request.namePattern = c.in.value("pattern");
            return c.catalog->listTableDetailsPage(db, request, std::move(cb));
        });
    if (!r) return fail(r.error());
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const auto& t : *r)
        list.push_back(codec::toJson(t));
    std::cout << dumpJson(list, 2) << "\n";
    return kOk;
}

int show(CommandContext& c) {
    const auto& a = c.in.arguments();
    const Identifier id{a[0], a[1]};
    std::optional<DefinitionFormat> format;
    if (auto name = c.in.value("format")) {
        format = parseDefinitionFormat(*name);
        if (!format) throw UsageError{"--format must be flink, spark or json"};
    }
    auto r = await<TableInfo>([&](auto cb) { return c.catalog->getTable(id, cb); });
    if (!r) return fail(r.error());
    if (!format) {
        std::cout << dumpJson(nlohmann::json::parse(codec::encode(*r)), 2) << "\n";
    } else {
        std::cout << renderDefinition(*format, id, r->schema);
    }
    return kOk;
}

int exportDefinitions(CommandContext& c) {
    const auto& p = c.in.arguments();
    auto formatName = c.in.value("format");
    auto f = formatName ? parseDefinitionFormat(*formatName) : std::nullopt;
    if (!f) throw UsageError{"export needs --format flink|spark|json"};
    auto out = c.in.value("out");
    if (!out) throw UsageError{"export needs --out PATH"};
    ExportScope scope;
    if (p.empty()) {
        scope.allDatabases = true;
    } else if (p.size() == 1) {
        scope.databases = {p[0]};
    } else {
        for (size_t i = 1; i < p.size(); ++i)
            scope.tables.push_back({p[0], p[i]});
    }
    ExportSettings settings{*f, fs::path(*out), c.in.isSet("split"), 8};
    auto report = await<ExportReport>([&](auto cb) {
        auto job = TableExport::start(c.catalog, scope, settings, nullptr, cb);
        return Cancellation([job] { job->cancel(); });
    });
    if (!report) return fail(report.error());
    int lastExit = kOk;
    for (const auto& failure : report->failures) {
        std::cerr << "paimon-catalog: " << failure.what << ": " << failure.error.describe() << "\n";
        lastExit = exitFor(failure.error);
    }
    std::cerr << "exported " << report->exported << " of "
              << report->exported + report->failures.size()
              << " object(s): " << report->exported - report->views - report->functions
              << " table(s), " << report->views << " view(s), " << report->functions
              << " function(s)\n";
    return lastExit;
}

int apply(CommandContext& c) {
    auto from = c.in.value("from");
    if (!from) throw UsageError{"apply needs --from EXPORT_FILE_OR_FOLDER"};
    auto definitions = readJsonExport(*from);
    if (!definitions) return fail(definitions.error());
    ApplyOptions options;
    options.alter = c.in.isSet("alter");
    options.dryRun = c.in.isSet("dry-run");
    int lastExit = kOk;
    auto report = await<ApplyReport>([&](Callback<ApplyReport> finished) {
        // Each outcome as it is known: a long apply shows its progress.
        auto job = ApplyJob::start(
            c.catalog, std::move(*definitions),
            [&](const ApplyOutcome& o) {
                using K = ApplyOutcome::Kind;
                const std::string name = (o.object == ApplyOutcome::Object::Table
                                              ? std::string()
                                              : std::string(objectName(o.object)) + " ") +
                                         o.table.fullName();
                auto writes = [&] {
                    for (const auto& op : o.writes) {
                        if (o.kind == K::Altered) {
                            for (const auto& line : describeWrite(op))
                                std::cout << "         " << line << "\n";
                        }
                        if (options.dryRun) printPreview(c, op, "         ");
                    }
                    for (const auto& w : o.warnings)
                        std::cout << "         warning: " << w << "\n";
                    std::cout.flush();
                };
                if (o.kind == K::Created) {
                    std::cout << (options.dryRun ? "would create  " : "created  ") << name << "\n";
                    writes();
                }
                if (o.kind == K::Altered) {
                    std::cout << (options.dryRun ? "would alter  " : "altered  ") << name << "\n";
                    writes();
                }
                if (o.kind == K::Differs || o.kind == K::NeedsRecreate) {
                    std::cout << (o.kind == K::Differs ? "differs  " : "recreate ") << name << "\n";
                    for (const auto& change : o.differences)
                        std::cout << "         " << describeSchemaChange(change) << "\n";
                    for (const auto& note : o.notes)
                        std::cout << "         " << note << "\n";
                    std::cout.flush();
                }
                if (o.kind == K::Failed) {
                    std::cerr << "paimon-catalog: " << name << ": " << o.error->describe() << "\n";
                    lastExit = exitFor(*o.error);
                }
            },
            std::move(finished), options);
        return Cancellation([job] { job->cancel(); });
    });
    using K = ApplyOutcome::Kind;
    std::cerr << report->count(K::Created) << (options.dryRun ? " to create, " : " created, ");
    if (options.alter)
        std::cerr << report->count(K::Altered) << (options.dryRun ? " to alter, " : " altered, ");
    std::cerr << report->count(K::Same) << " already the same, ";
    if (options.alter) {
        std::cerr << report->count(K::NeedsRecreate) << " needing a recreate, ";
    } else {
        std::cerr << report->count(K::Differs) << " different, ";
    }
    std::cerr << report->count(K::Failed) << " failed\n";
    if (report->count(K::Failed)) return lastExit;
    return report->count(K::NeedsRecreate) ? kDifferences : kOk;
}

int createDatabase(CommandContext& c) {
    Options options;
    for (const auto& kv : c.in.values("option"))
        options.insert(keyValue(kv, "--option"));
    const std::string& db = c.in.arguments()[0];
    return done(await<Unit>([&](auto cb) { return c.catalog->createDatabase(db, options, cb); }));
}

int alterDatabase(CommandContext& c) {
    Options updates;
    for (const auto& kv : c.in.values("set"))
        updates.insert(keyValue(kv, "--set"));
    const std::string& db = c.in.arguments()[0];
    auto r = await<AlterDatabaseResult>(
        [&](auto cb) { return c.catalog->alterDatabase(db, c.in.values("remove"), updates, cb); });
    if (!r) return fail(r.error());
    if (c.json) {
        std::cout << dumpJson(nlohmann::json::parse(codec::encode(*r)), 2) << "\n";
    } else {
        for (const auto& k : r->updated)
            std::cout << "set      " << k << "\n";
        for (const auto& k : r->removed)
            std::cout << "removed  " << k << "\n";
        for (const auto& k : r->missing)
            std::cout << "missing  " << k << "\n";
    }
    return kOk;
}

int dropDatabase(CommandContext& c) {
    const std::string& db = c.in.arguments()[0];
    const bool cascade = c.in.isSet("cascade");
    return done(await<Unit>([&](auto cb) { return c.catalog->dropDatabase(db, cascade, cb); }));
}

int createTable(CommandContext& c) {
    const auto& a = c.in.arguments();
    auto file = c.in.value("schema");
    if (!file) throw UsageError{"create-table needs --schema FILE"};
    auto doc = json::Document::parse(readInput(*file), ErrorKind::BadRequest);
    if (!doc) return fail(doc.error());
    // Either a bare schema or a whole exported create-table request.
    const json::Value body = doc->root().member("schema").value_or(doc->root());
    auto schema = codec::schemaFromJson(body, ErrorKind::BadRequest);
    if (!schema) return fail(schema.error());
    return done(await<Unit>([&](auto cb) {
        return c.catalog->createTable({a[0], a[1]}, *schema, cb);
    }));
}

int alterTable(CommandContext& c) {
    const auto& a = c.in.arguments();
    auto file = c.in.value("changes");
    if (!file) throw UsageError{"alter-table needs --changes FILE"};
    auto doc = json::Document::parse(readInput(*file), ErrorKind::BadRequest);
    if (!doc) return fail(doc.error());
    auto changes = codec::schemaChangesFromJson(doc->root(), ErrorKind::BadRequest);
    if (!changes) return fail(changes.error());
    return done(await<Unit>([&](auto cb) {
        return c.catalog->alterTable({a[0], a[1]}, *changes, cb);
    }));
}

int renameTable(CommandContext& c) {
    const auto& a = c.in.arguments();
    return done(await<Unit>([&](auto cb) {
        return c.catalog->renameTable({a[0], a[1]}, {a[2], a[3]}, cb);
    }));
}

int dropTable(CommandContext& c) {
    const auto& a = c.in.arguments();
    return done(await<Unit>([&](auto cb) { return c.catalog->dropTable({a[0], a[1]}, cb); }));
}

}  // namespace

const std::vector<CommandSpec>& commandTable() {
    // One command per entry: name, arguments, summary, help, options, arguments min/max, run.
    // clang-format off
    static const std::vector<CommandSpec> commands = {
        {"databases", "", "list databases (all pages; --pattern P)",
         "Lists every database (all pages). P is a SQL LIKE pattern: 'sales%'.",
         {"pattern", "output"}, 0, 0, databases},
        {"tables", "DB", "list the tables of DB (all pages; --pattern P)",
         "Lists every table of DB (all pages). P is a SQL LIKE pattern: 'ord%'.",
         {"pattern", "output"}, 1, 1, tables},
        {"find-tables", "", "tables of every database by name (--pattern P, --database-pattern P)",
         "Lists the tables of every database whose names match, as database.table (all pages).\n"
         "Both patterns are SQL LIKE prefix patterns; either may be left out.",
         {"pattern", "database-pattern", "output"}, 0, 0, findTables},
        {"table-details", "DB", "every table of DB with its schema, as JSON (--pattern P)",
         "Prints the tables of DB with their schemas as one JSON list (all pages, one request\n"
         "per page rather than one per table).",
         {"pattern"}, 1, 1, tableDetails},
        {"show", "DB TABLE", "the table as JSON, or --format flink|spark",
         "Prints the table as the server returns it (JSON), or its definition in a format.",
         {"format"}, 2, 2, show},
        {"export", "[DB [TABLE...]]",
         "definitions of the whole catalog, a database or some tables: --format "
         "flink|spark|json --out PATH [--split]",
         "Writes the definitions of the whole catalog, of DB, or of some tables of DB: into the\n"
         "file PATH, or with --split into PATH/<database>/<table>.<sql|json> (views and functions\n"
         "in PATH/<database>/views/ and functions/). A database's views and functions come with\n"
         "its tables: CREATE VIEW per dialect, CREATE FUNCTION where the dialect has one, all of\n"
         "them in JSON. Files are written whole or not at all; objects that fail are listed and\n"
         "the rest are exported.",
         {"format", "out", "split"}, 0, SIZE_MAX, exportDefinitions},
        {"create-database", "DB", "create DB (--option K=V)...", "Creates DB with options.",
         {"option"}, 1, 1, createDatabase},
        {"alter-database", "DB", "set (--set K=V) and remove (--remove K) options of DB",
         "Sets and removes options of DB and lists what was set, removed or missing.",
         {"set", "remove", "output"}, 1, 1, alterDatabase},
        {"drop-database", "DB", "drop DB (--cascade: with its tables)",
         "Drops DB; without --cascade a database that holds tables is refused.",
         {"cascade"}, 1, 1, dropDatabase},
        {"create-table", "DB TABLE", "create TABLE from --schema FILE (Paimon schema JSON)",
         "Creates TABLE from a Paimon schema JSON, or from a definition exported as JSON.\n"
         "FILE '-' reads standard input.",
         {"schema"}, 2, 2, createTable},
        {"alter-table", "DB TABLE", "apply --changes FILE, a JSON list of schema changes",
         "Applies a JSON list of schema changes in one request, e.g.\n"
         "[{\"action\":\"addColumn\",\"fieldNames\":[\"note\"],\"dataType\":\"STRING\"}].\n"
         "FILE '-' reads standard input.",
         {"changes"}, 2, 2, alterTable},
        {"rename-table", "DB TABLE NEW_DB NEW_TABLE", "rename or move a table",
         "Renames or moves a table.", {}, 4, 4, renameTable},
        {"drop-table", "DB TABLE", "drop the table", "Drops the table.", {}, 2, 2, dropTable},
        {"apply", "--from PATH [--alter]",
         "create the tables, views and functions of a JSON export (a file, or a folder of them) "
         "that the catalog lacks, with their databases; report the ones that differ, or with "
         "--alter change them to match",
         "Creates the tables, views and functions of a JSON export (a file, or a folder written\n"
         "with --split) that the catalog lacks, with their databases, and reports the ones that\n"
         "exist with a different definition. With --alter those are changed to match: columns\n"
         "matched by name (a renamed column is dropped and added), each change checked against\n"
         "Paimon's schema rules; what no change in place reaches (other partition keys, a type\n"
         "no cast reaches, a view's query) is listed as 'recreate' and left alone, and the exit\n"
         "status is then 8; what Paimon refuses only on a table with data (another primary key,\n"
         "an immutable option) is sent with a warning. With --dry-run nothing is sent: each request\n"
         "that would be is printed.",
         {"from", "alter", "dry-run"}, 0, 0, apply},
    };
    // clang-format on
    static const std::vector<CommandSpec> all = [] {
        std::vector<CommandSpec> joined = commands;
        for (const CommandSpec& c : historyCommands())
            joined.push_back(c);
        for (const CommandSpec& c : partitionCommands())
            joined.push_back(c);
        for (const CommandSpec& c : viewCommands())
            joined.push_back(c);
        for (const CommandSpec& c : findCommands())
            joined.push_back(c);
        for (const CommandSpec& c : compareCommands())
            joined.push_back(c);
        return joined;
    }();
    return all;
}

}  // namespace paimon::cli
