#include <charconv>
#include <iomanip>
#include <iostream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "app/cli/Cli.h"
#include "core/catalog/RestRequests.h"
#include "core/catalog/SchemaUsage.h"
#include "core/json/Dump.h"
#include "core/json/Messages.h"
#include "core/schema/SchemaDiff.h"
#include "core/schema/SchemaRules.h"
#include "core/util/Time.h"

// The commands of a table's life: snapshots, tags, branches, consumers and rollback
// (OBJECTS.md §2–§5). Every write takes --dry-run, which prints the exact request and sends
// nothing.

namespace paimon::cli {
namespace {

Identifier tableOf(const CommandContext& c) {
    const auto& a = c.in.arguments();
    return {a[0], a[1]};
}

int64_t integerOption(const CommandContext& c, const char* name) {
    const std::string text = *c.in.value(name);
    int64_t v = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec != std::errc() || end != text.data() + text.size() || v < 0) {
        throw UsageError{std::string("--") + name + " needs a non-negative integer, not '" + text +
                         "'"};
    }
    return v;
}

// A non-negative integer argument, or a usage error naming it.
int64_t integerArgument(const std::string& text, const char* name) {
    int64_t v = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec != std::errc() || end != text.data() + text.size() || v < 0) {
        throw UsageError{std::string(name) + " must be a non-negative integer, not '" + text + "'"};
    }
    return v;
}

std::optional<int64_t> optionalInteger(const CommandContext& c, const char* name) {
    if (!c.in.value(name)) return std::nullopt;
    return integerOption(c, name);
}

// A write: with --dry-run the request it would send is printed (after the same checks as the
// real call) and nothing is sent; otherwise it is sent.
int write(CommandContext& c, const std::optional<Error>& refused,
          const std::function<RestRequest(const RestRequests&)>& request,
          const std::function<Cancellation(Callback<Unit>)>& send) {
    if (refused) return fail(*refused);
    if (c.in.isSet("dry-run")) return printDryRun(c, request);
    return done(await<Unit>(send));
}

std::string timeText(int64_t millis) {
    if (millis <= 0) return "-";
    return formatIso8601Utc(fromEpochMillis(millis));
}

std::string countText(const std::optional<int64_t>& v) {
    return v ? std::to_string(*v) : "-";
}

int snapshots(CommandContext& c) {
    const Identifier id = tableOf(c);
    const std::optional<int64_t> limit = optionalInteger(c, "limit");
    // Page by page, newest first, until the limit or the last page.
    auto listed =
        pagesUpTo<Snapshot>(limit, {}, [&](const ListRequest& r, Callback<Page<Snapshot>> done) {
            return c.catalog->listSnapshotsPage(id, r, std::move(done));
        });
    if (!listed) return fail(listed.error());
    const std::vector<Snapshot>& all = *listed;
    if (c.json) {
        nlohmann::ordered_json list = nlohmann::ordered_json::array();
        for (const auto& s : all)
            list.push_back(codec::toJson(s));
        std::cout << dumpJson(list, 2) << "\n";
        return kOk;
    }
    std::cout << std::left << std::setw(8) << "ID" << std::setw(22) << "TIME (UTC)" << std::setw(10)
              << "KIND" << std::setw(8) << "SCHEMA" << std::setw(12) << "ADDED" << std::setw(14)
              << "TOTAL ROWS" << std::setw(22) << "WATERMARK"
              << "USER\n";
    for (const auto& s : all) {
        std::cout << std::setw(8) << s.id << std::setw(22) << timeText(s.timeMillis)
                  << std::setw(10) << s.commitKind << std::setw(8) << s.schemaId << std::setw(12)
                  << countText(s.deltaRecordCount) << std::setw(14) << countText(s.totalRecordCount)
                  << std::setw(22)
                  << (s.effectiveWatermark() ? timeText(*s.effectiveWatermark()) : "-")
                  << s.commitUser << "\n";
    }
    return kOk;
}

