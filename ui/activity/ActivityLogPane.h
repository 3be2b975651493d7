#pragma once

#include <QWidget>

class QPlainTextEdit;
class QTableView;

namespace paimon::ui {

class ActivityLogModel;

// The activity log's dock content: the request list, the selected request's details, and
// Copy as curl.
class ActivityLogPane : public QWidget {
    Q_OBJECT
public:
    explicit ActivityLogPane(ActivityLogModel* model, QWidget* parent = nullptr);

    QTableView* table() const { return table_; }
    // The selected request as curl, or empty.
    QString selectedCurl() const;

public slots:
    void copyAsCurl() const;

private:
    void showSelected();

    ActivityLogModel* model_;
    QTableView* table_;
    QPlainTextEdit* details_;
};

}  // namespace paimon::ui
