#include "ui/compare/CompareModel.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QStyle>

#include "ui/navigator/NavigatorIcons.h"

namespace paimon::ui {

namespace {

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

QString orDash(const std::string& s) {
    return s.empty() ? QStringLiteral("—") : q(s);
}

QString orDash(const std::optional<std::string>& s) {
    return s ? q(*s) : QStringLiteral("—");
}

QColor colorFor(Presence p) {
    switch (p) {
        case Presence::Same:
            return {};
        case Presence::Differs:
            return {0xb2, 0x5e, 0x00};
        case Presence::OnlyLeft:
            return {0x2e, 0x7d, 0x32};
        case Presence::OnlyRight:
            return {0x15, 0x65, 0xc0};
    }
    return {};
}

QIcon iconFor(CompareKind kind) {
    switch (kind) {
        case CompareKind::Table:
            return NavigatorIcons::table();
        case CompareKind::View:
            return NavigatorIcons::view();
        case CompareKind::Function:
            return NavigatorIcons::function();
    }
    return {};
}

// Where a row is: its level (0 database, 1 a database's difference or object, 2 an object's
// difference) and the rows that lead to it, packed into an index's internal id.
struct Place {
    quintptr level = 0, db = 0, r1 = 0, r2 = 0;
    quintptr pack() const { return level << 62 | db << 42 | r1 << 20 | r2; }
    static Place of(quintptr id) {
        return {id >> 62, (id >> 42) & 0xFFFFF, (id >> 20) & 0x3FFFFF, id & 0xFFFFF};
    }
};

// A row's cells, whichever kind of row it is.
struct Cells {
    QString object, left, right, status;
    Presence presence = Presence::Differs;
    QIcon icon;
};

Cells differenceCells(const Difference& d) {
    return {q(d.aspect), orDash(d.left), orDash(d.right), QString(), Presence::Differs, {}};
}

}  // namespace

// ---- CompareModel ----

CompareModel::CompareModel(QObject* parent) : QAbstractItemModel(parent) {}

QString CompareModel::presenceText(Presence presence) {
    switch (presence) {
        case Presence::Same:
            return tr("same");
        case Presence::Differs:
            return tr("differs");
        case Presence::OnlyLeft:
            return tr("only left");
        case Presence::OnlyRight:
            return tr("only right");
    }
    return {};
}

void CompareModel::setComparison(std::shared_ptr<const CatalogComparison> comparison) {
    beginResetModel();
    comparison_ = std::move(comparison);
    endResetModel();
}

QModelIndex CompareModel::index(int row, int column, const QModelIndex& parent) const {
    if (!hasIndex(row, column, parent)) return {};
    if (!parent.isValid()) return createIndex(row, column, Place{0, quintptr(row), 0, 0}.pack());
    const Place p = Place::of(parent.internalId());
    if (p.level == 0) return createIndex(row, column, Place{1, p.db, quintptr(row), 0}.pack());
    return createIndex(row, column, Place{2, p.db, p.r1, quintptr(row)}.pack());
}

QModelIndex CompareModel::parent(const QModelIndex& child) const {
    if (!child.isValid()) return {};
    const Place p = Place::of(child.internalId());
    if (p.level == 0) return {};
    if (p.level == 1) return createIndex(int(p.db), 0, Place{0, p.db, 0, 0}.pack());
    return createIndex(int(p.r1), 0, Place{1, p.db, p.r1, 0}.pack());
}

int CompareModel::rowCount(const QModelIndex& parent) const {
    if (!comparison_) return 0;
    if (!parent.isValid()) return int(comparison_->databases.size());
    if (parent.column() != 0) return 0;
    const Place p = Place::of(parent.internalId());
    const DatabaseComparison& d = comparison_->databases[p.db];
    if (p.level == 0) return int(d.differences.size() + d.objects.size());
    if (p.level == 1 && p.r1 >= d.differences.size())
        return int(d.objects[p.r1 - d.differences.size()].differences.size());
    return 0;
}

int CompareModel::columnCount(const QModelIndex& /*parent*/) const {
    return ColumnCount;
}

QVariant CompareModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
        case ObjectColumn:
            return tr("Object");
        case LeftColumn:
            return tr("Left");
        case RightColumn:
            return tr("Right");
        case StatusColumn:
            return tr("Status");
        default:
            return {};
    }
}

