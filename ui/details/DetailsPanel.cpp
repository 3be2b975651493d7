#include "ui/details/DetailsPanel.h"

#include <QLabel>
#include <QPointer>
#include <QScrollArea>

#include "ui/details/DatabasePane.h"
#include "ui/details/ObjectPanes.h"
#include "ui/details/TablePane.h"
#include "ui/navigator/CatalogTreeModel.h"
#include "ui/navigator/NodeKinds.h"

namespace paimon::ui {

using Kind = CatalogTreeModel::NodeKind;

namespace {
QString authName(AuthKind a) {
    switch (a) {
        case AuthKind::None:
            return QObject::tr("none");
        case AuthKind::Bearer:
            return QObject::tr("bearer token");
        case AuthKind::DlfAccessKey:
            return QObject::tr("DLF access key");
        case AuthKind::DlfTokenFile:
            return QObject::tr("DLF token file");
        case AuthKind::DlfEcsRole:
            return QObject::tr("DLF ECS role");
    }
    return {};
}
}  // namespace

DetailsPanel::DetailsPanel(CatalogTreeModel* model, QWidget* parent)
    : QStackedWidget(parent),
      model_(model),
      message_(new QLabel),
      connection_(new QLabel),
      database_(new DatabasePane),
      table_(new TablePane),
      view_(new ViewPane),
      function_(new FunctionPane) {
    message_->setAlignment(Qt::AlignCenter);
    message_->setWordWrap(true);
    message_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connection_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    connection_->setWordWrap(true);
    connection_->setMargin(12);
    connection_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    addWidget(message_);
    addWidget(connection_);
    addWidget(database_);
    addWidget(table_);
    addWidget(view_);
    addWidget(function_);
    showMessage(tr("Select a connection, database or table to see its details."));
    connect(model_, &CatalogTreeModel::tableLoaded, this, &DetailsPanel::onTableLoaded);
    connect(table_, &TablePane::editRequested, this, &DetailsPanel::historyEditRequested);
    connect(table_, &TablePane::openBranchRequested, this, &DetailsPanel::showBranch);
    connect(model_, &CatalogTreeModel::loadFailed, this, &DetailsPanel::onLoadFailed);
    // A connection's pane says whether it is connected: shown again when that changes.
    connect(model_, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex& topLeft) {
        if (current_.isValid() && topLeft == QModelIndex(current_) &&
            static_cast<Kind>(topLeft.data(CatalogTreeModel::KindRole).toInt()) ==
                Kind::Connection &&
            currentWidget() == connection_)
            showNode(current_);
    });
}

QString DetailsPanel::messageText() const {
    return message_->text();
}

void DetailsPanel::showMessage(const QString& text) {
    message_->setText(text);
    setCurrentWidget(message_);
}

