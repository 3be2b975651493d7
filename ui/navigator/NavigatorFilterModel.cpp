#include "ui/navigator/NavigatorFilterModel.h"

#include "ui/navigator/CatalogTreeModel.h"

namespace paimon::ui {

using Kind = CatalogTreeModel::NodeKind;

NavigatorFilterModel::NavigatorFilterModel(QObject* parent) : QSortFilterProxyModel(parent) {
    setRecursiveFilteringEnabled(true);
    setDynamicSortFilter(true);
}

void NavigatorFilterModel::setFilterText(const QString& text) {
    const QString trimmed = text.trimmed();
    if (trimmed == text_) return;
#if QT_VERSION >= QT_VERSION_CHECK(6, 9, 0)
    beginFilterChange();
    text_ = trimmed;
    endFilterChange();
#else
    text_ = trimmed;
    invalidateFilter();
#endif
}

bool NavigatorFilterModel::nameMatches(const QModelIndex& i) const {
    return i.data(CatalogTreeModel::NameRole).toString().contains(text_, Qt::CaseInsensitive);
}

bool NavigatorFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    if (text_.isEmpty()) return true;
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    switch (static_cast<Kind>(i.data(CatalogTreeModel::KindRole).toInt())) {
        case Kind::Connection:
            return true;
        case Kind::Database:
            return nameMatches(i);
        case Kind::Table:
            return nameMatches(i) || nameMatches(sourceParent);
        case Kind::Column:
            return nameMatches(sourceParent) || nameMatches(sourceParent.parent());
        case Kind::Message: {
            auto parentKind =
                static_cast<Kind>(sourceParent.data(CatalogTreeModel::KindRole).toInt());
            return parentKind == Kind::Connection || nameMatches(sourceParent);
        }
    }
    return false;
}

}  // namespace paimon::ui
