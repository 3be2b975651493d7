#pragma once

#include <QColor>
#include <QDialog>

#include "core/async/Cancellation.h"
#include "ui/connection/CatalogConnector.h"
#include "ui/connection/ConnectionProfile.h"

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace paimon::ui {

// The form for one connection profile, with "Test connection". Secrets are typed here and
// handed to the caller, which keeps them in the keychain; the form never writes anything.
class ProfileEditor : public QDialog {
    Q_OBJECT
public:
    ProfileEditor(const ConnectionProfile& profile, const ProfileSecrets& secrets,
                  CatalogConnector::Observer observer, QWidget* parent = nullptr);
    ~ProfileEditor() override;

    ConnectionProfile profile() const;
    ProfileSecrets secrets() const;
    QString testReport() const;

    // The fields, for tests.
    QLineEdit* nameEdit() const { return name_; }
    QLineEdit* uriEdit() const { return uri_; }
    QComboBox* authBox() const { return auth_; }
    QLineEdit* tokenEdit() const { return token_; }
    QPushButton* testButton() const { return test_; }

public slots:
    void testConnection();

private:
    void updateVisibility();
    void validate();
    static QLineEdit* secretEdit();
    QWidget* withBrowse(QLineEdit* edit, bool folder);

    QString id_;
    QFormLayout* form_;
    QLineEdit* name_;
    QComboBox* kind_;
    QLineEdit* uri_;
    QLineEdit* warehouse_;
    QLineEdit* folder_;
    QComboBox* auth_;
    QLineEdit* token_;
    QLineEdit* accessKeyId_;
    QLineEdit* accessKeySecret_;
    QLineEdit* securityToken_;
    QLineEdit* tokenFile_;
    QLineEdit* ecsRole_;
    QComboBox* signer_;
    QLineEdit* region_;
    QTableWidget* headers_;
    QLineEdit* caFile_;
    QSpinBox* timeout_;
    QCheckBox* readOnly_;
    QCheckBox* production_;
    QPushButton* color_;
    QColor colorValue_;
    QPushButton* test_;
    QPlainTextEdit* report_;
    QDialogButtonBox* buttons_;
    CatalogConnector::Observer observer_;
    Cancellation testing_;
};

}  // namespace paimon::ui
