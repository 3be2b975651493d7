#pragma once

#include <QDialog>

#include <optional>

#include "core/types/DataType.h"

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace paimon::ui {

// Checks a type as typed: the core parser's verdict, with where and why it failed.
struct TypeCheck {
    std::optional<DataType> type;
    QString problem;  // empty when the type is valid
};
TypeCheck checkTypeText(const QString& text);

// The type families a user picks from, in the order a form offers them.
QStringList typeFamilyNames();

// Builds a type by its parts: the family, its length / precision / scale, and for ARRAY,
// MULTISET, MAP, VECTOR and ROW the nested types, each editable with another builder.
class TypeBuilder : public QDialog {
    Q_OBJECT
public:
    explicit TypeBuilder(const DataType& start, QWidget* parent = nullptr);

    // The type built, or nothing while the parts do not make one.
    std::optional<DataType> type() const;
    QString problem() const;

    QComboBox* familyBox() const { return family_; }
    QSpinBox* lengthBox() const { return length_; }
    QSpinBox* precisionBox() const { return precision_; }
    QSpinBox* scaleBox() const { return scale_; }
    QLineEdit* elementEdit() const { return element_; }
    QLineEdit* keyEdit() const { return key_; }
    QTableWidget* fieldsTable() const { return fields_; }

private:
    void setFrom(const DataType& type);
    void familyChanged();
    void update();
    QWidget* nestedEdit(QLineEdit* edit);

    QFormLayout* form_;
    QComboBox* family_;
    QSpinBox* length_;
    QSpinBox* precision_;
    QSpinBox* scale_;
    QCheckBox* notNull_;
    QLineEdit* element_;  // ARRAY/MULTISET/VECTOR element, MAP value
    QLineEdit* key_;      // MAP key
    QTableWidget* fields_;
    QLabel* result_;
    QWidget* elementRow_;
    QWidget* keyRow_;
    QWidget* fieldsRow_;
    QLabel* elementLabel_;
};

}  // namespace paimon::ui
