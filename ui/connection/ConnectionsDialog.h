#pragma once

#include <QDialog>

#include "ui/connection/CatalogConnector.h"

class QListWidget;
class QPushButton;

namespace paimon::ui {

class ConnectionRegistry;

// The connection manager: create, edit, duplicate, delete and reorder the saved profiles, and
// open one in the navigator.
class ConnectionsDialog : public QDialog {
    Q_OBJECT
public:
    ConnectionsDialog(ConnectionRegistry* registry, CatalogConnector::Observer observer,
                      QWidget* parent = nullptr);

    QListWidget* list() const { return list_; }
    QString currentId() const;

    // Shows what the keychain said and, when no keychain answered, offers to keep the secrets
    // for this session only. Shared with the main window's first-run paths.
    static void handleSecretOutcome(QWidget* parent, ConnectionRegistry* registry,
                                    const QString& profileId, const ProfileSecrets& secrets,
                                    bool ok, bool noBackend, const QString& problem);

signals:
    void openRequested(const QString& profileId);

public slots:
    void newProfile();
    void editProfile();
    void duplicateProfile();
    void deleteProfile();

private:
    void reload();
    void edit(const ConnectionProfile& profile, const ProfileSecrets& secrets);
    void updateButtons();

    ConnectionRegistry* registry_;
    CatalogConnector::Observer observer_;
    QListWidget* list_;
    QPushButton* edit_;
    QPushButton* duplicate_;
    QPushButton* delete_;
    QPushButton* up_;
    QPushButton* down_;
    QPushButton* open_;
};

}  // namespace paimon::ui