int snapshot(CommandContext& c) {
    const Identifier id = tableOf(c);
    const auto& a = c.in.arguments();
    if (a.size() == 3) {
        auto s = await<Snapshot>([&](auto cb) { return c.catalog->getSnapshot(id, a[2], cb); });
        if (!s) return fail(s.error());
        std::cout << dumpJson(
                         nlohmann::ordered_json::parse(codec::encodeGetVersionSnapshotResponse(*s))
                             .at("snapshot"),
                         2)
                  << "\n";
        return kOk;
    }
    auto latest = await<std::optional<TableSnapshot>>(
        [&](auto cb) { return c.catalog->getLatestSnapshot(id, cb); });
    if (!latest) return fail(latest.error());
    if (!*latest) {
        Error e = makeError(ErrorKind::NotFound, "table " + id.fullName() + " has no snapshot yet");
        e.resourceType = "SNAPSHOT";
        return fail(e);
    }
    std::cout << dumpJson(
                     nlohmann::ordered_json::parse(codec::encodeGetTableSnapshotResponse(**latest))
                         .at("snapshot"),
                     2)
              << "\n";
    return kOk;
}

int tags(CommandContext& c) {
    const Identifier id = tableOf(c);
    auto r = allPages<std::string>(
        [&](const std::optional<std::string>& token, Callback<Page<std::string>> cb) {
            ListRequest request;
            request.pageToken = token;
            request.namePattern = c.in.value("tag-prefix");
            return c.catalog->listTagsPage(id, request, std::move(cb));
        });
    if (!r) return fail(r.error());
    printNames(*r, c.json);
    return kOk;
}

int createTag(CommandContext& c) {
    const Identifier id = tableOf(c);
    CreateTagRequest request{c.in.arguments()[2], optionalInteger(c, "snapshot"),
                             c.in.value("retain")};
    auto refused = checkHistoryTable(id, "createTag");
    if (!refused) refused = checkTagName(request.tagName);
    return write(
        c, refused, [&](const RestRequests& r) { return r.createTag(id, request); },
        [&](auto cb) { return c.catalog->createTag(id, request, cb); });
}

int deleteTag(CommandContext& c) {
    const Identifier id = tableOf(c);
    const std::string& tag = c.in.arguments()[2];
    auto refused = checkHistoryTable(id, "deleteTag");
    if (!refused) refused = checkTagName(tag);
    return write(
        c, refused, [&](const RestRequests& r) { return r.deleteTag(id, tag); },
        [&](auto cb) { return c.catalog->deleteTag(id, tag, cb); });
}

int branches(CommandContext& c) {
    const Identifier id = tableOf(c);
    auto r =
        await<std::vector<std::string>>([&](auto cb) { return c.catalog->listBranches(id, cb); });
    if (!r) return fail(r.error());
    printNames(*r, c.json);
    return kOk;
}

int createBranch(CommandContext& c) {
    const Identifier id = tableOf(c);
    CreateBranchRequest request{c.in.arguments()[2], c.in.value("from-tag")};
    auto refused = checkBranchOwner(id, "createBranch");
    if (!refused) refused = checkBranchName(request.branch);
    if (!refused && request.fromTag) refused = checkTagName(*request.fromTag);
    return write(
        c, refused, [&](const RestRequests& r) { return r.createBranch(id, request); },
        [&](auto cb) { return c.catalog->createBranch(id, request, cb); });
}

int dropBranch(CommandContext& c) {
    const Identifier id = tableOf(c);
    const std::string& branch = c.in.arguments()[2];
    auto refused = checkBranchOwner(id, "dropBranch");
    if (!refused) refused = checkBranchName(branch);
    return write(
        c, refused, [&](const RestRequests& r) { return r.dropBranch(id, branch); },
        [&](auto cb) { return c.catalog->dropBranch(id, branch, cb); });
}

int renameBranch(CommandContext& c) {
    const Identifier id = tableOf(c);
    const std::string& from = c.in.arguments()[2];
    const std::string& to = c.in.arguments()[3];
    auto refused = checkBranchOwner(id, "renameBranch");
    if (!refused) refused = checkBranchName(from);
    if (!refused) refused = checkBranchName(to);
    return write(
        c, refused, [&](const RestRequests& r) { return r.renameBranch(id, from, to); },
        [&](auto cb) { return c.catalog->renameBranch(id, from, to, cb); });
}

int fastForward(CommandContext& c) {
    const Identifier id = tableOf(c);
    const std::string& branch = c.in.arguments()[2];
    auto refused = checkBranchOwner(id, "fastForward");
    if (!refused) refused = checkBranchName(branch);
    return write(
        c, refused, [&](const RestRequests& r) { return r.fastForwardBranch(id, branch); },
        [&](auto cb) { return c.catalog->fastForwardBranch(id, branch, cb); });
}

