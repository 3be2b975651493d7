#pragma once

#include <QSortFilterProxyModel>

#include <optional>
#include <string>

namespace paimon::ui {

// The quick filter over the navigator: a database, table, view or function whose name contains
// the text (any case) is shown with everything loaded under it, and so are the ancestors of
// every match. Connections always show; folders, columns and message rows follow their
// database or table.
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
    bool nameMatches(const QModelIndex& i) const;

    QString text_;
    // The text lower-cased as UTF-8 when it is all ASCII: then an ASCII name is matched on
    // its bytes, with no QString made per row (a keystroke over 100,000 names).
    std::optional<std::string> asciiText_;
};

}  // namespace paimon::ui
