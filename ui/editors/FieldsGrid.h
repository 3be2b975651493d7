#pragma once

#include <QWidget>

#include <vector>

#include "core/model/Schema.h"
#include "core/util/Result.h"

class QPushButton;
class QTableWidget;

namespace paimon::ui {

// A grid of named, typed fields with a comment: a view's columns, a function's parameters.
// Types are typed in SQL (INT, DECIMAL(10, 2), ROW<a INT>) and checked by the same parser as
// the table editor's. Add (Insert), remove (Delete).
class FieldsGrid : public QWidget {
    Q_OBJECT
public:
    // `what` names a row in messages: "column", "parameter".
    explicit FieldsGrid(QString what, QWidget* parent = nullptr);

    void setFields(const std::vector<DataField>& fields);
    // The grid as fields, ids from 0; a row without a name or with a type that does not parse,
    // or a name twice, is a BadRequest naming the row.
    Result<std::vector<DataField>> fields() const;
    void addRow(const QString& name = {}, const QString& type = QStringLiteral("STRING"),
                const QString& comment = {});
    void removeCurrentRow();
    void setReadOnly(bool readOnly);
    QTableWidget* table() const { return table_; }

signals:
    void changed();

private:
    QString what_;
    QTableWidget* table_;
    QPushButton* add_;
    QPushButton* remove_;
};

}  // namespace paimon::ui
