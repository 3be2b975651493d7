#include "ui/details/PartitionsView.h"

#include <QAction>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QPointer>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

#include "core/catalog/Paging.h"
#include "ui/details/DetailText.h"

namespace paimon::ui {

// ---- the model ----

PartitionsModel::PartitionsModel(QObject* parent) : ListingModel(parent) {}

PartitionsModel::~PartitionsModel() {
    stopLoading();
}

void PartitionsModel::clearRows() {
    rows_.clear();
    totals_ = {};
}

void PartitionsModel::setSource(std::shared_ptr<Catalog> catalog, Identifier id,
                                const QString& namePrefix, int pageSize) {
    beginSource(std::move(catalog), std::move(id));
    pageSize_ = pageSize;
    pattern_.reset();
    if (!namePrefix.isEmpty()) pattern_ = prefixPatternFor(namePrefix.toStdString());
    now_ = QDateTime::currentMSecsSinceEpoch();
    fetchMore({});
}

const Partition* PartitionsModel::partition(int row) const {
    if (row < 0 || row >= static_cast<int>(rows_.size())) return nullptr;
    return &rows_[static_cast<size_t>(row)];
}

void PartitionsModel::setTableBytes(int64_t bytes) {
    tableBytes_ = bytes;
    if (!rows_.empty()) {
        emit dataChanged(index(0, Share), index(rowCount() - 1, Share));
    }
}

bool PartitionsModel::canFetchMore(const QModelIndex& parent) const {
    return canFetchPage(parent);
}

void PartitionsModel::fetchMore(const QModelIndex& parent) {
    ListRequest request;
    request.maxResults = pageSize_;
    request.namePattern = pattern_;
    fetchPage<Partition>(
        parent, request,
        [this](const ListRequest& r, Callback<Page<Partition>> done) {
            return catalog_->listPartitionsPage(id_, r, std::move(done));
        },
        [this](Partition p) {
            Totals& t = totals_;
            ++t.partitions;
            t.rows += std::max<int64_t>(p.recordCount, 0);
            t.bytes += std::max<int64_t>(p.fileSizeInBytes, 0);
            t.files += std::max<int64_t>(p.fileCount, 0);
            if (p.done) ++t.done;
            t.largest = std::max(t.largest, p.fileSizeInBytes);
            rows_.push_back(std::move(p));
        });
}

int PartitionsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int PartitionsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {

// A figure: negative means the server never measured it.
QVariant figureCell(int64_t v, int role, const QString& text) {
    if (role == PartitionsModel::SortRole) return static_cast<qlonglong>(v);
    if (role == Qt::DisplayRole) return v < 0 ? notReported() : text;
    if (role == Qt::TextAlignmentRole) return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

}  // namespace

QVariant PartitionsModel::data(const QModelIndex& index, int role) const {
    const Partition* p = partition(index.row());
    if (!p || !index.isValid()) return {};
    switch (index.column()) {
        case Name:
            if (role == Qt::DisplayRole || role == SortRole || role == Qt::ToolTipRole) {
                return fromStd(p->name());
            }
            return {};
        case Rows:
            return figureCell(p->recordCount, role, countText(p->recordCount));
        case Size:
            if (role == Qt::ToolTipRole && p->fileSizeInBytes >= 0) {
                return tr("%1 bytes")
                    .arg(QLocale().toString(static_cast<qlonglong>(p->fileSizeInBytes)));
            }
            return figureCell(p->fileSizeInBytes, role, sizeText(p->fileSizeInBytes));
        case Share: {
            // Of the table's bytes at its latest snapshot, or of the loaded partitions' when
            // the server does not report them.
            const int64_t whole = std::max(tableBytes_, totals_.bytes);
            const double share =
                whole > 0 && p->fileSizeInBytes > 0
                    ? static_cast<double>(p->fileSizeInBytes) / static_cast<double>(whole)
                    : 0.0;
            if (role == BarRole) {
                if (totals_.largest <= 0 || p->fileSizeInBytes <= 0) return 0.0;
                return static_cast<double>(p->fileSizeInBytes) /
                       static_cast<double>(totals_.largest);
            }
            if (role == SortRole) return static_cast<qlonglong>(p->fileSizeInBytes);
            if (role == Qt::DisplayRole) {
                if (p->fileSizeInBytes < 0) return notReported();
                return QLocale().toString(share * 100.0, 'f', share < 0.01 ? 2 : 1) +
                       QLatin1String(" %");
            }
            if (role == Qt::ToolTipRole) {
                return tr("Its share of the table's %1; the bar compares it with the largest "
                          "partition loaded.")
                    .arg(sizeText(whole));
            }
            if (role == Qt::TextAlignmentRole) return int(Qt::AlignRight | Qt::AlignVCenter);
            return {};
        }
        case Files:
            return figureCell(p->fileCount, role, countText(p->fileCount));
        case LastUpdate:
            if (role == SortRole) return static_cast<qlonglong>(p->lastFileCreationTime);
            if (p->lastFileCreationTime <= 0) {
                return role == Qt::DisplayRole ? QVariant(notReported()) : QVariant();
            }
            if (role == Qt::DisplayRole) return relativeTime(p->lastFileCreationTime, now_);
            if (role == Qt::ToolTipRole) return exactTime(p->lastFileCreationTime);
            return {};
        case Done:
            if (role == Qt::DisplayRole) return p->done ? tr("done") : QString();
            if (role == SortRole) return p->done ? 1 : 0;
            return {};
        case Buckets:
            if (role == Qt::DisplayRole && p->totalBuckets < 0) return tr("dynamic");
            return figureCell(p->totalBuckets, role, QString::number(p->totalBuckets));
        default:
            return {};
    }
}

QVariant PartitionsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
        case Name:
            return tr("Partition");
        case Rows:
            return tr("Rows");
        case Size:
            return tr("Size");
        case Share:
            return tr("Share");
        case Files:
            return tr("Files");
        case LastUpdate:
            return tr("Last update");
        case Done:
            return tr("Done");
        case Buckets:
            return tr("Buckets");
        default:
            return {};
    }
}

