#include "core/export/Exporter.h"

#include <fstream>
#include <system_error>

#include <nlohmann/json.hpp>

#include "core/catalog/PageLoop.h"
#include "core/export/ViewDefinitions.h"
#include "core/json/Dump.h"

namespace fs = std::filesystem;

namespace paimon {

std::string fileSafeName(const std::string& name) {
    std::string out;
    for (char c : name)
        out += (c == '/' || c == '\\' || static_cast<unsigned char>(c) < 0x20) ? '_' : c;
    return out == "." || out == ".." || out.empty() ? "_" + out : out;
}

Result<Unit> writeFileWhole(const fs::path& path, const std::string& text) {
    std::error_code ec;
    if (path.has_parent_path()) {
        fs::create_directories(path.parent_path(), ec);
        if (ec)
            return makeError(ErrorKind::Io,
                             "cannot create " + path.parent_path().string() + ": " + ec.message());
    }
    fs::path temp = path;
    temp += ".part";
    {
        std::ofstream out(temp, std::ios::binary | std::ios::trunc);
        out << text;
        if (!out.flush()) {
            out.close();
            fs::remove(temp, ec);
            return makeError(ErrorKind::Io, "cannot write " + path.string());
        }
    }
    fs::rename(temp, path, ec);
    if (ec) {
        std::error_code ignored;
        fs::remove(temp, ignored);
        return makeError(ErrorKind::Io, "cannot write " + path.string() + ": " + ec.message());
    }
    return Unit{};
}

std::shared_ptr<TableExport> TableExport::start(std::shared_ptr<Catalog> catalog, ExportScope scope,
                                                ExportSettings settings, Progress progress,
                                                Done done) {
    auto e =
        std::make_shared<TableExport>(std::move(catalog), std::move(scope), std::move(settings),
                                      std::move(progress), std::move(done));
    if (e->settings_.inFlight == 0) e->settings_.inFlight = 1;
    e->self_ = e;  // runs until it finishes, whoever holds it
    for (const Identifier& t : e->scope_.tables)
        e->ids_.push_back({Kind::Table, t});
    for (const Identifier& v : e->scope_.views)
        e->ids_.push_back({Kind::View, v});
    for (const Identifier& f : e->scope_.functions)
        e->ids_.push_back({Kind::Function, f});
    if (e->scope_.allDatabases) {
        std::weak_ptr<TableExport> weak = e;
        e->pending_.push_back(e->catalog_->listDatabases(
            std::nullopt, [weak](Result<std::vector<std::string>> names) {
                auto self = weak.lock();
                if (!self || self->finished_) return;
                if (!names) return self->finish(names.takeError());
                self->scope_.databases = std::move(names).value();
                self->listNext();
            }));
    } else {
        e->listNext();
    }
    return e;
}

TableExport::TableExport(std::shared_ptr<Catalog> catalog, ExportScope scope,
                         ExportSettings settings, Progress progress, Done done)
    : catalog_(std::move(catalog)),
      scope_(std::move(scope)),
      settings_(std::move(settings)),
      progress_(std::move(progress)),
      done_(std::move(done)) {}

void TableExport::report() {
    if (progress_) progress_({listing_, fetched_, ids_.size()});
}

void TableExport::listNext() {
    if (nextDatabase_ >= scope_.databases.size()) {
        listing_ = false;
        results_.resize(ids_.size());
        fetches_.resize(ids_.size());
        report();
        // Nothing found because nothing could be listed: an error, not an empty file.
        if (ids_.empty() && !listFailures_.empty()) return finish(listFailures_.front().error);
        if (ids_.empty()) return finishFetching();
        return launch();
    }
    const std::string db = scope_.databases[nextDatabase_++];
    std::weak_ptr<TableExport> weak = shared_from_this();
    pending_.push_back(
        catalog_->listTables(db, std::nullopt, [weak, db](Result<std::vector<std::string>> names) {
            auto self = weak.lock();
            if (!self || self->finished_) return;
            if (!names) {
                self->listFailures_.push_back({db, names.error()});
            } else {
                for (const auto& t : *names)
                    self->ids_.push_back({Kind::Table, {db, t}});
            }
            self->report();
            if (!self->scope_.viewsAndFunctions) return self->listNext();
            self->listObjects(db, Kind::View);
        }));
}

void TableExport::listObjects(const std::string& db, Kind kind) {
    std::weak_ptr<TableExport> weak = shared_from_this();
    ListRequest first;
    first.maxResults = Catalog::kBulkPageSize;
    auto page = [this, db, kind](const ListRequest& r, Callback<Page<std::string>> done) {
        return kind == Kind::View ? catalog_->listViewsPage(db, r, std::move(done))
                                  : catalog_->listFunctionsPage(db, r, std::move(done));
    };
    pending_.push_back(
        collectAllPages(page, first, [weak, db, kind](Result<std::vector<std::string>> names) {
            auto self = weak.lock();
            if (!self || self->finished_) return;
            if (names) {
                for (const auto& n : *names)
                    self->ids_.push_back({kind, {db, n}});
            } else if (names.error().kind != ErrorKind::NotImplemented) {
                // A catalog without views or functions (a warehouse folder) is no failure.
                self->listFailures_.push_back(
                    {db + (kind == Kind::View ? " (views)" : " (functions)"), names.error()});
            }
            self->report();
            if (kind == Kind::View) return self->listObjects(db, Kind::Function);
            self->listNext();
        }));
}

void TableExport::launch() {
    std::weak_ptr<TableExport> weak = shared_from_this();
    while (next_ < ids_.size() && next_ - fetched_ < settings_.inFlight) {
        const size_t i = next_++;
        auto arrived = [weak, i](Result<Fetched> r) {
            auto self = weak.lock();
            if (!self || self->finished_) return;
            self->fetches_[i] = {};
            self->results_[i].emplace(std::move(r));
            ++self->fetched_;
            self->report();
            if (self->fetched_ == self->ids_.size()) return self->finishFetching();
            self->launch();
        };
        const Identifier& id = ids_[i].id;
        switch (ids_[i].kind) {
            case Kind::Table:
                fetches_[i] = catalog_->getTable(id, [arrived](Result<TableInfo> r) {
                    if (!r) return arrived(r.takeError());
                    arrived(Fetched(std::move(r).value()));
                });
                break;
            case Kind::View:
                fetches_[i] = catalog_->getView(id, [arrived](Result<ViewInfo> r) {
                    if (!r) return arrived(r.takeError());
                    arrived(Fetched(std::move(r).value()));
                });
                break;
            case Kind::Function:
                fetches_[i] = catalog_->getFunction(id, [arrived](Result<FunctionInfo> r) {
                    if (!r) return arrived(r.takeError());
                    arrived(Fetched(std::move(r).value()));
                });
                break;
        }
    }
}

void TableExport::finishFetching() {
    ExportReport out;
    out.failures = listFailures_;
    const char* ext = definitionFileExtension(settings_.format);
    std::string combined;
    nlohmann::ordered_json jsonList = nlohmann::ordered_json::array();
    std::vector<std::pair<fs::path, std::string>> files;
    for (size_t i = 0; i < ids_.size(); ++i) {
        const Result<Fetched>& r = *results_[i];
        const Identifier& id = ids_[i].id;
        if (!r) {
            out.failures.push_back({id.fullName(), r.error()});
            continue;
        }
        ++out.exported;
        const auto* table = std::get_if<TableInfo>(&*r);
        const auto* view = std::get_if<ViewInfo>(&*r);
        const auto* function = std::get_if<FunctionInfo>(&*r);
        if (view) ++out.views;
        if (function) ++out.functions;
        if (!settings_.split && settings_.format == DefinitionFormat::PaimonJson) {
            // One list, one dump.
            jsonList.push_back(table  ? paimonJsonDefinition(id, table->schema)
                               : view ? paimonJsonViewDefinition(id, view->schema)
                                      : paimonJsonFunctionDefinition(id, *function));
            continue;
        }
        std::string text = table  ? renderDefinition(settings_.format, id, table->schema)
                           : view ? renderViewDefinition(settings_.format, id, view->schema)
                                  : renderFunctionDefinition(settings_.format, id, *function);
        if (settings_.split) {
            fs::path folder = settings_.out / fileSafeName(id.database);
            if (view) folder /= "views";
            if (function) folder /= "functions";
            files.emplace_back(folder / (fileSafeName(id.object) + "." + ext), std::move(text));
        } else {
            if (!combined.empty()) combined += '\n';
            combined += text;
        }
    }
    if (!settings_.split) {
        files.emplace_back(settings_.out, settings_.format == DefinitionFormat::PaimonJson
                                              ? dumpJson(jsonList, 2) + "\n"
                                              : combined);
    }
    for (auto& [path, text] : files) {
        if (auto w = writeFileWhole(path, text); !w) return finish(w.takeError());
        out.files.push_back(path);
    }
    finish(std::move(out));
}

void TableExport::cancel() {
    if (finished_) return;
    finish(makeError(ErrorKind::Cancelled, "the export was cancelled; no file was written"));
}

void TableExport::finish(Result<ExportReport> result) {
    if (finished_) return;
    finished_ = true;
    auto pending = std::move(pending_);
    pending_.clear();
    for (auto& c : pending)
        c.cancel();
    auto fetches = std::move(fetches_);
    fetches_.clear();
    for (auto& c : fetches)
        c.cancel();
    auto keep = std::move(self_);  // released when this returns; the callback may drop the rest
    Done done = std::move(done_);
    done(std::move(result));
}

}  // namespace paimon
