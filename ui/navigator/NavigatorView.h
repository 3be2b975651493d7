#pragma once

#include <QTreeView>

namespace paimon::ui {

// The navigator's tree view. QTreeView fetches more rows only for its root; this view also
// asks any expanded node for its next page (CatalogTreeModel::MoreWantedRole, through any
// proxy) when the user scrolls near the end of the rows loaded under it, so a database with
// 50,000 tables loads as the user scrolls, and only then.
class NavigatorView : public QTreeView {
    Q_OBJECT
public:
    explicit NavigatorView(QWidget* parent = nullptr);

    // Rows before the end of a node's loaded children at which its next page is requested.
    static constexpr int kFetchAhead = 50;

public slots:
    void fetchVisible();

protected:
    void scrollContentsBy(int dx, int dy) override;
    void resizeEvent(QResizeEvent* event) override;
    void rowsInserted(const QModelIndex& parent, int start, int end) override;
};

}  // namespace paimon::ui
