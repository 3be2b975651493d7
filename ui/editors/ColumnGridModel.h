#pragma once

#include <QAbstractTableModel>
#include <QStringList>

#include <optional>
#include <vector>

#include "core/model/Schema.h"
#include "core/util/Result.h"

namespace paimon::ui {

// The table editor's columns as a grid: name, type (checked by the core parser as it is set),
// nullable, primary key, partition key, default value, comment. Key lists keep their order:
// ticking appends, unticking removes. Columns that came from the table keep their field id, so
// that the alter editor's diff sees renames and moves rather than drops and adds.
class ColumnGridModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Type, Nullable, PrimaryKey, PartitionKey, Default, Comment, Count };

    struct Row {
        std::optional<int> fieldId;        // from the table; absent for a new column
        std::optional<DataType> original;  // the table's type, for nested field ids
        QString name;
        QString typeText;
        std::optional<DataType> type;  // the parsed type (nullable form); absent when invalid
        QString typeProblem;
        bool nullable = true;
        QString defaultValue;  // empty: none
        QString comment;
    };

    explicit ColumnGridModel(QObject* parent = nullptr);

    void setSchema(const Schema& schema);
    // Partition keys of an existing table cannot change.
    void setPartitionKeysEditable(bool editable);

    const std::vector<Row>& rows() const { return rows_; }
    const QStringList& primaryKeys() const { return primaryKeys_; }
    const QStringList& partitionKeys() const { return partitionKeys_; }

    int addColumn(int at, const QString& name = {}, const QString& type = QStringLiteral("STRING"));
    void removeColumn(int row);
    // Moves a column up (-1) or down (+1); returns its new row.
    int moveColumn(int row, int delta);

    // The grid as a schema's fields and keys (options and comment are the editor's). Columns
    // from the table keep their ids; new ones are numbered from `nextId`, nested ROW fields too
    // (a nested field keeps its id when its name is unchanged). A column without a name, with
    // a name used twice or with an invalid type is a BadRequest naming the row.
    Result<Schema> toSchema(int nextId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

signals:
    void keysChanged();

private:
    static void setType(Row& row, const QString& text);
    bool duplicated(int row) const;

    std::vector<Row> rows_;
    QStringList primaryKeys_;
    QStringList partitionKeys_;
    bool partitionEditable_ = true;
};

}  // namespace paimon::ui
