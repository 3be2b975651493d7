#include "ui/editors/ColumnGridModel.h"

#include <QBrush>
#include <QColor>

#include <set>

#include "ui/editors/TypeBuilder.h"

namespace paimon::ui {
namespace {

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

// Ids for the nested fields of a type: a field keeps the id of the field of the same name at
// the same place in `original`; any other gets the next free one.
void numberNested(DataType& type, const DataType* original, int& next) {
    switch (type.root()) {
        case TypeRoot::Row:
            for (DataField& f : type.mutableFields()) {
                const DataField* was = nullptr;
                if (original && original->root() == TypeRoot::Row) {
                    for (const DataField& o : original->fields())
                        if (o.name == f.name) was = &o;
                }
                f.id = was ? was->id : next++;
                numberNested(f.type, was ? &was->type : nullptr, next);
            }
            break;
        case TypeRoot::Array:
        case TypeRoot::Multiset:
        case TypeRoot::Vector:
            numberNested(
                type.mutableElement(),
                original && original->root() == type.root() ? &original->element() : nullptr, next);
            break;
        case TypeRoot::Map:
            numberNested(
                type.mutableValue(),
                original && original->root() == TypeRoot::Map ? &original->value() : nullptr, next);
            break;
        default:
            break;
    }
}

}  // namespace

ColumnGridModel::ColumnGridModel(QObject* parent) : QAbstractTableModel(parent) {}

void ColumnGridModel::setSchema(const Schema& schema) {
    beginResetModel();
    rows_.clear();
    for (const DataField& f : schema.fields) {
        Row r;
        r.fieldId = f.id;
        r.original = f.type;
        r.name = q(f.name);
        r.nullable = f.type.nullable();
        r.type = f.type.withNullable(true);
        r.typeText = q(r.type->sql());
        r.defaultValue = q(f.defaultValue.value_or(""));
        r.comment = q(f.description.value_or(""));
        rows_.push_back(std::move(r));
    }
    primaryKeys_.clear();
    for (const auto& k : schema.primaryKeys)
        primaryKeys_ << q(k);
    partitionKeys_.clear();
    for (const auto& k : schema.partitionKeys)
        partitionKeys_ << q(k);
    endResetModel();
    emit keysChanged();
}

void ColumnGridModel::setPartitionKeysEditable(bool editable) {
    partitionEditable_ = editable;
    if (!rows_.empty())
        emit dataChanged(index(0, PartitionKey), index(rowCount() - 1, PartitionKey));
}

int ColumnGridModel::addColumn(int at, const QString& name, const QString& type) {
    at = std::clamp(at, 0, rowCount());
    QString n = name;
    if (n.isEmpty()) {
        std::set<QString> used;
        for (const Row& r : rows_)
            used.insert(r.name);
        for (int i = static_cast<int>(rows_.size()) + 1;; ++i) {
            n = QStringLiteral("column_%1").arg(i);
            if (!used.contains(n)) break;
        }
    }
    beginInsertRows({}, at, at);
    Row r;
    r.name = n;
    setType(r, type);
    rows_.insert(rows_.begin() + at, std::move(r));
    endInsertRows();
    return at;
}

void ColumnGridModel::removeColumn(int row) {
    if (row < 0 || row >= rowCount()) return;
    const QString name = rows_[row].name;
    beginRemoveRows({}, row, row);
    rows_.erase(rows_.begin() + row);
    endRemoveRows();
    const bool keys =
        primaryKeys_.removeAll(name) + (partitionEditable_ ? partitionKeys_.removeAll(name) : 0);
    if (keys) emit keysChanged();
}

int ColumnGridModel::moveColumn(int row, int delta) {
    const int to = row + delta;
    if (row < 0 || row >= rowCount() || to < 0 || to >= rowCount() || delta == 0) return row;
    beginMoveRows({}, row, row, {}, delta > 0 ? to + 1 : to);
    std::swap(rows_[row], rows_[to]);
    endMoveRows();
    return to;
}

void ColumnGridModel::setType(Row& row, const QString& text) {
    TypeCheck c = checkTypeText(text);
    if (!c.type) {
        row.type.reset();
        row.typeText = text;
        row.typeProblem = c.problem;
        return;
    }
    if (!c.type->nullable()) row.nullable = false;  // "INT NOT NULL" typed: the box follows
    row.type = c.type->withNullable(true);
    row.typeText = q(row.type->sql());
    row.typeProblem.clear();
}

bool ColumnGridModel::duplicated(int row) const {
    for (int i = 0; i < rowCount(); ++i)
        if (i != row && rows_[i].name == rows_[row].name) return true;
    return false;
}

Result<Schema> ColumnGridModel::toSchema(int nextId) const {
    auto refuse = [](const QString& text) {
        return makeError(ErrorKind::BadRequest, text.toStdString());
    };
    if (rows_.empty()) return refuse(tr("Add at least one column."));
    Schema s;
    std::set<QString> seen;
    // Top-level ids first, then nested ones, as the catalog numbers them.
    int next = nextId;
    for (const Row& r : rows_)
        if (!r.fieldId) ++next;
    int nextTop = nextId;
    for (size_t i = 0; i < rows_.size(); ++i) {
        const Row& r = rows_[i];
        const QString where = tr("Column %1").arg(i + 1);
        if (r.name.trimmed().isEmpty()) return refuse(tr("%1 has no name.").arg(where));
        if (r.name != r.name.trimmed()) {
            return refuse(
                tr("%1 (“%2”): the name starts or ends with a space.").arg(where, r.name));
        }
        if (!seen.insert(r.name).second)
            return refuse(tr("The column name “%1” is used twice.").arg(r.name));
        if (!r.type) return refuse(tr("%1 (“%2”): %3").arg(where, r.name, r.typeProblem));
        DataField f;
        f.id = r.fieldId ? *r.fieldId : nextTop++;
        f.name = r.name.toStdString();
        f.type = r.type->withNullable(r.nullable);
        numberNested(f.type, r.original ? &*r.original : nullptr, next);
        if (!r.comment.isEmpty()) f.description = r.comment.toStdString();
        if (!r.defaultValue.isEmpty()) f.defaultValue = r.defaultValue.toStdString();
        s.fields.push_back(std::move(f));
    }
    for (const QString& k : primaryKeys_)
        s.primaryKeys.push_back(k.toStdString());
    for (const QString& k : partitionKeys_)
        s.partitionKeys.push_back(k.toStdString());
    return s;
}

int ColumnGridModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int ColumnGridModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : Count;
}

