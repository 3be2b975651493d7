#pragma once

#include <QDialog>

#include <memory>
#include <optional>

#include "core/compare/AlterPlan.h"
#include "core/compare/CompareJob.h"
#include "ui/editors/EditorDialog.h"  // WriteOperation as a signal argument

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTreeView;

namespace paimon::ui {

class CatalogTreeModel;
class CompareFilter;
class CompareModel;
class PlanModel;

// Compare (Tools > Compare…, Ctrl+Shift+D): two open connections (or one with itself), a
// database or a table on each side, side by side: what exists only left, only right, and what
// differs, with "differences only" and a text filter. Below, the plan that makes the right
// side match the left (core/compare/AlterPlan.h): each step with its exact requests
// (Preview), applied one at a time or all at once with progress and Cancel; it stops at the
// first refusal with every step's outcome listed. What no change in place reaches is listed
// apart, never sent. A read-only right side gets no Apply; a production one asks once more.
class CompareDialog : public QDialog {
    Q_OBJECT
public:
    CompareDialog(CatalogTreeModel* connections, QWidget* parent = nullptr);
    ~CompareDialog() override;

    // Picks the sides (connection id, and optionally a database and a table) as if chosen.
    void setLeft(const QString& profileId, const QString& database = {}, const QString& table = {});
    void setRight(const QString& profileId, const QString& database = {},
                  const QString& table = {});
    void compare();

    QTreeView* tree() const { return tree_; }
    CompareModel* model() const { return model_; }
    CompareFilter* filter() const { return filter_; }
    QCheckBox* differencesOnlyBox() const { return differencesOnly_; }
    QLineEdit* filterEdit() const { return filterEdit_; }
    PlanModel* planModel() const { return plan_; }
    QTreeView* planView() const { return planView_; }
    QPlainTextEdit* previewEdit() const { return preview_; }
    QPushButton* compareButton() const { return compare_; }
    QPushButton* applyStepButton() const { return applyStep_; }
    QPushButton* applyAllButton() const { return applyAll_; }
    QPushButton* cancelButton() const { return cancel_; }
    QString statusText() const;
    bool isBusy() const { return job_ != nullptr || run_ != nullptr || planning_; }
    // The last comparison shown, or null.
    const CatalogComparison* comparison() const { return comparison_.get(); }

signals:
    // A step was applied to the right side's connection (the navigator follows).
    void applied(const QString& profileId, const paimon::WriteOperation& op);
    void busyChanged(bool busy);

protected:
    void reject() override;

private:
    struct SideWidgets {
        QComboBox* connection = nullptr;
        QLineEdit* database = nullptr;
        QLineEdit* table = nullptr;
    };
    SideWidgets makeSide(const QString& name);
    void fillConnections();
    std::optional<CompareSide> sideOf(const SideWidgets& side, QString* problem) const;
    void compared(const std::shared_ptr<const CatalogComparison>& comparison);
    void planned(std::shared_ptr<const AlterPlan> plan);
    void showPreview();
    void apply(bool all);
    void stepDone(size_t index, const Result<Unit>& answer);
    void runDone(const PlanReport& report);
    void cancel();
    void setBusy(bool busy);
    void setStatus(const QString& text, bool warning = false);
    QString rightProfileId() const;

    CatalogTreeModel* connections_;
    SideWidgets left_, right_;
    QPushButton* compare_;
    QProgressBar* progress_;
    QLabel* status_;
    QCheckBox* differencesOnly_;
    QLineEdit* filterEdit_;
    QTreeView* tree_;
    CompareModel* model_;
    CompareFilter* filter_;
    QTreeView* planView_;
    PlanModel* plan_;
    QPlainTextEdit* preview_;
    QPushButton* applyStep_;
    QPushButton* applyAll_;
    QPushButton* cancel_;
    std::shared_ptr<CompareJob> job_;
    std::shared_ptr<PlanRun> run_;
    std::shared_ptr<const CatalogComparison> comparison_;
    std::shared_ptr<const AlterPlan> planned_;
    bool planning_ = false;                  // the plan is being made on another thread
    quint64 generation_ = 0;                 // a plan made for an older comparison is dropped
    QString comparedText_;                   // the comparison's summary, shown once the plan is
    std::shared_ptr<Catalog> rightCatalog_;  // the plan's catalog, as compared
    QString rightId_;
    size_t nextStep_ = 0;  // the first step not applied yet
    size_t runFrom_ = 0;   // where the running batch started
    bool confirmArmed_ = false;
    std::shared_ptr<bool> alive_ = std::make_shared<bool>(true);
};

}  // namespace paimon::ui
