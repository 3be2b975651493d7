#include "ui/details/DatabasePane.h"

#include <QDateTime>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace paimon::ui {
namespace {
QString q(const std::string& s) {
    return QString::fromStdString(s);
}
QString orDash(const std::optional<std::string>& s) {
    return s && !s->empty() ? q(*s) : QStringLiteral("—");
}
QLabel* selectable(const QString& text) {
    auto* l = new QLabel(text);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    l->setWordWrap(true);
    return l;
}
}  // namespace

QString formatMillis(int64_t millis) {
    if (millis <= 0) return QStringLiteral("—");
    return QDateTime::fromMSecsSinceEpoch(millis).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QTableWidget* makeOptionsTable(QWidget* parent) {
    auto* t = new QTableWidget(0, 2, parent);
    t->setHorizontalHeaderLabels({QObject::tr("Option"), QObject::tr("Value")});
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->hide();
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 8);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setWordWrap(false);
    return t;
}

void fillOptionsTable(QTableWidget* t, const Options& options) {
    t->setRowCount(static_cast<int>(options.size()));
    int row = 0;
    for (const auto& [k, v] : options) {
        t->setItem(row, 0, new QTableWidgetItem(q(k)));
        t->setItem(row, 1, new QTableWidgetItem(q(v)));
        ++row;
    }
    t->resizeColumnToContents(0);
}

DatabasePane::DatabasePane(QWidget* parent)
    : QWidget(parent), title_(new QLabel), form_(new QFormLayout), options_(makeOptionsTable()) {
    QFont f = title_->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    title_->setFont(f);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title_);
    layout->addLayout(form_);
    layout->addWidget(new QLabel(tr("Options")));
    layout->addWidget(options_, 1);
}

void DatabasePane::show(const DatabaseInfo& info) {
    title_->setText(tr("Database %1").arg(q(info.name)));
    while (form_->rowCount() > 0)
        form_->removeRow(0);
    form_->addRow(tr("Location:"), selectable(orDash(info.location)));
    form_->addRow(tr("Owner:"), selectable(orDash(info.owner)));
    form_->addRow(tr("ID:"), selectable(orDash(info.id)));
    form_->addRow(tr("Created:"),
                  selectable(formatMillis(info.createdAt) +
                             (info.createdBy ? tr(" by %1").arg(q(*info.createdBy)) : QString())));
    form_->addRow(tr("Updated:"),
                  selectable(formatMillis(info.updatedAt) +
                             (info.updatedBy ? tr(" by %1").arg(q(*info.updatedBy)) : QString())));
    fillOptionsTable(options_, info.options);
}

QString DatabasePane::summaryText() const {
    QStringList lines{title_->text()};
    for (int r = 0; r < form_->rowCount(); ++r) {
        auto* label = qobject_cast<QLabel*>(form_->itemAt(r, QFormLayout::LabelRole)->widget());
        auto* value = qobject_cast<QLabel*>(form_->itemAt(r, QFormLayout::FieldRole)->widget());
        if (label && value) lines << label->text() + QLatin1Char(' ') + value->text();
    }
    return lines.join(QLatin1Char('\n'));
}

}  // namespace paimon::ui
