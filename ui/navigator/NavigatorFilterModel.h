#pragma once

#include <QSortFilterProxyModel>

namespace paimon::ui {

// The quick filter over the navigator: a database or table whose name contains the text
// (any case) is shown with everything loaded under it, and so are the ancestors of every
// match. Connections always show; columns and message rows follow their table or database.
// The order stays the catalog's.
class NavigatorFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit NavigatorFilterModel(QObject* parent = nullptr);

    void setFilterText(const QString& text);
    QString filterText() const { return text_; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    bool nameMatches(const QModelIndex& sourceIndex) const;

    QString text_;
};

}  // namespace paimon::ui