void DetailsPanel::showNode(const QModelIndex& index) {
    pending_.cancel();
    ++generation_;
    if (QModelIndex(current_) != index) branch_.clear();
    current_ = index;
    if (!index.isValid()) {
        return showMessage(tr("Select a connection, database or table to see its details."));
    }
    const auto kind = static_cast<Kind>(index.data(CatalogTreeModel::KindRole).toInt());
    switch (model_->paneOf(index)) {
        case DetailPane::Connection: {
            const ConnectionProfile* p = model_->profileFor(index);
            if (!p) return;
            QString text = QStringLiteral("<h2>%1</h2>").arg(p->name.toHtmlEscaped());
            if (p->kind == ProfileKind::LocalWarehouse) {
                text += tr("<p>Local warehouse folder: %1</p>").arg(p->warehouse.toHtmlEscaped());
            } else {
                text += tr("<p>URI: %1<br>Warehouse: %2<br>Authentication: %3</p>")
                            .arg(p->uri.toHtmlEscaped(),
                                 p->warehouse.isEmpty() ? QStringLiteral("—")
                                                        : p->warehouse.toHtmlEscaped(),
                                 authName(p->auth));
            }
            if (p->readOnly) {
                text += tr("<p>Read-only profile: no changes are sent.</p>");
            } else if (p->production) {
                text += tr("<p>Production profile: every change is confirmed first.</p>");
            }
            QString error = index.data(CatalogTreeModel::ErrorRole).toString();
            if (!error.isEmpty()) {
                text += tr("<p><b>Could not connect:</b> %1</p>").arg(error.toHtmlEscaped());
            } else if (!model_->catalogFor(index)) {
                text += tr("<p>Not connected. Expand the connection to connect.</p>");
            }
            connection_->setText(text);
            setCurrentWidget(connection_);
            return;
        }
        case DetailPane::Database: {
            auto catalog = model_->catalogFor(index);
            if (!catalog) return showMessage(tr("Not connected."));
            const QString name = index.data(CatalogTreeModel::NameRole).toString();
            showMessage(tr("Loading database %1…").arg(name));
            const quint64 generation = generation_;
            QPointer<DetailsPanel> self(this);
            pending_ = catalog->getDatabase(name.toStdString(), [=](Result<DatabaseInfo> r) {
                if (!self || generation != self->generation_) return;
                if (!r) {
                    return self->showMessage(
                        tr("Could not load database %1:\n%2")
                            .arg(name, QString::fromStdString(r.error().describe())));
                }
                self->database_->show(*r);
                self->setCurrentWidget(self->database_);
            });
            return;
        }
        case DetailPane::Table: {
            // The table's own row, or the row of the table that holds this one.
            QModelIndex table = index;
            while (table.isValid() &&
                   static_cast<Kind>(table.data(CatalogTreeModel::KindRole).toInt()) != Kind::Table)
                table = table.parent();
            if (auto info = model_->tableInfo(table)) {
                if (!branch_.isEmpty()) return showBranch(branch_);
                showTable(info, table, false);
                if (kind == Kind::Column) {
                    table_->selectColumn(index.data(CatalogTreeModel::NameRole).toString());
                }
                return;
            }
            showMessage(
                tr("Loading table %1…").arg(table.data(CatalogTreeModel::NameRole).toString()));
            model_->loadTable(table);
            return;
        }
        case DetailPane::View:
        case DetailPane::Function: {
            auto catalog = model_->catalogFor(index);
            if (!catalog) return showMessage(tr("Not connected."));
            const Identifier id{index.data(CatalogTreeModel::DatabaseRole).toString().toStdString(),
                                index.data(CatalogTreeModel::ObjectRole).toString().toStdString()};
            const QString name = QString::fromStdString(id.database + "." + id.object);
            const quint64 generation = generation_;
            QPointer<DetailsPanel> self(this);
            auto failed = [=](const Error& e) {
                return self->showMessage(
                    tr("Could not load %1:\n%2").arg(name, QString::fromStdString(e.describe())));
            };
            if (model_->paneOf(index) == DetailPane::View) {
                showMessage(tr("Loading view %1…").arg(name));
                pending_ = catalog->getView(id, [=](Result<ViewInfo> r) {
                    if (!self || generation != self->generation_) return;
                    if (!r) return failed(r.error());
                    self->view_->show(*r);
                    self->setCurrentWidget(self->view_);
                });
            } else {
                showMessage(tr("Loading function %1…").arg(name));
                pending_ = catalog->getFunction(id, [=](Result<FunctionInfo> r) {
                    if (!self || generation != self->generation_) return;
                    if (!r) return failed(r.error());
                    self->function_->show(*r);
                    self->setCurrentWidget(self->function_);
                });
            }
            return;
        }
        case DetailPane::Message:
            if (index.flags().testFlag(Qt::ItemIsEnabled) ||
                index.data(Qt::ToolTipRole).toString().isEmpty())
                return showMessage(index.data(Qt::DisplayRole).toString());
            // A folder its catalog does not have: why.
            return showMessage(index.data(Qt::DisplayRole).toString() + QStringLiteral(":\n") +
                               index.data(Qt::ToolTipRole).toString());
    }
}

