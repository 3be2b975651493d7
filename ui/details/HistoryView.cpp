#include "ui/details/HistoryView.h"

#include <QAction>
#include <QDateTime>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include "core/json/Messages.h"
#include "ui/details/DetailText.h"
#include "ui/details/HistoryModels.h"

namespace paimon::ui {
namespace {

QTableView* makeTable(QAbstractItemModel* model) {
    auto* view = new QTableView;
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // Column widths from the first rows only: measuring a whole first page lays out every
    // cell's text on the GUI thread.
    view->verticalHeader()->setResizeContentsPrecision(40);
    return view;
}

QLabel* statusLabel() {
    auto* l = new QLabel;
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

// A page: the list, a line saying how its loading stands, and a row of buttons.
QWidget* page(QWidget* list, QLabel* status, const QList<QPushButton*>& buttons) {
    auto* w = new QWidget;
    auto* layout = new QVBoxLayout(w);
    layout->addWidget(list, 1);
    layout->addWidget(status);
    auto* bar = new QHBoxLayout;
    for (QPushButton* b : buttons)
        bar->addWidget(b);
    bar->addStretch();
    layout->addLayout(bar);
    return w;
}

}  // namespace

HistoryView::HistoryView(QTabWidget* tabs, QLabel* summary, QObject* parent)
    : QObject(parent),
      tabs_(tabs),
      summary_(summary),
      snapshots_(new SnapshotsModel(this)),
      snapshotsSorted_(new QSortFilterProxyModel(this)),
      snapshotJson_(new QPlainTextEdit),
      snapshotsStatus_(statusLabel()),
      tags_(new TagsModel(this)),
      tagsStatus_(statusLabel()),
      branches_(new QListWidget),
      branchesStatus_(statusLabel()),
      consumers_(new ConsumersModel(this)),
      consumersStatus_(statusLabel()) {
    summary_->setWordWrap(true);
    summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    summary_->setTextFormat(Qt::RichText);

    auto button = [this](const char* name, const QString& text, void (HistoryView::*slot)()) {
        auto* b = new QPushButton(text);
        b->setObjectName(QLatin1String(name));
        connect(b, &QPushButton::clicked, this, slot);
        writeButtons_ << b;
        return b;
    };

    // Snapshots: newest first as loaded; a click on a header sorts what is loaded.
    snapshotsSorted_->setSourceModel(snapshots_);
    snapshotsSorted_->setSortRole(SnapshotsModel::SortRole);
    snapshotsView_ = makeTable(snapshotsSorted_);
    snapshotsView_->setObjectName(QStringLiteral("snapshotsView"));
    snapshotsView_->setSortingEnabled(true);
    snapshotsView_->sortByColumn(SnapshotsModel::Id, Qt::DescendingOrder);
    snapshotJson_->setObjectName(QStringLiteral("snapshotJson"));
    snapshotJson_->setReadOnly(true);
    snapshotJson_->setLineWrapMode(QPlainTextEdit::NoWrap);
    snapshotJson_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    snapshotJson_->setPlaceholderText(tr("Select a snapshot to see everything it records."));
    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(snapshotsView_);
    split->addWidget(snapshotJson_);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    tagSnapshot_ =
        button("tagSnapshot", tr("&Tag this snapshot…"), &HistoryView::tagSelectedSnapshot);
    rollbackSnapshot_ = button("rollbackSnapshot", tr("Roll &back to this snapshot…"),
                               &HistoryView::rollBackToSelectedSnapshot);
    snapshotsTab_ = tabs_->addTab(page(split, snapshotsStatus_, {tagSnapshot_, rollbackSnapshot_}),
                                  tr("Snapshots"));
    connect(snapshotsView_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &HistoryView::showSelectedSnapshot);
    // The columns fit the first page; later pages keep the widths the user sees.
    connect(snapshots_, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex&, int first) {
                if (first == 0) snapshotsView_->resizeColumnsToContents();
            });
    connect(tags_, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex&, int first) {
        if (first == 0) tagsView_->resizeColumnsToContents();
    });
    connect(snapshots_, &SnapshotsModel::stateChanged, this, [this] {
        snapshotsStatus_->setText(
            listingText(snapshots_->state(), snapshots_->problem(), tr("snapshots")));
        if (snapshots_->state() == ListingState::Complete && snapshots_->rowCount() == 0) {
            snapshotsStatus_->setText(tr("Nothing was written to this table yet."));
        }
        updateButtons();
    });

