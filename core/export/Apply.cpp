#include "core/export/Apply.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "core/export/Definitions.h"
#include "core/json/JsonValue.h"
#include "core/schema/SchemaDiff.h"

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
                                          Progress progress, Callback<ApplyReport> done) {
    std::shared_ptr<ApplyJob> job(new ApplyJob(std::move(catalog), std::move(definitions),
                                               std::move(progress), std::move(done)));
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
        if (e.kind == ErrorKind::NotFound) return self->create(d, false);
        ApplyOutcome o = self->outcomeFor(d, ApplyOutcome::Kind::Failed);
        o.error = e;
        self->finish(std::move(o));
    };
    auto compared = [weak, &d](std::vector<std::string> notes) {
        auto self = weak.lock();
        if (!self || self->cancelled_) return;
        ApplyOutcome o = self->outcomeFor(
            d, notes.empty() ? ApplyOutcome::Kind::Same : ApplyOutcome::Kind::Differs);
        o.notes = std::move(notes);
        self->finish(std::move(o));
    };
    if (const auto* table = std::get_if<CreateTableRequest>(&d)) {
        pending_ = catalog_->getTable(table->identifier,
                                      [weak, table, absentOrFailed](Result<TableInfo> current) {
                                          auto self = weak.lock();
                                          if (!self || self->cancelled_) return;
                                          if (!current) return absentOrFailed(current.error());
                                          self->compare(*table, *current);
                                      });
    } else if (const auto* view = std::get_if<CreateViewRequest>(&d)) {
        pending_ = catalog_->getView(
            view->identifier, [view, absentOrFailed, compared](Result<ViewInfo> current) {
                if (!current) return absentOrFailed(current.error());
                compared(differingAspects(viewDifferences(view->schema, current->schema)));
            });
    } else {
        const auto& function = std::get<FunctionDefinitionRequest>(d);
        pending_ = catalog_->getFunction(function.identifier, [&function, absentOrFailed, compared](
                                                                  Result<FunctionInfo> current) {
            if (!current) return absentOrFailed(current.error());
            compared(differingAspects(functionDifferences(function.function, *current)));
        });
    }
}

void ApplyJob::compare(const CreateTableRequest& d, const TableInfo& current) {
    // The server adds where the table lives; that is not a difference of definition.
    Schema existing = current.schema;
    std::erase_if(existing.options, [](const auto& kv) { return isLocationOption(kv.first); });
    auto changes = diffSchemas(existing, d.schema);
    if (existing == d.schema || (changes && changes->empty())) {
        return finish(outcomeFor(d, ApplyOutcome::Kind::Same));
    }
    ApplyOutcome o = outcomeFor(d, ApplyOutcome::Kind::Differs);
    if (changes) o.differences = std::move(*changes);
    finish(std::move(o));
}

void ApplyJob::create(const ExportedDefinition& d, bool databaseTried) {
    std::weak_ptr<ApplyJob> weak = weak_from_this();
    Callback<Unit> created = [weak, &d, databaseTried](const Result<Unit>& result) {
        auto self = weak.lock();
        if (!self || self->cancelled_) return;
        if (result) return self->finish(self->outcomeFor(d, ApplyOutcome::Kind::Created));
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
