#include "ui/navigator/NavigatorView.h"

#include <QHeaderView>
#include <QTimer>

#include "ui/navigator/CatalogTreeModel.h"

namespace paimon::ui {

NavigatorView::NavigatorView(QWidget* parent) : QTreeView(parent) {
    setUniformRowHeights(true);  // keeps layout linear in the number of visible rows
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setContextMenuPolicy(Qt::CustomContextMenu);
    setAllColumnsShowFocus(true);
    header()->setStretchLastSection(true);
    connect(this, &QTreeView::expanded, this,
            [this] { QTimer::singleShot(0, this, &NavigatorView::fetchVisible); });
}

void NavigatorView::fetchVisible() {
    if (!model()) return;
    // Every visible row and its ancestors: a node whose loaded rows end within kFetchAhead of
    // a visible row gets its next page (canFetchMore is false while a page is on its way).
    const int bottom = viewport()->height();
    for (QModelIndex i = indexAt(QPoint(1, 1)); i.isValid() && visualRect(i).top() < bottom;
         i = indexBelow(i)) {
        for (QModelIndex a = i; a.isValid(); a = a.parent()) {
            const QModelIndex parent = a.parent();
            if (parent.isValid() && model()->rowCount(parent) - a.row() <= kFetchAhead) {
                model()->setData(parent, true, CatalogTreeModel::MoreWantedRole);
            }
        }
    }
}

void NavigatorView::scrollContentsBy(int dx, int dy) {
    QTreeView::scrollContentsBy(dx, dy);
    if (dy != 0) fetchVisible();
}

void NavigatorView::resizeEvent(QResizeEvent* event) {
    QTreeView::resizeEvent(event);
    fetchVisible();
}

void NavigatorView::rowsInserted(const QModelIndex& parent, int start, int end) {
    QTreeView::rowsInserted(parent, start, end);
    // A page that did not fill the view: ask for the next one once the layout settles.
    QTimer::singleShot(0, this, &NavigatorView::fetchVisible);
}

}  // namespace paimon::ui
