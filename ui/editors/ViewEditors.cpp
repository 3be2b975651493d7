#include "ui/editors/ViewEditors.h"
#include "core/compare/AlterPlan.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QVBoxLayout>

#include "ui/details/SqlHighlighter.h"
#include "ui/editors/FieldsGrid.h"
#include "ui/editors/OptionsGrid.h"

namespace paimon::ui {
namespace {

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

Error badRequest(const QString& text) {
    return makeError(ErrorKind::BadRequest, text.toStdString());
}

// A name as typed: not empty, no space at either end.
std::optional<Error> checkTypedName(const QString& name, const QString& what) {
    if (name.trimmed().isEmpty())
        return badRequest(QObject::tr("Enter a name for the %1.").arg(what));
    if (name != name.trimmed()) {
        return badRequest(QObject::tr("The name starts or ends with a space; remove it, or the "
                                      "%1 would be hard to tell apart.")
                              .arg(what));
    }
    return std::nullopt;
}

}  // namespace

QPlainTextEdit* makeCodeEditor(const char* objectName) {
    auto* edit = new QPlainTextEdit;
    edit->setObjectName(QLatin1String(objectName));
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    edit->setTabChangesFocus(true);
    new SqlHighlighter(edit->document());
    return edit;
}

// ---- a list of names ----

NameList::NameList(QWidget* parent) : QListView(parent), model_(new QStandardItemModel(this)) {
    setModel(model_);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 28);
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                if (!quiet_ && current.isValid())
                    emit currentKeyChanged(current.data(Qt::UserRole).toString());
            });
}

void NameList::add(const QString& key, const QString& label) {
    auto* item = new QStandardItem(label);
    item->setData(key, Qt::UserRole);
    model_->appendRow(item);
}

void NameList::remove(const QString& key) {
    for (int r = 0; r < model_->rowCount(); ++r) {
        if (keyAt(r) == key) {
            quiet_ = true;
            model_->removeRow(r);
            quiet_ = false;
            return;
        }
    }
}

void NameList::removeAllFrom(int row) {
    quiet_ = true;
    if (row < model_->rowCount()) model_->removeRows(row, model_->rowCount() - row);
    quiet_ = false;
}

void NameList::setCurrentKey(const QString& key) {
    for (int r = 0; r < model_->rowCount(); ++r) {
        if (keyAt(r) == key) {
            quiet_ = true;
            setCurrentIndex(model_->index(r, 0));
            quiet_ = false;
            return;
        }
    }
}

QString NameList::keyAt(int row) const {
    return model_->index(row, 0).data(Qt::UserRole).toString();
}

int NameList::count() const {
    return model_->rowCount();
}

// ---- create / alter ----