// ---- the share bar ----

void ShareBarDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                             const QModelIndex& index) const {
    const double length = index.data(PartitionsModel::BarRole).toDouble();
    if (length > 0) {
        QRect bar = option.rect.adjusted(3, 3, -3, -3);
        bar.setWidth(std::max(1, static_cast<int>(bar.width() * std::min(1.0, length))));
        QColor color = option.palette.highlight().color();
        color.setAlpha(60);
        painter->fillRect(bar, color);
    }
    QStyledItemDelegate::paint(painter, option, index);
}

// ---- the tab ----

PartitionsView::PartitionsView(QTabWidget* tabs, QObject* parent)
    : QObject(parent),
      tabs_(tabs),
      model_(new PartitionsModel(this)),
      sorted_(new QSortFilterProxyModel(this)),
      view_(new QTableView),
      filter_(new QLineEdit),
      filterTimer_(new QTimer(this)),
      totals_(new QLabel),
      status_(new QLabel),
      markDone_(new QPushButton(tr("&Mark done…"))),
      drop_(new QPushButton(tr("&Drop…"))) {
    sorted_->setSourceModel(model_);
    sorted_->setSortRole(PartitionsModel::SortRole);
    view_->setObjectName(QStringLiteral("partitionsView"));
    view_->setModel(sorted_);
    view_->setSelectionBehavior(QAbstractItemView::SelectRows);
    view_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view_->setWordWrap(false);
    view_->verticalHeader()->hide();
    view_->verticalHeader()->setDefaultSectionSize(view_->fontMetrics().height() + 8);
    view_->horizontalHeader()->setStretchLastSection(true);
    // Column widths from the first rows only: measuring a whole first page lays out every
    // cell's text on the GUI thread.
    view_->verticalHeader()->setResizeContentsPrecision(40);
    view_->setItemDelegateForColumn(PartitionsModel::Share, new ShareBarDelegate(view_));
    view_->setSortingEnabled(true);
    view_->sortByColumn(PartitionsModel::Name, Qt::DescendingOrder);

    filter_->setObjectName(QStringLiteral("partitionFilter"));
    filter_->setClearButtonEnabled(true);
    filter_->setPlaceholderText(tr("Filter by the start of the name, e.g. dt=2026-11"));
    filterTimer_->setSingleShot(true);
    filterTimer_->setInterval(300);
    connect(filter_, &QLineEdit::textChanged, filterTimer_, qOverload<>(&QTimer::start));
    connect(filter_, &QLineEdit::returnPressed, this, &PartitionsView::applyFilter);
    connect(filterTimer_, &QTimer::timeout, this, &PartitionsView::applyFilter);

    totals_->setObjectName(QStringLiteral("partitionTotals"));
    totals_->setWordWrap(true);
    totals_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    status_->setWordWrap(true);
    status_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    markDone_->setObjectName(QStringLiteral("markPartitionsDone"));
    drop_->setObjectName(QStringLiteral("dropPartitions"));
    connect(markDone_, &QPushButton::clicked, this, &PartitionsView::markSelectedDone);
    connect(drop_, &QPushButton::clicked, this, &PartitionsView::dropSelected);
    auto* refresh = new QPushButton(tr("&Refresh"));
    refresh->setObjectName(QStringLiteral("refreshPartitions"));
    connect(refresh, &QPushButton::clicked, this, &PartitionsView::reload);

    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(totals_);
    layout->addWidget(filter_);
    layout->addWidget(view_, 1);
    layout->addWidget(status_);
    auto* bar = new QHBoxLayout;
    bar->addWidget(markDone_);
    bar->addWidget(drop_);
    bar->addStretch();
    bar->addWidget(refresh);
    layout->addLayout(bar);
    tab_ = tabs_->addTab(page, tr("Partitions"));

    view_->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (QPushButton* b : {markDone_, drop_}) {
        auto* a = new QAction(b->text(), view_);
        connect(a, &QAction::triggered, b, &QPushButton::click);
        view_->addAction(a);
    }

    connect(model_, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex&, int first) {
        if (first == 0) {
            view_->resizeColumnsToContents();
            view_->setColumnWidth(
                PartitionsModel::Share,
                std::max(view_->columnWidth(PartitionsModel::Share),
                         view_->fontMetrics().horizontalAdvance(QStringLiteral("00.00 %")) * 2));
        }
        updateTotals();
    });
    connect(model_, &PartitionsModel::stateChanged, this, [this] {
        status_->setText(listingText(model_->state(), model_->problem(), tr("partitions")));
        if (model_->state() == ListingState::Complete && model_->rowCount() == 0) {
            status_->setText(filter_->text().isEmpty()
                                 ? tr("No partition has data yet.")
                                 : tr("No partition name starts with “%1”.").arg(filter_->text()));
        }
        updateTotals();
        updateButtons();
    });
    connect(view_->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PartitionsView::updateButtons);
    updateButtons();
}

