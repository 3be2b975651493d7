#include "ui/activity/ActivityLogPane.h"

#include <QAction>
#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include "ui/activity/ActivityLogModel.h"

namespace paimon::ui {

ActivityLogPane::ActivityLogPane(ActivityLogModel* model, QWidget* parent)
    : QWidget(parent), model_(model), table_(new QTableView), details_(new QPlainTextEdit) {
    table_->setModel(model_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->verticalHeader()->hide();
    table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 6);
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->setColumnWidth(ActivityLogModel::Time, 90);
    table_->setColumnWidth(ActivityLogModel::Connection, 110);
    table_->setColumnWidth(ActivityLogModel::Method, 60);
    table_->setColumnWidth(ActivityLogModel::Path, 220);
    table_->setColumnWidth(ActivityLogModel::Status, 55);
    table_->setColumnWidth(ActivityLogModel::Duration, 70);
    table_->setWordWrap(false);
    table_->setObjectName(QStringLiteral("activityTable"));
    details_->setReadOnly(true);
    details_->setLineWrapMode(QPlainTextEdit::NoWrap);
    details_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    details_->setPlaceholderText(tr("Select a request to see its headers and body."));

    auto* copy = new QPushButton(tr("Copy as curl"));
    copy->setToolTip(tr("Copies the selected request as a curl command; secrets stay hidden."));
    auto* clear = new QPushButton(tr("Clear"));
    connect(copy, &QPushButton::clicked, this, &ActivityLogPane::copyAsCurl);
    connect(clear, &QPushButton::clicked, model_, &ActivityLogModel::clear);
    auto* copyAction = new QAction(tr("Copy as curl"), table_);
    copyAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+C")));
    copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copyAction, &QAction::triggered, this, &ActivityLogPane::copyAsCurl);
    table_->addAction(copyAction);
    table_->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(copy);
    buttons->addWidget(clear);
    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(details_);
    rightLayout->addLayout(buttons);

    auto* split = new QSplitter(Qt::Horizontal);
    split->addWidget(table_);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ActivityLogPane::showSelected);
    // Follow new requests while the newest one is selected or nothing is.
    connect(model_, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex&, int, int last) {
                QModelIndex current = table_->currentIndex();
                if (!current.isValid() || current.row() == last - 1) table_->scrollToBottom();
            });
}

QString ActivityLogPane::selectedCurl() const {
    QModelIndex current = table_->currentIndex();
    if (!current.isValid()) return {};
    return ActivityLogModel::curlCommand(model_->entry(current.row()).record);
}

void ActivityLogPane::copyAsCurl() const {
    QString curl = selectedCurl();
    if (!curl.isEmpty()) QGuiApplication::clipboard()->setText(curl);
}

void ActivityLogPane::showSelected() {
    QModelIndex current = table_->currentIndex();
    details_->setPlainText(
        current.isValid() ? ActivityLogModel::details(model_->entry(current.row())) : QString());
}

}  // namespace paimon::ui
