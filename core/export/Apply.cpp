#include "core/export/Apply.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "core/export/Definitions.h"
#include "core/json/JsonValue.h"
#include "core/schema/SchemaDiff.h"

namespace fs = std::filesystem;

namespace paimon {

Result<std::vector<CreateTableRequest>> readJsonExport(const fs::path& from) {
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
    std::vector<CreateTableRequest> out;
    for (const auto& file : files) {
        std::ifstream in(file, std::ios::binary);
        if (!in) return makeError(ErrorKind::Io, "cannot read " + file.string());
        std::ostringstream text;
        text << in.rdbuf();
        auto doc = json::Document::parse(text.str(), ErrorKind::BadRequest);
        if (!doc) return makeError(ErrorKind::Io, file.string() + " is not JSON");
        const json::Value root = doc->root();
        const std::vector<json::Value> items =
            root.isArray() ? root.elements() : std::vector<json::Value>{root};
        for (const json::Value& item : items) {
            auto request = codec::createTableRequestFromJson(item, ErrorKind::BadRequest);
            if (!request) {
                return makeError(ErrorKind::Io, file.string() + ": " + request.error().message);
            }
            out.push_back(std::move(*request));
        }
    }
    return out;
}

size_t ApplyReport::count(ApplyOutcome::Kind kind) const {
    return static_cast<size_t>(std::count_if(outcomes.begin(), outcomes.end(),
                                             [&](const auto& o) { return o.kind == kind; }));
}

std::shared_ptr<ApplyJob> ApplyJob::start(std::shared_ptr<Catalog> catalog,
                                          std::vector<CreateTableRequest> definitions,
                                          Progress progress, Callback<ApplyReport> done) {
    std::shared_ptr<ApplyJob> job(new ApplyJob(std::move(catalog), std::move(definitions),
                                               std::move(progress), std::move(done)));
    job->next();
    return job;
}

ApplyJob::ApplyJob(std::shared_ptr<Catalog> catalog, std::vector<CreateTableRequest> definitions,
                   Progress progress, Callback<ApplyReport> done)
    : catalog_(std::move(catalog)),
      definitions_(std::move(definitions)),
      progress_(std::move(progress)),
      done_(std::move(done)) {}

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
    const CreateTableRequest& d = definitions_[at_];
    std::weak_ptr<ApplyJob> weak = weak_from_this();
    pending_ = catalog_->getTable(d.identifier, [weak, &d](Result<TableInfo> current) {
        auto self = weak.lock();
        if (!self || self->cancelled_) return;
        if (current) return self->compare(d, *current);
        if (current.error().kind == ErrorKind::NotFound) return self->create(d, false);
        self->finish({d.identifier, ApplyOutcome::Kind::Failed, {}, current.error()});
    });
}

void ApplyJob::compare(const CreateTableRequest& d, const TableInfo& current) {
    // The server adds where the table lives; that is not a difference of definition.
    Schema existing = current.schema;
    std::erase_if(existing.options, [](const auto& kv) { return isLocationOption(kv.first); });
    auto changes = diffSchemas(existing, d.schema);
    if (existing == d.schema || (changes && changes->empty())) {
        return finish({d.identifier, ApplyOutcome::Kind::Same, {}, std::nullopt});
    }
    finish({d.identifier, ApplyOutcome::Kind::Differs,
            changes ? std::move(*changes) : std::vector<SchemaChange>{}, std::nullopt});
}

void ApplyJob::create(const CreateTableRequest& d, bool databaseTried) {
    std::weak_ptr<ApplyJob> weak = weak_from_this();
    pending_ = catalog_->createTable(
        d.identifier, d.schema, [weak, &d, databaseTried](const Result<Unit>& created) {
            auto self = weak.lock();
            if (!self || self->cancelled_) return;
            if (created) {
                return self->finish({d.identifier, ApplyOutcome::Kind::Created, {}, std::nullopt});
            }
            // The database is missing: create it (once per database), then the table again.
            const std::string& db = d.identifier.database;
            const bool tried = databaseTried || std::find(self->databasesCreated_.begin(),
                                                          self->databasesCreated_.end(),
                                                          db) != self->databasesCreated_.end();
            if (created.error().kind != ErrorKind::NotFound || tried) {
                return self->finish(
                    {d.identifier, ApplyOutcome::Kind::Failed, {}, created.error()});
            }
            self->pending_ =
                self->catalog_->createDatabase(db, {}, [weak, &d, db](const Result<Unit>& made) {
                    auto job = weak.lock();
                    if (!job || job->cancelled_) return;
                    if (!made && made.error().kind != ErrorKind::AlreadyExists) {
                        return job->finish(
                            {d.identifier, ApplyOutcome::Kind::Failed, {}, made.error()});
                    }
                    job->databasesCreated_.push_back(db);
                    job->create(d, true);
                });
        });
}

void ApplyJob::finish(ApplyOutcome outcome) {
    if (progress_) progress_(outcome);
    report_.outcomes.push_back(std::move(outcome));
    ++at_;
    next();
}

}  // namespace paimon
