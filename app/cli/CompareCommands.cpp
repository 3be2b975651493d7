#include <iostream>

#include <nlohmann/json.hpp>

#include "app/cli/Cli.h"
#include "core/compare/AlterPlan.h"
#include "core/compare/CompareJob.h"
#include "core/json/Dump.h"

// paimon-catalog diff: two catalogs, databases or tables compared (core/compare/CompareJob.h),
// and the plan that makes --to match --from (core/compare/AlterPlan.h).

namespace paimon::cli {
namespace {

using ojson = nlohmann::ordered_json;

std::string orNone(const std::optional<std::string>& value) {
    return value ? *value : std::string("(none)");
}

ojson orNull(const std::optional<std::string>& value) {
    return value ? ojson(*value) : ojson(nullptr);
}

ojson orNull(const std::string& name) {
    return name.empty() ? ojson(nullptr) : ojson(name);
}

ojson differencesJson(const std::vector<Difference>& differences) {
    ojson out = ojson::array();
    for (const auto& d : differences)
        out.push_back({{"aspect", d.aspect}, {"from", orNull(d.left)}, {"to", orNull(d.right)}});
    return out;
}

std::string presenceWord(Presence p) {
    switch (p) {
        case Presence::Same:
            return "same";
        case Presence::Differs:
            return "differs";
        case Presence::OnlyLeft:
            return "only-from";
        case Presence::OnlyRight:
            return "only-to";
    }
    return {};
}

void printDifferences(const std::vector<Difference>& differences) {
    for (const auto& d : differences)
        std::cout << "    " << d.aspect << ": from " << orNone(d.left) << ", to " << orNone(d.right)
                  << "\n";
}

std::string padded(std::string word) {
    word.resize(std::max<size_t>(word.size() + 1, 12), ' ');
    return word;
}

ojson requestsJson(const Catalog& to, const WriteOperation& op) {
    ojson out = ojson::array();
    if (const RestRequests* requests = to.restRequests()) {
        for (const RestRequest& r : previewRequests(op, *requests)) {
            ojson j = {{"method", r.method}, {"target", r.target()}};
            j["body"] = r.body ? ojson::parse(*r.body) : ojson(nullptr);
            out.push_back(std::move(j));
        }
    }
    return out;
}

std::optional<std::string> targetOf(const Invocation& in, const char* option) {
    auto v = in.value(option);
    if (!v || v->empty()) throw UsageError{std::string("diff needs --") + option + " CATALOG"};
    return v;
}

int diff(CommandContext& c) {
    const std::string fromTarget = *targetOf(c.in, "from");
    const std::string toTarget = *targetOf(c.in, "to");
    CompareSide left, right;
    left.database = c.in.value("database");
    right.database = c.in.value("to-database");
    left.table = c.in.value("table");
    right.table = c.in.value("to-table");
    if ((left.table || right.table) && !left.database && !right.database)
        throw UsageError{"--table needs --database"};
    if (right.database && !left.database) throw UsageError{"--to-database needs --database"};
    if (right.table && !left.table) throw UsageError{"--to-table needs --table"};
    if (!right.database) right.database = left.database;
    if (!right.table) right.table = left.table;

    auto from = connectTo(c.in, fromTarget);
    if (!from) return fail(from.error());
    auto to = connectTo(c.in, toTarget);
    if (!to) return fail(to.error());
    left.catalog = *from;
    right.catalog = *to;

    auto compared = await<CatalogComparison>([&](const Callback<CatalogComparison>& done) {
        auto job = CompareJob::start(left, right, {},
                                     [done](CatalogComparison result) { done(std::move(result)); });
        return Cancellation([job] { job->cancel(); });
    });
    if (!compared) return fail(compared.error());
    const CatalogComparison& comparison = *compared;
    const AlterPlan plan = planToMatch(comparison);

    if (c.json) {
        ojson out;
        out["databases"] = ojson::array();
        for (const auto& d : comparison.databases) {
            ojson db = {{"from", orNull(d.leftName)},
                        {"to", orNull(d.rightName)},
                        {"presence", presenceWord(d.presence)},
                        {"differences", differencesJson(d.differences)}};
            db["objects"] = ojson::array();
            for (const auto& o : d.objects) {
                db["objects"].push_back({{"kind", compareKindName(o.kind)},
                                         {"from", orNull(o.leftName)},
                                         {"to", orNull(o.rightName)},
                                         {"presence", presenceWord(o.presence)},
                                         {"differences", differencesJson(o.differences)}});
            }
            out["databases"].push_back(std::move(db));
        }
        ojson steps = ojson::array();
        for (const auto& s : plan.steps) {
            steps.push_back({{"description", describeStep(s.op)},
                             {"warnings", s.warnings},
                             {"requests", requestsJson(**to, s.op)}});
        }
        ojson recreate = ojson::array();
        for (const auto& r : plan.recreate) {
            recreate.push_back({{"kind", compareKindName(r.kind)},
                                {"database", r.id.database},
                                {"name", r.id.object},
                                {"reason", r.reason}});
        }
        out["plan"] = {{"steps", steps}, {"recreate", recreate}, {"leftAlone", plan.leftAlone}};
        out["notCompared"] = ojson::array();
        for (const auto& p : comparison.problems)
            out["notCompared"].push_back({{"what", p.what}, {"error", p.error.describe()}});
        std::cout << dumpJson(out, 2) << "\n";
    } else {
        for (const auto& d : comparison.databases) {
            if (!d.hasDifferences()) continue;
            const std::string dbName =
                d.leftName.empty() || d.rightName.empty() || d.leftName == d.rightName
                    ? d.name()
                    : d.leftName + " / " + d.rightName;
            if (d.presence != Presence::Same) {
                std::cout << padded(presenceWord(d.presence)) << "database " << dbName << "\n";
                printDifferences(d.differences);
            }
            for (const auto& o : d.objects) {
                if (o.presence == Presence::Same) continue;
                const std::string objectName =
                    o.leftName.empty() || o.rightName.empty() || o.leftName == o.rightName
                        ? o.name()
                        : o.leftName + " / " + o.rightName;
                std::cout << padded(presenceWord(o.presence)) << compareKindName(o.kind) << " "
                          << dbName << "." << objectName << "\n";
                printDifferences(o.differences);
            }
        }
        if (!plan.steps.empty()) {
            std::cout << "\nThe plan that makes --to match --from:\n";
            size_t n = 0;
            for (const auto& s : plan.steps) {
                const auto lines = describeStep(s.op);
                std::string number = std::to_string(++n) + ".";
                number.resize(std::max<size_t>(number.size() + 1, 6), ' ');
                for (size_t i = 0; i < lines.size(); ++i)
                    std::cout << (i ? std::string(number.size(), ' ') : number) << lines[i] << "\n";
                for (const auto& w : s.warnings)
                    std::cout << "      warning: " << w << "\n";
            }
        }
        if (!plan.recreate.empty()) {
            std::cout << "\nNo change in place reaches these (drop and create them by hand):\n";
            for (const auto& r : plan.recreate)
                std::cout << "  " << compareKindName(r.kind) << " " << r.id.fullName() << ": "
                          << r.reason << "\n";
        }
        std::cout.flush();
    }
    for (const auto& p : comparison.problems)
        std::cerr << "paimon-catalog: " << p.what << ": "
                  << (p.error.kind == ErrorKind::NotImplemented
                          ? p.error.message
                          : "not compared: " + p.error.describe())
                  << "\n";
    std::cerr << comparison.count(Presence::Differs) << " differ, "
              << comparison.count(Presence::OnlyLeft) << " only in --from, "
              << comparison.count(Presence::OnlyRight) << " only in --to, "
              << comparison.count(Presence::Same) << " the same; the plan has " << plan.steps.size()
              << " step(s)"
              << (plan.recreate.empty()
                      ? std::string()
                      : ", " + std::to_string(plan.recreate.size()) + " need a recreate")
              << "\n";
    // A kind a side does not keep is said, not an error; anything else that failed is.
    for (const auto& p : comparison.problems)
        if (p.error.kind != ErrorKind::NotImplemented) return exitFor(p.error);
    return comparison.hasDifferences() ? kDifferences : kOk;
}

}  // namespace

const std::vector<CommandSpec>& compareCommands() {
    // clang-format off
    static const std::vector<CommandSpec> commands = {
        {"diff", "--from CATALOG --to CATALOG",
         "compare two catalogs (or databases, or tables) and print the plan that makes --to "
         "match --from",
         "Compares two catalogs, each a saved profile, an http(s) URI (with the connection\n"
         "options given) or a warehouse folder: databases, tables, views and functions by name,\n"
         "and in each object its columns (by name), types, nullability, keys, options and\n"
         "comments. --database DB (and --to-database when the other side's name differs)\n"
         "compares one database, --table T (and --to-table) one table. Prints what differs, then\n"
         "the plan that makes --to match --from (nothing only in --to is dropped) and what no\n"
         "change in place reaches; with --output json the same as one object, each step with\n"
         "the exact requests it sends. Exit 0 when nothing differs, 8 when something does,\n"
         "another status when a side could not be read.",
         {"from", "to", "database", "to-database", "table", "to-table", "output"}, 0, 0, diff,
         false},
    };
    // clang-format on
    return commands;
}

}  // namespace paimon::cli