    // Tags.
    tagsView_ = makeTable(tags_);
    tagsView_->setObjectName(QStringLiteral("tagsView"));
    auto* newTag = button("newTag", tr("&New tag…"), &HistoryView::createTag);
    branchFromTag_ =
        button("branchFromTag", tr("New &branch from tag…"), &HistoryView::branchFromSelectedTag);
    rollbackTag_ =
        button("rollbackTag", tr("Roll &back to tag…"), &HistoryView::rollBackToSelectedTag);
    deleteTag_ = button("deleteTag", tr("&Delete tag…"), &HistoryView::deleteSelectedTag);
    tabs_->addTab(page(tagsView_, tagsStatus_, {newTag, branchFromTag_, rollbackTag_, deleteTag_}),
                  tr("Tags"));
    connect(tags_, &TagsModel::stateChanged, this, [this] {
        tagsStatus_->setText(listingText(tags_->state(), tags_->problem(), tr("tags")));
        if (tags_->state() == ListingState::Complete && tags_->rowCount() == 0)
            tagsStatus_->setText(tr("No tags."));
        updateButtons();
    });
    connect(tagsView_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &HistoryView::updateButtons);

    // Branches.
    branches_->setObjectName(QStringLiteral("branchesList"));
    openBranch_ = new QPushButton(tr("&Open"));
    openBranch_->setObjectName(QStringLiteral("openBranch"));
    connect(openBranch_, &QPushButton::clicked, this, &HistoryView::openSelectedBranch);
    auto* newBranch = button("newBranch", tr("&New branch…"), &HistoryView::createBranch);
    renameBranch_ = button("renameBranch", tr("&Rename…"), &HistoryView::renameSelectedBranch);
    forwardBranch_ =
        button("fastForward", tr("&Fast-forward main…"), &HistoryView::fastForwardSelectedBranch);
    dropBranch_ = button("dropBranch", tr("&Drop…"), &HistoryView::dropSelectedBranch);
    tabs_->addTab(page(branches_, branchesStatus_,
                       {openBranch_, newBranch, renameBranch_, forwardBranch_, dropBranch_}),
                  tr("Branches"));
    connect(branches_, &QListWidget::currentRowChanged, this, &HistoryView::updateButtons);
    connect(branches_, &QListWidget::itemActivated, this, &HistoryView::openSelectedBranch);

    // Consumers.
    consumersView_ = makeTable(consumers_);
    consumersView_->setObjectName(QStringLiteral("consumersView"));
    resetConsumer_ =
        button("resetConsumer", tr("&Reset or delete…"), &HistoryView::resetSelectedConsumer);
    tabs_->addTab(page(consumersView_, consumersStatus_, {resetConsumer_}), tr("Consumers"));
    connect(consumers_, &ConsumersModel::stateChanged, this, [this] {
        consumersStatus_->setText(
            listingText(consumers_->state(), consumers_->problem(), tr("consumers")));
        if (consumers_->state() == ListingState::Complete && consumers_->rowCount() == 0)
            consumersStatus_->setText(tr("No consumers."));
        updateButtons();
    });
    connect(consumersView_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &HistoryView::updateButtons);

    // Each list's context menu holds its tab's buttons, enabled as they are.
    auto menuOf = [this](QWidget* list, const QList<QPushButton*>& buttons) {
        list->setContextMenuPolicy(Qt::ActionsContextMenu);
        for (QPushButton* b : buttons) {
            auto* a = new QAction(b->text(), list);
            a->setEnabled(b->isEnabled());
            connect(a, &QAction::triggered, b, &QPushButton::click);
            list->addAction(a);
            actionsFor_.emplace_back(b, a);
        }
    };
    menuOf(snapshotsView_, {tagSnapshot_, rollbackSnapshot_});
    menuOf(tagsView_, {newTag, branchFromTag_, rollbackTag_, deleteTag_});
    menuOf(branches_, {openBranch_, newBranch, renameBranch_, forwardBranch_, dropBranch_});
    menuOf(consumersView_, {resetConsumer_});
    updateButtons();
}

HistoryView::~HistoryView() {
    ++generation_;  // a cancelled request answers at once: drop the answer
    summaryPending_.cancel();
    branchesPending_.cancel();
}

void HistoryView::clear() {
    ++generation_;
    summaryPending_.cancel();
    branchesPending_.cancel();
    source_.reset();
    latest_.reset();
    summary_->clear();
    snapshots_->clear();
    tags_->clear();
    consumers_->clear();
    branches_->clear();
    snapshotJson_->clear();
    for (QLabel* l : {snapshotsStatus_, tagsStatus_, branchesStatus_, consumersStatus_})
        l->clear();
    updateButtons();
}

void HistoryView::setSource(Source source) {
    clear();
    source_ = std::move(source);
    reload();
}

