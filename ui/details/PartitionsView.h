#pragma once

#include <QObject>
#include <QStyledItemDelegate>

#include <deque>
#include <optional>
#include <string>
#include <vector>

#include "ui/details/HistoryModels.h"
#include "ui/details/HistoryView.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QTimer;

namespace paimon::ui {

// The partitions of a table (or branch), descending by name as the server pages them, a page
// at a time as the view scrolls. A name prefix narrows the listing on the server
// (partitionNamePattern). Answers for an earlier source are dropped.
class PartitionsModel : public ListingModel {
    Q_OBJECT
public:
    enum Column { Name, Rows, Size, Share, Files, LastUpdate, Done, Buckets, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;
    // Share: how long its bar is, 0 to 1, against the largest partition loaded (the text says
    // the share of the table's bytes).
    static constexpr int BarRole = Qt::UserRole + 2;

    explicit PartitionsModel(QObject* parent = nullptr);
    ~PartitionsModel() override;

    // Forgets what is loaded and loads the first page of `id`'s partitions whose names start
    // with `namePrefix` (all when empty).
    void setSource(std::shared_ptr<Catalog> catalog, Identifier id, const QString& namePrefix = {},
                   int pageSize = 200);
    const Partition* partition(int row) const;
    // The table's size, the whole the share bars measure against (0: the loaded partitions').
    void setTableBytes(int64_t bytes);
    void setNow(int64_t nowMillis) { now_ = nowMillis; }

    struct Totals {
        int64_t partitions = 0, rows = 0, bytes = 0, files = 0, done = 0;
        int64_t largest = 0;  // bytes of the largest partition
    };
    Totals loadedTotals() const { return totals_; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    void clearRows() override;

    std::optional<std::string> pattern_;
    // A deque: appending a page never moves the rows already loaded (a vector's growth past
    // 65,536 rows copied them all on the GUI thread).
    std::deque<Partition> rows_;
    Totals totals_;
    int64_t tableBytes_ = 0;
    int64_t now_ = 0;
};

// Paints a cell's bar (PartitionsModel::BarRole) behind its text.
class ShareBarDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
};

// The Partitions tab of a partitioned table: totals at the top, a name-prefix filter, the
// list (sortable by every column among the loaded rows, each size with a bar for its share of
// the table), and Mark done… and Drop… for the selected partitions, which ask for their
// editors through editRequested().
class PartitionsView : public QObject {
    Q_OBJECT
public:
    PartitionsView(QTabWidget* tabs, QObject* parent = nullptr);
    ~PartitionsView() override;

    void setSource(HistoryView::Source source);
    void clear();
    void reload();
    const std::optional<HistoryView::Source>& source() const { return source_; }
    int tabIndex() const { return tab_; }

    PartitionsModel* model() const { return model_; }
    QTableView* view() const { return view_; }
    QLineEdit* filterEdit() const { return filter_; }
    QLabel* totalsLabel() const { return totals_; }
    QLabel* statusLabel() const { return status_; }
    QPushButton* markDoneButton() const { return markDone_; }
    QPushButton* dropButton() const { return drop_; }

    // The selected partitions, in the order shown.
    std::vector<PartitionSpec> selectedPartitions() const;
    void markSelectedDone();
    void dropSelected();
    // Applies the filter's text now (it is otherwise applied shortly after typing stops).
    void applyFilter();

signals:
    void editRequested(const paimon::ui::HistoryEdit& edit);

private:
    void loadTableTotals();
    void updateTotals();
    void updateButtons();

    QTabWidget* tabs_;
    int tab_ = -1;
    std::optional<HistoryView::Source> source_;
    PartitionsModel* model_;
    QSortFilterProxyModel* sorted_;
    QTableView* view_;
    QLineEdit* filter_;
    QTimer* filterTimer_;
    QLabel* totals_;
    QLabel* status_;
    QPushButton* markDone_;
    QPushButton* drop_;
    std::optional<TableSnapshot> table_;
    quint64 generation_ = 0;
    Cancellation totalsPending_;
};

}  // namespace paimon::ui
