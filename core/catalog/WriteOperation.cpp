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

// The change lists of views and functions share their words.
std::string describeObjectChange(bool setOption, bool removeOption, bool comment,
                                 const std::string& key, const std::string& value,
                                 const std::optional<std::string>& newComment) {
    if (setOption)
        return formatText(translate("paimon::WriteOperation", "Set option %1 = %2"),
                          {key, quoteStringLiteral(value)});
    if (removeOption)
        return formatText(translate("paimon::WriteOperation", "Remove option %1"), {key});
    if (comment) {
        return newComment ? formatText(translate("paimon::WriteOperation", "Set the comment to %1"),
                                       {quoteStringLiteral(*newComment)})
                          : translate("paimon::WriteOperation", "Remove the comment");
    }
    return {};
}

std::string describeViewChange(const ViewChange& c) {
    using A = ViewChange::Action;
    switch (c.action) {
        case A::SetOption:
        case A::RemoveOption:
        case A::UpdateComment:
            return describeObjectChange(c.action == A::SetOption, c.action == A::RemoveOption,
                                        c.action == A::UpdateComment, c.key, c.value, c.comment);
        case A::AddDialect:
            return formatText(translate("paimon::WriteOperation", "Add the %1 query"), {c.key});
        case A::UpdateDialect:
            return formatText(translate("paimon::WriteOperation", "Change the %1 query"), {c.key});
        case A::DropDialect:
            return formatText(translate("paimon::WriteOperation", "Drop the %1 query"), {c.key});
    }
    return {};
}

