#pragma once

#include <QAbstractItemModel>
#include <QSortFilterProxyModel>

#include <memory>
#include <vector>

#include "core/compare/AlterPlan.h"
#include "core/compare/Comparison.h"

namespace paimon::ui {

// A comparison as a tree: databases, their tables, views and functions, and under each one
// that differs its differences. Columns: the object (or the aspect), the left side's value, the
// right side's, and the status in words. It reads the comparison in place: showing tens of
// thousands of objects makes no item for any of them.
class CompareModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { ObjectColumn, LeftColumn, RightColumn, StatusColumn, ColumnCount };
    enum Role { PresenceRole = Qt::UserRole + 1 };

    explicit CompareModel(QObject* parent = nullptr);
    void setComparison(std::shared_ptr<const CatalogComparison> comparison);
    static QString presenceText(Presence presence);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const CatalogComparison> comparison_;
};

// The comparison's filter: "differences only" hides what is the same; text keeps the rows
// whose object or aspect contains it, with their parents and children.
class CompareFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit CompareFilter(QObject* parent = nullptr);
    void setDifferencesOnly(bool on);
    bool differencesOnly() const { return differencesOnly_; }
    void setText(const QString& text);

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override;

private:
    bool differencesOnly_ = true;
    QString text_;
};

// An alter plan as a list: its steps (number, what it does, its outcome), each with the rest
// of its description and its warnings under it; then what needs a recreate, and what is left
// alone. Read in place, as the comparison.
class PlanModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { NumberColumn, StepColumn, OutcomeColumn, ColumnCount };
    enum Role {
        StepRole = Qt::UserRole + 1,  // the step's index, or -1 for the other rows
        ReasonRole,                   // why a recreate is needed
    };

    explicit PlanModel(QObject* parent = nullptr);
    void setPlan(std::shared_ptr<const AlterPlan> plan);
    const AlterPlan* plan() const { return plan_.get(); }
    // A step's outcome ("applied", "refused: ..."); failed ones are shown as errors.
    void setOutcome(size_t step, const QString& text, bool failed);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    // Top-level rows: the steps, then the recreate heading (when any), then "left alone".
    int recreateRow() const;
    int leftAloneRow() const;
    const std::vector<std::string>& linesOf(size_t step) const;

    std::shared_ptr<const AlterPlan> plan_;
    mutable std::vector<std::vector<std::string>> lines_;  // describeStep, made when first shown
    mutable std::vector<bool> described_;
    std::vector<QString> outcomes_;
    std::vector<bool> failed_;
};

}  // namespace paimon::ui
