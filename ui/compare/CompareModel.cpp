#include "ui/compare/CompareModel.h"

#include <QBrush>
#include <QColor>

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
            return QColor(0xb2, 0x5e, 0x00);
        case Presence::OnlyLeft:
            return QColor(0x2e, 0x7d, 0x32);
        case Presence::OnlyRight:
            return QColor(0x15, 0x65, 0xc0);
    }
    return {};
}

QList<QStandardItem*> row(const QIcon& icon, const QString& object, const QString& left,
                          const QString& right, Presence presence, const QString& status) {
    QList<QStandardItem*> items = {new QStandardItem(icon, object), new QStandardItem(left),
                                   new QStandardItem(right), new QStandardItem(status)};
    for (QStandardItem* item : items) {
        item->setEditable(false);
        item->setData(static_cast<int>(presence), CompareModel::PresenceRole);
        item->setToolTip(item->text());
    }
    if (QColor c = colorFor(presence); c.isValid())
        items[CompareModel::StatusColumn]->setForeground(QBrush(c));
    return items;
}

void addDifferences(QStandardItem* parent, const std::vector<Difference>& differences) {
    for (const auto& d : differences) {
        parent->appendRow(row(QIcon(), q(d.aspect), orDash(d.left), orDash(d.right),
                              Presence::Differs, QString()));
    }
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

}  // namespace

CompareModel::CompareModel(QObject* parent) : QStandardItemModel(0, ColumnCount, parent) {
    setHorizontalHeaderLabels({tr("Object"), tr("Left"), tr("Right"), tr("Status")});
}

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

void CompareModel::setComparison(const CatalogComparison& comparison) {
    removeRows(0, rowCount());
    for (const auto& d : comparison.databases) {
        // A database holding differences says so even when its own options agree.
        const Presence shown =
            d.presence == Presence::Same && d.hasDifferences() ? Presence::Differs : d.presence;
        QString status = presenceText(d.presence);
        if (d.presence == Presence::Same && d.hasDifferences()) status = tr("holds differences");
        auto items = row(NavigatorIcons::database(), q(d.name()), orDash(d.leftName),
                         orDash(d.rightName), shown, status);
        addDifferences(items[0], d.differences);
        for (const auto& o : d.objects) {
            auto objectRow = row(iconFor(o.kind), q(o.name()), orDash(o.leftName),
                                 orDash(o.rightName), o.presence, presenceText(o.presence));
            addDifferences(objectRow[0], o.differences);
            items[0]->appendRow(objectRow);
        }
        appendRow(items);
    }
}

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

}  // namespace paimon::ui