QVariant CompareModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || !comparison_) return {};
    const Place p = Place::of(index.internalId());
    const DatabaseComparison& d = comparison_->databases[p.db];
    Cells cells;
    if (p.level == 0) {
        // A database holding differences says so even when its own options agree.
        const bool holds = d.presence == Presence::Same && d.hasDifferences();
        cells = {q(d.name()),
                 orDash(d.leftName),
                 orDash(d.rightName),
                 holds ? tr("holds differences") : presenceText(d.presence),
                 holds ? Presence::Differs : d.presence,
                 NavigatorIcons::database()};
    } else if (p.r1 < d.differences.size()) {
        cells = differenceCells(d.differences[p.r1]);
    } else {
        const ObjectComparison& o = d.objects[p.r1 - d.differences.size()];
        if (p.level == 2) {
            cells = differenceCells(o.differences[p.r2]);
        } else {
            cells = {q(o.name()), orDash(o.leftName), orDash(o.rightName), presenceText(o.presence),
                     o.presence,  iconFor(o.kind)};
        }
    }
    const QString* text = nullptr;
    switch (index.column()) {
        case ObjectColumn:
            text = &cells.object;
            break;
        case LeftColumn:
            text = &cells.left;
            break;
        case RightColumn:
            text = &cells.right;
            break;
        default:
            text = &cells.status;
            break;
    }
    switch (role) {
        case Qt::DisplayRole:
        case Qt::ToolTipRole:
            return *text;
        case Qt::DecorationRole:
            return index.column() == ObjectColumn && !cells.icon.isNull() ? QVariant(cells.icon)
                                                                          : QVariant();
        case Qt::ForegroundRole:
            if (index.column() == StatusColumn && colorFor(cells.presence).isValid())
                return QBrush(colorFor(cells.presence));
            return {};
        case PresenceRole:
            return static_cast<int>(cells.presence);
        default:
            return {};
    }
}

// ---- CompareFilter ----

CompareFilter::CompareFilter(QObject* parent) : QSortFilterProxyModel(parent) {
    setRecursiveFilteringEnabled(true);
}

void CompareFilter::setDifferencesOnly(bool on) {
    if (on == differencesOnly_) return;
    differencesOnly_ = on;
    invalidateFilter();
}

void CompareFilter::setText(const QString& text) {
    if (text == text_) return;
    text_ = text;
    invalidateFilter();
}

bool CompareFilter::filterAcceptsRow(int row, const QModelIndex& parent) const {
    const QModelIndex index = sourceModel()->index(row, CompareModel::ObjectColumn, parent);
    if (differencesOnly_ &&
        index.data(CompareModel::PresenceRole).toInt() == static_cast<int>(Presence::Same))
        return false;
    if (text_.isEmpty()) return true;
    // A row whose parent matches shows too: a table's differences under it.
    for (QModelIndex i = index; i.isValid(); i = i.parent())
        if (i.data().toString().contains(text_, Qt::CaseInsensitive)) return true;
    return false;
}

// ---- PlanModel ----

PlanModel::PlanModel(QObject* parent) : QAbstractItemModel(parent) {}

void PlanModel::setPlan(std::shared_ptr<const AlterPlan> plan) {
    beginResetModel();
    plan_ = std::move(plan);
    const size_t n = plan_ ? plan_->steps.size() : 0;
    lines_.assign(n, {});
    described_.assign(n, false);
    outcomes_.assign(n, QString());
    failed_.assign(n, false);
    endResetModel();
}

void PlanModel::setOutcome(size_t step, const QString& text, bool failed) {
    if (step >= outcomes_.size()) return;
    outcomes_[step] = text;
    failed_[step] = failed;
    const QModelIndex cell = index(int(step), OutcomeColumn);
    emit dataChanged(cell, cell);
}