PartitionsView::~PartitionsView() {
    ++generation_;  // a cancelled request answers at once: drop the answer
    totalsPending_.cancel();
}

void PartitionsView::clear() {
    ++generation_;
    totalsPending_.cancel();
    source_.reset();
    table_.reset();
    model_->clear();
    totals_->clear();
    status_->clear();
    updateButtons();
}

void PartitionsView::setSource(HistoryView::Source source) {
    clear();
    source_ = std::move(source);
    reload();
}

void PartitionsView::reload() {
    if (!source_) return;
    ++generation_;
    model_->setSource(source_->catalog, source_->id, filter_->text().trimmed());
    loadTableTotals();
    updateButtons();
}

void PartitionsView::applyFilter() {
    filterTimer_->stop();
    if (!source_) return;
    model_->setSource(source_->catalog, source_->id, filter_->text().trimmed());
    model_->setTableBytes(table_ ? table_->fileSizeInBytes : 0);
}

void PartitionsView::loadTableTotals() {
    table_.reset();
    const quint64 generation = generation_;
    QPointer<PartitionsView> self(this);
    totalsPending_ = source_->catalog->getLatestSnapshot(
        source_->id, [self, generation](Result<std::optional<TableSnapshot>> r) {
            if (!self || generation != self->generation_) return;
            if (r && *r) {
                self->table_ = **r;
                self->model_->setTableBytes((*r)->fileSizeInBytes);
            }
            self->updateTotals();
        });
}

void PartitionsView::updateTotals() {
    if (!source_) return totals_->clear();
    const PartitionsModel::Totals t = model_->loadedTotals();
    const QLocale locale;
    QString loaded = tr("%n partition(s)", nullptr,
                        static_cast<int>(std::min<int64_t>(t.partitions, INT32_MAX)));
    if (model_->state() == ListingState::More) loaded = tr("%1 loaded so far").arg(loaded);
    QString text = tr("<b>%1</b> · %2 rows · %3 files · %4 · %5 marked done")
                       .arg(loaded.toHtmlEscaped(), countText(t.rows).toHtmlEscaped(),
                            countText(t.files).toHtmlEscaped(), sizeText(t.bytes).toHtmlEscaped(),
                            locale.toString(static_cast<qlonglong>(t.done)));
    if (table_ && (table_->fileCount > 0 || table_->recordCount == 0)) {
        text +=
            QStringLiteral("<br>") + tr("The whole table at snapshot %1: %2 rows · %3 files · %4")
                                         .arg(table_->snapshot.id)
                                         .arg(countText(table_->recordCount).toHtmlEscaped(),
                                              countText(table_->fileCount).toHtmlEscaped(),
                                              sizeText(table_->fileSizeInBytes).toHtmlEscaped());
    }
    totals_->setText(text);
}

void PartitionsView::updateButtons() {
    const bool writable = source_ && source_->whyNotWritable.isEmpty();
    const bool selected = view_->selectionModel() && view_->selectionModel()->hasSelection();
    for (QPushButton* b : {markDone_, drop_}) {
        b->setEnabled(writable && selected);
        b->setToolTip(source_ ? source_->whyNotWritable : QString());
    }
    const QList<QAction*> actions = view_->actions();
    for (int i = 0; i < actions.size(); ++i)
        actions[i]->setEnabled(i == 0 ? markDone_->isEnabled() : drop_->isEnabled());
}

std::vector<PartitionSpec> PartitionsView::selectedPartitions() const {
    std::vector<PartitionSpec> out;
    if (!view_->selectionModel()) return out;
    QModelIndexList rows = view_->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    for (const QModelIndex& shown : rows) {
        if (const Partition* p = model_->partition(sorted_->mapToSource(shown).row())) {
            out.push_back(p->spec);
        }
    }
    return out;
}

void PartitionsView::markSelectedDone() {
    if (!source_) return;
    HistoryEdit e;
    e.kind = HistoryEdit::Kind::MarkPartitionsDone;
    e.table = source_->id;
    e.partitions = selectedPartitions();
    if (!e.partitions.empty()) emit editRequested(e);
}

void PartitionsView::dropSelected() {
    if (!source_) return;
    HistoryEdit e;
    e.kind = HistoryEdit::Kind::DropPartitions;
    e.table = source_->id;
    e.partitions = selectedPartitions();
    if (!e.partitions.empty()) emit editRequested(e);
}

}  // namespace paimon::ui
