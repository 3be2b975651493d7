#include "ui/editors/ObjectDialogs.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace paimon::ui {
namespace {

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

Error badRequest(const QString& text) {
    return makeError(ErrorKind::BadRequest, text.toStdString());
}

}  // namespace

// ---- rename ----

RenameObjectDialog::RenameObjectDialog(Target target, ObjectKind kind, const Identifier& object,
                                       const QStringList& databases, QWidget* parent)
    : EditorDialog(std::move(target), parent), kind_(kind), from_(object) {
    const bool table = kind == ObjectKind::Table;
    setObjectName(table ? QStringLiteral("renameTable") : QStringLiteral("renameView"));
    const QString db = q(object.database), name = q(object.object);
    setWindowTitle(table ? tr("Rename table %1.%2 — %3").arg(db, name, profile().name)
                         : tr("Rename view %1.%2 — %3").arg(db, name, profile().name));
    database_ = new QComboBox;
    database_->setObjectName(QStringLiteral("database"));
    database_->setEditable(true);
    database_->addItems(databases.contains(db) ? databases : QStringList(databases) << db);
    database_->setCurrentText(db);
    database_->setToolTip(tr("Another database moves it there, where the catalog allows it."));
    name_ = new QLineEdit(name);
    name_->setObjectName(QStringLiteral("name"));
    name_->selectAll();
    auto* form = new QFormLayout;
    auto* current = new QLabel(tr("%1.%2").arg(db, name));
    current->setTextFormat(Qt::PlainText);
    form->addRow(table ? tr("Table:") : tr("View:"), current);
    form->addRow(tr("&Database:"), database_);
    form->addRow(tr("&New name:"), name_);
    formLayout()->addLayout(form);
    formLayout()->addStretch();
    setApplyText(tr("&Rename"));
    connect(name_, &QLineEdit::textChanged, this, &RenameObjectDialog::formChanged);
    connect(database_, &QComboBox::currentTextChanged, this, &RenameObjectDialog::formChanged);
    resize(460, 200);
    name_->setFocus();
}

Result<WriteOperation> RenameObjectDialog::operation() const {
    const QString name = name_->text();
    const QString db = database_->currentText();
    if (name.trimmed().isEmpty()) return badRequest(tr("Enter the new name."));
    if (name != name.trimmed()) return badRequest(tr("The name starts or ends with a space."));
    if (db.trimmed().isEmpty()) return badRequest(tr("Choose a database."));
    const Identifier to{db.toStdString(), name.toStdString()};
    if (to == from_) return badRequest(tr("The new name is the name it has now."));
    if (kind_ == ObjectKind::View) return WriteOperation(write::RenameView{from_, to});
    return WriteOperation(write::RenameTable{from_, to});
}

// ---- drop ----

DropObjectDialog::DropObjectDialog(Target target, ObjectKind kind, const Identifier& id,
                                   QWidget* parent)
    : EditorDialog(std::move(target), parent), kind_(kind), id_(id) {
    const QString name = q(id.object), db = q(id.database);
    QString what, confirm;
    switch (kind) {
        case ObjectKind::Table:
            setObjectName(QStringLiteral("dropTable"));
            setWindowTitle(tr("Drop table %1.%2 — %3").arg(db, name, profile().name));
            what = tr("Drop the table “%1” of the database “%2”, with its data. This cannot be "
                      "undone.")
                       .arg(name, db);
            confirm = tr("Type the table's name to confirm:");
            break;
        case ObjectKind::View:
            setObjectName(QStringLiteral("dropView"));
            setWindowTitle(tr("Drop view %1.%2 — %3").arg(db, name, profile().name));
            what = tr("Drop the view “%1” of the database “%2”. Its tables and their data stay. "
                      "This cannot be undone.")
                       .arg(name, db);
            confirm = tr("Type the view's name to confirm:");
            break;
        case ObjectKind::Function:
            setObjectName(QStringLiteral("dropFunction"));
            setWindowTitle(tr("Drop function %1.%2 — %3").arg(db, name, profile().name));
            what = tr("Drop the function “%1” of the database “%2”. Queries that call it will "
                      "fail. This cannot be undone.")
                       .arg(name, db);
            confirm = tr("Type the function's name to confirm:");
            break;
    }
    auto* whatLabel = new QLabel(what);
    whatLabel->setWordWrap(true);
    whatLabel->setTextFormat(Qt::PlainText);
    confirm_ = new QLineEdit;
    confirm_->setObjectName(QStringLiteral("confirmName"));
    confirm_->setPlaceholderText(name);
    formLayout()->addWidget(whatLabel);
    formLayout()->addWidget(new QLabel(confirm));
    formLayout()->addWidget(confirm_);
    formLayout()->addStretch();
    setApplyText(tr("&Drop"));
    connect(confirm_, &QLineEdit::textChanged, this, &DropObjectDialog::formChanged);
    resize(460, 200);
    confirm_->setFocus();
}

Result<WriteOperation> DropObjectDialog::operation() const {
    if (confirm_->text() != q(id_.object))
        return badRequest(tr("Type the name, “%1”, to confirm.").arg(q(id_.object)));
    switch (kind_) {
        case ObjectKind::Table:
            return WriteOperation(write::DropTable{id_});
        case ObjectKind::View:
            return WriteOperation(write::DropView{id_});
        case ObjectKind::Function:
            return WriteOperation(write::DropFunction{id_});
    }
    return WriteOperation(write::DropTable{id_});
}

}  // namespace paimon::ui
