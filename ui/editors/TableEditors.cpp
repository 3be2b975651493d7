#include "ui/editors/TableEditors.h"

#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include "core/schema/SchemaDiff.h"
#include "core/schema/SchemaRules.h"
#include "ui/editors/ColumnGridModel.h"
#include "ui/editors/OptionsGrid.h"
#include "ui/editors/TypeBuilder.h"

namespace paimon::ui {
namespace {

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

Error badRequest(const QString& text) {
    return makeError(ErrorKind::BadRequest, text.toStdString());
}

int highestFieldId(const std::vector<DataField>& fields) {
    int highest = -1;
    for (const DataField& f : fields)
        highest = std::max({highest, f.id, f.type.highestFieldId(f.id)});
    return highest;
}

TableSchema tableSchemaOf(const TableInfo& info) {
    TableSchema t;
    t.id = info.schemaId;
    t.fields = info.schema.fields;
    t.highestFieldId = highestFieldId(info.schema.fields);
    t.partitionKeys = info.schema.partitionKeys;
    t.primaryKeys = info.schema.primaryKeys;
    t.options = info.schema.options;
    t.comment = info.schema.comment;
    return t;
}

// The type cell: completes the type families and turns red while what is typed is no type.
class TypeDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& /*option*/,
                          const QModelIndex& /*index*/) const override {
        auto* edit = new QLineEdit(parent);
        edit->setObjectName(QStringLiteral("typeEditor"));
        auto* completer = new QCompleter(typeFamilyNames(), edit);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        edit->setCompleter(completer);
        QObject::connect(edit, &QLineEdit::textChanged, edit, [edit](const QString& text) {
            TypeCheck c = checkTypeText(text);
            edit->setToolTip(c.problem);
            edit->setStyleSheet(c.type ? QString()
                                       : QStringLiteral("QLineEdit{background:#f8d7da}"));
        });
        return edit;
    }
};

}  // namespace