int consumers(CommandContext& c) {
    const Identifier id = tableOf(c);
    auto r = allPages<Consumer>(
        [&](const std::optional<std::string>& token, Callback<Page<Consumer>> cb) {
            ListRequest request;
            request.pageToken = token;
            return c.catalog->listConsumersPage(id, request, std::move(cb));
        });
    if (!r) return fail(r.error());
    if (c.json) {
        nlohmann::ordered_json list = nlohmann::ordered_json::array();
        for (const auto& consumer : *r) {
            list.push_back({{"consumerId", consumer.id},
                            {"nextSnapshot", consumer.nextSnapshot
                                                 ? nlohmann::ordered_json(*consumer.nextSnapshot)
                                                 : nlohmann::ordered_json(nullptr)}});
        }
        std::cout << dumpJson(list, 2) << "\n";
        return kOk;
    }
    std::cout << std::left << std::setw(16) << "NEXT SNAPSHOT"
              << "CONSUMER\n";
    for (const auto& consumer : *r)
        std::cout << std::setw(16) << countText(consumer.nextSnapshot) << consumer.id << "\n";
    return kOk;
}

int resetConsumer(CommandContext& c) {
    const Identifier id = tableOf(c);
    const bool remove = c.in.isSet("delete");
    if (remove == c.in.value("next-snapshot").has_value()) {
        throw UsageError{"reset-consumer needs either --next-snapshot N or --delete"};
    }
    ResetConsumerRequest request{c.in.arguments()[2],
                                 remove ? std::nullopt : optionalInteger(c, "next-snapshot")};
    auto refused = checkHistoryTable(id, "resetConsumer");
    return write(
        c, refused, [&](const RestRequests& r) { return r.resetConsumer(id, request); },
        [&](auto cb) { return c.catalog->resetConsumer(id, request, cb); });
}

int rollback(CommandContext& c) {
    const Identifier id = tableOf(c);
    const auto toSnapshot = optionalInteger(c, "to-snapshot");
    const auto toTag = c.in.value("to-tag");
    if (toSnapshot.has_value() == toTag.has_value()) {
        throw UsageError{"rollback needs either --to-snapshot N or --to-tag NAME"};
    }
    RollbackRequest request{
        toSnapshot ? RollbackTarget::toSnapshot(*toSnapshot) : RollbackTarget::toTag(*toTag),
        optionalInteger(c, "from-snapshot")};
    auto refused = checkHistoryTable(id, "rollbackTo");
    if (!refused && toTag) refused = checkTagName(*toTag);
    return write(
        c, refused, [&](const RestRequests& r) { return r.rollback(id, request); },
        [&](auto cb) { return c.catalog->rollback(id, request, cb); });
}

// Every schema version of a table in a warehouse folder (the REST protocol serves only the
// current one).
Result<std::vector<TableSchema>> schemaVersions(CommandContext& c, const Identifier& id) {
    return await<std::vector<TableSchema>>([&](auto cb) { return c.catalog->listSchemas(id, cb); });
}

int schemas(CommandContext& c) {
    auto versions = schemaVersions(c, tableOf(c));
    if (!versions) return fail(versions.error());
    if (c.json) {
        nlohmann::ordered_json list = nlohmann::ordered_json::array();
        for (const auto& s : *versions)
            list.push_back(codec::toJson(s));
        std::cout << dumpJson(list, 2) << "\n";
        return kOk;
    }
    std::cout << "ID  TIME                      COLUMNS  CHANGES FROM THE PREVIOUS\n";
    const TableSchema* previous = nullptr;
    for (const auto& s : *versions) {
        std::string changes = "-";
        if (previous) {
            auto diff = diffSchemas(schemaOf(*previous), schemaOf(s));
            if (!diff) {
                changes = "not expressible as changes (" + diff.error().message + ")";
            } else {
                changes.clear();
                for (const auto& change : *diff)
                    changes += (changes.empty() ? "" : "; ") + describeSchemaChange(change);
                if (changes.empty()) changes = "none";
            }
        }
        std::cout << std::left << std::setw(3) << s.id << ' ' << std::setw(25)
                  << timeText(s.timeMillis) << ' ' << std::setw(8) << s.fields.size() << ' '
                  << std::right << changes << "\n";
        previous = &s;
    }
    return kOk;
}

