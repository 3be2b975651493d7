#include "ui/connection/ConnectionsDialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

#include "ui/connection/ConnectionRegistry.h"
#include "ui/connection/ProfileEditor.h"
#include "ui/navigator/NavigatorIcons.h"

namespace paimon::ui {

ConnectionsDialog::ConnectionsDialog(ConnectionRegistry* registry,
                                     CatalogConnector::Observer observer, QWidget* parent)
    : QDialog(parent), registry_(registry), observer_(std::move(observer)), list_(new QListWidget) {
    setWindowTitle(tr("Connections"));
    auto* add = new QPushButton(tr("&New…"));
    edit_ = new QPushButton(tr("&Edit…"));
    duplicate_ = new QPushButton(tr("D&uplicate"));
    delete_ = new QPushButton(tr("&Delete"));
    up_ = new QPushButton(tr("Move &up"));
    down_ = new QPushButton(tr("Move do&wn"));
    open_ = new QPushButton(tr("&Open"));
    open_->setDefault(true);
    connect(add, &QPushButton::clicked, this, &ConnectionsDialog::newProfile);
    connect(edit_, &QPushButton::clicked, this, &ConnectionsDialog::editProfile);
    connect(duplicate_, &QPushButton::clicked, this, &ConnectionsDialog::duplicateProfile);
    connect(delete_, &QPushButton::clicked, this, &ConnectionsDialog::deleteProfile);
    connect(up_, &QPushButton::clicked, this, [this] { registry_->move(currentId(), -1); });
    connect(down_, &QPushButton::clicked, this, [this] { registry_->move(currentId(), +1); });
    connect(open_, &QPushButton::clicked, this, [this] {
        if (!currentId().isEmpty()) emit openRequested(currentId());
        accept();
    });
    connect(list_, &QListWidget::itemDoubleClicked, open_, &QPushButton::click);
    connect(list_, &QListWidget::currentRowChanged, this, &ConnectionsDialog::updateButtons);
    connect(registry_, &ConnectionRegistry::profilesChanged, this, &ConnectionsDialog::reload);

    auto* buttons = new QVBoxLayout;
    for (QPushButton* b : {add, edit_, duplicate_, delete_, up_, down_})
        buttons->addWidget(b);
    buttons->addStretch();
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close);
    close->addButton(open_, QDialogButtonBox::AcceptRole);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* row = new QHBoxLayout;
    row->addWidget(list_, 1);
    row->addLayout(buttons);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(close);
    reload();
    resize(520, 360);
}

QString ConnectionsDialog::currentId() const {
    auto* item = list_->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void ConnectionsDialog::reload() {
    const QString keep = currentId();
    list_->clear();
    for (const auto& p : registry_->profiles()) {
        auto* item = new QListWidgetItem(p.kind == ProfileKind::LocalWarehouse
                                             ? NavigatorIcons::warehouse()
                                             : NavigatorIcons::connection(QColor(p.color)),
                                         p.name);
        item->setData(Qt::UserRole, p.id);
        item->setToolTip(p.kind == ProfileKind::LocalWarehouse ? p.warehouse : p.uri);
        list_->addItem(item);
        if (p.id == keep) list_->setCurrentItem(item);
    }
    if (!list_->currentItem() && list_->count() > 0) list_->setCurrentRow(0);
    updateButtons();
}

void ConnectionsDialog::updateButtons() {
    const bool any = list_->currentItem() != nullptr;
    for (QPushButton* b : {edit_, duplicate_, delete_, open_})
        b->setEnabled(any);
    up_->setEnabled(any && list_->currentRow() > 0);
    down_->setEnabled(any && list_->currentRow() < list_->count() - 1);
}

void ConnectionsDialog::newProfile() {
    ConnectionProfile p;
    p.uri = QStringLiteral("http://127.0.0.1:8181");
    edit(p, {});
}

void ConnectionsDialog::editProfile() {
    const ConnectionProfile* p = registry_->find(currentId());
    if (!p) return;
    ConnectionProfile profile = *p;
    QPointer<ConnectionsDialog> self(this);
    registry_->readSecrets(
        profile, [self, profile](const ProfileSecrets& s, const SecretStore::Outcome& o) {
            if (!self) return;
            if (!o.ok) {
                QMessageBox::warning(self, tr("Connections"),
                                     tr("The saved secrets could not be read, so the secret fields "
                                        "are empty.\n%1")
                                         .arg(o.problem));
            }
            self->edit(profile, s);
        });
}

void ConnectionsDialog::edit(const ConnectionProfile& profile, const ProfileSecrets& secrets) {
    auto* editor = new ProfileEditor(profile, secrets, observer_, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::accepted, this, [this, editor] {
        ConnectionProfile p = editor->profile();
        ProfileSecrets s = editor->secrets();
        ConnectionRegistry* registry = registry_;
        QPointer<ConnectionsDialog> self(this);
        registry->save(p, s, [self, p, s](const SecretStore::Outcome& o) {
            ConnectionsDialog* dialog = self.data();
            if (!dialog) return;
            handleSecretOutcome(dialog, dialog->registry_, p.id, s, o.ok, o.noBackend, o.problem);
            // The question above runs its own event loop: the dialog may be gone after it.
            dialog = self.data();
            if (!dialog) return;
            for (int r = 0; r < dialog->list_->count(); ++r) {
                if (dialog->list_->item(r)->data(Qt::UserRole).toString() == p.id) {
                    dialog->list_->setCurrentRow(r);
                }
            }
        });
    });
    editor->open();
}

void ConnectionsDialog::handleSecretOutcome(QWidget* parent, ConnectionRegistry* registry,
                                            const QString& profileId, const ProfileSecrets& secrets,
                                            bool ok, bool noBackend, const QString& problem) {
    if (ok) return;
    if (!noBackend || secrets.isEmpty()) {
        QMessageBox::warning(parent, tr("Keychain"), problem);
        return;
    }
    auto answer = QMessageBox::question(
        parent, tr("No keychain"),
        tr("%1\n\nThe secrets were not saved. Keep them in memory until the application quits? "
           "Nothing is written to disk either way.")
            .arg(problem),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer == QMessageBox::Yes) registry->secrets()->keepForSession(profileId, secrets);
}

void ConnectionsDialog::duplicateProfile() {
    QPointer<ConnectionsDialog> self(this);
    registry_->duplicate(currentId(), [self](const SecretStore::Outcome& o) {
        if (self && !o.ok) QMessageBox::warning(self, tr("Connections"), o.problem);
    });
}

void ConnectionsDialog::deleteProfile() {
    const ConnectionProfile* p = registry_->find(currentId());
    if (!p) return;
    auto answer =
        QMessageBox::question(this, tr("Delete connection"),
                              tr("Delete the connection %1 and its saved secrets?").arg(p->name));
    if (answer != QMessageBox::Yes) return;
    QPointer<ConnectionsDialog> self(this);
    registry_->remove(p->id, [self](const SecretStore::Outcome& o) {
        if (self && !o.ok) QMessageBox::warning(self, tr("Connections"), o.problem);
    });
}

}  // namespace paimon::ui