void DetailsPanel::reload() {
    QModelIndex i = current_;
    if (!i.isValid()) return;
    const auto kind = static_cast<Kind>(i.data(CatalogTreeModel::KindRole).toInt());
    const DetailPane pane = model_->paneOf(i);
    if (pane == DetailPane::View || pane == DetailPane::Function) {
        if (kind == Kind::View) model_->refresh(i);  // its columns in the tree too
        return showNode(i);
    }
    if (kind == Kind::Table || kind == Kind::Column) {
        model_->refresh(kind == Kind::Table ? i : i.parent());  // tableLoaded shows it again
        return;
    }
    showNode(i);
}

void DetailsPanel::onTableLoaded(const QModelIndex& index) {
    if (!current_.isValid()) return;
    const auto kind = static_cast<Kind>(current_.data(CatalogTreeModel::KindRole).toInt());
    QModelIndex table = kind == Kind::Column ? current_.parent() : QModelIndex(current_);
    if (kind != Kind::Table && kind != Kind::Column) return;
    if (table != index) return;
    if (!branch_.isEmpty()) return showBranch(branch_);
    showTable(model_->tableInfo(index), index, true);
    if (kind == Kind::Column)
        table_->selectColumn(current_.data(CatalogTreeModel::NameRole).toString());
}

void DetailsPanel::showTable(const std::shared_ptr<const TableInfo>& info, const QModelIndex& index,
                             bool reload) {
    if (!info) return;
    if (table_->shown() != info.get()) table_->show(info);
    setCurrentWidget(table_);
    const ConnectionProfile* profile = model_->profileFor(index);
    auto catalog = model_->catalogFor(index);
    if (!catalog) return;
    QString why;
    if (!profile || profile->readOnly) {
        why = tr("The connection “%1” is read-only.").arg(profile ? profile->name : QString());
    }
    table_->showHistory({catalog, Identifier{info->database, info->name}, why}, reload);
}

void DetailsPanel::showBranch(const QString& branch) {
    QModelIndex table = current_;
    while (table.isValid() &&
           static_cast<Kind>(table.data(CatalogTreeModel::KindRole).toInt()) != Kind::Table)
        table = table.parent();
    if (!table.isValid()) return;
    pending_.cancel();
    ++generation_;
    branch_ = branch;
    auto main = model_->tableInfo(table);
    if (branch.isEmpty()) {
        if (main) return showTable(main, table, false);
        return showNode(current_);
    }
    auto catalog = model_->catalogFor(table);
    if (!catalog) return showMessage(tr("Not connected."));
    const Identifier id{table.data(CatalogTreeModel::DatabaseRole).toString().toStdString(),
                        table.data(CatalogTreeModel::TableRole).toString().toStdString() +
                            "$branch_" + branch.toStdString()};
    showMessage(tr("Loading branch %1…").arg(branch));
    const quint64 generation = generation_;
    QPointer<DetailsPanel> self(this);
    QPersistentModelIndex node(table);
    pending_ = catalog->getTable(id, [=](Result<TableInfo> r) {
        if (!self || generation != self->generation_) return;
        if (!r) {
            self->branch_.clear();
            return self->showMessage(
                tr("Could not load branch %1:\n%2")
                    .arg(branch, QString::fromStdString(r.error().describe())));
        }
        self->showTable(std::make_shared<const TableInfo>(std::move(*r)), node, true);
    });
}

void DetailsPanel::onLoadFailed(const QModelIndex& index, const QString& message) {
    if (!current_.isValid() || QModelIndex(current_) != index) return;
    if (static_cast<Kind>(index.data(CatalogTreeModel::KindRole).toInt()) == Kind::Table) {
        showMessage(tr("Could not load table %1:\n%2")
                        .arg(index.data(CatalogTreeModel::NameRole).toString(), message));
    }
}

}  // namespace paimon::ui
