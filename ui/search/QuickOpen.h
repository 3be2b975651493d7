#pragma once

#include <QDialog>

#include <memory>
#include <vector>

#include "core/catalog/Search.h"

class QLabel;
class QLineEdit;
class QListView;
class QStandardItemModel;
class QTimer;

namespace paimon::ui {

class CatalogTreeModel;

// Quick open (Ctrl+K): type the start of a name and the databases, tables, views and functions
// of every open connection that start with it come as each page arrives, databases never
// expanded included (CatalogSearch). Every keystroke cancels what was on its way. Up and Down
// move in the list, Enter opens the object in the navigator and its details. What a server
// refused to search is listed below the matches with the reason.
class QuickOpen : public QDialog {
    Q_OBJECT
public:
    enum Role { ProfileRole = Qt::UserRole + 1, KindRole, DatabaseRole, NameRole };

    QuickOpen(CatalogTreeModel* model, QWidget* parent = nullptr);
    ~QuickOpen() override;

    // Searches for `text` now (no pause), as if typed.
    void search(const QString& text);
    QLineEdit* edit() const { return edit_; }
    QListView* list() const { return list_; }
    QStandardItemModel* results() const { return results_; }
    // Searches still on their way.
    int pending() const { return static_cast<int>(running_.size()); }
    QString statusText() const;

signals:
    // The user chose a match: kind is SearchHit::Kind as int.
    void openRequested(const QString& profileId, int kind, const QString& database,
                       const QString& name);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void restart();
    void stopAll();
    void openCurrent();
    void updateStatus();

    struct Running {
        QString profileId;
        std::shared_ptr<CatalogSearch> search;
    };
    CatalogTreeModel* model_;
    QLineEdit* edit_;
    QListView* list_;
    QStandardItemModel* results_;
    QLabel* status_;
    QTimer* pause_;
    std::vector<Running> running_;
    quint64 generation_ = 0;
    int hits_ = 0;
    int refused_ = 0;
    int closed_ = 0;  // connections not open, so not searched
};

}  // namespace paimon::ui
