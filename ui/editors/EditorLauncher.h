#pragma once

#include <QObject>
#include <QPersistentModelIndex>
#include <QPointer>

#include "core/catalog/WriteOperation.h"

class QAction;
class QWidget;

namespace paimon::ui {

class CatalogTreeModel;
class EditorDialog;
struct HistoryEdit;

// The catalog's write actions and the one place that opens an editor on a navigator node:
// New database, New table, New view, New function, Edit, Rename and Drop (of whichever kind
// of object the node is). An action is enabled where the node's kind
// offers it (NodeKinds) and its connection is open and writable; a disabled one says why in
// its status tip. One editor is open at a time; what it changes reaches the tree through
// applied().
class EditorLauncher : public QObject {
    Q_OBJECT
public:
    enum class Edit { NewDatabase, NewTable, NewView, NewFunction, Alter, Rename, Drop };

    // Editors open as windows of `window`; `model` is the navigator's (source) model.
    EditorLauncher(CatalogTreeModel* model, QWidget* window);

    // The node the actions work on (a source-model index).
    void setCurrent(const QModelIndex& source);
    // Whether `edit` can open on the current node.
    bool canLaunch(Edit edit) const;
    // Opens the editor for `edit` on the current node (closing the one open), or null.
    EditorDialog* launch(Edit edit);
    EditorDialog* current() const { return editor_.data(); }
    // Opens the editor of a change to the current table's life (its details' tabs ask), or
    // null when the connection is not open or is read-only.
    EditorDialog* launchHistory(const HistoryEdit& edit);
    // Why the current node's changes cannot be made (read-only, not connected), or empty.
    QString whyNotWritable() const;

    QAction* action(Edit edit) const;
    QList<QAction*> actions() const;
    // Enables each action for the current node (also after a connection opens or a profile
    // changes).
    void updateActions();

signals:
    void editorOpened(paimon::ui::EditorDialog* editor);
    void applied(const QString& profileId, const paimon::WriteOperation& op);

private:
    EditorDialog* create(Edit edit);
    // Makes `editor` the one open editor and wires its answers; `reload` is the node its
    // Reload refreshes.
    EditorDialog* adopt(EditorDialog* editor, const QModelIndex& reload);

    CatalogTreeModel* model_;
    QWidget* window_;
    QPersistentModelIndex current_;
    QPointer<EditorDialog> editor_;
    QList<QAction*> actions_;  // in Edit's order
};

}  // namespace paimon::ui