std::string describeFunctionChange(const FunctionChange& c) {
    using A = FunctionChange::Action;
    switch (c.action) {
        case A::SetOption:
        case A::RemoveOption:
        case A::UpdateComment:
            return describeObjectChange(c.action == A::SetOption, c.action == A::RemoveOption,
                                        c.action == A::UpdateComment, c.key, c.value, c.comment);
        case A::AddDefinition:
            return formatText(translate("paimon::WriteOperation", "Add the %1 definition"),
                              {c.key});
        case A::UpdateDefinition:
            return formatText(translate("paimon::WriteOperation", "Change the %1 definition"),
                              {c.key});
        case A::DropDefinition:
            return formatText(translate("paimon::WriteOperation", "Drop the %1 definition"),
                              {c.key});
    }
    return {};
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
            [&](const write::CreateTag& w) -> List {
                return {requests.createTag(w.id, w.request)};
            },
            [&](const write::DeleteTag& w) -> List { return {requests.deleteTag(w.id, w.tag)}; },
            [&](const write::CreateBranch& w) -> List {
                return {requests.createBranch(w.id, w.request)};
            },
            [&](const write::DropBranch& w) -> List {
                return {requests.dropBranch(w.id, w.branch)};
            },
            [&](const write::RenameBranch& w) -> List {
                return {requests.renameBranch(w.id, w.from, w.to)};
            },
            [&](const write::FastForward& w) -> List {
                return {requests.fastForwardBranch(w.id, w.branch)};
            },
            [&](const write::ResetConsumer& w) -> List {
                return {requests.resetConsumer(w.id, w.request)};
            },
            [&](const write::Rollback& w) -> List { return {requests.rollback(w.id, w.request)}; },
            [&](const write::RollbackSchema& w) -> List {
                return {requests.rollbackSchema(w.id, w.schemaId)};
            },
            [&](const write::DropPartitions& w) -> List {
                return {requests.dropPartitions(w.id, w.request)};
            },
            [&](const write::MarkPartitionsDone& w) -> List {
                return {requests.markPartitionsDone(w.id, w.specs)};
            },
            [&](const write::CreateView& w) -> List {
                return {requests.createView(w.id, w.schema)};
            },
            [&](const write::AlterView& w) -> List {
                return {requests.alterView(w.id, w.changes)};
            },
            [&](const write::RenameView& w) -> List { return {requests.renameView(w.from, w.to)}; },
            [&](const write::DropView& w) -> List { return {requests.dropView(w.id)}; },
            [&](const write::CreateFunction& w) -> List {
                return {requests.createFunction(w.id, w.function)};
            },
            [&](const write::AlterFunction& w) -> List {
                return {requests.alterFunction(w.id, w.changes)};
            },
            [&](const write::DropFunction& w) -> List { return {requests.dropFunction(w.id)}; },
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
            [](const write::CreateTag& w) -> std::vector<std::string> {
                const std::string snapshot =
                    w.request.snapshotId
                        ? formatText(translate("paimon::WriteOperation", "snapshot %1"),
                                     {std::to_string(*w.request.snapshotId)})
                        : translate("paimon::WriteOperation", "the latest snapshot");
                if (w.request.timeRetained) {
                    return {formatText(
                        translate("paimon::WriteOperation", "Tag %1 of %2 as %3, kept for %4"),
                        {snapshot, tableName(w.id), quoteIdentifier(w.request.tagName),
                         *w.request.timeRetained})};
                }
                return {
                    formatText(translate("paimon::WriteOperation", "Tag %1 of %2 as %3"),
                               {snapshot, tableName(w.id), quoteIdentifier(w.request.tagName)})};
            },
            [](const write::DeleteTag& w) -> std::vector<std::string> {
                return {formatText(translate("paimon::WriteOperation", "Delete tag %1 of %2"),
                                   {quoteIdentifier(w.tag), tableName(w.id)})};
            },
            [](const write::CreateBranch& w) -> std::vector<std::string> {
                if (w.request.fromTag) {
                    return {formatText(
                        translate("paimon::WriteOperation", "Create branch %1 of %2 from tag %3"),
                        {quoteIdentifier(w.request.branch), tableName(w.id),
                         quoteIdentifier(*w.request.fromTag)})};
                }
                return {
                    formatText(translate("paimon::WriteOperation", "Create empty branch %1 of %2"),
                               {quoteIdentifier(w.request.branch), tableName(w.id)})};
            },
            [](const write::DropBranch& w) -> std::vector<std::string> {
                return {formatText(translate("paimon::WriteOperation", "Drop branch %1 of %2"),
                                   {quoteIdentifier(w.branch), tableName(w.id)})};
            },
            [](const write::RenameBranch& w) -> std::vector<std::string> {
                return {
                    formatText(translate("paimon::WriteOperation", "Rename branch %1 of %2 to %3"),
                               {quoteIdentifier(w.from), tableName(w.id), quoteIdentifier(w.to)})};
            },
            [](const write::FastForward& w) -> std::vector<std::string> {
                return {formatText(translate("paimon::WriteOperation",
                                             "Fast-forward the main branch of %1 to branch %2"),
                                   {tableName(w.id), quoteIdentifier(w.branch)})};
            },
            [](const write::ResetConsumer& w) -> std::vector<std::string> {
                if (!w.request.nextSnapshotId) {
                    return {
                        formatText(translate("paimon::WriteOperation", "Delete consumer %1 of %2"),
                                   {quoteIdentifier(w.request.consumerId), tableName(w.id)})};
                }
                return {formatText(translate("paimon::WriteOperation",
                                             "Reset consumer %1 of %2 to read snapshot %3 next"),
                                   {quoteIdentifier(w.request.consumerId), tableName(w.id),
                                    std::to_string(*w.request.nextSnapshotId)})};
            },
            [](const write::Rollback& w) -> std::vector<std::string> {
                if (w.request.target.kind == RollbackTarget::Kind::Tag) {
                    return {formatText(
                        translate("paimon::WriteOperation",
                                  "Roll %1 back to tag %2, deleting the later snapshots and tags"),
                        {tableName(w.id), quoteIdentifier(w.request.target.tagName)})};
                }
                return {formatText(
                    translate("paimon::WriteOperation",
                              "Roll %1 back to snapshot %2, deleting the later snapshots and tags"),
                    {tableName(w.id), std::to_string(w.request.target.snapshotId)})};
            },
            [](const write::RollbackSchema& w) -> std::vector<std::string> {
                return {formatText(translate("paimon::WriteOperation",
                                             "Roll the schema of %1 back to schema %2, deleting "
                                             "the later schemas"),
                                   {tableName(w.id), std::to_string(w.schemaId)})};
            },
            [](const write::DropPartitions& w) -> std::vector<std::string> {
                std::vector<std::string> out;
                for (const PartitionSpec& spec : w.request.partitionSpecs) {
                    out.push_back(
                        formatText(translate("paimon::WriteOperation",
                                             "Drop partition %1 of %2 with its data"),
                                   {quoteStringLiteral(partitionName(spec)), tableName(w.id)}));
                }
                return out;
            },
            [](const write::MarkPartitionsDone& w) -> std::vector<std::string> {
                std::vector<std::string> out;
                for (const PartitionSpec& spec : w.specs) {
                    out.push_back(formatText(
                        translate("paimon::WriteOperation", "Mark partition %1 of %2 done"),
                        {quoteStringLiteral(partitionName(spec)), tableName(w.id)}));
                }
                return out;
            },
            [](const write::CreateView& w) -> std::vector<std::string> {
                const size_t n = w.schema.dialects.size();
                return {formatText(n == 0 ? translate("paimon::WriteOperation",
                                                      "Create view %1 with its default query only")
                                   : n == 1
                                       ? translate("paimon::WriteOperation",
                                                   "Create view %1 with a query for 1 dialect")
                                       : translate("paimon::WriteOperation",
                                                   "Create view %1 with queries for %2 dialects"),
                                   {tableName(w.id), std::to_string(n)})};
            },
            [](const write::AlterView& w) -> std::vector<std::string> {
                std::vector<std::string> out;
                for (const auto& c : w.changes)
                    out.push_back(describeViewChange(c));
                if (out.empty())
                    out.push_back(translate("paimon::WriteOperation", "Nothing to change"));
                return out;
            },
            [](const write::RenameView& w) -> std::vector<std::string> {
                return {formatText(translate("paimon::WriteOperation", "Rename view %1 to %2"),
                                   {tableName(w.from), tableName(w.to)})};
            },
            [](const write::DropView& w) -> std::vector<std::string> {
                return {formatText(translate("paimon::WriteOperation", "Drop view %1"),
                                   {tableName(w.id)})};
            },
            [](const write::CreateFunction& w) -> std::vector<std::string> {
                const size_t n = w.function.definitions.size();
                return {formatText(
                    n == 1 ? translate("paimon::WriteOperation",
                                       "Create function %1 with a definition for 1 engine")
                           : translate("paimon::WriteOperation",
                                       "Create function %1 with definitions for %2 engines"),
                    {tableName(w.id), std::to_string(n)})};
            },
            [](const write::AlterFunction& w) -> std::vector<std::string> {
                std::vector<std::string> out;
                for (const auto& c : w.changes)
                    out.push_back(describeFunctionChange(c));
                if (out.empty())
                    out.push_back(translate("paimon::WriteOperation", "Nothing to change"));
                return out;
            },
            [](const write::DropFunction& w) -> std::vector<std::string> {
                return {formatText(translate("paimon::WriteOperation", "Drop function %1"),
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
    auto checkView = [&](const Identifier& id) -> std::optional<Error> {
        if (auto e = database(id.database)) return e;
        return checkObjectName(id.object, "the view");
    };
    auto checkFunction = [&](const Identifier& id) -> std::optional<Error> {
        if (auto e = database(id.database)) return e;
        return checkFunctionName(id.object);
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
            [](const write::CreateTag& w) -> std::optional<Error> {
                if (auto e = checkHistoryTable(w.id, "createTag")) return e;
                return checkTagName(w.request.tagName);
            },
            [](const write::DeleteTag& w) -> std::optional<Error> {
                if (auto e = checkHistoryTable(w.id, "deleteTag")) return e;
                return checkTagName(w.tag);
            },
            [](const write::CreateBranch& w) -> std::optional<Error> {
                if (auto e = checkBranchOwner(w.id, "createBranch")) return e;
                if (auto e = checkBranchName(w.request.branch)) return e;
                if (w.request.fromTag) return checkTagName(*w.request.fromTag);
                return std::nullopt;
            },
            [](const write::DropBranch& w) -> std::optional<Error> {
                if (auto e = checkBranchOwner(w.id, "dropBranch")) return e;
                return checkBranchName(w.branch);
            },
            [](const write::RenameBranch& w) -> std::optional<Error> {
                if (auto e = checkBranchOwner(w.id, "renameBranch")) return e;
                if (auto e = checkBranchName(w.from)) return e;
                return checkBranchName(w.to);
            },
            [](const write::FastForward& w) -> std::optional<Error> {
                if (auto e = checkBranchOwner(w.id, "fastForward")) return e;
                return checkBranchName(w.branch);
            },
            [](const write::ResetConsumer& w) -> std::optional<Error> {
                if (auto e = checkHistoryTable(w.id, "resetConsumer")) return e;
                if (w.request.consumerId.empty()) {
                    return makeError(ErrorKind::BadRequest, "the consumer id is empty");
                }
                return std::nullopt;
            },
            [](const write::Rollback& w) -> std::optional<Error> {
                if (auto e = checkHistoryTable(w.id, "rollbackTo")) return e;
                if (w.request.target.kind == RollbackTarget::Kind::Tag) {
                    return checkTagName(w.request.target.tagName);
                }
                return std::nullopt;
            },
            [](const write::RollbackSchema& w) -> std::optional<Error> {
                return checkHistoryTable(w.id, "rollbackSchema");
            },
            [](const write::DropPartitions& w) -> std::optional<Error> {
                if (auto e = checkHistoryTable(w.id, "dropPartitions")) return e;
                return checkPartitionSpecs(w.request.partitionSpecs);
            },
            [](const write::MarkPartitionsDone& w) -> std::optional<Error> {
                if (auto e = checkHistoryTable(w.id, "markDonePartitions")) return e;
                return checkPartitionSpecs(w.specs);
            },
            [&](const write::CreateView& w) { return checkView(w.id); },
            [&](const write::AlterView& w) { return checkView(w.id); },
            [&](const write::RenameView& w) {
                if (auto e = checkView(w.from)) return e;
                return checkView(w.to);
            },
            [&](const write::DropView& w) { return checkView(w.id); },
            [&](const write::CreateFunction& w) { return checkFunction(w.id); },
            [&](const write::AlterFunction& w) { return checkFunction(w.id); },
            [&](const write::DropFunction& w) { return checkFunction(w.id); },
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
            [&](const write::CreateTag& w) {
                return catalog.createTag(w.id, w.request, std::move(done));
            },
            [&](const write::DeleteTag& w) {
                return catalog.deleteTag(w.id, w.tag, std::move(done));
            },
            [&](const write::CreateBranch& w) {
                return catalog.createBranch(w.id, w.request, std::move(done));
            },
            [&](const write::DropBranch& w) {
                return catalog.dropBranch(w.id, w.branch, std::move(done));
            },
            [&](const write::RenameBranch& w) {
                return catalog.renameBranch(w.id, w.from, w.to, std::move(done));
            },
            [&](const write::FastForward& w) {
                return catalog.fastForwardBranch(w.id, w.branch, std::move(done));
            },
            [&](const write::ResetConsumer& w) {
                return catalog.resetConsumer(w.id, w.request, std::move(done));
            },
            [&](const write::Rollback& w) {
                return catalog.rollback(w.id, w.request, std::move(done));
            },
            [&](const write::RollbackSchema& w) {
                return catalog.rollbackSchema(w.id, w.schemaId, std::move(done));
            },
            [&](const write::DropPartitions& w) {
                return catalog.dropPartitions(
                    w.id, w.request, [done = std::move(done)](Result<DropPartitionsResponse> r) {
                        if (!r) return done(r.takeError());
                        if (!r->missing.empty()) {
                            const std::string name = partitionName(r->missing.front());
                            Error e = makeError(ErrorKind::NotFound,
                                                "Partition " + name + " does not exist.");
                            e.resourceType = "PARTITION";
                            e.resourceName = name;
                            return done(std::move(e));
                        }
                        done(Unit{});
                    });
            },
            [&](const write::MarkPartitionsDone& w) {
                return catalog.markPartitionsDone(w.id, w.specs, std::move(done));
            },
            [&](const write::CreateView& w) {
                return catalog.createView(w.id, w.schema, std::move(done));
            },
            [&](const write::AlterView& w) {
                return catalog.alterView(w.id, w.changes, std::move(done));
            },
            [&](const write::RenameView& w) {
                return catalog.renameView(w.from, w.to, std::move(done));
            },
            [&](const write::DropView& w) { return catalog.dropView(w.id, std::move(done)); },
            [&](const write::CreateFunction& w) {
                return catalog.createFunction(w.id, w.function, std::move(done));
            },
            [&](const write::AlterFunction& w) {
                return catalog.alterFunction(w.id, w.changes, std::move(done));
            },
            [&](const write::DropFunction& w) {
                return catalog.dropFunction(w.id, std::move(done));
            },
        },
        op);
}

std::optional<Identifier> historyTableOf(const WriteOperation& op) {
    return std::visit(
        Overloaded{
            [](const write::CreateTag& w) { return std::optional<Identifier>(w.id); },
            [](const write::DeleteTag& w) { return std::optional<Identifier>(w.id); },
            [](const write::CreateBranch& w) { return std::optional<Identifier>(w.id); },
            [](const write::DropBranch& w) { return std::optional<Identifier>(w.id); },
            [](const write::RenameBranch& w) { return std::optional<Identifier>(w.id); },
            [](const write::FastForward& w) { return std::optional<Identifier>(w.id); },
            [](const write::ResetConsumer& w) { return std::optional<Identifier>(w.id); },
            [](const write::Rollback& w) { return std::optional<Identifier>(w.id); },
            [](const write::RollbackSchema& w) { return std::optional<Identifier>(w.id); },
            [](const write::DropPartitions& w) { return std::optional<Identifier>(w.id); },
            [](const write::MarkPartitionsDone& w) { return std::optional<Identifier>(w.id); },
            [](const auto&) { return std::optional<Identifier>(); },
        },
        op);
}

}  // namespace paimon
