#pragma once

#include <QDialog>
#include <QMetaType>

#include <memory>

#include "core/catalog/WriteOperation.h"
#include "ui/connection/ConnectionProfile.h"

class QAbstractButton;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;

namespace paimon::ui {

// What `op` does in words, then each request it sends through `catalog` (method, target and
// the body as JSON); for a warehouse folder, said, with the requests the same change would send
// over REST.
QString writePreviewText(const WriteOperation& op, const Catalog& catalog);

// What every editor shares: the form a subclass builds, validation before anything is sent,
// a Preview of the exact request, Apply (Ctrl+Enter), the server's refusal shown beside the
// form with its request id while everything typed stays, an offer to reload on a conflict,
// read-only profiles that send nothing, and production profiles that confirm each change.
class EditorDialog : public QDialog {
    Q_OBJECT
public:
    struct Target {
        ConnectionProfile profile;
        std::shared_ptr<Catalog> catalog;
    };

    EditorDialog(Target target, QWidget* parent = nullptr);
    ~EditorDialog() override;

    // The change the form describes, or why it cannot be sent (a BadRequest whose message
    // names the field and the rule).
    virtual Result<WriteOperation> operation() const = 0;

    // Validates, then (after the production confirmation) sends.
    void apply();
    bool isBusy() const { return busy_; }
    // The line above the buttons: the refusal, the server's message, a confirmation.
    QString bannerText() const;
    QString previewText();  // brought up to date with the form first
    QAbstractButton* applyButton() const;
    QAbstractButton* reloadButton() const;
    QAbstractButton* previewButton() const;
    const ConnectionProfile& profile() const { return target_.profile; }

signals:
    // The change was accepted by the catalog; the dialog closes.
    void applied(const QString& profileId, const paimon::WriteOperation& op);
    // The navigator should load the objects this editor is about again.
    void treeReloadRequested(const QString& profileId);

protected:
    // Where the subclass puts its form.
    QVBoxLayout* formLayout() const { return formLayout_; }
    QWidget* form() const { return form_; }
    Catalog& catalog() const { return *target_.catalog; }
    // The form changed: the preview follows and a production confirmation is asked again.
    void formChanged();
    void setApplyText(const QString& text);
    // After a conflict: fetch what the form is based on again, keeping the user's edits where
    // they still apply. The default reloads the tree only.
    virtual void reload();
    // Whether a refusal means that the catalog changed since the form was filled.
    virtual bool isConflict(const Error& error) const;
    enum class Banner { None, Info, Warning, Error };
    void showBanner(const QString& text, Banner kind);
    void closeEvent(QCloseEvent* event) override;
    void reject() override;

    // False once the dialog is gone: what answers from the catalog check.
    std::shared_ptr<bool> alive_ = std::make_shared<bool>(true);

private:
    void send(const WriteOperation& op);
    void finished(const WriteOperation& op, const Result<Unit>& result);
    void setBusy(bool busy);
    void updatePreview();

    Target target_;
    QWidget* form_;
    QVBoxLayout* formLayout_;
    QLabel* banner_;
    QPlainTextEdit* preview_;
    QPushButton* previewToggle_;
    QPushButton* reload_;
    QPushButton* apply_;
    QPushButton* cancel_;
    QString applyText_;
    bool busy_ = false;
    bool confirmArmed_ = false;
    Cancellation pending_;
};

}  // namespace paimon::ui

Q_DECLARE_METATYPE(paimon::WriteOperation)