QVariant ColumnGridModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole) return {};
    if (orientation == Qt::Vertical) return section + 1;
    switch (section) {
        case Name:
            return tr("Name");
        case Type:
            return tr("Type");
        case Nullable:
            return tr("Nullable");
        case PrimaryKey:
            return tr("Primary key");
        case PartitionKey:
            return tr("Partition");
        case Default:
            return tr("Default");
        case Comment:
            return tr("Comment");
        default:
            return {};
    }
}

Qt::ItemFlags ColumnGridModel::flags(const QModelIndex& index) const {
    if (!index.isValid()) return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    switch (index.column()) {
        case Nullable:
        case PrimaryKey:
            return f | Qt::ItemIsUserCheckable;
        case PartitionKey:
            return partitionEditable_ ? f | Qt::ItemIsUserCheckable : f & ~Qt::ItemIsEnabled;
        default:
            return f | Qt::ItemIsEditable;
    }
}

QVariant ColumnGridModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) return {};
    const Row& r = rows_[index.row()];
    auto check = [](bool on) { return on ? Qt::Checked : Qt::Unchecked; };
    const bool badName = r.name.trimmed().isEmpty() || duplicated(index.row());
    switch (role) {
        case Qt::DisplayRole:
        case Qt::EditRole:
            switch (index.column()) {
                case Name:
                    return r.name;
                case Type:
                    return r.typeText;
                case Default:
                    return r.defaultValue;
                case Comment:
                    return r.comment;
                case PrimaryKey: {
                    const int at = static_cast<int>(primaryKeys_.indexOf(r.name));
                    return at >= 0 && primaryKeys_.size() > 1 && role == Qt::DisplayRole
                               ? QVariant(QString::number(at + 1))
                               : QVariant();
                }
                default:
                    return {};
            }
        case Qt::CheckStateRole:
            switch (index.column()) {
                case Nullable:
                    return check(r.nullable);
                case PrimaryKey:
                    return check(primaryKeys_.contains(r.name));
                case PartitionKey:
                    return check(partitionKeys_.contains(r.name));
                default:
                    return {};
            }
        case Qt::ToolTipRole:
            if (index.column() == Type && !r.type) return r.typeProblem;
            if (index.column() == Name && badName) {
                return r.name.trimmed().isEmpty() ? tr("The column needs a name.")
                                                  : tr("Another column has this name.");
            }
            if (index.column() == PartitionKey && !partitionEditable_)
                return tr("The partition keys of an existing table cannot change.");
            if (index.column() == PrimaryKey)
                return tr(
                    "Primary-key columns are NOT NULL. Ticking appends the column to the key.");
            return {};
        case Qt::BackgroundRole:
            if ((index.column() == Type && !r.type) || (index.column() == Name && badName))
                return QBrush(QColor(0xf8, 0xd7, 0xda));
            return {};
        case Qt::ForegroundRole:
            if ((index.column() == Type && !r.type) || (index.column() == Name && badName))
                return QBrush(QColor(0x61, 0x1a, 0x15));
            return {};
        default:
            return {};
    }
}

bool ColumnGridModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!index.isValid() || index.row() >= rowCount()) return false;
    Row& r = rows_[index.row()];
    const int row = index.row();
    bool keys = false;
    if (role == Qt::CheckStateRole) {
        const bool on = value.toInt() == Qt::Checked;
        switch (index.column()) {
            case Nullable:
                r.nullable = on;
                break;
            case PrimaryKey:
                if (on && !primaryKeys_.contains(r.name)) {
                    primaryKeys_ << r.name;
                    r.nullable = false;
                } else if (!on) {
                    primaryKeys_.removeAll(r.name);
                }
                keys = true;
                break;
            case PartitionKey:
                if (!partitionEditable_) return false;
                if (on && !partitionKeys_.contains(r.name)) {
                    partitionKeys_ << r.name;
                } else if (!on) {
                    partitionKeys_.removeAll(r.name);
                }
                keys = true;
                break;
            default:
                return false;
        }
    } else if (role == Qt::EditRole) {
        const QString text = value.toString();
        switch (index.column()) {
            case Name: {
                if (text == r.name) return true;
                // Keys follow a renamed column.
                for (QStringList* list : {&primaryKeys_, &partitionKeys_}) {
                    const auto at = list->indexOf(r.name);
                    if (at >= 0 && !duplicated(row)) {
                        (*list)[at] = text;
                        keys = true;
                    }
                }
                r.name = text;
                break;
            }
            case Type:
                setType(r, text);
                break;
            case Default:
                r.defaultValue = text;
                break;
            case Comment:
                r.comment = text;
                break;
            default:
                return false;
        }
    } else {
        return false;
    }
    // Name clashes and key numbers show on other rows too.
    emit dataChanged(this->index(0, 0), this->index(rowCount() - 1, Count - 1));
    if (keys) emit keysChanged();
    return true;
}

}  // namespace paimon::ui
