#include "ui/details/ObjectPanes.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core/export/ViewDefinitions.h"
#include "ui/details/DatabasePane.h"
#include "ui/details/DefinitionBox.h"
#include "ui/details/DetailText.h"
#include "ui/details/SqlHighlighter.h"

namespace paimon::ui {

namespace {

QLabel* titleLabel() {
    auto* title = new QLabel;
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    title->setFont(f);
    title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return title;
}

QPlainTextEdit* codeView(const char* name) {
    auto* text = new QPlainTextEdit;
    text->setReadOnly(true);
    text->setLineWrapMode(QPlainTextEdit::NoWrap);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    text->setObjectName(QLatin1String(name));
    new SqlHighlighter(text->document());
    return text;
}

// The tabs a view and a function share, after their own: options, info, definition.
void addCommonTabs(QTabWidget* tabs, QTableWidget* options, QFormLayout* info,
                   DefinitionBox* definition) {
    tabs->addTab(options, QObject::tr("Options"));
    auto* infoPage = new QWidget;
    auto* infoLayout = new QVBoxLayout(infoPage);
    infoLayout->addLayout(info);
    infoLayout->addStretch();
    tabs->addTab(infoPage, QObject::tr("Info"));
    tabs->addTab(definition, QObject::tr("Definition"));
}

QWidget* page(QLayout* layout) {
    auto* w = new QWidget;
    w->setLayout(layout);
    return w;
}

void clearForm(QFormLayout* form) {
    while (form->rowCount() > 0)
        form->removeRow(0);
}

// "name TYPE, name TYPE"
QString fieldList(const std::vector<DataField>& fields) {
    QStringList parts;
    for (const auto& f : fields)
        parts << fromStd(f.name) + QLatin1Char(' ') + fromStd(f.type.sql());
    return parts.join(QLatin1String(", "));
}

}  // namespace

QTableWidget* makeFieldsTable(QWidget* parent) {
    return makeReadOnlyTable(
        {QObject::tr("Name"), QObject::tr("Type"), QObject::tr("Nullable"), QObject::tr("Comment")},
        parent);
}

void fillFieldsTable(QTableWidget* t, const std::vector<DataField>& fields) {
    t->setRowCount(static_cast<int>(fields.size()));
    for (int r = 0; r < static_cast<int>(fields.size()); ++r) {
        const DataField& f = fields[static_cast<size_t>(r)];
        t->setItem(r, 0, new QTableWidgetItem(fromStd(f.name)));
        t->setItem(r, 1, new QTableWidgetItem(fromStd(f.type.withNullable(true).sql())));
        t->setItem(
            r, 2, new QTableWidgetItem(f.type.nullable() ? QObject::tr("yes") : QObject::tr("no")));
        t->setItem(r, 3, new QTableWidgetItem(orDash(f.description)));
    }
    t->resizeColumnsToContents();
}

// ---- view ----

ViewPane::ViewPane(QWidget* parent)
    : QWidget(parent),
      title_(titleLabel()),
      comment_(selectableLabel(QString())),
      tabs_(new QTabWidget),
      columns_(makeFieldsTable()),
      dialect_(new QComboBox),
      query_(codeView("viewQuery")),
      options_(makeOptionsTable()),
      info_(new QFormLayout),
      definition_(new DefinitionBox) {
    setObjectName(QStringLiteral("viewPane"));
    comment_->setWordWrap(true);
    tabs_->addTab(columns_, tr("Columns"));

    dialect_->setObjectName(QStringLiteral("viewDialect"));
    auto* queryLayout = new QVBoxLayout;
    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Dialect:")));
    bar->addWidget(dialect_);
    bar->addStretch();
    queryLayout->addLayout(bar);
    queryLayout->addWidget(query_, 1);
    tabs_->addTab(page(queryLayout), tr("Query"));
    connect(dialect_, &QComboBox::currentIndexChanged, this, &ViewPane::showQuery);

    addCommonTabs(tabs_, options_, info_, definition_);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title_);
    layout->addWidget(comment_);
    layout->addWidget(tabs_, 1);
}

