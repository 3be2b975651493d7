#include "ui/details/HistoryModels.h"

#include <QDateTime>
#include <QPointer>

#include "ui/details/DetailText.h"

namespace paimon::ui {
namespace {

int64_t currentMillis() {
    return QDateTime::currentMSecsSinceEpoch();
}

QVariant numberCell(std::optional<int64_t> v, int role) {
    if (role == SnapshotsModel::SortRole) {
        return v ? QVariant(static_cast<qlonglong>(*v)) : QVariant(qlonglong(-1));
    }
    if (role == Qt::DisplayRole) return countText(v);
    if (role == Qt::TextAlignmentRole) return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

}  // namespace

QString listingText(ListingState state, const QString& problem, const QString& what) {
    switch (state) {
        case ListingState::Idle:
        case ListingState::Complete:
            return {};
        case ListingState::Loading:
            return QObject::tr("Loading %1…").arg(what);
        case ListingState::More:
            return QObject::tr("Scroll down for more %1.").arg(what);
        case ListingState::Failed:
            return QObject::tr("Could not load %1: %2").arg(what, problem);
        case ListingState::NotOffered:
            return QObject::tr("This server does not offer %1.").arg(what);
    }
    return {};
}

// ---- what the listings share ----

ListingModel::ListingModel(QObject* parent) : QAbstractTableModel(parent) {}

ListingModel::~ListingModel() {
    stopLoading();
}

// A cancelled request answers at once (Cancelled): the generation moves first, so that the
// answer is dropped.
void ListingModel::stopLoading() {
    ++generation_;
    pending_.cancel();
}

void ListingModel::clear() {
    stopLoading();
    beginResetModel();
    clearRows();
    token_.reset();
    catalog_.reset();
    endResetModel();
    setState(ListingState::Idle);
}

void ListingModel::beginSource(std::shared_ptr<Catalog> catalog, Identifier id) {
    clear();
    catalog_ = std::move(catalog);
    id_ = std::move(id);
}

void ListingModel::setState(ListingState state, const QString& problem) {
    state_ = state;
    problem_ = problem;
    emit stateChanged();
}

void ListingModel::fail(const Error& error) {
    if (error.kind == ErrorKind::NotImplemented) return setState(ListingState::NotOffered);
    setState(ListingState::Failed, QString::fromStdString(error.describe()));
}

bool ListingModel::canFetchPage(const QModelIndex& parent) const {
    if (parent.isValid() || !catalog_) return false;
    return state_ == ListingState::More || state_ == ListingState::Idle;
}

bool ListingModel::fetchAllowed(const QModelIndex& parent) const {
    return !parent.isValid() && catalog_ && state_ != ListingState::Loading &&
           state_ != ListingState::Complete && state_ != ListingState::NotOffered;
}

void ListingModel::pageEnded(const std::optional<std::string>& next, bool empty, bool repeated) {
    if (repeated) {
        return setState(ListingState::Failed, tr("the server sent the same page token twice"));
    }
    token_ = next;
    setState(next && !empty ? ListingState::More : ListingState::Complete);
}

// ---- snapshots ----

SnapshotsModel::SnapshotsModel(QObject* parent) : ListingModel(parent) {}

SnapshotsModel::~SnapshotsModel() {
    stopLoading();
}

void SnapshotsModel::clearRows() {
    rows_.clear();
}

void SnapshotsModel::setSource(std::shared_ptr<Catalog> catalog, Identifier id, int pageSize) {
    beginSource(std::move(catalog), std::move(id));
    pageSize_ = pageSize;
    now_ = currentMillis();
    fetchMore({});
}

const Snapshot* SnapshotsModel::snapshot(int row) const {
    if (row < 0 || row >= static_cast<int>(rows_.size())) return nullptr;
    return &rows_[static_cast<size_t>(row)];
}

bool SnapshotsModel::canFetchMore(const QModelIndex& parent) const {
    return canFetchPage(parent);
}

void SnapshotsModel::fetchMore(const QModelIndex& parent) {
    ListRequest request;
    request.maxResults = pageSize_;
    fetchPage<Snapshot>(
        parent, request,
        [this](const ListRequest& r, Callback<Page<Snapshot>> done) {
            return catalog_->listSnapshotsPage(id_, r, std::move(done));
        },
        [this](Snapshot s) { rows_.push_back(std::move(s)); });
}

int SnapshotsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int SnapshotsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SnapshotsModel::data(const QModelIndex& index, int role) const {
    const Snapshot* s = snapshot(index.row());
    if (!s || !index.isValid()) return {};
    switch (index.column()) {
        case Id:
            if (role == Qt::DisplayRole || role == SortRole) return static_cast<qlonglong>(s->id);
            if (role == Qt::TextAlignmentRole) return int(Qt::AlignRight | Qt::AlignVCenter);
            return {};
        case Time:
            if (role == Qt::DisplayRole) return relativeTime(s->timeMillis, now_);
            if (role == Qt::ToolTipRole) return exactTime(s->timeMillis);
            if (role == SortRole) return static_cast<qlonglong>(s->timeMillis);
            return {};
        case Kind:
            if (role == Qt::DisplayRole || role == SortRole) return fromStd(s->commitKind);
            return {};
        case User:
            if (role == Qt::DisplayRole || role == SortRole || role == Qt::ToolTipRole)
                return fromStd(s->commitUser);
            return {};
        case SchemaId:
            return numberCell(s->schemaId, role);
        case DeltaRows:
            return numberCell(s->deltaRecordCount, role);
        case ChangelogRows:
            return numberCell(s->changelogRecordCount, role);
        case TotalRows:
            return numberCell(s->totalRecordCount, role);
        case Watermark: {
            const auto w = s->effectiveWatermark();
            if (role == Qt::DisplayRole) return w ? relativeTime(*w, now_) : tr("none");
            if (role == Qt::ToolTipRole) return w ? exactTime(*w) : QVariant();
            if (role == SortRole) return w ? static_cast<qlonglong>(*w) : qlonglong(-1);
            return {};
        }
        default:
            return {};
    }
}

QVariant SnapshotsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
        case Id:
            return tr("ID");
        case Time:
            return tr("Time");
        case Kind:
            return tr("Kind");
        case User:
            return tr("Commit user");
        case SchemaId:
            return tr("Schema");
        case DeltaRows:
            return tr("Rows in commit");
        case ChangelogRows:
            return tr("Changelog rows");
        case TotalRows:
            return tr("Total rows");
        case Watermark:
            return tr("Watermark");
        default:
            return {};
    }
}

