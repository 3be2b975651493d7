#include "core/compare/CompareJob.h"

#include <array>
#include <set>

#include "core/catalog/PageLoop.h"
#include "core/export/Definitions.h"

namespace paimon {

namespace {

constexpr std::array<CompareKind, 3> kKinds = {CompareKind::Table, CompareKind::View,
                                               CompareKind::Function};
using Named = std::vector<std::pair<std::string, ObjectDefinition>>;

const char* plural(CompareKind kind) {
    switch (kind) {
        case CompareKind::Table:
            return "tables";
        case CompareKind::View:
            return "views";
        case CompareKind::Function:
            return "functions";
    }
    return "";
}

// Every page of a details listing, as names and definitions.
template <class Info, class Convert>
Cancellation loadAll(
    const std::function<Cancellation(const ListRequest&, Callback<Page<Info>>)>& list,
    Convert convert, const Callback<Named>& done) {
    TokenPageFetcher<Info> fetch = [list](const std::optional<std::string>& token,
                                          Callback<Page<Info>> page) {
        ListRequest request;
        // Pages of 250 definitions: each page is parsed where results arrive (a GUI's own
        // thread), and a page of 250 stays well under a frame's worth of stall.
        request.maxResults = 250;
        request.pageToken = token;
        return list(request, std::move(page));
    };
    return collectPages<Info>(fetch, [convert, done](Result<std::vector<Info>> items) {
        if (!items) return done(items.takeError());
        Named out;
        out.reserve(items->size());
        for (auto& item : *items)
            out.push_back(convert(std::move(item)));
        done(std::move(out));
    });
}

Options databaseOptions(Options options) {
    std::erase_if(options, [](const auto& kv) {
        return kv.first == "location" || isLocationOption(kv.first);
    });
    return options;
}

}  // namespace

struct CompareJob::Side {
    CompareSide where;
    std::string label;  // "left", "right"
};

struct CompareJob::Database {
    std::string left, right;
    bool onLeft = false, onRight = false;
    std::optional<Options> leftOptions, rightOptions;
    // By kind, then side (0 left, 1 right): what was loaded, or nothing.
    std::array<std::array<std::optional<Named>, 2>, 3> objects;
};

std::shared_ptr<CompareJob> CompareJob::start(CompareSide left, CompareSide right,
                                              Progress progress,
                                              std::function<void(CatalogComparison)> done,
                                              Offload offload) {
    std::shared_ptr<CompareJob> job(new CompareJob);
    job->offload_ = std::move(offload);
    job->left_ = std::make_shared<Side>(Side{std::move(left), "left"});
    job->right_ = std::make_shared<Side>(Side{std::move(right), "right"});
    job->progress_ = std::move(progress);
    job->done_ = std::move(done);
    job->run();
    return job;
}

void CompareJob::cancel() {
    finished_ = true;
    cancelled_ = true;
    pending_.cancel();
}

void CompareJob::add(std::string what, Task task) {
    tasks_.emplace_back(std::move(what), std::move(task));
}

void CompareJob::run() {
    const CompareSide& l = left_->where;
    const CompareSide& r = right_->where;
    for (const auto& side : {left_, right_}) {
        if (!side->where.catalog->storesViewsAndFunctions()) {
            result_.problems.push_back(
                {"views and functions", makeError(ErrorKind::NotImplemented,
                                                  "not compared: the " + side->label +
                                                      " side is a warehouse folder, which keeps "
                                                      "none")});
        }
    }
    if (l.table || r.table) {
        addTable();
    } else if (l.database || r.database) {
        const std::string left = l.database.value_or(*r.database);
        addDatabase(left, r.database.value_or(left), true, true);
    } else {
        add("databases", [this](const std::function<void()>& next) {
            auto names = std::make_shared<std::array<std::set<std::string>, 2>>();
            std::weak_ptr<CompareJob> weak = weak_from_this();
            auto listRight = [weak, names, next]() {
                auto self = weak.lock();
                if (!self) return Cancellation();
                return self->right_->where.catalog->listDatabases(
                    std::nullopt, [weak, names, next](const Result<std::vector<std::string>>& r) {
                        auto job = weak.lock();
                        if (!job || job->finished_) return;
                        if (!r) {
                            job->result_.problems.push_back({"right: databases", r.error()});
                            return job->finish();
                        }
                        (*names)[1].insert(r->begin(), r->end());
                        std::set<std::string> all = (*names)[0];
                        all.insert((*names)[1].begin(), (*names)[1].end());
                        for (const auto& n : all)
                            job->addDatabase(n, n, (*names)[0].contains(n),
                                             (*names)[1].contains(n));
                        next();
                    });
            };
            return left_->where.catalog->listDatabases(
                std::nullopt, [weak, names, listRight](const Result<std::vector<std::string>>& r) {
                    auto job = weak.lock();
                    if (!job || job->finished_) return;
                    if (!r) {
                        job->result_.problems.push_back({"left: databases", r.error()});
                        return job->finish();
                    }
                    (*names)[0].insert(r->begin(), r->end());
                    job->pending_ = listRight();
                });
        });
    }
    next();
}

void CompareJob::next() {
    if (finished_) return;
    if (at_ == tasks_.size()) return finish();
    const size_t index = at_++;
    if (progress_) progress_(tasks_[index].first, index, tasks_.size());
    std::weak_ptr<CompareJob> weak = weak_from_this();
    pending_ = tasks_[index].second([weak] {
        if (auto self = weak.lock()) self->next();
    });
}

void CompareJob::addDatabase(const std::string& left, const std::string& right, bool onLeft,
                             bool onRight) {
    auto db = std::make_shared<Database>();
    db->left = left;
    db->right = right;
    db->onLeft = onLeft;
    db->onRight = onRight;
    databases_.push_back(db);
    const size_t index = databases_.size() - 1;
    for (bool isLeft : {true, false}) {
        if (!(isLeft ? onLeft : onRight)) continue;
        if (!isLeft && !onLeft) continue;  // only on the right: left alone, not loaded
        auto side = isLeft ? left_ : right_;
        const std::string name = isLeft ? left : right;
        add(side->label + ": database " + name,
            [this, db, side, name, isLeft](const std::function<void()>& next) {
                std::weak_ptr<CompareJob> weak = weak_from_this();
                return side->where.catalog->getDatabase(
                    name, [weak, db, side, name, isLeft, next](const Result<DatabaseInfo>& info) {
                        auto job = weak.lock();
                        if (!job || job->finished_) return;
                        if (info) {
                            (isLeft ? db->leftOptions : db->rightOptions) =
                                databaseOptions(info->options);
                        } else if (info.error().kind == ErrorKind::NotFound) {
                            (isLeft ? db->onLeft : db->onRight) = false;
                        } else {
                            job->result_.problems.push_back(
                                {side->label + ": database " + name, info.error()});
                        }
                        next();
                    });
            });
        addListings(index, isLeft);
    }
}

void CompareJob::addListings(size_t index, bool isLeft) {
    auto db = databases_[index];
    auto side = isLeft ? left_ : right_;
    const bool views = left_->where.catalog->storesViewsAndFunctions() &&
                       right_->where.catalog->storesViewsAndFunctions();
    for (size_t k = 0; k < kKinds.size(); ++k) {
        const CompareKind kind = kKinds[k];
        if (kind != CompareKind::Table && !views) continue;
        const std::string name = isLeft ? db->left : db->right;
        const std::string what = side->label + ": " + plural(kind) + " of " + name;
        add(what, [this, db, side, name, what, isLeft, k, kind](const std::function<void()>& next) {
            if (!(isLeft ? db->onLeft : db->onRight)) {
                next();
                return Cancellation();
            }
            std::weak_ptr<CompareJob> weak = weak_from_this();
            Callback<Named> loaded = [weak, db, what, isLeft, k, next](Result<Named> items) {
                auto job = weak.lock();
                if (!job || job->finished_) return;
                if (items) {
                    db->objects[k][isLeft ? 0 : 1] = std::move(*items);
                } else {
                    job->result_.problems.push_back({what, items.error()});
                }
                next();
            };
            Catalog& catalog = *side->where.catalog;
            switch (kind) {
                case CompareKind::Table:
                    return loadAll<TableInfo>(
                        [&catalog, name](const ListRequest& r, Callback<Page<TableInfo>> cb) {
                            return catalog.listTableDetailsPage(name, r, std::move(cb));
                        },
                        [](TableInfo t) {
                            return std::pair<std::string, ObjectDefinition>(std::move(t.name),
                                                                            std::move(t.schema));
                        },
                        loaded);
                case CompareKind::View:
                    return loadAll<ViewInfo>(
                        [&catalog, name](const ListRequest& r, Callback<Page<ViewInfo>> cb) {
                            return catalog.listViewDetailsPage(name, r, std::move(cb));
                        },
                        [](ViewInfo v) {
                            return std::pair<std::string, ObjectDefinition>(std::move(v.name),
                                                                            std::move(v.schema));
                        },
                        loaded);
                case CompareKind::Function:
                    return loadAll<FunctionInfo>(
                        [&catalog, name](const ListRequest& r, Callback<Page<FunctionInfo>> cb) {
                            return catalog.listFunctionDetailsPage(name, r, std::move(cb));
                        },
                        [](FunctionInfo f) {
                            std::string n = f.name;
                            return std::pair<std::string, ObjectDefinition>(std::move(n),
                                                                            std::move(f));
                        },
                        loaded);
            }
            return Cancellation();
        });
    }
}

void CompareJob::addTable() {
    const CompareSide& l = left_->where;
    const CompareSide& r = right_->where;
    const Identifier leftId{l.database.value_or(r.database.value_or("")),
                            l.table.value_or(r.table.value_or(""))};
    const Identifier rightId{r.database.value_or(leftId.database), r.table.value_or(leftId.object)};
    auto found = std::make_shared<std::array<std::optional<ObjectDefinition>, 2>>();
    for (bool isLeft : {true, false}) {
        auto side = isLeft ? left_ : right_;
        const Identifier id = isLeft ? leftId : rightId;
        add(side->label + ": table " + id.fullName(),
            [this, side, id, found, isLeft](const std::function<void()>& next) {
                std::weak_ptr<CompareJob> weak = weak_from_this();
                return side->where.catalog->getTable(
                    id, [weak, side, id, found, isLeft, next](const Result<TableInfo>& t) {
                        auto job = weak.lock();
                        if (!job || job->finished_) return;
                        if (t) {
                            (*found)[isLeft ? 0 : 1] = t->schema;
                        } else if (t.error().kind != ErrorKind::NotFound) {
                            job->result_.problems.push_back(
                                {side->label + ": table " + id.fullName(), t.error()});
                        }
                        next();
                    });
            });
    }
    add("comparing", [this, leftId, rightId, found](const std::function<void()>& next) {
        DatabaseComparison d;
        d.leftName = leftId.database;
        d.rightName = rightId.database;
        if ((*found)[0] || (*found)[1]) {
            d.objects.push_back(compareObject(CompareKind::Table, leftId.object, rightId.object,
                                              (*found)[0], (*found)[1]));
        }
        result_.databases.push_back(std::move(d));
        next();
        return Cancellation();
    });
}

namespace {

// The databases as loaded, compared: runs where the offload puts it, touching nothing else.
void compareLoaded(const std::vector<std::shared_ptr<CompareJob::Database>>& databases,
                   CatalogComparison& result) {
    for (const auto& db : databases) {
        DatabaseComparison d;
        d.leftName = db->onLeft ? db->left : std::string();
        d.rightName = db->onRight ? db->right : std::string();
        if (!db->onLeft && !db->onRight) {
            result.problems.push_back(
                {"database " + db->left,
                 makeError(ErrorKind::NotFound, "the database is on neither side")});
            continue;
        }
        d.leftOptions = db->leftOptions;
        d.rightOptions = db->rightOptions;
        if (!db->onRight) {
            d.presence = Presence::OnlyLeft;
        } else if (!db->onLeft) {
            d.presence = Presence::OnlyRight;
        } else {
            d.differences = optionDifferences(db->leftOptions.value_or(Options{}),
                                              db->rightOptions.value_or(Options{}));
            d.presence = d.differences.empty() ? Presence::Same : Presence::Differs;
        }
        if (db->onLeft) {
            for (size_t k = 0; k < kKinds.size(); ++k) {
                auto& [left, right] = db->objects[k];
                if (!left || (db->onRight && !right)) continue;
                for (auto& o : compareObjects(kKinds[k], std::move(*left),
                                              right ? std::move(*right) : Named{}))
                    d.objects.push_back(std::move(o));
            }
        }
        result.databases.push_back(std::move(d));
    }
}

}  // namespace

void CompareJob::finish() {
    if (finished_) return;
    finished_ = true;
    if (progress_) progress_("comparing", tasks_.size(), tasks_.size());
    auto result = std::make_shared<CatalogComparison>(std::move(result_));
    auto databases =
        std::make_shared<std::vector<std::shared_ptr<Database>>>(std::move(databases_));
    std::weak_ptr<CompareJob> weak = weak_from_this();
    auto work = [result, databases] { compareLoaded(*databases, *result); };
    auto then = [weak, result] {
        auto self = weak.lock();
        if (!self || self->cancelled_) return;
        if (self->done_) self->done_(std::move(*result));
    };
    if (offload_) return offload_(std::move(work), std::move(then));
    work();
    then();
}

}  // namespace paimon
