#pragma once

#include <QObject>
#include <QString>

#include <memory>
#include <optional>
#include <utility>
#include <vector>

#include "core/catalog/Catalog.h"
#include "ui/editors/HistoryEditors.h"

class QAction;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace paimon::ui {

class ConsumersModel;
class SnapshotsModel;
class TagsModel;

// A table's life in its details (TablePane): a summary of the latest snapshot above the tabs,
// and the tabs Snapshots (paged as the list scrolls, sortable, the selected snapshot's JSON
// below), Tags, Branches and Consumers, each with its actions. An action asks for its editor
// through editRequested(); nothing is changed here. A server without an endpoint gets a line
// saying so in its tab, and the rest works.
class HistoryView : public QObject {
    Q_OBJECT
public:
    struct Source {
        std::shared_ptr<Catalog> catalog;
        Identifier id;           // the table, or one of its branches (t$branch_b)
        QString whyNotWritable;  // empty: the actions are offered
    };

    // Adds its pages to `tabs`; writes the summary into `summary`.
    HistoryView(QTabWidget* tabs, QLabel* summary, QObject* parent = nullptr);
    ~HistoryView() override;

    void setSource(Source source);
    void clear();
    // Loads everything again (after a change).
    void reload();
    const std::optional<Source>& source() const { return source_; }

    QString summaryText() const;
    // Whether the summary's request has been answered (with a snapshot, none, or an error).
    bool latestKnown() const { return summaryAnswered_; }
    SnapshotsModel* snapshotsModel() const { return snapshots_; }
    QTableView* snapshotsView() const { return snapshotsView_; }
    QPlainTextEdit* snapshotJson() const { return snapshotJson_; }
    QLabel* snapshotsStatus() const { return snapshotsStatus_; }
    TagsModel* tagsModel() const { return tags_; }
    QTableView* tagsView() const { return tagsView_; }
    QListWidget* branchesList() const { return branches_; }
    QLabel* branchesStatus() const { return branchesStatus_; }
    ConsumersModel* consumersModel() const { return consumers_; }
    QTableView* consumersView() const { return consumersView_; }
    int snapshotsTabIndex() const { return snapshotsTab_; }

    // The actions, as the buttons run them (tests call them too).
    void tagSelectedSnapshot();
    void rollBackToSelectedSnapshot();
    void createTag();
    void branchFromSelectedTag();
    void rollBackToSelectedTag();
    void deleteSelectedTag();
    void createBranch();
    void openSelectedBranch();
    void renameSelectedBranch();
    void fastForwardSelectedBranch();
    void dropSelectedBranch();
    void resetSelectedConsumer();

signals:
    void editRequested(const paimon::ui::HistoryEdit& edit);
    // The branch's own table (t$branch_b) should be shown.
    void openBranchRequested(const QString& branch);

private:
    void loadSummary();
    void loadBranches();
    void updateButtons();
    void showSelectedSnapshot();
    std::optional<int64_t> latestSnapshot() const { return latest_; }
    HistoryEdit edit(HistoryEdit::Kind kind) const;
    QString selectedBranch() const;
    int selectedRow(QTableView* view) const;

    QTabWidget* tabs_;
    QLabel* summary_;
    std::optional<Source> source_;
    std::optional<int64_t> latest_;
    bool summaryAnswered_ = false;
    quint64 generation_ = 0;
    Cancellation summaryPending_;
    Cancellation branchesPending_;

    SnapshotsModel* snapshots_;
    QSortFilterProxyModel* snapshotsSorted_;
    QTableView* snapshotsView_;
    QPlainTextEdit* snapshotJson_;
    QLabel* snapshotsStatus_;
    TagsModel* tags_;
    QTableView* tagsView_;
    QLabel* tagsStatus_;
    QListWidget* branches_;
    QLabel* branchesStatus_;
    ConsumersModel* consumers_;
    QTableView* consumersView_;
    QLabel* consumersStatus_;
    QList<QPushButton*> writeButtons_;
    QPushButton* tagSnapshot_;
    QPushButton* rollbackSnapshot_;
    QPushButton* branchFromTag_;
    QPushButton* rollbackTag_;
    QPushButton* deleteTag_;
    QPushButton* openBranch_;
    QPushButton* renameBranch_;
    QPushButton* forwardBranch_;
    QPushButton* dropBranch_;
    QPushButton* resetConsumer_;
    int snapshotsTab_ = -1;
    // The context menus' actions, each with the button it mirrors.
    std::vector<std::pair<QPushButton*, QAction*>> actionsFor_;
};

}  // namespace paimon::ui