// ---- tags ----

TagsModel::TagsModel(QObject* parent) : ListingModel(parent) {}

TagsModel::~TagsModel() {
    stopLoading();
}

void TagsModel::clearRows() {
    rows_.clear();
}

void TagsModel::setSource(std::shared_ptr<Catalog> catalog, Identifier id) {
    beginSource(std::move(catalog), std::move(id));
    now_ = currentMillis();
    setState(ListingState::Loading);
    loadNames(std::nullopt);
}

QStringList TagsModel::names() const {
    QStringList out;
    for (const Row& r : rows_)
        out << fromStd(r.name);
    return out;
}

std::optional<Tag> TagsModel::tag(int row) const {
    if (row < 0 || row >= static_cast<int>(rows_.size())) return std::nullopt;
    return rows_[static_cast<size_t>(row)].tag;
}

void TagsModel::loadNames(const std::optional<std::string>& token) {
    ListRequest request;
    request.pageToken = token;
    const quint64 generation = generation_;
    QPointer<TagsModel> self(this);
    pending_ = catalog_->listTagsPage(
        id_, request, [self, generation, token](Result<Page<std::string>> page) {
            if (!self || generation != self->generation_) return;
            if (!page) return self->fail(page.error());
            self->appendRows(page->items, [&](std::string name) {
                self->rows_.push_back({std::move(name), std::nullopt, {}});
            });
            if (page->nextPageToken && !page->items.empty() && page->nextPageToken != token) {
                return self->loadNames(page->nextPageToken);
            }
            self->loadDetails(0);
        });
}

