#include <iostream>

#include <nlohmann/json.hpp>

#include "app/cli/Cli.h"
#include "core/json/Dump.h"
#include "core/json/Messages.h"

// The commands of views and functions (OBJECTS.md §7, §8): list, show, create from a JSON
// file, alter by a JSON list of changes, rename (views), drop.

namespace paimon::cli {
namespace {

// A list of changes as a file holds it: the request ({"changes":[...]}) or the bare list.
std::string changesBody(const std::string& text) {
    const size_t first = text.find_first_not_of(" \t\r\n");
    if (first != std::string::npos && text[first] == '[') return "{\"changes\":" + text + "}";
    return text;
}

Identifier objectOf(const CommandContext& c) {
    const auto& a = c.in.arguments();
    return {a[0], a[1]};
}

std::string fileOption(const CommandContext& c, const char* option, const char* command) {
    auto file = c.in.value(option);
    if (!file) throw UsageError{std::string(command) + " needs --" + option + " FILE"};
    return readInput(*file);
}

void printFields(const char* title, const std::vector<DataField>& fields) {
    std::cout << title << "\n";
    for (const DataField& f : fields) {
        std::cout << "  " << f.name << " " << f.type.sql();
        if (f.description) std::cout << "  -- " << *f.description;
        std::cout << "\n";
    }
}

// Every name of a paged listing of DB (the first argument), --pattern applied.
int listNames(CommandContext& c,
              Cancellation (Catalog::*page)(const std::string&, const ListRequest&,
                                            Callback<Page<std::string>>)) {
    const std::string db = c.in.arguments()[0];
    ListRequest first;
    first.maxResults = Catalog::kBulkPageSize;
    first.namePattern = c.in.value("pattern");
    auto all = await<std::vector<std::string>>([&](auto cb) {
        return collectAllPages(
            [&](const ListRequest& r, Callback<Page<std::string>> done) {
                return ((*c.catalog).*page)(db, r, std::move(done));
            },
            first, cb);
    });
    if (!all) return fail(all.error());
    printNames(*all, c.json);
    return kOk;
}

int views(CommandContext& c) {
    return listNames(c, &Catalog::listViewsPage);
}

int showView(CommandContext& c) {
    auto v = await<ViewInfo>([&](auto cb) { return c.catalog->getView(objectOf(c), cb); });
    if (!v) return fail(v.error());
    if (auto dialect = c.in.value("dialect")) {
        auto it = v->schema.dialects.find(*dialect);
        if (it == v->schema.dialects.end()) {
            Error e = makeError(ErrorKind::NotFound, "View " + objectOf(c).fullName() +
                                                         " has no query for dialect " + *dialect);
            e.resourceType = "DIALECT";
            e.resourceName = *dialect;
            return fail(e);
        }
        std::cout << it->second << "\n";
        return kOk;
    }
    if (c.json) {
        std::cout << dumpJson(nlohmann::ordered_json::parse(codec::encode(*v)), 2) << "\n";
        return kOk;
    }
    std::cout << "VIEW " << v->database << "." << v->name << "\n";
    if (v->schema.comment) std::cout << "COMMENT " << *v->schema.comment << "\n";
    printFields("COLUMNS", v->schema.fields);
    std::cout << "QUERY\n" << v->schema.query << "\n";
    for (const auto& [dialect, query] : v->schema.dialects)
        std::cout << "DIALECT " << dialect << "\n" << query << "\n";
    for (const auto& [k, value] : v->schema.options)
        std::cout << "OPTION " << k << " = " << value << "\n";
    return kOk;
}

int createView(CommandContext& c) {
    const Identifier id = objectOf(c);
    auto doc = nlohmann::ordered_json::parse(fileOption(c, "from", "create-view"), nullptr, false);
    if (!doc.is_object()) {
        return fail(makeError(ErrorKind::BadRequest, "the view file is not a JSON object"));
    }
    // A view as show-view --output json prints it, a create-view request, or a bare schema.
    nlohmann::ordered_json request = nlohmann::ordered_json::object();
    request["identifier"] = {{"database", id.database}, {"object", id.object}};
    request["schema"] = doc.contains("schema") ? doc["schema"] : doc;
    auto schema = codec::decodeCreateViewRequest(request.dump());
    if (!schema) return fail(schema.error());
    return runWrite(c, write::CreateView{id, schema->schema});
}

int alterView(CommandContext& c) {
    auto changes =
        codec::decodeAlterViewRequest(changesBody(fileOption(c, "changes", "alter-view")));
    if (!changes) return fail(changes.error());
    return runWrite(c, write::AlterView{objectOf(c), *changes});
}

int renameView(CommandContext& c) {
    const auto& a = c.in.arguments();
    return runWrite(c, write::RenameView{{a[0], a[1]}, {a[2], a[3]}});
}

int dropView(CommandContext& c) {
    return runWrite(c, write::DropView{objectOf(c)});
}

int functions(CommandContext& c) {
    return listNames(c, &Catalog::listFunctionsPage);
}

const char* typeName(FunctionDefinition::Type t) {
    switch (t) {
        case FunctionDefinition::Type::File:
            return "file";
        case FunctionDefinition::Type::Sql:
            return "sql";
        case FunctionDefinition::Type::Lambda:
            return "lambda";
    }
    return "?";
}

int showFunction(CommandContext& c) {
    auto f = await<FunctionInfo>([&](auto cb) { return c.catalog->getFunction(objectOf(c), cb); });
    if (!f) return fail(f.error());
    if (c.json) {
        std::cout << dumpJson(nlohmann::ordered_json::parse(codec::encode(*f)), 2) << "\n";
        return kOk;
    }
    std::cout << "FUNCTION " << f->database << "." << f->name
              << (f->deterministic ? " (deterministic)" : " (not deterministic)") << "\n";
    if (f->comment) std::cout << "COMMENT " << *f->comment << "\n";
    if (f->inputParams) printFields("PARAMETERS", *f->inputParams);
    if (f->returnParams) printFields("RETURNS", *f->returnParams);
    for (const auto& [engine, d] : f->definitions) {
        std::cout << "DEFINITION " << engine << " (" << typeName(d.type) << ")\n";
        if (d.type == FunctionDefinition::Type::File) {
            for (const auto& r : d.fileResources)
                std::cout << "  " << r.resourceType << " " << r.uri << "\n";
            if (d.className) std::cout << "  class " << *d.className << "\n";
            if (d.functionName) std::cout << "  method " << *d.functionName << "\n";
        } else {
            std::cout << "  " << d.definition << "\n";
        }
        if (d.language) std::cout << "  language " << *d.language << "\n";
    }
    for (const auto& [k, value] : f->options)
        std::cout << "OPTION " << k << " = " << value << "\n";
    return kOk;
}

int createFunction(CommandContext& c) {
    const Identifier id = objectOf(c);
    std::string text = fileOption(c, "from", "create-function");
    auto f = codec::decodeCreateFunctionRequest(text);
    if (!f) {
        // A file without a name (the function's is the command's): named, then read again.
        auto doc = nlohmann::ordered_json::parse(text, nullptr, false);
        if (doc.is_object() && !doc.contains("name")) {
            doc["name"] = id.object;
            f = codec::decodeCreateFunctionRequest(doc.dump());
        }
    }
    if (!f) return fail(f.error());
    f->name = id.object;
    f->database = id.database;
    return runWrite(c, write::CreateFunction{id, *f});
}

int alterFunction(CommandContext& c) {
    auto changes =
        codec::decodeAlterFunctionRequest(changesBody(fileOption(c, "changes", "alter-function")));
    if (!changes) return fail(changes.error());
    return runWrite(c, write::AlterFunction{objectOf(c), *changes});
}

int dropFunction(CommandContext& c) {
    return runWrite(c, write::DropFunction{objectOf(c)});
}

}  // namespace

const std::vector<CommandSpec>& viewCommands() {
    // clang-format off
    static const std::vector<CommandSpec> commands = {
        {"views", "DB", "the views of DB (all pages; --pattern P)",
         "Lists the views of DB by name, all pages; --pattern keeps the names that match a SQL\n"
         "LIKE prefix pattern ('sales%').", {"pattern", "output"}, 1, 1, views},
        {"show-view", "DB VIEW", "a view: columns, query per dialect, options (--dialect D)",
         "Prints VIEW: its columns, its query, its query per dialect and its options; --dialect D\n"
         "prints that dialect's query only (exit 3 when it has none); --output json the view as\n"
         "the server sends it.", {"dialect", "output"}, 2, 2, showView},
        {"create-view", "DB VIEW --from FILE", "create a view from a JSON file",
         "Creates VIEW from FILE: a view as show-view --output json prints it, or its schema\n"
         "({\"fields\":[...],\"query\":\"...\",\"dialects\":{\"flink\":\"...\"},\"options\":{}}).\n"
         "FILE '-' reads standard input. --dry-run prints the request only.",
         {"from", "dry-run"}, 2, 2, createView},
        {"alter-view", "DB VIEW --changes FILE", "apply a JSON list of view changes",
         "Applies a JSON list of view changes in one request, all or none, e.g.\n"
         "[{\"action\":\"addDialect\",\"dialect\":\"spark\",\"query\":\"SELECT ...\"}]; the actions\n"
         "are setOption, removeOption, updateComment, addDialect, updateDialect, dropDialect.\n"
         "--dry-run prints the request only.", {"changes", "dry-run"}, 2, 2, alterView},
        {"rename-view", "DB VIEW NEW_DB NEW_VIEW", "rename or move a view",
         "Renames or moves a view; --dry-run prints the request only.", {"dry-run"}, 4, 4,
         renameView},
        {"drop-view", "DB VIEW", "drop a view",
         "Drops the view; --dry-run prints the request only.", {"dry-run"}, 2, 2, dropView},
        {"functions", "DB", "the functions of DB (all pages; --pattern P)",
         "Lists the functions of DB by name, all pages; --pattern P as for views.",
         {"pattern", "output"}, 1, 1, functions},
        {"show-function", "DB FUNCTION", "a function: parameters, definitions, options",
         "Prints FUNCTION: its parameters and return type, whether it is deterministic, its\n"
         "definition per engine (SQL, a file's class, a lambda) and its options; --output json\n"
         "the function as the server sends it.", {"output"}, 2, 2, showFunction},
        {"create-function", "DB FUNCTION --from FILE", "create a function from a JSON file",
         "Creates FUNCTION from FILE, a function as show-function --output json prints it\n"
         "(its name is FUNCTION's). Names are ASCII letters, digits, '.', '_' and '-', with a\n"
         "letter. FILE '-' reads standard input. --dry-run prints the request only.",
         {"from", "dry-run"}, 2, 2, createFunction},
        {"alter-function", "DB FUNCTION --changes FILE", "apply a JSON list of function changes",
         "Applies a JSON list of function changes in one request, all or none; the actions are\n"
         "setOption, removeOption, updateComment, addDefinition, updateDefinition,\n"
         "dropDefinition. --dry-run prints the request only.", {"changes", "dry-run"}, 2, 2,
         alterFunction},
        {"drop-function", "DB FUNCTION", "drop a function",
         "Drops the function; --dry-run prints the request only.", {"dry-run"}, 2, 2,
         dropFunction},
    };
    // clang-format on
    return commands;
}

}  // namespace paimon::cli
