#include "core/compare/AlterPlan.h"

#include <algorithm>
#include <map>

#include "core/schema/SchemaDiff.h"
#include "core/schema/SchemaRules.h"
#include "core/util/Overloaded.h"

namespace paimon {
namespace {

void relabelType(DataType& type, const DataType* right, int& next);

// Gives each field of `left` the id of the field of `right` with its name at the same level,
// and a fresh id when there is none: diffSchemas matches by id.
void relabelFields(std::vector<DataField>& left, const std::vector<DataField>* right, int& next) {
    std::map<std::string, const DataField*> byName;
    if (right) {
        for (const auto& f : *right)
            byName[f.name] = &f;
    }
    for (auto& f : left) {
        auto it = byName.find(f.name);
        const DataField* match = it == byName.end() ? nullptr : it->second;
        f.id = match ? match->id : next++;
        relabelType(f.type, match ? &match->type : nullptr, next);
    }
}

void relabelType(DataType& type, const DataType* right, int& next) {
    const bool same = right && right->root() == type.root();
    switch (type.root()) {
        case TypeRoot::Row:
            relabelFields(type.mutableFields(), same ? &right->fields() : nullptr, next);
            break;
        case TypeRoot::Array:
        case TypeRoot::Multiset:
            relabelType(type.mutableElement(), same ? &right->element() : nullptr, next);
            break;
        case TypeRoot::Map:
            relabelType(type.mutableValue(), same ? &right->value() : nullptr, next);
            break;
        default:
            break;
    }
}

int highestId(const std::vector<DataField>& fields) {
    int highest = -1;
    for (const auto& f : fields)
        highest = f.type.highestFieldId(std::max(highest, f.id));
    return highest;
}

std::string path(const std::vector<std::string>& names) {
    std::string out;
    for (size_t i = 0; i < names.size(); ++i)
        out += (i ? "." : "") + names[i];
    return out;
}

void warnAbout(const std::vector<SchemaChange>& changes, std::vector<std::string>& warnings) {
    for (const auto& c : changes) {
        if (const auto* drop = std::get_if<change::DropColumn>(&c))
            warnings.push_back("drops the column " + path(drop->fieldNames) + " and its data");
        if (const auto* type = std::get_if<change::UpdateColumnType>(&c))
            warnings.push_back("casts the data of " + path(type->fieldNames) + " to " +
                               type->newDataType.sql());
        if (std::holds_alternative<change::DropPrimaryKey>(c))
            warnings.emplace_back("drops the primary key");
    }
}

Error recreate(const std::string& why) {
    return makeError(ErrorKind::BadRequest, why);
}

TableSchema asStored(const Schema& s) {
    TableSchema t;
    t.fields = s.fields;
    t.highestFieldId = highestId(s.fields);
    t.partitionKeys = s.partitionKeys;
    t.primaryKeys = s.primaryKeys;
    t.options = s.options;
    t.comment = s.comment;
    return t;
}

std::string aspects(const std::vector<Difference>& differences) {
    std::string out;
    for (size_t i = 0; i < differences.size(); ++i)
        out += (i ? ", " : "") + differences[i].aspect;
    return out;
}

}  // namespace

Result<std::vector<SchemaChange>> alterToMatch(const Schema& rightSchema, const Schema& leftSchema,
                                               std::vector<std::string>* warnings) {
    const Schema right = comparableSchema(rightSchema);
    Schema left = comparableSchema(leftSchema);
    // The catalog makes primary-key columns NOT NULL: a definition that leaves them nullable
    // asks for nothing else.
    auto nullableKeys = left.options.find("primary-key.nullable");
    if (nullableKeys == left.options.end() || nullableKeys->second != "true") {
        for (auto& f : left.fields) {
            if (std::find(left.primaryKeys.begin(), left.primaryKeys.end(), f.name) !=
                left.primaryKeys.end())
                f.type = f.type.notNull();
        }
    }
    int next = std::max(highestId(right.fields), highestId(left.fields)) + 1;
    relabelFields(left.fields, &right.fields, next);

    auto changes = diffSchemas(right, left);
    if (!changes) return recreate(changes.error().message);
    if (changes->empty()) return changes;

    // Checked as Paimon checks a table with data; what only an empty table allows is kept,
    // with a warning.
    std::vector<std::string> said;
    SchemaContext context;
    context.hasSnapshots = true;
    auto applied = applySchemaChanges(asStored(right), *changes, context, 0);
    if (!applied) {
        context.hasSnapshots = false;
        auto empty = applySchemaChanges(asStored(right), *changes, context, 0);
        if (!empty) return recreate(applied.error().message);
        said.push_back("refused once the table has data: " + applied.error().message);
        applied = std::move(empty);
    }
    if (auto rest = tableDifferences(schemaOf(*applied), left); !rest.empty())
        return recreate("no change list reaches it in place: " + aspects(rest));
    warnAbout(*changes, said);
    if (warnings) warnings->insert(warnings->end(), said.begin(), said.end());
    return changes;
}

namespace {

template <class Change>
Change optionChange(bool set, const std::string& key, const std::string& value);

template <>
ViewChange optionChange<ViewChange>(bool set, const std::string& key, const std::string& value) {
    return set ? ViewChange::setOption(key, value) : ViewChange::removeOption(key);
}
template <>
FunctionChange optionChange<FunctionChange>(bool set, const std::string& key,
                                            const std::string& value) {
    FunctionChange c;
    c.action = set ? FunctionChange::Action::SetOption : FunctionChange::Action::RemoveOption;
    c.key = key;
    if (set) c.value = value;
    return c;
}
ViewChange commentChange(const std::optional<std::string>& comment, ViewChange* /*kind*/) {
    return ViewChange::updateComment(comment);
}
FunctionChange commentChange(const std::optional<std::string>& comment, FunctionChange* /*kind*/) {
    FunctionChange c;
    c.action = FunctionChange::Action::UpdateComment;
    c.comment = comment;
    return c;
}

template <class Change>
void optionAndCommentChanges(std::vector<Change>& out, const Options& right, const Options& left,
                             const std::optional<std::string>& rightComment,
                             const std::optional<std::string>& leftComment) {
    for (const auto& [k, v] : left) {
        auto it = right.find(k);
        if (it == right.end() || it->second != v) out.push_back(optionChange<Change>(true, k, v));
    }
    for (const auto& [k, v] : right)
        if (!left.contains(k)) out.push_back(optionChange<Change>(false, k, {}));
    if (rightComment != leftComment)
        out.push_back(commentChange(leftComment, static_cast<Change*>(nullptr)));
}

}  // namespace

Result<std::vector<ViewChange>> viewChangesToMatch(const ViewSchema& right,
                                                   const ViewSchema& left) {
    ViewSchema columnsOnly;
    columnsOnly.query = left.query;
    ViewSchema rightColumns = columnsOnly;
    columnsOnly.fields = left.fields;
    rightColumns.fields = right.fields;
    rightColumns.query = right.query;
    if (auto d = viewDifferences(columnsOnly, rightColumns); !d.empty()) {
        return recreate("a view's columns and default query have no change in place (" +
                        aspects(d) + ")");
    }
    std::vector<ViewChange> out;
    optionAndCommentChanges(out, right.options, left.options, right.comment, left.comment);
    for (const auto& [dialect, query] : left.dialects) {
        auto it = right.dialects.find(dialect);
        if (it == right.dialects.end()) {
            out.push_back(ViewChange::addDialect(dialect, query));
        } else if (it->second != query) {
            out.push_back(ViewChange::updateDialect(dialect, query));
        }
    }
    for (const auto& [dialect, query] : right.dialects)
        if (!left.dialects.contains(dialect)) out.push_back(ViewChange::dropDialect(dialect));
    return out;
}

Result<std::vector<FunctionChange>> functionChangesToMatch(const FunctionInfo& right,
                                                           const FunctionInfo& left) {
    auto signature = [](const FunctionInfo& f) {
        FunctionInfo s;
        s.inputParams = f.inputParams;
        s.returnParams = f.returnParams;
        s.deterministic = f.deterministic;
        return s;
    };
    if (auto d = functionDifferences(signature(left), signature(right)); !d.empty()) {
        return recreate(
            "a function's parameters, return values and determinism have no change "
            "in place (" +
            aspects(d) + ")");
    }
    std::vector<FunctionChange> out;
    optionAndCommentChanges(out, right.options, left.options, right.comment, left.comment);
    for (const auto& [engine, d] : left.definitions) {
        auto it = right.definitions.find(engine);
        if (it != right.definitions.end() && it->second == d) continue;
        FunctionChange c;
        c.action = it == right.definitions.end() ? FunctionChange::Action::AddDefinition
                                                 : FunctionChange::Action::UpdateDefinition;
        c.key = engine;
        c.definition = d;
        out.push_back(std::move(c));
    }
    for (const auto& [engine, d] : right.definitions) {
        if (left.definitions.contains(engine)) continue;
        FunctionChange c;
        c.action = FunctionChange::Action::DropDefinition;
        c.key = engine;
        out.push_back(std::move(c));
    }
    return out;
}

WriteOperation createToMatch(const Identifier& id, const ObjectDefinition& left) {
    return std::visit(Overloaded{
                          [&](const Schema& schema) -> WriteOperation {
                              return write::CreateTable{id, schema};
                          },
                          [&](const ViewSchema& view) -> WriteOperation {
                              return write::CreateView{id, view};
                          },
                          [&](const FunctionInfo& function) -> WriteOperation {
                              // What a create sends: the definition, not where or by whom it was
                              // made.
                              FunctionInfo f = function;
                              f.database = id.database;
                              f.name = id.object;
                              f.uuid.reset();
                              f.owner.reset();
                              f.createdBy.reset();
                              f.updatedBy.reset();
                              f.createdAt = f.updatedAt = 0;
                              return write::CreateFunction{id, std::move(f)};
                          },
                      },
                      left);
}

Result<WriteOperation> changeToMatch(const Identifier& id, const ObjectDefinition& right,
                                     const ObjectDefinition& left,
                                     std::vector<std::string>* warnings) {
    if (right.index() != left.index()) {
        return recreate("the right side holds another kind of object under this name");
    }
    return std::visit(Overloaded{
                          [&](const Schema& l) -> Result<WriteOperation> {
                              auto changes = alterToMatch(std::get<Schema>(right), l, warnings);
                              if (!changes) return changes.takeError();
                              return WriteOperation(write::AlterTable{id, std::move(*changes)});
                          },
                          [&](const ViewSchema& l) -> Result<WriteOperation> {
                              auto changes = viewChangesToMatch(std::get<ViewSchema>(right), l);
                              if (!changes) return changes.takeError();
                              return WriteOperation(write::AlterView{id, std::move(*changes)});
                          },
                          [&](const FunctionInfo& l) -> Result<WriteOperation> {
                              auto changes =
                                  functionChangesToMatch(std::get<FunctionInfo>(right), l);
                              if (!changes) return changes.takeError();
                              return WriteOperation(write::AlterFunction{id, std::move(*changes)});
                          },
                      },
                      left);
}

namespace {

void planObject(AlterPlan& plan, const std::string& database, const ObjectComparison& o) {
    if (o.presence == Presence::Same) return;
    if (o.presence == Presence::OnlyRight) {
        ++plan.leftAlone;
        return;
    }
    const Identifier id{database, o.rightName.empty() ? o.leftName : o.rightName};
    if (!o.right) {
        plan.steps.push_back({createToMatch(id, *o.left), {}});
        return;
    }
    std::vector<std::string> warnings;
    auto change = changeToMatch(id, *o.right, *o.left, &warnings);
    if (!change) {
        plan.recreate.push_back({o.kind, id, change.error().message});
        return;
    }
    plan.steps.push_back({std::move(*change), std::move(warnings)});
}

}  // namespace

std::vector<std::string> describeStep(const WriteOperation& op) {
    auto quoted = [](const Identifier& id) { return "`" + id.database + "`.`" + id.object + "`"; };
    const std::optional<std::string> title =
        std::visit(Overloaded{
                       [](const write::AlterDatabase& a) -> std::optional<std::string> {
                           return "Alter database `" + a.name + "`:";
                       },
                       [&](const write::AlterTable& a) -> std::optional<std::string> {
                           return "Alter table " + quoted(a.id) + ":";
                       },
                       [&](const write::AlterView& a) -> std::optional<std::string> {
                           return "Alter view " + quoted(a.id) + ":";
                       },
                       [&](const write::AlterFunction& a) -> std::optional<std::string> {
                           return "Alter function " + quoted(a.id) + ":";
                       },
                       [](const auto&) -> std::optional<std::string> { return std::nullopt; },
                   },
                   op);
    std::vector<std::string> lines = describeWrite(op);
    if (!title) return lines;
    for (auto& line : lines)
        line.insert(0, "  ");
    lines.insert(lines.begin(), *title);
    return lines;
}

AlterPlan planToMatch(const CatalogComparison& comparison) {
    AlterPlan plan;
    for (const auto& d : comparison.databases) {
        if (d.presence == Presence::OnlyRight) {
            ++plan.leftAlone;
            continue;
        }
        const std::string database = d.rightName.empty() ? d.leftName : d.rightName;
        if (d.presence == Presence::OnlyLeft) {
            plan.steps.push_back(
                {write::CreateDatabase{database, d.leftOptions.value_or(Options{})}, {}});
        } else if (d.presence == Presence::Differs && d.leftOptions && d.rightOptions) {
            write::AlterDatabase alter{database, {}, {}};
            for (const auto& [k, v] : *d.leftOptions) {
                auto it = d.rightOptions->find(k);
                if (it == d.rightOptions->end() || it->second != v) alter.updates[k] = v;
            }
            for (const auto& [k, v] : *d.rightOptions)
                if (!d.leftOptions->contains(k)) alter.removals.push_back(k);
            plan.steps.push_back({std::move(alter), {}});
        }
        for (const auto& o : d.objects)
            planObject(plan, database, o);
    }
    return plan;
}

std::shared_ptr<PlanRun> PlanRun::start(std::shared_ptr<Catalog> catalog,
                                        std::vector<WriteOperation> steps, Progress progress,
                                        std::function<void(const PlanReport&)> done) {
    std::shared_ptr<PlanRun> run(new PlanRun);
    run->catalog_ = std::move(catalog);
    run->steps_ = std::move(steps);
    run->progress_ = std::move(progress);
    run->done_ = std::move(done);
    run->next();
    return run;
}

void PlanRun::cancel() {
    if (finished_) return;
    finished_ = true;
    pending_.cancel();
    report_.cancelled = true;
    if (done_) done_(report_);
}

void PlanRun::next() {
    if (finished_) return;
    if (report_.applied == steps_.size()) {
        finished_ = true;
        if (done_) done_(report_);
        return;
    }
    std::weak_ptr<PlanRun> weak = weak_from_this();
    const size_t index = report_.applied;
    pending_ = submitWrite(*catalog_, steps_[index], [weak, index](const Result<Unit>& answer) {
        auto self = weak.lock();
        if (!self || self->finished_) return;
        if (self->progress_) self->progress_(index, answer);
        if (!answer) {
            self->finished_ = true;
            self->report_.failedAt = index;
            self->report_.error = answer.error();
            if (self->done_) self->done_(self->report_);
            return;
        }
        ++self->report_.applied;
        self->next();
    });
}

}  // namespace paimon
