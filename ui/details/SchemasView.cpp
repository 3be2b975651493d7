#include "ui/details/SchemasView.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core/schema/SchemaDiff.h"
#include "core/schema/SchemaRules.h"
#include "ui/details/DatabasePane.h"
#include "ui/details/DetailText.h"

namespace paimon::ui {

namespace {

// The changes that turn `from` into `to`, one a line; or why they cannot be expressed.
QString changesText(const TableSchema& from, const TableSchema& to, const QString& separator) {
    auto diff = diffSchemas(schemaOf(from), schemaOf(to));
    if (!diff) {
        return QObject::tr("not expressible as changes: %1")
            .arg(QString::fromStdString(diff.error().message));
    }
    QStringList lines;
    for (const auto& change : *diff)
        lines << QString::fromStdString(describeSchemaChange(change));
    return lines.isEmpty() ? QObject::tr("no change") : lines.join(separator);
}

}  // namespace

SchemasView::SchemasView(QTabWidget* tabs, QObject* parent)
    : QObject(parent),
      tabs_(tabs),
      table_(makeReadOnlyTable(
          {tr("ID"), tr("Time"), tr("Columns"), tr("Snapshots"), tr("Changes from the previous")})),
      compare_(new QComboBox),
      diff_(new QPlainTextEdit),
      status_(new QLabel),
      rollback_(new QPushButton(tr("Roll &back to this schema…"))) {
    table_->setObjectName(QStringLiteral("schemaVersions"));
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    compare_->setObjectName(QStringLiteral("schemaCompare"));
    diff_->setObjectName(QStringLiteral("schemaDiff"));
    diff_->setReadOnly(true);
    status_->setWordWrap(true);
    rollback_->setObjectName(QStringLiteral("rollbackSchema"));
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(status_);
    layout->addWidget(table_, 2);
    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Changes from schema:")));
    bar->addWidget(compare_);
    bar->addStretch();
    bar->addWidget(rollback_);
    layout->addLayout(bar);
    layout->addWidget(diff_, 1);
    tab_ = tabs_->addTab(page, tr("Schemas"));
    connect(tabs_, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == tab_ && !loaded_ && !loading_) load();
    });
    connect(table_, &QTableWidget::itemSelectionChanged, this, &SchemasView::showDiff);
    connect(compare_, &QComboBox::currentIndexChanged, this, &SchemasView::showDiff);
    connect(rollback_, &QPushButton::clicked, this, &SchemasView::rollbackSelected);
}

SchemasView::~SchemasView() {
    ++generation_;
    pending_.cancel();
    usagePending_.cancel();
}

void SchemasView::setSource(HistoryView::Source source) {
    ++generation_;
    pending_.cancel();
    usagePending_.cancel();
    source_ = std::move(source);
    versions_.clear();
    usage_.clear();
    usageLoaded_ = false;
    versionsServed_ = true;
    loaded_ = false;
    loading_ = false;
    table_->setRowCount(0);
    diff_->clear();
    compare_->clear();
    status_->clear();
    rollback_->setEnabled(false);
    if (tabs_->currentIndex() == tab_) load();
}

void SchemasView::load() {
    if (!source_ || !source_->catalog) return;
    loading_ = true;
    status_->setText(tr("Loading the schema versions…"));
    const quint64 generation = generation_;
    QPointer<SchemasView> self(this);
    pending_ = source_->catalog->listSchemas(
        source_->id, [self, generation](Result<std::vector<TableSchema>> r) {
            if (!self || generation != self->generation_) return;
            self->loading_ = false;
            self->loaded_ = true;
            if (!r) {
                // A REST catalog: the protocol serves only the current schema; said, not guessed.
                // The schema ids its snapshots used are listed instead.
                if (r.error().kind == ErrorKind::NotImplemented) {
                    self->versionsServed_ = false;
                    self->status_->setText(tr("Older schema versions are not available here: %1")
                                               .arg(QString::fromStdString(r.error().message)));
                    self->loadUsage();
                    return;
                }
                self->status_->setText(tr("The schema versions could not be loaded: %1")
                                           .arg(QString::fromStdString(r.error().describe())));
                return;
            }
            self->versions_ = std::move(r).value();
            self->fill();
            self->loadUsage();
        });
}

void SchemasView::loadUsage() {
    const quint64 generation = generation_;
    QPointer<SchemasView> self(this);
    usagePending_ = collectSchemaUsage(
        source_->catalog, source_->id, [self, generation](Result<std::vector<SchemaUsage>> r) {
            if (!self || generation != self->generation_) return;
            self->usageLoaded_ = true;
            if (!r) {
                self->status_->setText(self->status_->text() + QLatin1Char('\n') +
                                       tr("The snapshots could not be read: %1")
                                           .arg(QString::fromStdString(r.error().describe())));
                return;
            }
            self->usage_ = std::move(r).value();
            self->fillUsage();
        });
}

