#include "ui/editors/FieldsGrid.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <set>

#include "core/types/TypeParser.h"

namespace paimon::ui {

namespace {
enum Column { NameCol, TypeCol, CommentCol, ColCount };
}  // namespace

FieldsGrid::FieldsGrid(QString what, QWidget* parent)
    : QWidget(parent),
      what_(std::move(what)),
      table_(new QTableWidget(0, ColCount)),
      add_(new QPushButton(tr("&Add"))),
      remove_(new QPushButton(tr("Remo&ve"))) {
    table_->setHorizontalHeaderLabels({tr("Name"), tr("Type"), tr("Comment")});
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->verticalHeader()->hide();
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setColumnWidth(NameCol, 150);
    table_->setColumnWidth(TypeCol, 180);
    auto* insert = new QAction(table_);
    insert->setShortcut(Qt::Key_Insert);
    insert->setShortcutContext(Qt::WidgetShortcut);
    connect(insert, &QAction::triggered, this, [this] { addRow(); });
    table_->addAction(insert);
    auto* del = new QAction(table_);
    del->setShortcut(Qt::Key_Delete);
    del->setShortcutContext(Qt::WidgetShortcut);
    connect(del, &QAction::triggered, this, &FieldsGrid::removeCurrentRow);
    table_->addAction(del);
    connect(add_, &QPushButton::clicked, this, [this] { addRow(); });
    connect(remove_, &QPushButton::clicked, this, &FieldsGrid::removeCurrentRow);
    connect(table_, &QTableWidget::itemChanged, this, &FieldsGrid::changed);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add_);
    buttons->addWidget(remove_);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(table_, 1);
    layout->addLayout(buttons);
}

void FieldsGrid::setFields(const std::vector<DataField>& fields) {
    {
        QSignalBlocker block(table_);
        table_->setRowCount(0);
        for (const DataField& f : fields) {
            addRow(QString::fromStdString(f.name), QString::fromStdString(f.type.sql()),
                   f.description ? QString::fromStdString(*f.description) : QString());
        }
    }
    emit changed();
}

void FieldsGrid::addRow(const QString& name, const QString& type, const QString& comment) {
    const int row = table_->rowCount();
    {
        QSignalBlocker block(table_);
        table_->insertRow(row);
        table_->setItem(row, NameCol, new QTableWidgetItem(name));
        table_->setItem(row, TypeCol, new QTableWidgetItem(type));
        table_->setItem(row, CommentCol, new QTableWidgetItem(comment));
    }
    if (name.isEmpty() && table_->editTriggers() != QAbstractItemView::NoEditTriggers &&
        isVisible()) {
        table_->setCurrentCell(row, NameCol);
        table_->editItem(table_->item(row, NameCol));
    }
    emit changed();
}

void FieldsGrid::removeCurrentRow() {
    if (table_->editTriggers() == QAbstractItemView::NoEditTriggers) return;
    const int row = table_->currentRow();
    if (row < 0) return;
    table_->removeRow(row);
    emit changed();
}

void FieldsGrid::setReadOnly(bool readOnly) {
    table_->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                                     : QAbstractItemView::AllEditTriggers);
    add_->setVisible(!readOnly);
    remove_->setVisible(!readOnly);
}

Result<std::vector<DataField>> FieldsGrid::fields() const {
    std::vector<DataField> out;
    std::set<std::string> names;
    // Top-level fields are 0..n-1; the fields of nested ROWs are numbered after them.
    FieldIdCounter ids;
    ids.last = table_->rowCount() - 1;
    for (int r = 0; r < table_->rowCount(); ++r) {
        auto text = [&](int c) {
            const QTableWidgetItem* item = table_->item(r, c);
            return item ? item->text() : QString();
        };
        const QString name = text(NameCol);
        if (name.trimmed().isEmpty()) {
            return makeError(
                ErrorKind::BadRequest,
                tr("The %1 in row %2 has no name.").arg(what_).arg(r + 1).toStdString());
        }
        if (!names.insert(name.toStdString()).second) {
            return makeError(ErrorKind::BadRequest,
                             tr("The %1 name “%2” is given twice.").arg(what_, name).toStdString());
        }
        auto type = parseDataType(text(TypeCol).toStdString(), &ids);
        if (!type) {
            return makeError(ErrorKind::BadRequest,
                             tr("The type of the %1 “%2” is not valid: %3")
                                 .arg(what_, name, QString::fromStdString(type.error().message))
                                 .toStdString());
        }
        DataField f;
        f.id = r;
        f.name = name.toStdString();
        f.type = std::move(type).value();
        if (!text(CommentCol).isEmpty()) f.description = text(CommentCol).toStdString();
        out.push_back(std::move(f));
    }
    return out;
}

}  // namespace paimon::ui