int schemaUsage(CommandContext& c) {
    auto usage = await<std::vector<SchemaUsage>>(
        [&](auto cb) { return collectSchemaUsage(c.catalog, tableOf(c), cb); });
    if (!usage) return fail(usage.error());
    if (c.json) {
        nlohmann::ordered_json list = nlohmann::ordered_json::array();
        for (const auto& u : *usage) {
            list.push_back({{"schemaId", u.schemaId},
                            {"firstSnapshot", u.firstSnapshot},
                            {"lastSnapshot", u.lastSnapshot},
                            {"snapshots", u.snapshots}});
        }
        std::cout << dumpJson(list, 2) << "\n";
        return kOk;
    }
    std::cout << "SCHEMA  FIRST SNAPSHOT  LAST SNAPSHOT  SNAPSHOTS\n";
    for (const auto& u : *usage) {
        std::cout << std::left << std::setw(7) << u.schemaId << ' ' << std::setw(15)
                  << u.firstSnapshot << ' ' << std::setw(14) << u.lastSnapshot << ' ' << u.snapshots
                  << "\n";
    }
    return kOk;
}

int schemaDiff(CommandContext& c) {
    const Identifier id = tableOf(c);
    const int64_t from = integerArgument(c.in.arguments()[2], "FROM");
    const int64_t to = integerArgument(c.in.arguments()[3], "TO");
    auto versions = schemaVersions(c, id);
    if (!versions) return fail(versions.error());
    auto find = [&](int64_t wanted) -> const TableSchema* {
        for (const auto& s : *versions)
            if (s.id == wanted) return &s;
        return nullptr;
    };
    for (int64_t wanted : {from, to}) {
        if (!find(wanted)) {
            Error e = makeError(ErrorKind::NotFound,
                                "Schema " + std::to_string(wanted) + " does not exist.");
            e.resourceType = "SCHEMA";
            e.resourceName = std::to_string(wanted);
            return fail(e);
        }
    }
    auto diff = diffSchemas(schemaOf(*find(from)), schemaOf(*find(to)));
    if (!diff) return fail(diff.error());
    if (c.json) {
        nlohmann::ordered_json list = nlohmann::ordered_json::array();
        for (const auto& change : *diff)
            list.push_back(codec::toJson(change));
        std::cout << dumpJson(list, 2) << "\n";
    } else {
        for (const auto& change : *diff)
            std::cout << describeSchemaChange(change) << "\n";
    }
    return kOk;
}

int rollbackSchema(CommandContext& c) {
    const Identifier id = tableOf(c);
    const int64_t schemaId = integerArgument(c.in.arguments()[2], "SCHEMA_ID");
    return write(
        c, checkHistoryTable(id, "rollbackSchema"),
        [&](const RestRequests& r) { return r.rollbackSchema(id, schemaId); },
        [&](auto cb) { return c.catalog->rollbackSchema(id, schemaId, cb); });
}

}  // namespace