void TagsModel::loadDetails(size_t row) {
    if (row >= rows_.size()) return setState(ListingState::Complete);
    const quint64 generation = generation_;
    QPointer<TagsModel> self(this);
    pending_ = catalog_->getTag(id_, rows_[row].name, [self, generation, row](Result<Tag> t) {
        if (!self || generation != self->generation_ || row >= self->rows_.size()) return;
        if (t) {
            self->rows_[row].tag = std::move(*t);
        } else {
            self->rows_[row].problem = QString::fromStdString(t.error().describe());
        }
        emit self->dataChanged(self->index(static_cast<int>(row), 0),
                               self->index(static_cast<int>(row), ColumnCount - 1));
        self->loadDetails(row + 1);
    });
}

int TagsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int TagsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TagsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= static_cast<int>(rows_.size())) return {};
    const Row& r = rows_[static_cast<size_t>(index.row())];
    if (index.column() == Name) {
        if (role == Qt::DisplayRole) return fromStd(r.name);
        if (role == Qt::ToolTipRole && !r.problem.isEmpty()) return r.problem;
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) return {};
    if (!r.tag) {
        if (role != Qt::DisplayRole) return {};
        return r.problem.isEmpty() ? tr("loading…") : tr("could not load");
    }
    const Tag& t = *r.tag;
    switch (index.column()) {
        case SnapshotId:
            return role == Qt::DisplayRole ? QVariant(static_cast<qlonglong>(t.snapshot.id))
                                           : QVariant();
        case SnapshotTime:
            return role == Qt::DisplayRole ? relativeTime(t.snapshot.timeMillis, now_)
                                           : exactTime(t.snapshot.timeMillis);
        case Created:
            if (!t.createTimeMillis) return role == Qt::DisplayRole ? notReported() : QVariant();
            return role == Qt::DisplayRole ? relativeTime(*t.createTimeMillis, now_)
                                           : exactTime(*t.createTimeMillis);
        case Retained:
            if (role != Qt::DisplayRole) return {};
            return t.timeRetained ? fromStd(*t.timeRetained) : tr("until deleted");
        default:
            return {};
    }
}

QVariant TagsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
        case Name:
            return tr("Tag");
        case SnapshotId:
            return tr("Snapshot");
        case SnapshotTime:
            return tr("Snapshot time");
        case Created:
            return tr("Created");
        case Retained:
            return tr("Kept for");
        default:
            return {};
    }
}

// ---- consumers ----

ConsumersModel::ConsumersModel(QObject* parent) : ListingModel(parent) {}

ConsumersModel::~ConsumersModel() {
    stopLoading();
}

void ConsumersModel::clearRows() {
    rows_.clear();
}

void ConsumersModel::setSource(std::shared_ptr<Catalog> catalog, Identifier id) {
    beginSource(std::move(catalog), std::move(id));
    setState(ListingState::Loading);
    load(std::nullopt);
}

const Consumer* ConsumersModel::consumer(int row) const {
    if (row < 0 || row >= static_cast<int>(rows_.size())) return nullptr;
    return &rows_[static_cast<size_t>(row)];
}

void ConsumersModel::load(const std::optional<std::string>& token) {
    ListRequest request;
    request.pageToken = token;
    const quint64 generation = generation_;
    QPointer<ConsumersModel> self(this);
    pending_ = catalog_->listConsumersPage(
        id_, request, [self, generation, token](Result<Page<Consumer>> page) {
            if (!self || generation != self->generation_) return;
            if (!page) return self->fail(page.error());
            self->appendRows(page->items, [&](Consumer c) { self->rows_.push_back(std::move(c)); });
            if (page->nextPageToken && !page->items.empty() && page->nextPageToken != token) {
                return self->load(page->nextPageToken);
            }
            self->setState(ListingState::Complete);
        });
}

int ConsumersModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int ConsumersModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConsumersModel::data(const QModelIndex& index, int role) const {
    const Consumer* c = consumer(index.row());
    if (!c || role != Qt::DisplayRole) return {};
    if (index.column() == Id) return fromStd(c->id);
    if (index.column() == NextSnapshot) return countText(c->nextSnapshot);
    return {};
}

QVariant ConsumersModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    if (section == Id) return tr("Consumer");
    if (section == NextSnapshot) return tr("Next snapshot");
    return {};
}

}  // namespace paimon::ui
