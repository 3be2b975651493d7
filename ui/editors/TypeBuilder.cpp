#include "ui/editors/TypeBuilder.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include "core/types/TypeParser.h"

namespace paimon::ui {
namespace {

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

const std::vector<TypeRoot>& families() {
    static const std::vector<TypeRoot> roots = {
        TypeRoot::Int,       TypeRoot::BigInt,
        TypeRoot::VarChar,   TypeRoot::Decimal,
        TypeRoot::Double,    TypeRoot::Float,
        TypeRoot::Boolean,   TypeRoot::Date,
        TypeRoot::Timestamp, TypeRoot::LocalZonedTimestamp,
        TypeRoot::Time,      TypeRoot::TinyInt,
        TypeRoot::SmallInt,  TypeRoot::Char,
        TypeRoot::Binary,    TypeRoot::VarBinary,
        TypeRoot::Array,     TypeRoot::Map,
        TypeRoot::Multiset,  TypeRoot::Row,
        TypeRoot::Vector,    TypeRoot::Variant,
        TypeRoot::Blob,      TypeRoot::Geometry,
        TypeRoot::Geography,
    };
    return roots;
}

bool hasLength(TypeRoot r) {
    return r == TypeRoot::Char || r == TypeRoot::VarChar || r == TypeRoot::Binary ||
           r == TypeRoot::VarBinary || r == TypeRoot::Vector;
}
bool hasPrecision(TypeRoot r) {
    return r == TypeRoot::Decimal || r == TypeRoot::Time || r == TypeRoot::Timestamp ||
           r == TypeRoot::LocalZonedTimestamp;
}
bool hasElement(TypeRoot r) {
    return r == TypeRoot::Array || r == TypeRoot::Multiset || r == TypeRoot::Vector ||
           r == TypeRoot::Map;
}

}  // namespace

TypeCheck checkTypeText(const QString& text) {
    TypeCheck out;
    if (text.trimmed().isEmpty()) {
        out.problem = TypeBuilder::tr("Enter a type, e.g. BIGINT, STRING, DECIMAL(10, 2).");
        return out;
    }
    TypeParseFailure failure;
    auto parsed = parseDataType(text.toStdString(), nullptr, &failure);
    if (!parsed) {
        out.problem = TypeBuilder::tr("Not a type: %1 (at character %2)")
                          .arg(q(failure.reason))
                          .arg(failure.position + 1);
        return out;
    }
    out.type = std::move(parsed).value();
    return out;
}

QStringList typeFamilyNames() {
    QStringList names;
    for (TypeRoot r : families())
        names << QLatin1String(typeRootName(r));
    names << QStringLiteral("STRING") << QStringLiteral("BYTES");
    return names;
}

TypeBuilder::TypeBuilder(const DataType& start, QWidget* parent) : QDialog(parent) {
    setObjectName(QStringLiteral("typeBuilder"));
    setWindowTitle(tr("Build a type"));
    family_ = new QComboBox;
    family_->setObjectName(QStringLiteral("family"));
    for (TypeRoot r : families())
        family_->addItem(QLatin1String(typeRootName(r)), static_cast<int>(r));
    family_->setMaxVisibleItems(30);
    length_ = new QSpinBox;
    length_->setObjectName(QStringLiteral("length"));
    length_->setRange(1, DataType::kMaxLength);
    length_->setSpecialValueText(QString());
    precision_ = new QSpinBox;
    precision_->setObjectName(QStringLiteral("precision"));
    scale_ = new QSpinBox;
    scale_->setObjectName(QStringLiteral("scale"));
    notNull_ = new QCheckBox(tr("NOT &NULL"));
    notNull_->setObjectName(QStringLiteral("notNull"));
    element_ = new QLineEdit;
    element_->setObjectName(QStringLiteral("element"));
    key_ = new QLineEdit;
    key_->setObjectName(QStringLiteral("key"));
    fields_ = new QTableWidget(0, 3);
    fields_->setObjectName(QStringLiteral("fields"));
    fields_->setHorizontalHeaderLabels({tr("Name"), tr("Type"), tr("Comment")});
    fields_->horizontalHeader()->setStretchLastSection(true);
    fields_->horizontalHeader()->resizeSection(1, 200);
    fields_->verticalHeader()->hide();
    result_ = new QLabel;
    result_->setObjectName(QStringLiteral("result"));
    result_->setWordWrap(true);
    result_->setTextFormat(Qt::PlainText);
    result_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* form = form_ = new QFormLayout;
    form->addRow(tr("&Family:"), family_);
    form->addRow(tr("&Length:"), length_);
    form->addRow(tr("&Precision:"), precision_);
    form->addRow(tr("&Scale:"), scale_);
    keyRow_ = nestedEdit(key_);
    form->addRow(tr("&Key type:"), keyRow_);
    elementRow_ = nestedEdit(element_);
    elementLabel_ = new QLabel(tr("&Element type:"));
    elementLabel_->setBuddy(element_);
    form->addRow(elementLabel_, elementRow_);

    fieldsRow_ = new QWidget;
    auto* fieldsLayout = new QVBoxLayout(fieldsRow_);
    fieldsLayout->setContentsMargins(0, 0, 0, 0);
    fieldsLayout->addWidget(fields_);
    auto* fieldButtons = new QHBoxLayout;
    auto* addField = new QPushButton(tr("Add &field"));
    addField->setObjectName(QStringLiteral("addField"));
    auto* removeField = new QPushButton(tr("Remove field"));
    auto* editField = new QPushButton(tr("Build field type…"));
    for (QPushButton* b : {addField, removeField, editField}) {
        b->setAutoDefault(false);
        fieldButtons->addWidget(b);
    }
    fieldButtons->addStretch();
    fieldsLayout->addLayout(fieldButtons);
    form->addRow(tr("Fields:"), fieldsRow_);
    form->addRow(QString(), notNull_);
    form->addRow(tr("Result:"), result_);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (type()) accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(family_, &QComboBox::currentIndexChanged, this, &TypeBuilder::familyChanged);
    for (QSpinBox* s : {length_, precision_, scale_})
        connect(s, &QSpinBox::valueChanged, this, &TypeBuilder::update);
    connect(notNull_, &QCheckBox::toggled, this, &TypeBuilder::update);
    connect(element_, &QLineEdit::textChanged, this, &TypeBuilder::update);
    connect(key_, &QLineEdit::textChanged, this, &TypeBuilder::update);
    connect(fields_, &QTableWidget::itemChanged, this, &TypeBuilder::update);
    connect(addField, &QPushButton::clicked, this, [this] {
        const int r = fields_->rowCount();
        fields_->insertRow(r);
        fields_->setItem(r, 0, new QTableWidgetItem(QStringLiteral("f%1").arg(r)));
        fields_->setItem(r, 1, new QTableWidgetItem(QStringLiteral("STRING")));
        fields_->setItem(r, 2, new QTableWidgetItem);
        fields_->setCurrentCell(r, 0);
        update();
    });
    connect(removeField, &QPushButton::clicked, this, [this] {
        if (fields_->currentRow() >= 0) fields_->removeRow(fields_->currentRow());
        update();
    });
    connect(editField, &QPushButton::clicked, this, [this] {
        const int r = fields_->currentRow();
        if (r < 0 || !fields_->item(r, 1)) return;
        TypeCheck c = checkTypeText(fields_->item(r, 1)->text());
        TypeBuilder nested(c.type.value_or(DataType::string()), this);
        if (nested.exec() == QDialog::Accepted && nested.type())
            fields_->item(r, 1)->setText(q(nested.type()->sql()));
    });
    setFrom(start);
    resize(520, 420);
}

QWidget* TypeBuilder::nestedEdit(QLineEdit* edit) {
    auto* row = new QWidget;
    auto* l = new QHBoxLayout(row);
    l->setContentsMargins(0, 0, 0, 0);
    l->addWidget(edit, 1);
    auto* build = new QToolButton;
    build->setText(QStringLiteral("…"));
    build->setToolTip(tr("Build this type by its parts"));
    l->addWidget(build);
    connect(build, &QToolButton::clicked, this, [this, edit] {
        TypeCheck c = checkTypeText(edit->text());
        TypeBuilder nested(c.type.value_or(DataType::string()), this);
        if (nested.exec() == QDialog::Accepted && nested.type())
            edit->setText(q(nested.type()->sql()));
    });
    return row;
}

void TypeBuilder::setFrom(const DataType& t) {
    const QSignalBlocker b1(family_), b2(length_), b3(precision_), b4(scale_), b5(notNull_),
        b6(element_), b7(key_), b8(fields_);
    family_->setCurrentIndex(family_->findData(static_cast<int>(t.root())));
    if (hasLength(t.root())) length_->setValue(t.length());
    if (hasPrecision(t.root())) precision_->setValue(t.precision());
    if (t.root() == TypeRoot::Decimal) scale_->setValue(t.scale());
    notNull_->setChecked(!t.nullable());
    switch (t.root()) {
        case TypeRoot::Array:
        case TypeRoot::Multiset:
        case TypeRoot::Vector:
            element_->setText(q(t.element().sql()));
            break;
        case TypeRoot::Map:
            key_->setText(q(t.key().sql()));
            element_->setText(q(t.value().sql()));
            break;
        case TypeRoot::Row:
            fields_->setRowCount(0);
            for (const DataField& f : t.fields()) {
                const int r = fields_->rowCount();
                fields_->insertRow(r);
                fields_->setItem(r, 0, new QTableWidgetItem(q(f.name)));
                fields_->setItem(r, 1, new QTableWidgetItem(q(f.type.sql())));
                fields_->setItem(r, 2, new QTableWidgetItem(q(f.description.value_or(""))));
            }
            break;
        default:
            break;
    }
    familyChanged();
}

void TypeBuilder::familyChanged() {
    const auto root = static_cast<TypeRoot>(family_->currentData().toInt());
    form_->setRowVisible(length_, hasLength(root));
    form_->setRowVisible(precision_, hasPrecision(root));
    form_->setRowVisible(scale_, root == TypeRoot::Decimal);
    form_->setRowVisible(elementRow_, hasElement(root));
    elementLabel_->setText(root == TypeRoot::Map ? tr("&Value type:") : tr("&Element type:"));
    form_->setRowVisible(keyRow_, root == TypeRoot::Map);
    form_->setRowVisible(fieldsRow_, root == TypeRoot::Row);
    {
        const QSignalBlocker b1(precision_), b2(scale_), b3(length_), b4(element_), b5(key_);
        if (root == TypeRoot::Decimal) {
            precision_->setRange(1, DataType::kMaxDecimalPrecision);
            if (precision_->value() < 1) precision_->setValue(10);
            scale_->setRange(0, precision_->value());
        } else if (hasPrecision(root)) {
            precision_->setRange(0, DataType::kMaxTimePrecision);
            if (precision_->value() > DataType::kMaxTimePrecision) precision_->setValue(6);
        }
        if (root == TypeRoot::Vector && length_->value() > 65536) length_->setValue(3);
        if (hasElement(root) && element_->text().isEmpty())
            element_->setText(root == TypeRoot::Vector ? QStringLiteral("FLOAT")
                                                       : QStringLiteral("STRING"));
        if (root == TypeRoot::Map && key_->text().isEmpty())
            key_->setText(QStringLiteral("STRING"));
        if ((root == TypeRoot::VarChar || root == TypeRoot::VarBinary) && length_->value() <= 1)
            length_->setValue(DataType::kMaxLength);
    }
    update();
}

std::optional<DataType> TypeBuilder::type() const {
    const auto root = static_cast<TypeRoot>(family_->currentData().toInt());
    auto nested = [](const QLineEdit* e) { return checkTypeText(e->text()).type; };
    std::optional<DataType> t;
    switch (root) {
        case TypeRoot::Char:
            t = DataType::charType(length_->value());
            break;
        case TypeRoot::VarChar:
            t = DataType::varchar(length_->value());
            break;
        case TypeRoot::Binary:
            t = DataType::binary(length_->value());
            break;
        case TypeRoot::VarBinary:
            t = DataType::varbinary(length_->value());
            break;
        case TypeRoot::Decimal:
            t = DataType::decimal(precision_->value(),
                                  std::min(scale_->value(), precision_->value()));
            break;
        case TypeRoot::Time:
            t = DataType::time(precision_->value());
            break;
        case TypeRoot::Timestamp:
            t = DataType::timestamp(precision_->value());
            break;
        case TypeRoot::LocalZonedTimestamp:
            t = DataType::localZonedTimestamp(precision_->value());
            break;
        case TypeRoot::Geometry:
            t = DataType::geometry();
            break;
        case TypeRoot::Geography:
            t = DataType::geography();
            break;
        case TypeRoot::Array:
            if (auto e = nested(element_)) t = DataType::array(*e);
            break;
        case TypeRoot::Multiset:
            if (auto e = nested(element_)) t = DataType::multiset(*e);
            break;
        case TypeRoot::Vector:
            if (auto e = nested(element_); e && !DataType::vectorElementProblem(*e))
                t = DataType::vector(*e, length_->value());
            break;
        case TypeRoot::Map: {
            auto k = nested(key_);
            auto v = nested(element_);
            if (k && v) t = DataType::map(*k, *v);
            break;
        }
        case TypeRoot::Row: {
            std::vector<DataField> fields;
            for (int r = 0; r < fields_->rowCount(); ++r) {
                auto text = [&](int c) {
                    return fields_->item(r, c) ? fields_->item(r, c)->text() : QString();
                };
                auto ft = checkTypeText(text(1)).type;
                if (text(0).trimmed().isEmpty() || !ft) return std::nullopt;
                DataField f;
                f.id = r;
                f.name = text(0).toStdString();
                f.type = *ft;
                if (!text(2).isEmpty()) f.description = text(2).toStdString();
                fields.push_back(std::move(f));
            }
            if (fields.empty()) return std::nullopt;
            t = DataType::row(std::move(fields));
            break;
        }
        default:
            t = DataType::atomic(root);
            break;
    }
    if (!t) return std::nullopt;
    // What the form builds goes through the parser once more: the same rules as a typed type.
    auto check = checkTypeText(q(t->withNullable(!notNull_->isChecked()).sql()));
    return check.type;
}

QString TypeBuilder::problem() const {
    const auto root = static_cast<TypeRoot>(family_->currentData().toInt());
    if (type()) return {};
    if (root == TypeRoot::Row) return tr("Every field needs a name and a valid type.");
    if (root == TypeRoot::Vector) {
        auto e = checkTypeText(element_->text()).type;
        if (e) {
            if (auto p = DataType::vectorElementProblem(*e)) return q(*p);
        }
    }
    for (const QLineEdit* e : {key_, element_}) {
        if (e->isVisibleTo(this)) {
            TypeCheck c = checkTypeText(e->text());
            if (!c.type) return c.problem;
        }
    }
    return tr("These parts do not make a type.");
}

void TypeBuilder::update() {
    const auto root = static_cast<TypeRoot>(family_->currentData().toInt());
    if (root == TypeRoot::Decimal) scale_->setMaximum(precision_->value());
    auto t = type();
    result_->setText(t ? q(t->sql()) : problem());
    result_->setStyleSheet(t ? QString() : QStringLiteral("color:#b3261e"));
}

}  // namespace paimon::ui