void HistoryView::reload() {
    if (!source_) return;
    ++generation_;
    latest_.reset();
    snapshotJson_->clear();
    snapshots_->setSource(source_->catalog, source_->id);
    tags_->setSource(source_->catalog, source_->id);
    consumers_->setSource(source_->catalog, source_->id);
    loadSummary();
    loadBranches();
    updateButtons();
}

QString HistoryView::summaryText() const {
    return summary_->text();
}

void HistoryView::loadSummary() {
    summary_->setText(tr("Loading the latest snapshot…"));
    summaryAnswered_ = false;
    const quint64 generation = generation_;
    QPointer<HistoryView> self(this);
    summaryPending_ = source_->catalog->getLatestSnapshot(
        source_->id, [self, generation](Result<std::optional<TableSnapshot>> r) {
            if (!self || generation != self->generation_) return;
            self->summaryAnswered_ = true;
            if (!r) {
                if (r.error().kind == ErrorKind::NotImplemented) {
                    return self->summary_->setText(
                        tr("This server does not report the table's latest snapshot."));
                }
                return self->summary_->setText(
                    tr("Could not load the latest snapshot: %1")
                        .arg(QString::fromStdString(r.error().describe()).toHtmlEscaped()));
            }
            if (!*r) {
                return self->summary_->setText(
                    tr("<b>No snapshot yet:</b> nothing was written to this table."));
            }
            const TableSnapshot& t = **r;
            const Snapshot& s = t.snapshot;
            self->latest_ = s.id;
            const int64_t now = QDateTime::currentMSecsSinceEpoch();
            // A table with rows and no files does not exist: zero files next to rows means the
            // server did not count them.
            const bool filesCounted = t.fileCount > 0 || t.recordCount == 0;
            const QString rows = tr("%1 rows").arg(countText(t.recordCount));
            const QString files =
                filesCounted ? tr("%1 files · %2")
                                   .arg(QLocale().toString(static_cast<qlonglong>(t.fileCount)),
                                        sizeText(t.fileSizeInBytes))
                             : tr("files and size not reported");
            self->summary_->setText(
                tr("<b>Latest snapshot %1</b> · %2 · <span title=\"%3\">%4</span> by %5<br>%6 · %7")
                    .arg(s.id)
                    .arg(fromStd(s.commitKind).toHtmlEscaped(),
                         exactTime(s.timeMillis).toHtmlEscaped(),
                         relativeTime(s.timeMillis, now).toHtmlEscaped(),
                         fromStd(s.commitUser).toHtmlEscaped(), rows.toHtmlEscaped(),
                         files.toHtmlEscaped()));
            self->updateButtons();
        });
}

void HistoryView::loadBranches() {
    branchesStatus_->setText(tr("Loading branches…"));
    const quint64 generation = generation_;
    QPointer<HistoryView> self(this);
    const Identifier base{source_->id.database, source_->id.tableName()};
    branchesPending_ = source_->catalog->listBranches(
        base, [self, generation](Result<std::vector<std::string>> r) {
            if (!self || generation != self->generation_) return;
            self->branches_->clear();
            if (!r) {
                self->branchesStatus_->setText(
                    r.error().kind == ErrorKind::NotImplemented
                        ? listingText(ListingState::NotOffered, {}, tr("branches"))
                        : listingText(ListingState::Failed,
                                      QString::fromStdString(r.error().describe()),
                                      tr("branches")));
                return self->updateButtons();
            }
            for (const auto& name : *r)
                self->branches_->addItem(fromStd(name));
            self->branchesStatus_->setText(r->empty() ? tr("No branches besides main.")
                                                      : QString());
            self->updateButtons();
        });
}

void HistoryView::showSelectedSnapshot() {
    const QModelIndex current = snapshotsView_->currentIndex();
    const Snapshot* s = current.isValid()
                            ? snapshots_->snapshot(snapshotsSorted_->mapToSource(current).row())
                            : nullptr;
    snapshotJson_->setPlainText(s ? QString::fromStdString(codec::encodeSnapshotFile(*s))
                                  : QString());
    updateButtons();
}

int HistoryView::selectedRow(QTableView* view) const {
    const QModelIndex current = view->currentIndex();
    if (!current.isValid()) return -1;
    if (view == snapshotsView_) return snapshotsSorted_->mapToSource(current).row();
    return current.row();
}

QString HistoryView::selectedBranch() const {
    const QListWidgetItem* item = branches_->currentItem();
    return item ? item->text() : QString();
}

