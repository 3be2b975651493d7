#include "ui/details/DatabasePane.h"

#include "ui/details/DetailText.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace paimon::ui {
QTableWidget* makeReadOnlyTable(const QStringList& headers, QWidget* parent) {
    auto* t = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->hide();
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 8);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setWordWrap(false);
    return t;
}

QTableWidget* makeOptionsTable(QWidget* parent) {
    return makeReadOnlyTable({QObject::tr("Option"), QObject::tr("Value")}, parent);
}

void fillOptionsTable(QTableWidget* t, const Options& options) {
    t->setRowCount(static_cast<int>(options.size()));
    int row = 0;
    for (const auto& [k, v] : options) {
        t->setItem(row, 0, new QTableWidgetItem(fromStd(k)));
        t->setItem(row, 1, new QTableWidgetItem(fromStd(v)));
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
    title_->setText(tr("Database %1").arg(fromStd(info.name)));
    while (form_->rowCount() > 0)
        form_->removeRow(0);
    form_->addRow(tr("Location:"), selectableLabel(orDash(info.location)));
    form_->addRow(tr("Owner:"), selectableLabel(orDash(info.owner)));
    form_->addRow(tr("ID:"), selectableLabel(orDash(info.id)));
    form_->addRow(tr("Created:"),
                  selectableLabel(createdOrUpdated(info.createdAt, info.createdBy)));
    form_->addRow(tr("Updated:"),
                  selectableLabel(createdOrUpdated(info.updatedAt, info.updatedBy)));
    fillOptionsTable(options_, info.options);
}

QString DatabasePane::summaryText() const {
    return title_->text() + QLatin1Char('\n') + formText(form_);
}

}  // namespace paimon::ui
