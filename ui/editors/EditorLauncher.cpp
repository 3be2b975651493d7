#include "ui/editors/EditorLauncher.h"

#include <QAction>
#include <QKeySequence>
#include <QWidget>

#include "ui/editors/DatabaseEditors.h"
#include "ui/editors/FunctionEditor.h"
#include "ui/editors/HistoryEditors.h"
#include "ui/editors/TableEditors.h"
#include "ui/editors/ViewEditors.h"
#include "ui/navigator/CatalogTreeModel.h"
#include "ui/navigator/NodeKinds.h"

namespace paimon::ui {

namespace {

// What each edit needs of the node's kind (any of); a new database needs only an open
// connection.
std::optional<NodeActions> needed(EditorLauncher::Edit edit) {
    switch (edit) {
        case EditorLauncher::Edit::NewDatabase:
            return std::nullopt;
        case EditorLauncher::Edit::NewTable:
            return NodeActions(NodeAction::NewTable);
        case EditorLauncher::Edit::NewView:
            return NodeActions(NodeAction::NewView);
        case EditorLauncher::Edit::NewFunction:
            return NodeActions(NodeAction::NewFunction);
        case EditorLauncher::Edit::Alter:
            return NodeActions(NodeAction::Edit);
        case EditorLauncher::Edit::Rename:
            return NodeAction::Rename | NodeAction::RenameView;
        case EditorLauncher::Edit::Drop:
            return NodeActions(NodeAction::Drop);
    }
    return std::nullopt;
}

}  // namespace

EditorLauncher::EditorLauncher(CatalogTreeModel* model, QWidget* window)
    : QObject(window), model_(model), window_(window) {
    auto make = [this](const char* name, const QString& text, const QKeySequence& key, Edit edit) {
        auto* a = new QAction(text, this);
        a->setObjectName(QLatin1String(name));
        a->setShortcut(key);
        connect(a, &QAction::triggered, this, [this, edit] { launch(edit); });
        actions_ << a;
        return a;
    };
    make("newDatabase", tr("New &database…"), QKeySequence(tr("Ctrl+Shift+N")), Edit::NewDatabase);
    make("newTable", tr("&New table…"), QKeySequence::New, Edit::NewTable);
    make("newView", tr("New &view…"), QKeySequence(tr("Ctrl+Alt+V")), Edit::NewView);
    make("newFunction", tr("New f&unction…"), QKeySequence(tr("Ctrl+Alt+U")), Edit::NewFunction);
    make("edit", tr("&Edit…"), QKeySequence(tr("Ctrl+E")), Edit::Alter);
    make("rename", tr("Re&name…"), QKeySequence(Qt::Key_F2), Edit::Rename);
    make("drop", tr("&Drop…"), QKeySequence::Delete, Edit::Drop);
    updateActions();
}

QAction* EditorLauncher::action(Edit edit) const {
    return actions_.at(static_cast<int>(edit));
}

QList<QAction*> EditorLauncher::actions() const {
    return actions_;
}

void EditorLauncher::setCurrent(const QModelIndex& source) {
    current_ = source;
    updateActions();
}

bool EditorLauncher::canLaunch(Edit edit) const {
    const QModelIndex source = current_;
    if (!source.isValid()) return false;
    const ConnectionProfile* profile = model_->profileFor(source);
    if (!profile || profile->readOnly || !model_->catalogFor(source)) return false;
    const auto need = needed(edit);
    return !need || model_->actionsOf(source).testAnyFlags(*need);
}

void EditorLauncher::updateActions() {
    const QModelIndex source = current_;
    const ConnectionProfile* profile = source.isValid() ? model_->profileFor(source) : nullptr;
    const bool open = profile && model_->catalogFor(source);
    const QString why = !profile ? QString()
                        : profile->readOnly
                            ? tr("The connection “%1” is read-only.").arg(profile->name)
                        : !open ? tr("Connect first: expand the connection.")
                                : QString();
    for (int i = 0; i < actions_.size(); ++i) {
        actions_[i]->setEnabled(canLaunch(static_cast<Edit>(i)));
        actions_[i]->setStatusTip(why);
    }
}

EditorDialog* EditorLauncher::launch(Edit edit) {
    if (!canLaunch(edit)) return nullptr;
    const QModelIndex source = current_;
    const QString profileId = source.data(CatalogTreeModel::ConnectionIdRole).toString();
    const QString db = source.data(CatalogTreeModel::DatabaseRole).toString();
    const QString table = source.data(CatalogTreeModel::TableRole).toString();
    // A view's or function's row, or one of a view's columns.
    const DetailPane pane = model_->paneOf(source);
    const bool isView = pane == DetailPane::View, isFunction = pane == DetailPane::Function;
    const QString object = source.data(CatalogTreeModel::ObjectRole).toString();
    const Identifier objectId{db.toStdString(), object.toStdString()};
    EditorDialog::Target target{*model_->profileFor(source), model_->catalogFor(source)};
    EditorDialog* editor = nullptr;
    const QModelIndex views =
        model_->folderIndex(profileId, db.toStdString(), NodeKind::ViewsFolder);
    const QModelIndex functions =
        model_->folderIndex(profileId, db.toStdString(), NodeKind::FunctionsFolder);
    // The node whose names the editor's change touches: reloaded when the editor asks.
    QModelIndex reload;
    switch (edit) {
        case Edit::NewDatabase:
            editor = new DatabaseEditor(target, QString(), window_);
            reload = model_->connectionIndex(profileId);
            break;
        case Edit::NewTable:
            editor = new TableEditor(target, db, QString(), window_);
            reload = model_->databaseIndex(profileId, db.toStdString());
            break;
        case Edit::NewView:
            editor = new ViewEditor(target, db, QString(), window_);
            reload = views;
            break;
        case Edit::NewFunction:
            editor = new FunctionEditor(target, db, QString(), window_);
            reload = functions;
            break;
        case Edit::Alter:
            if (isView) {
                editor = new ViewEditor(target, db, object, window_);
                reload = views;
            } else if (isFunction) {
                editor = new FunctionEditor(target, db, object, window_);
                reload = functions;
            } else if (table.isEmpty()) {
                editor = new DatabaseEditor(target, db, window_);
                reload = model_->databaseIndex(profileId, db.toStdString());
            } else {
                editor = new TableEditor(target, db, table, window_);
                reload = model_->tableIndex(profileId, {db.toStdString(), table.toStdString()});
            }
            break;
        case Edit::Rename:
            if (isView) {
                editor = new RenameViewDialog(target, objectId, model_->loadedDatabases(profileId),
                                              window_);
                reload = views;
                break;
            }
            editor = new RenameTableDialog(target, {db.toStdString(), table.toStdString()},
                                           model_->loadedDatabases(profileId), window_);
            reload = model_->databaseIndex(profileId, db.toStdString());
            break;
        case Edit::Drop:
            if (isView || isFunction) {
                editor = new DropObjectDialog(
                    target, isView ? ObjectKind::View : ObjectKind::Function, objectId, window_);
                reload = isView ? views : functions;
            } else if (table.isEmpty()) {
                editor = new DropDatabaseDialog(target, db, window_);
                reload = model_->connectionIndex(profileId);
            } else {
                editor =
                    new DropTableDialog(target, {db.toStdString(), table.toStdString()}, window_);
                reload = model_->databaseIndex(profileId, db.toStdString());
            }
            break;
    }
    return adopt(editor, reload);
}

EditorDialog* EditorLauncher::adopt(EditorDialog* editor, const QModelIndex& reload) {
    if (editor_) editor_->close();
    editor_ = editor;
    connect(editor, &EditorDialog::applied, this, &EditorLauncher::applied);
    QPersistentModelIndex node(reload);
    connect(editor, &EditorDialog::treeReloadRequested, this, [this, node] {
        if (node.isValid()) model_->refresh(node);
    });
    editor->show();
    emit editorOpened(editor);
    return editor;
}

QString EditorLauncher::whyNotWritable() const {
    const QModelIndex source = current_;
    const ConnectionProfile* profile = source.isValid() ? model_->profileFor(source) : nullptr;
    if (!profile) return tr("Select a table first.");
    if (profile->readOnly) return tr("The connection “%1” is read-only.").arg(profile->name);
    if (!model_->catalogFor(source)) return tr("Connect first: expand the connection.");
    return {};
}

EditorDialog* EditorLauncher::launchHistory(const HistoryEdit& edit) {
    if (!whyNotWritable().isEmpty()) return nullptr;
    const QModelIndex source = current_;
    EditorDialog::Target target{*model_->profileFor(source), model_->catalogFor(source)};
    EditorDialog* editor = createHistoryEditor(target, edit, window_);
    if (!editor) return nullptr;
    const QString profileId = source.data(CatalogTreeModel::ConnectionIdRole).toString();
    return adopt(editor,
                 model_->tableIndex(profileId, {edit.table.database, edit.table.tableName()}));
}

}  // namespace paimon::ui