void HistoryView::updateButtons() {
    const bool writable = source_ && source_->whyNotWritable.isEmpty();
    const QString why = source_ ? source_->whyNotWritable : QString();
    for (QPushButton* b : writeButtons_) {
        b->setEnabled(writable);
        b->setToolTip(why);
    }
    const bool onBranch = source_ && source_->id.branchName().has_value();
    const bool snapshot = selectedRow(snapshotsView_) >= 0;
    const int tagRow = selectedRow(tagsView_);
    const bool tag = tagRow >= 0 && tags_->tag(tagRow).has_value();
    const bool branch = !selectedBranch().isEmpty();
    tagSnapshot_->setEnabled(writable && snapshot);
    rollbackSnapshot_->setEnabled(writable && snapshot && latest_.has_value());
    branchFromTag_->setEnabled(writable && tagRow >= 0 && !onBranch);
    rollbackTag_->setEnabled(writable && tag && latest_.has_value());
    deleteTag_->setEnabled(writable && tagRow >= 0);
    openBranch_->setEnabled(branch);
    renameBranch_->setEnabled(writable && branch);
    forwardBranch_->setEnabled(writable && branch);
    dropBranch_->setEnabled(writable && branch);
    resetConsumer_->setEnabled(writable && source_.has_value());
    for (const auto& [button, action] : actionsFor_) {
        action->setEnabled(button->isEnabled());
        action->setToolTip(button->toolTip());
    }
}

HistoryEdit HistoryView::edit(HistoryEdit::Kind kind) const {
    HistoryEdit e;
    e.kind = kind;
    if (source_) e.table = source_->id;
    e.latestSnapshot = latest_;
    e.tags = tags_->names();
    return e;
}

void HistoryView::tagSelectedSnapshot() {
    const Snapshot* s = snapshots_->snapshot(selectedRow(snapshotsView_));
    if (!s) return;
    HistoryEdit e = edit(HistoryEdit::Kind::CreateTag);
    e.snapshotId = s->id;
    emit editRequested(e);
}

void HistoryView::createTag() {
    emit editRequested(edit(HistoryEdit::Kind::CreateTag));
}

void HistoryView::rollBackToSelectedSnapshot() {
    const Snapshot* s = snapshots_->snapshot(selectedRow(snapshotsView_));
    if (!s) return;
    HistoryEdit e = edit(HistoryEdit::Kind::Rollback);
    e.snapshotId = s->id;
    emit editRequested(e);
}

void HistoryView::branchFromSelectedTag() {
    const int row = selectedRow(tagsView_);
    if (row < 0) return;
    HistoryEdit e = edit(HistoryEdit::Kind::CreateBranch);
    e.name = tags_->names().value(row);
    emit editRequested(e);
}

void HistoryView::rollBackToSelectedTag() {
    const int row = selectedRow(tagsView_);
    if (row < 0) return;
    HistoryEdit e = edit(HistoryEdit::Kind::Rollback);
    e.name = tags_->names().value(row);
    emit editRequested(e);
}

void HistoryView::deleteSelectedTag() {
    const int row = selectedRow(tagsView_);
    if (row < 0) return;
    HistoryEdit e = edit(HistoryEdit::Kind::DeleteTag);
    e.name = tags_->names().value(row);
    emit editRequested(e);
}

void HistoryView::createBranch() {
    emit editRequested(edit(HistoryEdit::Kind::CreateBranch));
}

void HistoryView::openSelectedBranch() {
    const QString branch = selectedBranch();
    if (!branch.isEmpty()) emit openBranchRequested(branch);
}

void HistoryView::renameSelectedBranch() {
    const QString branch = selectedBranch();
    if (branch.isEmpty()) return;
    HistoryEdit e = edit(HistoryEdit::Kind::RenameBranch);
    e.name = branch;
    emit editRequested(e);
}

void HistoryView::fastForwardSelectedBranch() {
    const QString branch = selectedBranch();
    if (branch.isEmpty()) return;
    HistoryEdit e = edit(HistoryEdit::Kind::FastForward);
    e.name = branch;
    emit editRequested(e);
}

void HistoryView::dropSelectedBranch() {
    const QString branch = selectedBranch();
    if (branch.isEmpty()) return;
    HistoryEdit e = edit(HistoryEdit::Kind::DropBranch);
    e.name = branch;
    emit editRequested(e);
}

void HistoryView::resetSelectedConsumer() {
    HistoryEdit e = edit(HistoryEdit::Kind::ResetConsumer);
    if (const Consumer* c = consumers_->consumer(selectedRow(consumersView_))) {
        e.name = fromStd(c->id);
        e.snapshotId = c->nextSnapshot;
    } else {
        e.snapshotId = latest_;
    }
    emit editRequested(e);
}

}  // namespace paimon::ui
