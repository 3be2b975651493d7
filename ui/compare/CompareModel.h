#pragma once

#include <QSortFilterProxyModel>
#include <QStandardItemModel>

#include "core/compare/Comparison.h"

namespace paimon::ui {

// A comparison as a tree: databases, their tables, views and functions, and under each one
// that differs its differences. Columns: the object (or the aspect), the left side's value, the
// right side's, and the status in words.
class CompareModel : public QStandardItemModel {
    Q_OBJECT
public:
    enum Column { ObjectColumn, LeftColumn, RightColumn, StatusColumn, ColumnCount };
    enum Role { PresenceRole = Qt::UserRole + 1 };

    explicit CompareModel(QObject* parent = nullptr);
    void setComparison(const CatalogComparison& comparison);
    static QString presenceText(Presence presence);
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

}  // namespace paimon::ui