ViewEditor::ViewEditor(Target target, const QString& database, const QString& view, QWidget* parent)
    : EditorDialog(std::move(target), parent),
      create_(view.isEmpty()),
      database_(database),
      view_(view),
      name_(new QLineEdit(view)),
      comment_(new QLineEdit),
      columns_(new FieldsGrid(tr("column"))),
      dialects_(new NameList),
      query_(makeCodeEditor("query")),
      options_(new OptionsGrid) {
    setObjectName(QStringLiteral("viewEditor"));
    setWindowTitle(create_ ? tr("New view in %1 — %2").arg(database, profile().name)
                           : tr("Edit view %1.%2 — %3").arg(database, view, profile().name));
    name_->setObjectName(QStringLiteral("name"));
    name_->setReadOnly(!create_);
    name_->setPlaceholderText(tr("the new view's name"));
    comment_->setObjectName(QStringLiteral("comment"));
    comment_->setPlaceholderText(tr("optional"));
    dialects_->setObjectName(QStringLiteral("dialects"));
    columns_->setReadOnly(!create_);

    auto* fields = new QFormLayout;
    fields->addRow(tr("Database:"), new QLabel(database.toHtmlEscaped()));
    fields->addRow(tr("&Name:"), name_);
    fields->addRow(tr("C&omment:"), comment_);
    formLayout()->addLayout(fields);

    auto* tabs = new QTabWidget;
    // Queries: the list of dialects on the left, the chosen one's query on the right.
    auto* queries = new QWidget;
    auto* list = new QVBoxLayout;
    list->addWidget(dialects_, 1);
    auto* addButton = new QPushButton(tr("Add &dialect…"));
    auto* removeButton = new QPushButton(tr("&Remove dialect"));
    addButton->setObjectName(QStringLiteral("addDialect"));
    removeButton->setObjectName(QStringLiteral("removeDialect"));
    list->addWidget(addButton);
    list->addWidget(removeButton);
    auto* queriesLayout = new QHBoxLayout(queries);
    queriesLayout->addLayout(list);
    queriesLayout->addWidget(query_, 1);
    tabs->addTab(queries, tr("&Queries"));
    auto* columnsPage = new QWidget;
    auto* columnsLayout = new QVBoxLayout(columnsPage);
    if (!create_) {
        auto* note =
            new QLabel(tr("A view's columns and default query cannot be changed in "
                          "place; drop the view and create it again to change them."));
        note->setWordWrap(true);
        columnsLayout->addWidget(note);
    }
    columnsLayout->addWidget(columns_, 1);
    tabs->addTab(columnsPage, tr("&Columns"));
    tabs->addTab(options_, tr("O&ptions"));
    formLayout()->addWidget(tabs, 1);
    setApplyText(create_ ? tr("&Create") : tr("&Apply"));

    queries_[QString()] = QString();
    dialects_->add(QString(), tr("Default query"));
    dialects_->setCurrentKey(QString());
    connect(dialects_, &NameList::currentKeyChanged, this, &ViewEditor::showDialect);
    connect(addButton, &QPushButton::clicked, this, &ViewEditor::askDialect);
    connect(removeButton, &QPushButton::clicked, this, [this] { removeDialect(shown_); });
    connect(query_, &QPlainTextEdit::textChanged, this, [this] {
        keepShownQuery();
        formChanged();
    });
    connect(name_, &QLineEdit::textChanged, this, &ViewEditor::formChanged);
    connect(comment_, &QLineEdit::textChanged, this, &ViewEditor::formChanged);
    connect(columns_, &FieldsGrid::changed, this, &ViewEditor::formChanged);
    connect(options_, &OptionsGrid::changed, this, &ViewEditor::formChanged);
    resize(820, 600);
    if (create_) {
        columns_->addRow(QStringLiteral("id"), QStringLiteral("BIGINT"));
        showDialect(QString());
    } else {
        load(false);
    }
}

void ViewEditor::keepShownQuery() {
    queries_[shown_] = query_->toPlainText();
}

void ViewEditor::showDialect(const QString& dialect) {
    if (!queries_.contains(dialect)) return;
    shown_ = dialect;
    {
        QSignalBlocker block(query_);
        query_->setPlainText(queries_[dialect]);
    }
    // The default query of an existing view cannot be changed.
    query_->setReadOnly(!create_ && dialect.isEmpty());
    query_->setPlaceholderText(dialect.isEmpty() ? tr("SELECT … — the query engines without a "
                                                      "dialect of their own run")
                                                 : tr("SELECT … as %1 runs it").arg(dialect));
    dialects_->setCurrentKey(dialect);
}

void ViewEditor::addDialect(const QString& dialect) {
    const QString name = dialect.trimmed();
    if (name.isEmpty()) return;
    if (!queries_.contains(name)) {
        // A new dialect starts from the default query, which is usually close.
        queries_[name] = queries_[QString()];
        dialects_->add(name, name);
        formChanged();
    }
    showDialect(name);
}

void ViewEditor::removeDialect(const QString& dialect) {
    if (dialect.isEmpty() || !queries_.contains(dialect)) return;
    queries_.erase(dialect);
    dialects_->remove(dialect);
    showDialect(QString());
    formChanged();
}

void ViewEditor::askDialect() {
    bool ok = false;
    const QString name = QInputDialog::getItem(
        this, tr("Add dialect"), tr("The SQL dialect (engine) that runs this query:"),
        {QStringLiteral("flink"), QStringLiteral("spark"), QStringLiteral("trino"),
         QStringLiteral("hive"), QStringLiteral("starrocks"), QStringLiteral("doris")},
        0, true, &ok);
    if (ok) addDialect(name);
}

