#include "ui/editors/OptionsGrid.h"

#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

#include <set>

namespace paimon::ui {
namespace {

// Keys: a line edit that completes the known keys. Values: a list of the known values (still
// editable) when the row's key has some.
class OptionDelegate : public QStyledItemDelegate {
public:
    OptionDelegate(const std::vector<KnownOption>* known, QObject* parent)
        : QStyledItemDelegate(parent), known_(known) {}

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override {
        if (index.column() == 0) {
            auto* edit = new QLineEdit(parent);
            QStringList keys;
            for (const auto& k : *known_)
                keys << k.key;
            auto* completer = new QCompleter(keys, edit);
            completer->setCaseSensitivity(Qt::CaseInsensitive);
            completer->setFilterMode(Qt::MatchContains);
            edit->setCompleter(completer);
            return edit;
        }
        const QString key = index.siblingAtColumn(0).data().toString().trimmed();
        for (const auto& k : *known_) {
            if (k.key == key && !k.values.isEmpty()) {
                auto* box = new QComboBox(parent);
                box->setEditable(true);
                box->addItems(k.values);
                return box;
            }
        }
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
    void setEditorData(QWidget* editor, const QModelIndex& index) const override {
        if (auto* box = qobject_cast<QComboBox*>(editor)) {
            box->setCurrentText(index.data().toString());
            return;
        }
        QStyledItemDelegate::setEditorData(editor, index);
    }
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override {
        if (auto* box = qobject_cast<QComboBox*>(editor)) {
            model->setData(index, box->currentText());
            return;
        }
        QStyledItemDelegate::setModelData(editor, model, index);
    }

private:
    const std::vector<KnownOption>* known_;
};

}  // namespace

const std::vector<KnownOption>& knownTableOptions() {
    static const std::vector<KnownOption> options = {
        {QStringLiteral("bucket"),
         OptionsGrid::tr("Number of buckets. -1: dynamic bucket mode; -2: postpone mode; a "
                         "positive number: that many fixed buckets."),
         {QStringLiteral("-1"), QStringLiteral("-2"), QStringLiteral("1"), QStringLiteral("4"),
          QStringLiteral("16")},
         QStringLiteral("-1")},
        {QStringLiteral("bucket-key"),
         OptionsGrid::tr("Comma-separated columns that decide the bucket of a row. Defaults to "
                         "the primary key, or the whole row without one."),
         {},
         {}},
        {QStringLiteral("merge-engine"),
         OptionsGrid::tr("How rows with the same primary key are merged."),
         {QStringLiteral("deduplicate"), QStringLiteral("partial-update"),
          QStringLiteral("aggregation"), QStringLiteral("first-row")},
         QStringLiteral("deduplicate")},
        {QStringLiteral("changelog-producer"),
         OptionsGrid::tr("Whether and how the table produces a complete changelog for streaming "
                         "readers."),
         {QStringLiteral("none"), QStringLiteral("input"), QStringLiteral("lookup"),
          QStringLiteral("full-compaction")},
         QStringLiteral("none")},
        {QStringLiteral("file.format"),
         OptionsGrid::tr("The format of the data files."),
         {QStringLiteral("parquet"), QStringLiteral("orc"), QStringLiteral("avro")},
         QStringLiteral("parquet")},
        {QStringLiteral("file.compression"),
         OptionsGrid::tr("Compression of the data files."),
         {QStringLiteral("zstd"), QStringLiteral("lz4"), QStringLiteral("snappy"),
          QStringLiteral("gzip"), QStringLiteral("none")},
         QStringLiteral("zstd")},
        {QStringLiteral("sequence.field"),
         OptionsGrid::tr("Comma-separated columns that order the rows of one primary key; the "
                         "row with the largest value wins."),
         {},
         {}},
        {QStringLiteral("sequence.field.sort-order"),
         OptionsGrid::tr("Whether the sequence field orders ascending or descending."),
         {QStringLiteral("ascending"), QStringLiteral("descending")},
         QStringLiteral("ascending")},
        {QStringLiteral("deletion-vectors.enabled"),
         OptionsGrid::tr("Mark deleted rows in deletion vectors instead of merging on read: "
                         "faster reads, slower writes."),
         {QStringLiteral("true"), QStringLiteral("false")},
         QStringLiteral("false")},
        {QStringLiteral("snapshot.time-retained"),
         OptionsGrid::tr(R"(How long snapshots are kept, e.g. "1 h" or "7 d".)"),
         {},
         QStringLiteral("1 h")},
        {QStringLiteral("snapshot.num-retained.min"),
         OptionsGrid::tr("The fewest snapshots kept, however old."),
         {},
         QStringLiteral("10")},
        {QStringLiteral("snapshot.num-retained.max"),
         OptionsGrid::tr("The most snapshots kept, however young."),
         {},
         {}},
        {QStringLiteral("changelog.time-retained"),
         OptionsGrid::tr("How long changelog files are kept, e.g. \"1 d\"."),
         {},
         {}},
        {QStringLiteral("partition.expiration-time"),
         OptionsGrid::tr("Partitions older than this are dropped, e.g. \"30 d\"."),
         {},
         {}},
        {QStringLiteral("partition.timestamp-formatter"),
         OptionsGrid::tr("How a partition value is read as a time, e.g. \"yyyyMMdd\"."),
         {},
         {}},
        {QStringLiteral("target-file-size"),
         OptionsGrid::tr("The size data files are rolled at, e.g. \"128 mb\"."),
         {},
         {}},
        {QStringLiteral("write-only"),
         OptionsGrid::tr("Writers skip compaction and expiration; a separate job does them."),
         {QStringLiteral("true"), QStringLiteral("false")},
         QStringLiteral("false")},
        {QStringLiteral("ignore-delete"),
         OptionsGrid::tr("Ignore delete records from the input."),
         {QStringLiteral("true"), QStringLiteral("false")},
         QStringLiteral("false")},
        {QStringLiteral("metadata.stats-mode"),
         OptionsGrid::tr("Which column statistics are kept in the metadata."),
         {QStringLiteral("none"), QStringLiteral("counts"), QStringLiteral("truncate(16)"),
          QStringLiteral("full")},
         QStringLiteral("truncate(16)")},
        {QStringLiteral("full-compaction.delta-commits"),
         OptionsGrid::tr("Run a full compaction after this many commits."),
         {},
         {}},
        {QStringLiteral("dynamic-bucket.target-row-num"),
         OptionsGrid::tr("Dynamic bucket mode: rows per bucket before a new one is started."),
         {},
         QStringLiteral("2000000")},
    };
    return options;
}

OptionsGrid::OptionsGrid(std::vector<KnownOption> known, QWidget* parent)
    : QWidget(parent), known_(std::move(known)) {
    table_ = new QTableWidget(0, 2);
    table_->setObjectName(QStringLiteral("options"));
    table_->setHorizontalHeaderLabels({tr("Key"), tr("Value")});
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->horizontalHeader()->resizeSection(0, 240);
    table_->verticalHeader()->hide();
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setItemDelegate(new OptionDelegate(&known_, table_));
    table_->setEditTriggers(QAbstractItemView::AllEditTriggers);
    meaning_ = new QLabel;
    meaning_->setObjectName(QStringLiteral("optionMeaning"));
    meaning_->setWordWrap(true);
    meaning_->setTextFormat(Qt::PlainText);

    auto* add = new QPushButton(tr("&Add option"));
    add->setObjectName(QStringLiteral("addOption"));
    add->setAutoDefault(false);
    auto* remove = new QPushButton(tr("Remove option"));
    remove->setObjectName(QStringLiteral("removeOption"));
    remove->setAutoDefault(false);
    connect(add, &QPushButton::clicked, this, [this] { addRow(); });
    connect(remove, &QPushButton::clicked, this, &OptionsGrid::removeCurrentRow);
    auto* insertKey = new QAction(table_);
    insertKey->setShortcut(Qt::Key_Insert);
    insertKey->setShortcutContext(Qt::WidgetShortcut);
    connect(insertKey, &QAction::triggered, this, [this] { addRow(); });
    auto* deleteKey = new QAction(table_);
    deleteKey->setShortcut(QKeySequence::Delete);
    deleteKey->setShortcutContext(Qt::WidgetShortcut);
    connect(deleteKey, &QAction::triggered, this, &OptionsGrid::removeCurrentRow);
    table_->addActions({insertKey, deleteKey});

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(table_, 1);
    layout->addWidget(meaning_);
    layout->addLayout(buttons);

    connect(table_, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (item->column() == 0) showMeaning(item->row());
        emit changed();
    });
    connect(table_, &QTableWidget::currentCellChanged, this, [this](int row) { showMeaning(row); });
    showMeaning(-1);
}

const KnownOption* OptionsGrid::known(const QString& key) const {
    for (const auto& k : known_)
        if (k.key == key) return &k;
    return nullptr;
}

void OptionsGrid::showMeaning(int row) {
    QString text;
    if (row >= 0 && table_->item(row, 0)) {
        const QString key = table_->item(row, 0)->text().trimmed();
        if (const KnownOption* k = known(key)) {
            text = key + QStringLiteral(": ") + k->meaning;
            if (!k->defaultValue.isEmpty())
                text += QLatin1Char(' ') + tr("Default: %1.").arg(k->defaultValue);
        } else if (!key.isEmpty() && !known_.empty()) {
            text = tr("%1: not one of the common options; it is sent as it is.").arg(key);
        }
    }
    if (text.isEmpty() && !known_.empty())
        text = tr("Type a key to see the common options and what they mean.");
    meaning_->setText(text);
    meaning_->setVisible(!text.isEmpty());
}

void OptionsGrid::setOptions(const Options& options) {
    const QSignalBlocker block(table_);
    table_->setRowCount(0);
    for (const auto& [k, v] : options) {
        const int r = table_->rowCount();
        table_->insertRow(r);
        table_->setItem(r, 0, new QTableWidgetItem(QString::fromStdString(k)));
        table_->setItem(r, 1, new QTableWidgetItem(QString::fromStdString(v)));
    }
    showMeaning(table_->currentRow());
}

void OptionsGrid::addRow(const QString& key, const QString& value) {
    const int r = table_->rowCount();
    {
        const QSignalBlocker block(table_);
        table_->insertRow(r);
        table_->setItem(r, 0, new QTableWidgetItem(key));
        table_->setItem(r, 1, new QTableWidgetItem(value));
    }
    table_->setCurrentCell(r, key.isEmpty() ? 0 : 1);
    table_->setFocus();  // the grid's edit triggers open the editor on the new cell
    emit changed();
}

void OptionsGrid::removeCurrentRow() {
    const int r = table_->currentRow();
    if (r < 0) return;
    table_->removeRow(r);
    emit changed();
}

Result<Options> OptionsGrid::options() const {
    Options out;
    for (int r = 0; r < table_->rowCount(); ++r) {
        const QString key = table_->item(r, 0) ? table_->item(r, 0)->text().trimmed() : QString();
        const QString value = table_->item(r, 1) ? table_->item(r, 1)->text() : QString();
        if (key.isEmpty()) {
            if (value.isEmpty()) continue;  // an empty row is no option
            return makeError(ErrorKind::BadRequest,
                             tr("Option row %1 has a value but no key.").arg(r + 1).toStdString());
        }
        if (!out.emplace(key.toStdString(), value.toStdString()).second) {
            return makeError(ErrorKind::BadRequest,
                             tr("The option %1 is given twice.").arg(key).toStdString());
        }
    }
    return out;
}

}  // namespace paimon::ui
