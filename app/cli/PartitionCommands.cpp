#include <charconv>
#include <iomanip>
#include <iostream>

#include <nlohmann/json.hpp>

#include "app/cli/Cli.h"
#include "core/json/Dump.h"
#include "core/json/JsonValue.h"
#include "core/json/Messages.h"
#include "core/util/Time.h"

// The commands of a table's partitions (OBJECTS.md §6): listing, create, drop, mark done. Every
// write takes --dry-run, which prints the exact request and sends nothing.

namespace paimon::cli {
namespace {

Identifier tableOf(const CommandContext& c) {
    const auto& a = c.in.arguments();
    return {a[0], a[1]};
}

// A partition as given on the command line: its name, "dt=2025-01-01/hr=5", or a JSON object
// ({"dt":"a/b"}) for values a name cannot hold.
PartitionSpec parseSpec(const std::string& text) {
    PartitionSpec spec;
    if (!text.empty() && text.front() == '{') {
        auto doc = json::Document::parse(text, ErrorKind::BadRequest);
        if (!doc || !doc->root().isObject()) {
            throw UsageError{"'" + text + "' is not a JSON object of partition keys and values"};
        }
        for (const auto& [k, v] : doc->root().members()) {
            if (!v.isString()) throw UsageError{"partition values must be strings: " + text};
            spec.emplace_back(std::string(k), std::string(v.string()));
        }
        return spec;
    }
    size_t start = 0;
    while (start <= text.size()) {
        const size_t slash = text.find('/', start);
        const std::string part =
            text.substr(start, slash == std::string::npos ? std::string::npos : slash - start);
        const size_t eq = part.find('=');
        if (eq == std::string::npos || eq == 0) {
            throw UsageError{"'" + text +
                             "' is not a partition: give key=value pairs joined by "
                             "'/' (dt=2025-01-01/hr=5), or a JSON object"};
        }
        spec.emplace_back(part.substr(0, eq), part.substr(eq + 1));
        if (slash == std::string::npos) break;
        start = slash + 1;
    }
    return spec;
}

std::vector<PartitionSpec> specsOf(const CommandContext& c) {
    std::vector<PartitionSpec> specs;
    const auto& a = c.in.arguments();
    for (size_t i = 2; i < a.size(); ++i)
        specs.push_back(parseSpec(a[i]));
    return specs;
}

std::string timeText(int64_t millis) {
    if (millis <= 0) return "-";
    return formatIso8601Utc(fromEpochMillis(millis));
}

std::string figure(int64_t v) {
    return v < 0 ? "-" : std::to_string(v);  // negative: never measured
}

int partitions(CommandContext& c) {
    const Identifier id = tableOf(c);
    std::optional<int64_t> limit;
    if (c.in.value("limit")) {
        const std::string text = *c.in.value("limit");
        int64_t v = 0;
        auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
        if (ec != std::errc() || end != text.data() + text.size() || v <= 0) {
            throw UsageError{"--limit needs a positive integer, not '" + text + "'"};
        }
        limit = v;
    }
    // Page by page, descending by name, until the limit or the last page.
    ListRequest request;
    request.namePattern = c.in.value("pattern");
    auto listed = pagesUpTo<Partition>(
        limit, request, [&](const ListRequest& r, Callback<Page<Partition>> done) {
            return c.catalog->listPartitionsPage(id, r, std::move(done));
        });
    if (!listed) return fail(listed.error());
    std::vector<Partition>& all = *listed;
    if (c.json) {
        auto listed = nlohmann::ordered_json::parse(codec::encodeListPartitions({all, {}}));
        std::cout << dumpJson(listed["partitions"], 2) << "\n";
        return kOk;
    }
    size_t width = 9;
    for (const Partition& p : all)
        width = std::max(width, p.name().size());
    std::cout << std::left << std::setw(static_cast<int>(width + 2)) << "PARTITION" << std::right
              << std::setw(14) << "ROWS" << std::setw(8) << "FILES" << std::setw(16) << "BYTES"
              << std::setw(9) << "BUCKETS"
              << "  " << std::left << std::setw(22) << "LAST FILE (UTC)"
              << "DONE\n";
    int64_t rows = 0, files = 0, bytes = 0;
    for (const Partition& p : all) {
        std::cout << std::left << std::setw(static_cast<int>(width + 2)) << p.name() << std::right
                  << std::setw(14) << figure(p.recordCount) << std::setw(8) << figure(p.fileCount)
                  << std::setw(16) << figure(p.fileSizeInBytes) << std::setw(9)
                  << figure(p.totalBuckets) << "  " << std::left << std::setw(22)
                  << timeText(p.lastFileCreationTime) << (p.done ? "yes" : "no") << "\n";
        rows += std::max<int64_t>(p.recordCount, 0);
        files += std::max<int64_t>(p.fileCount, 0);
        bytes += std::max<int64_t>(p.fileSizeInBytes, 0);
    }
    std::cerr << all.size() << " partitions, " << rows << " rows, " << files << " files, " << bytes
              << " bytes\n";
    return kOk;
}

void printSpecs(const char* label, const std::vector<PartitionSpec>& specs) {
    for (const PartitionSpec& s : specs)
        std::cout << label << " " << partitionName(s) << "\n";
}

int createPartitions(CommandContext& c) {
    const Identifier id = tableOf(c);
    CreatePartitionsRequest request;
    request.partitionSpecs = specsOf(c);
    request.ignoreIfExists = !c.in.isSet("fail-if-exists");
    auto refused = checkHistoryTable(id, "createPartitions");
    if (!refused) refused = checkPartitionSpecs(request.partitionSpecs);
    if (refused) return fail(*refused);
    if (c.in.isSet("dry-run")) {
        return printDryRun(c,
                           [&](const RestRequests& r) { return r.createPartitions(id, request); });
    }
    auto answer = await<CreatePartitionsResponse>(
        [&](auto cb) { return c.catalog->createPartitions(id, request, cb); });
    if (!answer) return fail(answer.error());
    printSpecs("created", answer->created);
    printSpecs("existed", answer->existed);
    return kOk;
}

int dropPartitions(CommandContext& c) {
    const Identifier id = tableOf(c);
    DropPartitionsRequest request{specsOf(c), !c.in.isSet("fail-if-missing")};
    auto refused = checkHistoryTable(id, "dropPartitions");
    if (!refused) refused = checkPartitionSpecs(request.partitionSpecs);
    if (refused) return fail(*refused);
    if (c.in.isSet("dry-run")) {
        return printDryRun(c, [&](const RestRequests& r) { return r.dropPartitions(id, request); });
    }
    auto answer = await<DropPartitionsResponse>(
        [&](auto cb) { return c.catalog->dropPartitions(id, request, cb); });
    if (!answer) return fail(answer.error());
    printSpecs("dropped", answer->dropped);
    printSpecs("missing", answer->missing);
    return kOk;
}

int markPartitionsDone(CommandContext& c) {
    return runWrite(c, write::MarkPartitionsDone{tableOf(c), specsOf(c)});
}

}  // namespace

const std::vector<CommandSpec>& partitionCommands() {
    // clang-format off
    static const std::vector<CommandSpec> commands = {
        {"partitions", "DB TABLE", "the table's partitions with rows, files, size and last update",
         "Lists the partitions of TABLE, descending by name, page by page: rows, files, bytes,\n"
         "buckets, the newest file's time and whether the partition was marked done ('-' is a\n"
         "figure the server never measured). --pattern keeps the names that match a SQL LIKE\n"
         "prefix pattern ('dt=2025-01%'); --limit N stops after N. The totals go to standard\n"
         "error. --output json prints the partitions as the server sent them.",
         {"pattern", "limit", "output"}, 2, 2, partitions},
        {"create-partitions", "DB TABLE PARTITION...", "register partitions (no data)",
         "Creates each PARTITION, given as its name (dt=2025-01-01/hr=5) or as a JSON object\n"
         "({\"dt\":\"a/b\"}) for values a name cannot hold. Partitions that exist are reported,\n"
         "or with --fail-if-exists refused (nothing is created). A server that keeps partitions\n"
         "only as data files answers that it cannot. --dry-run prints the request only.",
         {"fail-if-exists", "dry-run"}, 3, SIZE_MAX, createPartitions},
        {"drop-partitions", "DB TABLE PARTITION...", "drop partitions and their data",
         "Drops each PARTITION (a name or a JSON object, as for create-partitions). On a\n"
         "warehouse folder or our server the partitions' files leave the table in one OVERWRITE\n"
         "commit (the files stay until Paimon's orphan-file cleanup); another server decides\n"
         "itself what a drop does. Missing partitions are reported, or with --fail-if-missing\n"
         "refused. --dry-run prints the request only.",
         {"fail-if-missing", "dry-run"}, 3, SIZE_MAX, dropPartitions},
        {"mark-partitions-done", "DB TABLE PARTITION...", "mark partitions done",
         "Marks each PARTITION done (a name or a JSON object). On a warehouse folder or our\n"
         "server this writes the partition's _SUCCESS file, as Paimon's success-file action\n"
         "does. --dry-run prints the request only.",
         {"dry-run"}, 3, SIZE_MAX, markPartitionsDone},
    };
    // clang-format on
    return commands;
}

}  // namespace paimon::cli