void ViewPane::show(const ViewInfo& view) {
    view_ = view;
    title_->setText(tr("View %1.%2").arg(fromStd(view.database), fromStd(view.name)));
    comment_->setText(view.schema.comment ? fromStd(*view.schema.comment) : QString());
    comment_->setVisible(view.schema.comment.has_value());
    fillFieldsTable(columns_, view.schema.fields);

    // The default query first, then each dialect's; the choice stays when the view is shown
    // again (after an alter).
    const QString chosen = dialect_->currentData().toString();
    QSignalBlocker block(dialect_);
    dialect_->clear();
    dialect_->addItem(tr("Default query"), QString());
    for (const auto& [name, query] : view.schema.dialects)
        dialect_->addItem(fromStd(name), fromStd(name));
    const int at = dialect_->findData(chosen);
    dialect_->setCurrentIndex(at < 0 ? 0 : at);
    showQuery();

    fillOptionsTable(options_, view.schema.options);
    clearForm(info_);
    info_->addRow(tr("ID:"), selectableLabel(orDash(view.id)));
    info_->addRow(tr("Owner:"), selectableLabel(orDash(view.owner)));
    info_->addRow(tr("Created:"),
                  selectableLabel(createdOrUpdated(view.createdAt, view.createdBy)));
    info_->addRow(tr("Updated:"),
                  selectableLabel(createdOrUpdated(view.updatedAt, view.updatedBy)));
    info_->addRow(tr("Dialects:"), selectableLabel(QString::number(view.schema.dialects.size())));

    const Identifier id{view.database, view.name};
    const ViewSchema schema = view.schema;
    definition_->setRenderer(
        [id, schema](DefinitionFormat f) { return fromStd(renderViewDefinition(f, id, schema)); },
        fromStd(view.name));
}

void ViewPane::showQuery() {
    const std::string dialect = dialect_->currentData().toString().toStdString();
    query_->setPlainText(
        fromStd(dialect.empty() ? view_.schema.query : viewQueryFor(view_.schema, dialect)));
}

QString ViewPane::queryText() const {
    return query_->toPlainText();
}

QString ViewPane::infoText() const {
    return formText(info_);
}

// ---- function ----

FunctionPane::FunctionPane(QWidget* parent)
    : QWidget(parent),
      title_(titleLabel()),
      signature_(selectableLabel(QString())),
      tabs_(new QTabWidget),
      parameters_(makeFieldsTable()),
      engine_(new QComboBox),
      engineForm_(new QFormLayout),
      body_(codeView("functionBody")),
      options_(makeOptionsTable()),
      info_(new QFormLayout),
      definition_(new DefinitionBox) {
    setObjectName(QStringLiteral("functionPane"));
    signature_->setObjectName(QStringLiteral("functionSignature"));
    signature_->setWordWrap(true);
    signature_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto* signatureLayout = new QVBoxLayout;
    signatureLayout->addWidget(new QLabel(tr("Parameters and return values")));
    signatureLayout->addWidget(parameters_, 1);
    tabs_->addTab(page(signatureLayout), tr("Signature"));

    engine_->setObjectName(QStringLiteral("functionEngine"));
    auto* engineLayout = new QVBoxLayout;
    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Engine:")));
    bar->addWidget(engine_);
    bar->addStretch();
    engineLayout->addLayout(bar);
    engineLayout->addLayout(engineForm_);
    engineLayout->addWidget(body_, 1);
    tabs_->addTab(page(engineLayout), tr("Definitions"));
    connect(engine_, &QComboBox::currentIndexChanged, this, &FunctionPane::showEngine);

    addCommonTabs(tabs_, options_, info_, definition_);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title_);
    layout->addWidget(signature_);
    layout->addWidget(tabs_, 1);
}

