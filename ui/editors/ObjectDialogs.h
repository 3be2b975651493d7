#pragma once

#include <QLineEdit>
#include <QStringList>

#include "ui/editors/EditorDialog.h"

class QComboBox;

namespace paimon::ui {

// The objects of a database that are renamed and dropped by name.
enum class ObjectKind { Table, View, Function };

// Rename a table or a view, within its database or into another one.
class RenameObjectDialog : public EditorDialog {
    Q_OBJECT
public:
    RenameObjectDialog(Target target, ObjectKind kind, const Identifier& object,
                       const QStringList& databases, QWidget* parent = nullptr);
    Result<WriteOperation> operation() const override;
    QComboBox* databaseBox() const { return database_; }
    QLineEdit* nameEdit() const { return name_; }

private:
    ObjectKind kind_;
    Identifier from_;
    QComboBox* database_;
    QLineEdit* name_;
};

class RenameTableDialog : public RenameObjectDialog {
    Q_OBJECT
public:
    RenameTableDialog(Target target, const Identifier& table, const QStringList& databases,
                      QWidget* parent = nullptr)
        : RenameObjectDialog(std::move(target), ObjectKind::Table, table, databases, parent) {}
};

class RenameViewDialog : public RenameObjectDialog {
    Q_OBJECT
public:
    RenameViewDialog(Target target, const Identifier& view, const QStringList& databases,
                     QWidget* parent = nullptr)
        : RenameObjectDialog(std::move(target), ObjectKind::View, view, databases, parent) {}
};

// Drop a table (with its data), a view or a function: its name must be typed to confirm.
class DropObjectDialog : public EditorDialog {
    Q_OBJECT
public:
    DropObjectDialog(Target target, ObjectKind kind, const Identifier& id,
                     QWidget* parent = nullptr);
    Result<WriteOperation> operation() const override;
    QLineEdit* confirmEdit() const { return confirm_; }

private:
    ObjectKind kind_;
    Identifier id_;
    QLineEdit* confirm_;
};

class DropTableDialog : public DropObjectDialog {
    Q_OBJECT
public:
    DropTableDialog(Target target, const Identifier& table, QWidget* parent = nullptr)
        : DropObjectDialog(std::move(target), ObjectKind::Table, table, parent) {}
};

}  // namespace paimon::ui
