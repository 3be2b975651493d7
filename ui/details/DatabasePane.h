#pragma once

#include <QWidget>

#include "core/model/CatalogObjects.h"

class QFormLayout;
class QLabel;
class QTableWidget;

namespace paimon::ui {

// What the server says about one database: location, owner, when and by whom it was made
// and changed, and its options.
class DatabasePane : public QWidget {
    Q_OBJECT
public:
    explicit DatabasePane(QWidget* parent = nullptr);
    void show(const DatabaseInfo& info);
    QTableWidget* optionsTable() const { return options_; }
    QString summaryText() const;  // the form's labels and values, for tests and copying

private:
    QLabel* title_;
    QFormLayout* form_;
    QTableWidget* options_;
};

// A table of text the user reads and selects rows of, with these column headers.
QTableWidget* makeReadOnlyTable(const QStringList& headers, QWidget* parent = nullptr);
// Fills a two-column key/value table.
void fillOptionsTable(QTableWidget* table, const Options& options);
QTableWidget* makeOptionsTable(QWidget* parent = nullptr);

}  // namespace paimon::ui