void FunctionPane::show(const FunctionInfo& function) {
    function_ = function;
    title_->setText(tr("Function %1.%2").arg(fromStd(function.database), fromStd(function.name)));
    const auto inputs = function.inputParams.value_or(std::vector<DataField>{});
    const auto returns = function.returnParams.value_or(std::vector<DataField>{});
    QString signature =
        fromStd(function.name) + QLatin1Char('(') + fieldList(inputs) + QLatin1Char(')');
    if (function.returnParams)
        signature += QStringLiteral(" → ") + (returns.size() == 1 && returns[0].name.empty()
                                                  ? fromStd(returns[0].type.sql())
                                                  : fieldList(returns));
    if (function.comment) signature += QStringLiteral("\n") + fromStd(*function.comment);
    signature_->setText(signature);

    // Inputs, then the return values, marked.
    std::vector<DataField> rows = inputs;
    for (DataField f : returns) {
        f.name = tr("returns %1").arg(fromStd(f.name)).trimmed().toStdString();
        rows.push_back(std::move(f));
    }
    fillFieldsTable(parameters_, rows);

    const QString chosen = engine_->currentText();
    QSignalBlocker block(engine_);
    engine_->clear();
    for (const auto& [name, d] : function.definitions)
        engine_->addItem(fromStd(name));
    const int at = engine_->findText(chosen);
    engine_->setCurrentIndex(at < 0 ? 0 : at);
    showEngine();

    fillOptionsTable(options_, function.options);
    clearForm(info_);
    info_->addRow(tr("Deterministic:"),
                  selectableLabel(function.deterministic ? tr("yes") : tr("no")));
    info_->addRow(tr("UUID:"), selectableLabel(orDash(function.uuid)));
    info_->addRow(tr("Owner:"), selectableLabel(orDash(function.owner)));
    info_->addRow(tr("Created:"),
                  selectableLabel(createdOrUpdated(function.createdAt, function.createdBy)));
    info_->addRow(tr("Updated:"),
                  selectableLabel(createdOrUpdated(function.updatedAt, function.updatedBy)));

    const Identifier id{function.database, function.name};
    const FunctionInfo copy = function;
    definition_->setRenderer(
        [id, copy](DefinitionFormat f) { return fromStd(renderFunctionDefinition(f, id, copy)); },
        fromStd(function.name));
}

void FunctionPane::showEngine() {
    clearForm(engineForm_);
    body_->clear();
    auto it = function_.definitions.find(engine_->currentText().toStdString());
    if (it == function_.definitions.end()) {
        engineForm_->addRow(selectableLabel(tr("The function has no definitions.")));
        body_->hide();
        return;
    }
    const FunctionDefinition& d = it->second;
    switch (d.type) {
        case FunctionDefinition::Type::Sql:
            engineForm_->addRow(tr("Kind:"), selectableLabel(tr("SQL expression")));
            body_->setPlainText(fromStd(d.definition));
            body_->show();
            break;
        case FunctionDefinition::Type::Lambda:
            engineForm_->addRow(tr("Kind:"), selectableLabel(tr("lambda")));
            engineForm_->addRow(tr("Language:"), selectableLabel(orDash(d.language)));
            body_->setPlainText(fromStd(d.definition));
            body_->show();
            break;
        case FunctionDefinition::Type::File: {
            engineForm_->addRow(tr("Kind:"), selectableLabel(tr("a class in a file")));
            engineForm_->addRow(tr("Language:"), selectableLabel(orDash(d.language)));
            engineForm_->addRow(tr("Class:"), selectableLabel(orDash(d.className)));
            engineForm_->addRow(tr("Function:"), selectableLabel(orDash(d.functionName)));
            QStringList files;
            for (const auto& r : d.fileResources)
                files << fromStd(r.resourceType) + QLatin1Char(' ') + fromStd(r.uri);
            engineForm_->addRow(tr("Files:"), selectableLabel(files.join(QLatin1Char('\n'))));
            body_->hide();
            break;
        }
    }
}

QString FunctionPane::engineText() const {
    QString text = formText(engineForm_);
    if (!body_->isHidden()) text += QLatin1Char('\n') + body_->toPlainText();
    return text;
}

QString FunctionPane::signatureText() const {
    return signature_->text();
}

QString FunctionPane::infoText() const {
    return formText(info_);
}

}  // namespace paimon::ui