TableEditor::TableEditor(Target target, const QString& database, const QString& table,
                         QWidget* parent)
    : EditorDialog(std::move(target), parent),
      create_(table.isEmpty()),
      database_(database),
      table_(table) {
    setObjectName(QStringLiteral("tableEditor"));
    setWindowTitle(create_ ? tr("New table in %1 — %2").arg(database, profile().name)
                           : tr("Edit table %1.%2 — %3").arg(database, table, profile().name));
    name_ = new QLineEdit(table);
    name_->setObjectName(QStringLiteral("name"));
    name_->setReadOnly(!create_);
    name_->setPlaceholderText(tr("the new table's name"));
    auto* top = new QFormLayout;
    top->addRow(tr("Database:"), new QLabel(database.toHtmlEscaped()));
    top->addRow(tr("&Name:"), name_);
    formLayout()->addLayout(top);

    // Columns
    columns_ = new ColumnGridModel(this);
    columnView_ = new QTableView;
    columnView_->setObjectName(QStringLiteral("columns"));
    columnView_->setModel(columns_);
    columnView_->setItemDelegateForColumn(ColumnGridModel::Type, new TypeDelegate(columnView_));
    columnView_->setSelectionBehavior(QAbstractItemView::SelectRows);
    columnView_->setSelectionMode(QAbstractItemView::SingleSelection);
    columnView_->setEditTriggers(QAbstractItemView::DoubleClicked |
                                 QAbstractItemView::EditKeyPressed |
                                 QAbstractItemView::AnyKeyPressed);
    columnView_->horizontalHeader()->setStretchLastSection(true);
    columnView_->horizontalHeader()->resizeSection(ColumnGridModel::Name, 150);
    columnView_->horizontalHeader()->resizeSection(ColumnGridModel::Type, 220);
    for (int c :
         {ColumnGridModel::Nullable, ColumnGridModel::PrimaryKey, ColumnGridModel::PartitionKey})
        columnView_->horizontalHeader()->resizeSection(c, 80);
    keys_ = new QLabel;
    keys_->setObjectName(QStringLiteral("keys"));
    keys_->setTextFormat(Qt::PlainText);
    keys_->setWordWrap(true);

    auto button = [](const QString& text, const char* name) {
        auto* b = new QPushButton(text);
        b->setObjectName(QLatin1String(name));
        b->setAutoDefault(false);
        return b;
    };
    QPushButton* add = button(tr("&Add column"), "addColumn");
    add->setToolTip(tr("Insert"));
    QPushButton* remove = button(tr("Remove"), "removeColumn");
    remove->setToolTip(tr("Delete"));
    QPushButton* up = button(tr("Move &up"), "moveUp");
    up->setToolTip(tr("Alt+Up"));
    QPushButton* down = button(tr("Move do&wn"), "moveDown");
    down->setToolTip(tr("Alt+Down"));
    QPushButton* build = button(tr("Build &type…"), "buildType");
    build->setToolTip(tr("Ctrl+T"));
    auto* columnButtons = new QHBoxLayout;
    for (QPushButton* b : {add, remove, up, down, build})
        columnButtons->addWidget(b);
    columnButtons->addStretch();
    auto* columnsPage = new QWidget;
    auto* columnsLayout = new QVBoxLayout(columnsPage);
    columnsLayout->addWidget(columnView_, 1);
    columnsLayout->addWidget(keys_);
    columnsLayout->addLayout(columnButtons);

    auto addColumn = [this] {
        const int at = currentColumn() < 0 ? columns_->rowCount() : currentColumn() + 1;
        const int row = columns_->addColumn(at);
        columnView_->setCurrentIndex(columns_->index(row, ColumnGridModel::Name));
        columnView_->setFocus();
        columnView_->edit(columnView_->currentIndex());
        formChanged();
    };
    auto removeColumn = [this] {
        const int row = currentColumn();
        if (row < 0) return;
        columns_->removeColumn(row);
        if (columns_->rowCount() > 0)
            columnView_->setCurrentIndex(
                columns_->index(std::min(row, columns_->rowCount() - 1), ColumnGridModel::Name));
        formChanged();
    };
    auto move = [this](int delta) {
        const int row = currentColumn();
        if (row < 0) return;
        const int column = columnView_->currentIndex().column();
        const int to = columns_->moveColumn(row, delta);
        columnView_->setCurrentIndex(columns_->index(to, column));
        formChanged();
    };
    connect(add, &QPushButton::clicked, this, addColumn);
    connect(remove, &QPushButton::clicked, this, removeColumn);
    connect(up, &QPushButton::clicked, this, [move] { move(-1); });
    connect(down, &QPushButton::clicked, this, [move] { move(+1); });
    connect(build, &QPushButton::clicked, this, &TableEditor::buildType);
    auto shortcut = [this](const QKeySequence& key, auto slot) {
        auto* a = new QAction(columnView_);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetShortcut);
        connect(a, &QAction::triggered, this, slot);
        columnView_->addAction(a);
    };
    shortcut(QKeySequence(Qt::Key_Insert), addColumn);
    shortcut(QKeySequence::Delete, removeColumn);
    shortcut(QKeySequence(Qt::ALT | Qt::Key_Up), [move] { move(-1); });
    shortcut(QKeySequence(Qt::ALT | Qt::Key_Down), [move] { move(+1); });
    auto* buildKey = new QAction(this);
    buildKey->setShortcut(QKeySequence(tr("Ctrl+T")));
    buildKey->setShortcutContext(Qt::WindowShortcut);
    connect(buildKey, &QAction::triggered, this, &TableEditor::buildType);
    addAction(buildKey);

    options_ = new OptionsGrid(knownTableOptions());
    comment_ = new QPlainTextEdit;
    comment_->setObjectName(QStringLiteral("comment"));
    comment_->setPlaceholderText(tr("What the table holds (optional)"));
    comment_->setTabChangesFocus(true);

    tabs_ = new QTabWidget;
    tabs_->addTab(columnsPage, tr("&Columns"));
    tabs_->addTab(options_, tr("&Options"));
    tabs_->addTab(comment_, tr("Co&mment"));
    formLayout()->addWidget(tabs_, 1);
    setApplyText(create_ ? tr("&Create") : tr("&Apply"));

    auto updateKeys = [this] {
        auto list = [](const QStringList& k) {
            return k.isEmpty() ? tr("none") : k.join(QStringLiteral(", "));
        };
        keys_->setText(tr("Primary key: %1    Partitioned by: %2")
                           .arg(list(columns_->primaryKeys()), list(columns_->partitionKeys())));
    };
    connect(columns_, &ColumnGridModel::keysChanged, this, updateKeys);
    connect(columns_, &QAbstractItemModel::dataChanged, this, &TableEditor::formChanged);
    connect(name_, &QLineEdit::textChanged, this, &TableEditor::formChanged);
    connect(options_, &OptionsGrid::changed, this, &TableEditor::formChanged);
    connect(comment_, &QPlainTextEdit::textChanged, this, &TableEditor::formChanged);
    updateKeys();
    resize(900, 620);

    if (create_) {
        Schema start;
        columns_->setSchema(start);
        columns_->addColumn(0, QStringLiteral("id"), QStringLiteral("BIGINT"));
    } else {
        columns_->setPartitionKeysEditable(false);
        load(false);
    }
}

