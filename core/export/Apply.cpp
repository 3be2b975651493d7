#include "core/export/Apply.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "core/export/Definitions.h"
#include "core/json/JsonValue.h"
#include "core/util/Overloaded.h"

namespace fs = std::filesystem;

namespace paimon {

const Identifier& identifierOf(const ExportedDefinition& d) {
    return std::visit([](const auto& r) -> const Identifier& { return r.identifier; }, d);
}

const char* objectName(ApplyOutcome::Object object) {
    switch (object) {
        case ApplyOutcome::Object::Table:
            return "table";
        case ApplyOutcome::Object::View:
            return "view";
        case ApplyOutcome::Object::Function:
            return "function";
    }
    return "table";
}

namespace {

// One item of an export file: a view or a function by its member, else a table.
Result<ExportedDefinition> definitionFromJson(const nlohmann::ordered_json& item) {
    if (!item.is_object()) return makeError(ErrorKind::BadRequest, "a definition is not an object");
    if (item.contains("view")) {
        nlohmann::ordered_json request;
        request["identifier"] = item.value("identifier", nlohmann::ordered_json());
        request["schema"] = item["view"];
        auto view = codec::decodeCreateViewRequest(request.dump());
        if (!view) return view.takeError();
        return ExportedDefinition(std::move(*view));
    }
    if (item.contains("function")) {
        auto f = codec::decodeCreateFunctionRequest(item["function"].dump());
        if (!f) return f.takeError();
        const auto id = item.value("identifier", nlohmann::ordered_json());
        if (!id.is_object() || !id.contains("database") || !id["database"].is_string() ||
            !id.contains("object") || !id["object"].is_string()) {
            return makeError(ErrorKind::BadRequest,
                             "a function's definition has no identifier {database, object}");
        }
        const Identifier identifier{id["database"].get<std::string>(),
                                    id["object"].get<std::string>()};
        f->database = identifier.database;
        f->name = identifier.object;
        return ExportedDefinition(FunctionDefinitionRequest{identifier, std::move(*f)});
    }
    auto doc = json::Document::parse(item.dump(), ErrorKind::BadRequest);
    if (!doc) return doc.takeError();
    auto table = codec::createTableRequestFromJson(doc->root(), ErrorKind::BadRequest);
    if (!table) return table.takeError();
    return ExportedDefinition(std::move(*table));
}

}  // namespace

Result<std::vector<ExportedDefinition>> readJsonExport(const fs::path& from) {
    std::error_code ec;
    std::vector<fs::path> files;
    if (fs::is_directory(from, ec)) {
        for (auto it = fs::recursive_directory_iterator(from, ec);
             !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
            if (it->is_regular_file() && it->path().extension() == ".json")
                files.push_back(it->path());
        }
        if (ec)
            return makeError(ErrorKind::Io, "cannot read " + from.string() + ": " + ec.message());
        std::sort(files.begin(), files.end());
    } else {
        files.push_back(from);
    }
    std::vector<ExportedDefinition> out;
    for (const auto& file : files) {
        std::ifstream in(file, std::ios::binary);
        if (!in) return makeError(ErrorKind::Io, "cannot read " + file.string());
        std::ostringstream text;
        text << in.rdbuf();
        auto root = nlohmann::ordered_json::parse(text.str(), nullptr, false);
        if (root.is_discarded()) return makeError(ErrorKind::Io, file.string() + " is not JSON");
        const auto items = root.is_array() ? root : nlohmann::ordered_json::array({root});
        for (const auto& item : items) {
            auto definition = definitionFromJson(item);
            if (!definition) {
                return makeError(ErrorKind::Io, file.string() + ": " + definition.error().message);
            }
            out.push_back(std::move(*definition));
        }
    }
    return out;
}

std::vector<std::string> differingAspects(const std::vector<Difference>& differences) {
    std::vector<std::string> out;
    out.reserve(differences.size());
    for (const auto& d : differences)
        out.push_back(d.aspect);
    return out;
}

size_t ApplyReport::count(ApplyOutcome::Kind kind) const {
    return static_cast<size_t>(std::count_if(outcomes.begin(), outcomes.end(),
                                             [&](const auto& o) { return o.kind == kind; }));
}

std::shared_ptr<ApplyJob> ApplyJob::start(std::shared_ptr<Catalog> catalog,
                                          std::vector<ExportedDefinition> definitions,
                                          Progress progress, Callback<ApplyReport> done,
                                          ApplyOptions options) {
    std::shared_ptr<ApplyJob> job(new ApplyJob(std::move(catalog), std::move(definitions),
                                               std::move(progress), std::move(done)));
    job->options_ = options;
    job->next();
    return job;
}

std::shared_ptr<ApplyJob> ApplyJob::start(std::shared_ptr<Catalog> catalog,
                                          std::vector<CreateTableRequest> tables, Progress progress,
                                          Callback<ApplyReport> done) {
    std::vector<ExportedDefinition> definitions(std::make_move_iterator(tables.begin()),
                                                std::make_move_iterator(tables.end()));
    return start(std::move(catalog), std::move(definitions), std::move(progress), std::move(done));
}

ApplyJob::ApplyJob(std::shared_ptr<Catalog> catalog, std::vector<ExportedDefinition> definitions,
                   Progress progress, Callback<ApplyReport> done)
    : catalog_(std::move(catalog)),
      definitions_(std::move(definitions)),
      progress_(std::move(progress)),
      done_(std::move(done)) {}

ApplyOutcome ApplyJob::outcomeFor(const ExportedDefinition& d, ApplyOutcome::Kind kind) {
    ApplyOutcome o;
    o.table = identifierOf(d);
    o.kind = kind;
    o.object = d.index() == 1   ? ApplyOutcome::Object::View
               : d.index() == 2 ? ApplyOutcome::Object::Function
                                : ApplyOutcome::Object::Table;
    return o;
}

void ApplyJob::cancel() {
    if (cancelled_ || !done_) return;
    cancelled_ = true;
    pending_.cancel();
    auto done = std::move(done_);
    done_ = nullptr;
    done(std::move(report_));
}

void ApplyJob::next() {
    if (cancelled_) return;
    if (at_ == definitions_.size()) {
        auto done = std::move(done_);
        done_ = nullptr;
        if (done) done(std::move(report_));
        return;
    }
    const ExportedDefinition& d = definitions_[at_];
    std::weak_ptr<ApplyJob> weak = weak_from_this();
    // Whatever exists is compared and left alone; what is missing is created.
    auto absentOrFailed = [weak, &d](const Error& e) {
        auto self = weak.lock();
        if (!self || self->cancelled_) return;
        if (e.kind == ErrorKind::NotFound)
            return self->options_.dryRun ? self->planCreate(d) : self->create(d, false);
        ApplyOutcome o = self->outcomeFor(d, ApplyOutcome::Kind::Failed);
        o.error = e;
        self->finish(std::move(o));
    };
    auto compared = [weak, &d](ObjectDefinition current) {
        auto self = weak.lock();
        if (!self || self->cancelled_) return;
        self->compare(d, std::move(current));
    };
    if (const auto* table = std::get_if<CreateTableRequest>(&d)) {
        pending_ = catalog_->getTable(table->identifier,
                                      [absentOrFailed, compared](Result<TableInfo> current) {
                                          if (!current) return absentOrFailed(current.error());
                                          compared(std::move(current->schema));
                                      });
    } else if (const auto* view = std::get_if<CreateViewRequest>(&d)) {
        pending_ = catalog_->getView(view->identifier,
                                     [absentOrFailed, compared](Result<ViewInfo> current) {
                                         if (!current) return absentOrFailed(current.error());
                                         compared(std::move(current->schema));
                                     });
    } else {
        const auto& function = std::get<FunctionDefinitionRequest>(d);
        pending_ = catalog_->getFunction(function.identifier,
                                         [absentOrFailed, compared](Result<FunctionInfo> current) {
                                             if (!current) return absentOrFailed(current.error());
                                             compared(std::move(*current));
                                         });
    }
}

namespace {

ObjectDefinition wantedOf(const ExportedDefinition& d) {
    return std::visit(
        Overloaded{
            [](const CreateTableRequest& t) -> ObjectDefinition { return t.schema; },
            [](const CreateViewRequest& v) -> ObjectDefinition { return v.schema; },
            [](const FunctionDefinitionRequest& f) -> ObjectDefinition { return f.function; },
        },
        d);
}

}  // namespace

void ApplyJob::compare(const ExportedDefinition& d, ObjectDefinition current) {
    const Identifier& id = identifierOf(d);
    const ObjectDefinition wanted = wantedOf(d);
    const auto kind = static_cast<CompareKind>(d.index());
    ObjectComparison c = compareObject(kind, id.object, id.object, wanted, current);
    if (c.presence == Presence::Same) return finish(outcomeFor(d, ApplyOutcome::Kind::Same));
    std::vector<std::string> warnings;
    auto change = changeToMatch(id, *c.right, *c.left, &warnings);
    if (!options_.alter || !change) {
        ApplyOutcome o = outcomeFor(
            d, options_.alter ? ApplyOutcome::Kind::NeedsRecreate : ApplyOutcome::Kind::Differs);
        if (!options_.alter) {
            if (const auto* alter = change ? std::get_if<write::AlterTable>(&*change) : nullptr) {
                o.differences = alter->changes;
            } else {
                o.notes = differingAspects(c.differences);
            }
        }
        if (!change) o.notes.push_back("needs a recreate: " + change.error().message);
        return finish(std::move(o));
    }
    ApplyOutcome o = outcomeFor(d, ApplyOutcome::Kind::Altered);
    o.writes.push_back(std::move(*change));
    o.warnings = std::move(warnings);
    send(std::move(o));
}

void ApplyJob::send(ApplyOutcome outcome) {
    if (options_.dryRun) return finish(std::move(outcome));
    std::weak_ptr<ApplyJob> weak = weak_from_this();
    auto shared = std::make_shared<ApplyOutcome>(std::move(outcome));
    pending_ = submitWrite(*catalog_, shared->writes.back(), [weak, shared](const Result<Unit>& r) {
        auto self = weak.lock();
        if (!self || self->cancelled_) return;
        if (!r) {
            shared->kind = ApplyOutcome::Kind::Failed;
            shared->error = r.error();
        }
        self->finish(std::move(*shared));
    });
}

void ApplyJob::planCreate(const ExportedDefinition& d) {
    const Identifier& id = identifierOf(d);
    ApplyOutcome o = outcomeFor(d, ApplyOutcome::Kind::Created);
    o.writes.push_back(createToMatch(id, wantedOf(d)));
    if (std::find(databasesCreated_.begin(), databasesCreated_.end(), id.database) !=
        databasesCreated_.end())
        return finish(std::move(o));
    std::weak_ptr<ApplyJob> weak = weak_from_this();
    auto shared = std::make_shared<ApplyOutcome>(std::move(o));
    pending_ = catalog_->getDatabase(
        id.database, [weak, shared, db = id.database](const Result<DatabaseInfo>& info) {
            auto self = weak.lock();
            if (!self || self->cancelled_) return;
            if (!info && info.error().kind != ErrorKind::NotFound) {
                shared->kind = ApplyOutcome::Kind::Failed;
                shared->error = info.error();
                shared->writes.clear();
                return self->finish(std::move(*shared));
            }
            if (!info) shared->writes.insert(shared->writes.begin(), write::CreateDatabase{db, {}});
            self->databasesCreated_.push_back(db);
            self->finish(std::move(*shared));
        });
}

void ApplyJob::create(const ExportedDefinition& d, bool databaseTried) {
    std::weak_ptr<ApplyJob> weak = weak_from_this();
    Callback<Unit> created = [weak, &d, databaseTried](const Result<Unit>& result) {
        auto self = weak.lock();
        if (!self || self->cancelled_) return;
        if (result) {
            ApplyOutcome o = self->outcomeFor(d, ApplyOutcome::Kind::Created);
            if (databaseTried)
                o.writes.emplace_back(write::CreateDatabase{identifierOf(d).database, {}});
            o.writes.push_back(createToMatch(identifierOf(d), wantedOf(d)));
            return self->finish(std::move(o));
        }
        auto failed = [&](const Error& e) {
            ApplyOutcome o = self->outcomeFor(d, ApplyOutcome::Kind::Failed);
            o.error = e;
            self->finish(std::move(o));
        };
        // The database is missing: create it (once per database), then the object again.
        const std::string& db = identifierOf(d).database;
        const bool tried = databaseTried ||
                           std::find(self->databasesCreated_.begin(), self->databasesCreated_.end(),
                                     db) != self->databasesCreated_.end();
        if (result.error().kind != ErrorKind::NotFound || tried) return failed(result.error());
        self->pending_ =
            self->catalog_->createDatabase(db, {}, [weak, &d, db](const Result<Unit>& made) {
                auto job = weak.lock();
                if (!job || job->cancelled_) return;
                if (!made && made.error().kind != ErrorKind::AlreadyExists) {
                    ApplyOutcome o = job->outcomeFor(d, ApplyOutcome::Kind::Failed);
                    o.error = made.error();
                    return job->finish(std::move(o));
                }
                job->databasesCreated_.push_back(db);
                job->create(d, true);
            });
    };
    if (const auto* table = std::get_if<CreateTableRequest>(&d)) {
        pending_ = catalog_->createTable(table->identifier, table->schema, std::move(created));
    } else if (const auto* view = std::get_if<CreateViewRequest>(&d)) {
        pending_ = catalog_->createView(view->identifier, view->schema, std::move(created));
    } else {
        const auto& function = std::get<FunctionDefinitionRequest>(d);
        pending_ =
            catalog_->createFunction(function.identifier, function.function, std::move(created));
    }
}

void ApplyJob::finish(ApplyOutcome outcome) {
    if (progress_) progress_(outcome);
    report_.outcomes.push_back(std::move(outcome));
    ++at_;
    next();
}

}  // namespace paimon