std::map<QString, QString> ViewEditor::queries() const {
    std::map<QString, QString> out = queries_;
    out[shown_] = query_->toPlainText();
    return out;
}

void ViewEditor::load(bool keepEdits) {
    form()->setEnabled(false);
    showBanner(tr("Loading the view…"), Banner::Info);
    std::weak_ptr<bool> alive = alive_;
    loading_ = catalog().getView(
        Identifier{database_.toStdString(), view_.toStdString()},
        [this, alive, keepEdits](Result<ViewInfo> view) {
            if (alive.expired() || !*alive.lock()) return;
            form()->setEnabled(true);
            if (!view) {
                showBanner(tr("The view could not be loaded; nothing can be changed.\n%1")
                               .arg(q(view.error().describe())),
                           Banner::Error);
                return;
            }
            if (keepEdits && base_) {
                // The edits are kept; the difference is now taken against the view as it is.
                base_ = *view;
                showBanner(tr("Reloaded. Your edits are kept and compared with the view as "
                              "it is now; press Apply to send them."),
                           Banner::Info);
                formChanged();
            } else {
                base_ = *view;
                fill(*view);
                showBanner({}, Banner::None);
            }
            emit loaded();
        });
}

void ViewEditor::fill(const ViewInfo& view) {
    comment_->setText(view.schema.comment ? q(*view.schema.comment) : QString());
    columns_->setFields(view.schema.fields);
    options_->setOptions(view.schema.options);
    queries_.clear();
    queries_[QString()] = q(view.schema.query);
    dialects_->removeAllFrom(1);
    for (const auto& [dialect, query] : view.schema.dialects) {
        queries_[q(dialect)] = q(query);
        dialects_->add(q(dialect), q(dialect));
    }
    showDialect(QString());
    formChanged();
}

void ViewEditor::reload() {
    EditorDialog::reload();
    if (!create_) load(true);
}

Result<WriteOperation> ViewEditor::operation() const {
    if (create_) {
        if (auto e = checkTypedName(name_->text(), tr("view"))) return *e;
    }
    const auto all = queries();
    for (const auto& [dialect, query] : all) {
        if (query.trimmed().isEmpty()) {
            return badRequest(dialect.isEmpty()
                                  ? tr("Enter the view's query.")
                                  : tr("Enter the %1 query, or remove the dialect.").arg(dialect));
        }
    }
    auto options = options_->options();
    if (!options) return options.takeError();
    const std::optional<std::string> comment =
        comment_->text().isEmpty() ? std::nullopt
                                   : std::optional<std::string>(comment_->text().toStdString());
    if (create_) {
        auto fields = columns_->fields();
        if (!fields) return fields.takeError();
        if (fields->empty()) return badRequest(tr("A view needs at least one column."));
        ViewSchema schema;
        schema.fields = std::move(fields).value();
        schema.query = all.at(QString()).toStdString();
        for (const auto& [dialect, query] : all)
            if (!dialect.isEmpty()) schema.dialects[dialect.toStdString()] = query.toStdString();
        schema.options = std::move(options).value();
        schema.comment = comment;
        return WriteOperation(write::CreateView{
            Identifier{database_.toStdString(), name_->text().toStdString()}, std::move(schema)});
    }
    if (!base_) return badRequest(tr("The view is not loaded yet."));
    // What changes in place (core/compare/AlterPlan.h): the dialects, options and comment.
    ViewSchema wanted = base_->schema;
    wanted.dialects.clear();
    for (const auto& [dialect, query] : all)
        if (!dialect.isEmpty()) wanted.dialects[dialect.toStdString()] = query.toStdString();
    wanted.options = std::move(options).value();
    wanted.comment = comment;
    auto changes = viewChangesToMatch(base_->schema, wanted);
    if (!changes) return changes.takeError();
    write::AlterView alter{Identifier{database_.toStdString(), view_.toStdString()},
                           std::move(*changes)};
    if (alter.changes.empty()) return badRequest(tr("Nothing to change: the view is as it was."));
    return WriteOperation(std::move(alter));
}

}  // namespace paimon::ui
