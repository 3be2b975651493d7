#include "ui/navigator/NavigatorFilterModel.h"

#include "ui/navigator/CatalogTreeModel.h"

#include <algorithm>
#include <string_view>

namespace paimon::ui {

using Kind = CatalogTreeModel::NodeKind;

NavigatorFilterModel::NavigatorFilterModel(QObject* parent) : QSortFilterProxyModel(parent) {
    setRecursiveFilteringEnabled(true);
    setDynamicSortFilter(true);
}

namespace {

bool isAscii(std::string_view s) {
    return std::all_of(s.begin(), s.end(),
                       [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

char lowerAscii(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

// Whether `name` contains `lowerNeedle` ignoring ASCII case; both ASCII.
bool containsAscii(std::string_view name, std::string_view lowerNeedle) {
    if (lowerNeedle.size() > name.size()) return false;
    const size_t last = name.size() - lowerNeedle.size();
    for (size_t at = 0; at <= last; ++at) {
        size_t k = 0;
        while (k < lowerNeedle.size() && lowerAscii(name[at + k]) == lowerNeedle[k])
            ++k;
        if (k == lowerNeedle.size()) return true;
    }
    return false;
}

}  // namespace

void NavigatorFilterModel::setFilterText(const QString& text) {
    const QString trimmed = text.trimmed();
    if (trimmed == text_) return;
    auto apply = [&] {
        text_ = trimmed;
        asciiText_.reset();
        const std::string utf8 = trimmed.toLower().toStdString();
        if (isAscii(utf8)) asciiText_ = utf8;
    };
#if QT_VERSION >= QT_VERSION_CHECK(6, 9, 0)
    beginFilterChange();
    apply();
    endFilterChange();
#else
    apply();
    invalidateFilter();
#endif
}

bool NavigatorFilterModel::nameMatches(const QModelIndex& i) const {
    const auto* tree = qobject_cast<const CatalogTreeModel*>(i.model());
    if (tree && asciiText_) {
        const std::string& name = tree->nameOf(i);
        // A non-ASCII name can still match an ASCII text under Unicode case folding (the
        // Kelvin sign is a "k"): those go the QString way.
        if (isAscii(name)) return containsAscii(name, *asciiText_);
    }
    return i.data(CatalogTreeModel::NameRole).toString().contains(text_, Qt::CaseInsensitive);
}

bool NavigatorFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    if (text_.isEmpty()) return true;
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto* tree = qobject_cast<const CatalogTreeModel*>(sourceModel());
    const Kind kind =
        tree ? tree->kindOf(i) : static_cast<Kind>(i.data(CatalogTreeModel::KindRole).toInt());
    switch (kind) {
        case Kind::Connection:
            return true;
        case Kind::Database:
            return nameMatches(i);
        case Kind::TablesFolder:
        case Kind::ViewsFolder:
        case Kind::FunctionsFolder:
            // A folder whose server refused the name search stays, to say why.
            return nameMatches(sourceParent) ||
                   !i.data(CatalogTreeModel::FilterRefusalRole).toString().isEmpty();
        case Kind::Table:
        case Kind::View:
        case Kind::Function:
            return nameMatches(i) || nameMatches(sourceParent.parent());
        case Kind::Column:
            return nameMatches(sourceParent) || nameMatches(sourceParent.parent().parent());
        case Kind::Message: {
            auto parentKind =
                static_cast<Kind>(sourceParent.data(CatalogTreeModel::KindRole).toInt());
            if (parentKind == Kind::Connection) return true;
            if (parentKind == Kind::TablesFolder || parentKind == Kind::ViewsFolder ||
                parentKind == Kind::FunctionsFolder)
                return nameMatches(sourceParent.parent());
            return nameMatches(sourceParent);
        }
    }
    return false;
}

}  // namespace paimon::ui
