#include <iostream>

#include <nlohmann/json.hpp>

#include "app/cli/Cli.h"
#include "core/catalog/Search.h"
#include "core/json/Dump.h"

// paimon-catalog find: databases, tables, views and functions by the start of their names,
// across every database (core/catalog/Search.h).

namespace paimon::cli {
namespace {

int find(CommandContext& c) {
    const std::string text = c.in.arguments()[0];
    if (text.empty()) throw UsageError{"find needs the start of a name"};
    std::vector<SearchHit> hits;
    auto refusals =
        await<std::vector<SearchRefusal>>([&](const Callback<std::vector<SearchRefusal>>& cb) {
            auto search = CatalogSearch::start(
                c.catalog, text, {},
                [&](std::vector<SearchHit> batch) {
                    hits.insert(hits.end(), std::make_move_iterator(batch.begin()),
                                std::make_move_iterator(batch.end()));
                },
                [cb](std::vector<SearchRefusal> r) { cb(std::move(r)); });
            return Cancellation([search] { search->cancel(); });
        });
    if (!refusals) return fail(refusals.error());
    if (c.json) {
        nlohmann::ordered_json out;
        out["hits"] = nlohmann::ordered_json::array();
        for (const SearchHit& h : hits) {
            nlohmann::ordered_json j;
            j["kind"] = searchKindName(h.kind);
            j["database"] = h.id.database;
            if (h.kind != SearchHit::Kind::Database) j["name"] = h.id.object;
            out["hits"].push_back(std::move(j));
        }
        out["notSearched"] = nlohmann::ordered_json::array();
        for (const SearchRefusal& r : *refusals)
            out["notSearched"].push_back({{"what", r.what}, {"error", r.error.describe()}});
        std::cout << dumpJson(out, 2) << "\n";
    } else {
        for (const SearchHit& h : hits) {
            std::cout << searchKindName(h.kind) << "\t"
                      << (h.kind == SearchHit::Kind::Database ? h.id.database : h.id.fullName())
                      << "\n";
        }
    }
    // What could not be searched is said, never skipped in silence.
    for (const SearchRefusal& r : *refusals)
        std::cerr << "paimon-catalog: not searched: " << r.what << ": " << r.error.describe()
                  << "\n";
    if (!hits.empty()) return kOk;
    return refusals->empty() ? kNotFound : exitFor(refusals->front().error);
}

}  // namespace

const std::vector<CommandSpec>& findCommands() {
    // clang-format off
    static const std::vector<CommandSpec> commands = {
        {"find", "TEXT", "databases, tables, views and functions whose names start with TEXT",
         "Finds the databases, tables, views and functions whose names start with TEXT, in every\n"
         "database, opened or not: through the catalog's listings across databases where it has\n"
         "them, else each database's own listing (servers match the start of a name only).\n"
         "One 'KIND<TAB>NAME' a line, or with --output json {\"hits\":[...],\"notSearched\":[...]}.\n"
         "What the catalog refused to search is named on standard error. Exit 0 when something\n"
         "was found, 3 when nothing was.", {"output"}, 1, 1, find},
    };
    // clang-format on
    return commands;
}

}  // namespace paimon::cli