void SchemasView::fillUsage() {
    auto usedText = [](const SchemaUsage* u) {
        if (!u) return tr("none");
        if (u->firstSnapshot == u->lastSnapshot) return tr("%1 (1)").arg(u->firstSnapshot);
        return tr("%1–%2 (%3)").arg(u->firstSnapshot).arg(u->lastSnapshot).arg(u->snapshots);
    };
    if (versionsServed_) {
        for (int r = 0; r < table_->rowCount() && r < static_cast<int>(versions_.size()); ++r) {
            const int64_t id = versions_[static_cast<size_t>(r)].id;
            const SchemaUsage* used = nullptr;
            for (const auto& u : usage_)
                if (u.schemaId == id) used = &u;
            table_->setItem(r, Snapshots, new QTableWidgetItem(usedText(used)));
        }
        table_->resizeColumnToContents(Snapshots);
        return;
    }
    // Over REST: a row per schema id the snapshots used; nothing else is known of them.
    const int n = static_cast<int>(usage_.size());
    status_->setText(status_->text() + QLatin1Char('\n') +
                     tr("The table's snapshots used these schema ids:"));
    table_->setRowCount(n);
    for (int r = 0; r < n; ++r) {
        const SchemaUsage& u = usage_[static_cast<size_t>(r)];
        auto* id = new QTableWidgetItem(QString::number(u.schemaId));
        id->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table_->setItem(r, Id, id);
        table_->setItem(r, Time, new QTableWidgetItem(QStringLiteral("—")));
        table_->setItem(r, Columns, new QTableWidgetItem(QStringLiteral("—")));
        table_->setItem(r, Snapshots, new QTableWidgetItem(usedText(&u)));
        table_->setItem(r, Changes, new QTableWidgetItem(tr("not served")));
    }
    for (int c : {Id, Snapshots})
        table_->resizeColumnToContents(c);
    if (n > 0) table_->selectRow(n - 1);
}

void SchemasView::fill() {
    const int n = static_cast<int>(versions_.size());
    status_->setText(
        tr("%n schema version(s); the last one is the table's current schema.", nullptr, n));
    table_->setRowCount(n);
    QSignalBlocker block(compare_);
    compare_->clear();
    for (int r = 0; r < n; ++r) {
        const TableSchema& s = versions_[static_cast<size_t>(r)];
        auto* id = new QTableWidgetItem(QString::number(s.id));
        id->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table_->setItem(r, Id, id);
        table_->setItem(r, Time, new QTableWidgetItem(formatMillis(s.timeMillis)));
        table_->setItem(r, Columns, new QTableWidgetItem(QString::number(s.fields.size())));
        auto* changes = new QTableWidgetItem(
            r == 0 ? QStringLiteral("—") : changesText(versions_[r - 1], s, QStringLiteral("; ")));
        // The whole list in the tool tip and below; the cell is cut to the pane's width.
        if (r > 0) changes->setToolTip(changesText(versions_[r - 1], s, QStringLiteral("\n")));
        table_->setItem(r, Changes, changes);
        compare_->addItem(QString::number(s.id), static_cast<qlonglong>(s.id));
    }
    for (int c : {Id, Time, Columns})
        table_->resizeColumnToContents(c);
    for (int r = 0; r < n; ++r)
        table_->setItem(r, Snapshots, new QTableWidgetItem(tr("counting…")));
    if (n > 0) table_->selectRow(n - 1);
    showDiff();
}

const TableSchema* SchemasView::selected() const {
    const int row = table_->currentRow();
    if (row < 0 || row >= static_cast<int>(versions_.size())) return nullptr;
    return &versions_[static_cast<size_t>(row)];
}

void SchemasView::showDiff() {
    const TableSchema* to = selected();
    const bool writable = source_ && source_->whyNotWritable.isEmpty();
    // Over REST any schema id but the newest one used may be offered to a server that rolls
    // back schemas; it answers for itself.
    const int row = table_->currentRow();
    const bool older = versionsServed_ ? (to && to != &versions_.back())
                                       : (row >= 0 && row + 1 < table_->rowCount());
    rollback_->setEnabled(older && writable);
    rollback_->setToolTip(source_ ? source_->whyNotWritable : QString());
    if (!to) return diff_->clear();
    // By default against the version before the selected one.
    if (sender() != compare_) {
        QSignalBlocker block(compare_);
        const int row = table_->currentRow();
        compare_->setCurrentIndex(row > 0 ? row - 1 : 0);
    }
    const int from = compare_->currentIndex();
    if (from < 0) return diff_->clear();
    diff_->setPlainText(
        changesText(versions_[static_cast<size_t>(from)], *to, QStringLiteral("\n")));
}

QString SchemasView::diffText() const {
    return diff_->toPlainText();
}

void SchemasView::rollbackSelected() {
    const int row = table_->currentRow();
    if (!source_ || row < 0 || !table_->item(row, Id)) return;
    HistoryEdit edit;
    edit.kind = HistoryEdit::Kind::RollbackSchema;
    edit.table = source_->id;
    edit.snapshotId = table_->item(row, Id)->text().toLongLong();
    emit editRequested(edit);
}

}  // namespace paimon::ui