const std::vector<std::string>& PlanModel::linesOf(size_t step) const {
    if (!described_[step]) {
        lines_[step] = describeStep(plan_->steps[step].op);
        if (lines_[step].empty()) lines_[step].emplace_back();
        described_[step] = true;
    }
    return lines_[step];
}

int PlanModel::recreateRow() const {
    return plan_ && !plan_->recreate.empty() ? int(plan_->steps.size()) : -1;
}

int PlanModel::leftAloneRow() const {
    if (!plan_ || plan_->leftAlone == 0) return -1;
    return int(plan_->steps.size()) + (plan_->recreate.empty() ? 0 : 1);
}

QModelIndex PlanModel::index(int row, int column, const QModelIndex& parent) const {
    if (!hasIndex(row, column, parent)) return {};
    return createIndex(row, column, parent.isValid() ? quintptr(parent.row()) + 1 : 0);
}

QModelIndex PlanModel::parent(const QModelIndex& child) const {
    if (!child.isValid() || child.internalId() == 0) return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int PlanModel::rowCount(const QModelIndex& parent) const {
    if (!plan_) return 0;
    if (!parent.isValid()) {
        return int(plan_->steps.size()) + (plan_->recreate.empty() ? 0 : 1) +
               (plan_->leftAlone > 0 ? 1 : 0);
    }
    if (parent.column() != 0 || parent.internalId() != 0) return 0;
    const int row = parent.row();
    if (row < int(plan_->steps.size())) {
        return int(linesOf(size_t(row)).size() - 1 + plan_->steps[size_t(row)].warnings.size());
    }
    if (row == recreateRow()) return int(plan_->recreate.size());
    return 0;
}

int PlanModel::columnCount(const QModelIndex& /*parent*/) const {
    return ColumnCount;
}

QVariant PlanModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
        case NumberColumn:
            return tr("#");
        case StepColumn:
            return tr("Step");
        case OutcomeColumn:
            return tr("Outcome");
        default:
            return {};
    }
}

QVariant PlanModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || !plan_) return {};
    const int steps = int(plan_->steps.size());
    const bool top = index.internalId() == 0;
    const int row = top ? index.row() : int(index.internalId() - 1);
    const int column = index.column();
    if (role == StepRole) return row < steps ? row : -1;
    if (top && row < steps) {  // a step
        const auto s = size_t(row);
        if (role == Qt::ForegroundRole && column == OutcomeColumn && failed_[s])
            return QBrush(QColor(0xb0, 0x00, 0x20));
        if (role != Qt::DisplayRole && role != Qt::ToolTipRole) return {};
        if (column == NumberColumn) return QString::number(row + 1);
        if (column == StepColumn) return q(linesOf(s).front());
        return outcomes_[s].isEmpty() ? tr("to do") : outcomes_[s];
    }
    if (!top && row < steps) {  // a step's further line or warning
        const auto s = size_t(row);
        const auto& lines = linesOf(s);
        const size_t at = size_t(index.row()) + 1;
        const bool warning = at >= lines.size();
        if (role == Qt::DecorationRole && warning && column == StepColumn)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        if ((role != Qt::DisplayRole && role != Qt::ToolTipRole) || column != StepColumn) return {};
        if (!warning) return q(lines[at]).trimmed();
        return tr("Warning: %1").arg(q(plan_->steps[s].warnings[at - lines.size()]));
    }
    if (row == recreateRow()) {
        if (top) {
            return (role == Qt::DisplayRole && column == StepColumn)
                       ? tr("No change in place reaches these (never sent):")
                       : QVariant();
        }
        const PlanRecreate& r = plan_->recreate[size_t(index.row())];
        if (role == ReasonRole || (role == Qt::ToolTipRole && column == StepColumn))
            return q(r.reason);
        if (role != Qt::DisplayRole) return {};
        if (column == StepColumn)
            return tr("%1 %2").arg(q(compareKindName(r.kind)), q(r.id.fullName()));
        if (column == OutcomeColumn) return tr("needs a recreate");
        return {};
    }
    if (row == leftAloneRow() && role == Qt::DisplayRole && column == StepColumn)
        return tr("Only on the right, left alone (nothing is dropped): %1").arg(plan_->leftAlone);
    return {};
}

}  // namespace paimon::ui
