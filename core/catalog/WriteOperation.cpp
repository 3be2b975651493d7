#include "core/catalog/WriteOperation.h"

#include "core/json/Messages.h"
#include "core/util/Overloaded.h"
#include "core/util/Translate.h"

namespace paimon {
namespace {

std::string tableName(const Identifier& id) {
    return quoteIdentifier(id.database) + "." + quoteIdentifier(id.object);
}

std::string optionList(const Options& options) {
    std::string out;
    for (const auto& [k, v] : options) {
        if (!out.empty()) out += ", ";
        out += k + " = " + quoteStringLiteral(v);
    }
    return out;
}

}  // namespace

std::vector<RestRequest> previewRequests(const WriteOperation& op, const RestRequests& requests) {
    using List = std::vector<RestRequest>;
    return std::visit(
        Overloaded{
            [&](const write::CreateDatabase& w) -> List {
                return {requests.createDatabase(w.name, w.options)};
            },
            [&](const write::AlterDatabase& w) -> List {
                return {requests.alterDatabase(w.name, w.removals, w.updates)};
            },
            [&](const write::DropDatabase& w) -> List {
                if (w.cascade) return {requests.dropDatabase(w.name)};
                return {requests.databaseEmptinessProbe(w.name), requests.dropDatabase(w.name)};
            },
            [&](const write::CreateTable& w) -> List {
                return {requests.createTable(w.id, w.schema)};
            },
            [&](const write::AlterTable& w) -> List {
                return {requests.alterTable(w.id, w.changes)};
            },
            [&](const write::RenameTable& w) -> List {
                return {requests.renameTable(w.from, w.to)};
            },
            [&](const write::DropTable& w) -> List { return {requests.dropTable(w.id)}; },
        },
        op);
}

std::vector<std::string> describeWrite(const WriteOperation& op) {
    return std::visit(
        Overloaded{
            [](const write::CreateDatabase& w) -> std::vector<std::string> {
                const std::string name = quoteIdentifier(w.name);
                if (w.options.empty())
                    return {formatText(translate("paimon::WriteOperation", "Create database %1"),
                                       {name})};
                return {
                    formatText(translate("paimon::WriteOperation", "Create database %1 with %2"),
                               {name, optionList(w.options)})};
            },
            [](const write::AlterDatabase& w) -> std::vector<std::string> {
                std::vector<std::string> out;
                const std::string name = quoteIdentifier(w.name);
                for (const auto& [k, v] : w.updates) {
                    out.push_back(
                        formatText(translate("paimon::WriteOperation", "Set option %1 = %2 on %3"),
                                   {k, quoteStringLiteral(v), name}));
                }
                for (const auto& k : w.removals)
                    out.push_back(
                        formatText(translate("paimon::WriteOperation", "Remove option %1 from %2"),
                                   {k, name}));
                if (out.empty())
                    out.push_back(translate("paimon::WriteOperation", "Nothing to change"));
                return out;
            },
            [](const write::DropDatabase& w) -> std::vector<std::string> {
                return {formatText(
                    w.cascade ? translate("paimon::WriteOperation",
                                          "Drop database %1 with all its tables")
                              : translate("paimon::WriteOperation", "Drop the empty database %1"),
                    {quoteIdentifier(w.name)})};
            },
            [](const write::CreateTable& w) -> std::vector<std::string> {
                const size_t n = w.schema.fields.size();
                return {formatText(
                    n == 1 ? translate("paimon::WriteOperation", "Create table %1 with 1 column")
                           : translate("paimon::WriteOperation", "Create table %1 with %2 columns"),
                    {tableName(w.id), std::to_string(n)})};
            },
            [](const write::AlterTable& w) -> std::vector<std::string> {
                std::vector<std::string> out;
                for (const auto& c : w.changes)
                    out.push_back(describeSchemaChange(c));
                if (out.empty())
                    out.push_back(translate("paimon::WriteOperation", "Nothing to change"));
                return out;
            },
            [](const write::RenameTable& w) -> std::vector<std::string> {
                return {formatText(translate("paimon::WriteOperation", "Rename table %1 to %2"),
                                   {tableName(w.from), tableName(w.to)})};
            },
            [](const write::DropTable& w) -> std::vector<std::string> {
                return {
                    formatText(translate("paimon::WriteOperation", "Drop table %1 and its data"),
                               {tableName(w.id)})};
            },
        },
        op);
}

std::optional<Error> checkWrite(const WriteOperation& op) {
    // The catalogs' own refusals, so that a form says what is wrong before Apply.
    auto database = [](const std::string& name) -> std::optional<Error> {
        if (auto e = checkObjectName(name, "the database")) return e;
        return checkNotSystemDatabase(name);
    };
    return std::visit(
        Overloaded{
            [&](const write::CreateDatabase& w) { return database(w.name); },
            [&](const write::AlterDatabase& w) { return database(w.name); },
            [&](const write::DropDatabase& w) { return database(w.name); },
            [](const write::CreateTable& w) { return checkDataTable(w.id, "createTable"); },
            [](const write::AlterTable& w) { return checkDataTable(w.id, "alterTable"); },
            [](const write::RenameTable& w) {
                if (auto e = checkDataTable(w.from, "renameTable")) return e;
                return checkDataTable(w.to, "renameTable");
            },
            [](const write::DropTable& w) { return checkDataTable(w.id, "dropTable"); },
        },
        op);
}

Cancellation submitWrite(Catalog& catalog, const WriteOperation& op, Callback<Unit> done) {
    return std::visit(
        Overloaded{
            [&](const write::CreateDatabase& w) {
                return catalog.createDatabase(w.name, w.options, std::move(done));
            },
            [&](const write::AlterDatabase& w) {
                return catalog.alterDatabase(
                    w.name, w.removals, w.updates,
                    [done = std::move(done)](Result<AlterDatabaseResult> r) {
                        if (!r) return done(r.takeError());
                        done(Unit{});
                    });
            },
            [&](const write::DropDatabase& w) {
                return catalog.dropDatabase(w.name, w.cascade, std::move(done));
            },
            [&](const write::CreateTable& w) {
                return catalog.createTable(w.id, w.schema, std::move(done));
            },
            [&](const write::AlterTable& w) {
                return catalog.alterTable(w.id, w.changes, std::move(done));
            },
            [&](const write::RenameTable& w) {
                return catalog.renameTable(w.from, w.to, std::move(done));
            },
            [&](const write::DropTable& w) { return catalog.dropTable(w.id, std::move(done)); },
        },
        op);
}

}  // namespace paimon