const std::vector<CommandSpec>& historyCommands() {
    // clang-format off
    static const std::vector<CommandSpec> commands = {
        {"snapshots", "DB TABLE", "the table's snapshots, newest first (--limit N)",
         "Lists the snapshots of TABLE (or of a branch: TABLE$branch_NAME), newest first, page by\n"
         "page: id, time, commit kind, schema id, rows added, total rows, watermark, user.\n"
         "--limit N stops after the N newest. --output json prints the snapshots as JSON.",
         {"limit", "output"}, 2, 2, snapshots},
        {"snapshot", "DB TABLE [VERSION]", "one snapshot as JSON (default: the latest, with counts)",
         "Prints a snapshot as JSON. VERSION is a snapshot id, EARLIEST, LATEST or a tag name.\n"
         "Without VERSION the latest snapshot is printed with the table's record, file and size\n"
         "counts; a table nothing was written to yet exits with status 3.",
         {}, 2, 3, snapshot},
        {"tags", "DB TABLE", "the table's tags (--tag-prefix P)",
         "Lists the tags of TABLE by name (all pages); --tag-prefix keeps the names that start\n"
         "with P.",
         {"tag-prefix", "output"}, 2, 2, tags},
        {"create-tag", "DB TABLE TAG", "tag a snapshot (--snapshot ID, --retain DURATION)",
         "Creates TAG on snapshot ID (default: the latest). --retain keeps it for a time, in\n"
         "Paimon's duration form: '7d', '12 h', '30min'. --dry-run prints the request only.",
         {"snapshot", "retain", "dry-run"}, 3, 3, createTag},
        {"delete-tag", "DB TABLE TAG", "delete a tag",
         "Deletes TAG; the snapshot it named stays if it has not expired. --dry-run prints the\n"
         "request only.",
         {"dry-run"}, 3, 3, deleteTag},
        {"branches", "DB TABLE", "the table's branches",
         "Lists the branches of TABLE (main is not listed).", {"output"}, 2, 2, branches},
        {"create-branch", "DB TABLE BRANCH", "create a branch (--from-tag TAG)",
         "Creates BRANCH: empty with the table's schema, or with --from-tag starting at the\n"
         "tag's snapshot. A branch opens as the table TABLE$branch_BRANCH. --dry-run prints the\n"
         "request only.",
         {"from-tag", "dry-run"}, 3, 3, createBranch},
        {"drop-branch", "DB TABLE BRANCH", "drop a branch",
         "Drops BRANCH with its snapshots and tags; data files it wrote stay until Paimon's\n"
         "orphan-file cleanup. --dry-run prints the request only.",
         {"dry-run"}, 3, 3, dropBranch},
        {"rename-branch", "DB TABLE BRANCH NEW_NAME", "rename a branch",
         "Renames BRANCH. --dry-run prints the request only.", {"dry-run"}, 4, 4, renameBranch},
        {"fast-forward", "DB TABLE BRANCH", "make main the branch's history",
         "Fast-forwards main to BRANCH: main's snapshots, schemas and tags from the branch's\n"
         "first snapshot on are replaced by the branch's. --dry-run prints the request only.",
         {"dry-run"}, 3, 3, fastForward},
        {"consumers", "DB TABLE", "the table's consumers and their next snapshots",
         "Lists the consumers of TABLE (all pages) with the next snapshot each will read.",
         {"output"}, 2, 2, consumers},
        {"reset-consumer", "DB TABLE CONSUMER", "move a consumer (--next-snapshot N) or --delete it",
         "Sets the next snapshot CONSUMER reads (--next-snapshot N, a snapshot that exists), or\n"
         "deletes it (--delete). --dry-run prints the request only.",
         {"next-snapshot", "delete", "dry-run"}, 3, 3, resetConsumer},
        {"rollback", "DB TABLE", "roll back to --to-snapshot N or --to-tag NAME",
         "Rolls TABLE back to a snapshot or a tag: the later snapshots and tags are deleted\n"
         "(data files stay until Paimon's orphan-file cleanup). --from-snapshot N refuses the\n"
         "rollback unless N is still the latest snapshot. --dry-run prints the request only.",
         {"to-snapshot", "to-tag", "from-snapshot", "dry-run"}, 2, 2, rollback},
        {"schemas", "DB TABLE", "every schema version of a table in a warehouse folder",
         "Lists TABLE's schema versions (schema/schema-N): id, time, columns and what changed\n"
         "from the version before. The REST protocol serves only the current schema: over REST\n"
         "this says so (exit 6; schema-usage lists what the snapshots used). --output json\n"
         "prints the schema files.",
         {"output"}, 2, 2, schemas},
        {"schema-usage", "DB TABLE", "the schema ids a table's snapshots used",
         "Reads every snapshot of TABLE (a thousand a page) and lists the schema ids they\n"
         "used, each with its first and last snapshot and how many; over REST too, where the\n"
         "older schemas themselves are not served.", {"output"}, 2, 2, schemaUsage},
        {"schema-diff", "DB TABLE FROM TO", "the changes from schema FROM to schema TO",
         "Prints the schema changes that turn version FROM into version TO, one a line, or\n"
         "with --output json as the alter-table change list.", {"output"}, 4, 4, schemaDiff},
        {"rollback-schema", "DB TABLE SCHEMA_ID", "drop the schema versions after SCHEMA_ID",
         "Deletes the schema versions after SCHEMA_ID; refused while a snapshot, tag or\n"
         "changelog uses one of them. --dry-run prints the request only.",
         {"dry-run"}, 3, 3, rollbackSchema},
    };
    // clang-format on
    return commands;
}

}  // namespace paimon::cli