int TableEditor::currentColumn() const {
    const QModelIndex i = columnView_->currentIndex();
    return i.isValid() ? i.row() : -1;
}

void TableEditor::buildType() {
    const int row = currentColumn();
    if (row < 0) return;
    const auto& r = columns_->rows()[row];
    TypeBuilder builder(r.type.value_or(DataType::string()), this);
    if (builder.exec() != QDialog::Accepted || !builder.type()) return;
    columns_->setData(columns_->index(row, ColumnGridModel::Type), q(builder.type()->sql()));
}

void TableEditor::load(bool keepEdits) {
    form()->setEnabled(false);
    showBanner(tr("Loading the table's current schema…"), Banner::Info);
    std::weak_ptr<bool> alive = alive_;
    loading_ = catalog().getTable(
        {database_.toStdString(), table_.toStdString()},
        [this, alive, keepEdits](Result<TableInfo> info) {
            if (alive.expired() || !*alive.lock()) return;
            form()->setEnabled(true);
            if (!info) {
                showBanner(tr("The table could not be loaded; nothing can be changed.\n%1")
                               .arg(q(info.error().describe())),
                           Banner::Error);
                return;
            }
            if (!keepEdits || !base_) {
                base_ = *info;
                fill(info->schema);
                showBanner({}, Banner::None);
                emit loaded();
                return;
            }
            // The user's edits as changes against what the form was filled from, replayed on
            // the table as it is now.
            auto edited = formSchema();
            Result<std::vector<SchemaChange>> changes =
                edited ? diffSchemas(base_->schema, *edited)
                       : Result<std::vector<SchemaChange>>(edited.error());
            Result<TableSchema> rebased =
                changes ? applySchemaChanges(tableSchemaOf(*info), *changes,
                                             {database_.toStdString(), table_.toStdString()}, 0)
                        : Result<TableSchema>(changes.error());
            if (!rebased) {
                showBanner(tr("The table has changed, and your edits no longer apply to it: "
                              "%1\nThe form still holds your edits. Cancel and open the editor "
                              "again to start from the current table.")
                               .arg(q(rebased.error().message)),
                           Banner::Error);
                return;
            }
            base_ = *info;
            fill(schemaOf(*rebased));
            showBanner(tr("Reloaded: your edits are applied to the table as it is now. Check "
                          "the preview, then press Apply."),
                       Banner::Info);
            emit loaded();
        });
}

void TableEditor::fill(const Schema& schema) {
    columns_->setSchema(schema);
    options_->setOptions(schema.options);
    comment_->setPlainText(q(schema.comment.value_or("")));
    formChanged();
}

void TableEditor::reload() {
    EditorDialog::reload();
    if (!create_) load(true);
}

bool TableEditor::isConflict(const Error& error) const {
    return EditorDialog::isConflict(error) ||
           (error.kind == ErrorKind::NotFound && error.resourceType == "COLUMN");
}

Result<Schema> TableEditor::formSchema() const {
    const int nextId = base_ ? highestFieldId(base_->schema.fields) + 1 : 0;
    auto schema = columns_->toSchema(nextId);
    if (!schema) return schema;
    auto options = options_->options();
    if (!options) return options.takeError();
    schema->options = std::move(options).value();
    const QString comment = comment_->toPlainText();
    if (!comment.isEmpty()) schema->comment = comment.toStdString();
    return schema;
}

Result<WriteOperation> TableEditor::operation() const {
    if (!create_ && !base_) return badRequest(tr("The table's schema is not loaded yet."));
    const QString name = name_->text();
    if (name.trimmed().isEmpty()) return badRequest(tr("Enter a name for the table."));
    if (name != name.trimmed())
        return badRequest(tr("The table name starts or ends with a space."));
    auto schema = formSchema();
    if (!schema) return schema.takeError();
    const Identifier id{database_.toStdString(), name.toStdString()};
    const SchemaContext context{id.database, id.object, false};
    if (create_) {
        // The catalog's own rules, before anything is sent.
        if (auto checked = newTableSchema(*schema, context, 0); !checked)
            return checked.takeError();
        return WriteOperation(write::CreateTable{id, std::move(schema).value()});
    }
    auto changes = diffSchemas(base_->schema, *schema);
    if (!changes) return changes.takeError();
    if (changes->empty()) return badRequest(tr("Nothing to change: the form matches the table."));
    if (auto applied = applySchemaChanges(tableSchemaOf(*base_), *changes, context, 0); !applied)
        return applied.takeError();
    return WriteOperation(write::AlterTable{id, std::move(changes).value()});
}

}  // namespace paimon::ui
