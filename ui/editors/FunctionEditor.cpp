#include "ui/editors/FunctionEditor.h"
#include "core/compare/AlterPlan.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

#include "ui/editors/FieldsGrid.h"
#include "ui/editors/OptionsGrid.h"
#include "ui/editors/ViewEditors.h"

namespace paimon::ui {
namespace {

QString q(const std::string& s) {
    return QString::fromStdString(s);
}
QString q(const std::optional<std::string>& s) {
    return s ? QString::fromStdString(*s) : QString();
}
std::optional<std::string> optional(const QString& s) {
    return s.trimmed().isEmpty() ? std::nullopt : std::optional<std::string>(s.toStdString());
}

Error badRequest(const QString& text) {
    return makeError(ErrorKind::BadRequest, text.toStdString());
}

}  // namespace

FunctionEditor::FunctionEditor(Target target, const QString& database, const QString& function,
                               QWidget* parent)
    : EditorDialog(std::move(target), parent),
      create_(function.isEmpty()),
      database_(database),
      function_(function),
      name_(new QLineEdit(function)),
      comment_(new QLineEdit),
      deterministic_(new QCheckBox(tr("De&terministic: the same arguments always give the same "
                                      "result"))),
      inputs_(new FieldsGrid(tr("parameter"))),
      returns_(new FieldsGrid(tr("return value"))),
      engines_(new NameList),
      kind_(new QComboBox),
      body_(makeCodeEditor("body")),
      language_(new QLineEdit),
      class_(new QLineEdit),
      functionName_(new QLineEdit),
      files_(new QPlainTextEdit),
      options_(new OptionsGrid) {
    setObjectName(QStringLiteral("functionEditor"));
    setWindowTitle(create_
                       ? tr("New function in %1 — %2").arg(database, profile().name)
                       : tr("Edit function %1.%2 — %3").arg(database, function, profile().name));
    name_->setObjectName(QStringLiteral("name"));
    name_->setReadOnly(!create_);
    name_->setPlaceholderText(tr("letters, digits and _ . - (at least one letter)"));
    comment_->setObjectName(QStringLiteral("comment"));
    comment_->setPlaceholderText(tr("optional"));
    deterministic_->setChecked(true);
    deterministic_->setEnabled(create_);
    inputs_->setReadOnly(!create_);
    returns_->setReadOnly(!create_);
    engines_->setObjectName(QStringLiteral("engines"));
    kind_->setObjectName(QStringLiteral("kind"));
    kind_->addItem(tr("SQL expression"), static_cast<int>(FunctionDefinition::Type::Sql));
    kind_->addItem(tr("Class in a file (jar)"), static_cast<int>(FunctionDefinition::Type::File));
    kind_->addItem(tr("Lambda"), static_cast<int>(FunctionDefinition::Type::Lambda));
    language_->setPlaceholderText(tr("JAVA, SCALA, PYTHON…"));
    class_->setPlaceholderText(tr("com.example.udf.Mask"));
    functionName_->setPlaceholderText(tr("optional: the method or function in the class"));
    files_->setPlaceholderText(tr("one file per line: TYPE URI, e.g. jar oss://bucket/udf.jar"));
    files_->setMaximumHeight(80);

    auto* fields = new QFormLayout;
    fields->addRow(tr("Database:"), new QLabel(database.toHtmlEscaped()));
    fields->addRow(tr("&Name:"), name_);
    fields->addRow(tr("C&omment:"), comment_);
    fields->addRow(QString(), deterministic_);
    formLayout()->addLayout(fields);

    auto* tabs = new QTabWidget;
    auto* signature = new QWidget;
    auto* signatureLayout = new QVBoxLayout(signature);
    if (!create_) {
        auto* note =
            new QLabel(tr("A function's parameters, return values and determinism "
                          "cannot be changed in place; drop the function and create "
                          "it again to change them."));
        note->setWordWrap(true);
        signatureLayout->addWidget(note);
    }
    signatureLayout->addWidget(new QLabel(tr("Parameters")));
    signatureLayout->addWidget(inputs_, 1);
    signatureLayout->addWidget(new QLabel(tr("Return values")));
    signatureLayout->addWidget(returns_, 1);

    auto* definitions = new QWidget;
    auto* list = new QVBoxLayout;
    list->addWidget(new QLabel(tr("Engines")));
    list->addWidget(engines_, 1);
    auto* addButton = new QPushButton(tr("Add &engine…"));
    auto* removeButton = new QPushButton(tr("&Remove engine"));
    list->addWidget(addButton);
    list->addWidget(removeButton);
    auto* definitionForm = new QFormLayout;
    definitionForm->setObjectName(QStringLiteral("definitionForm"));
    definitionForm->addRow(tr("&Kind:"), kind_);
    definitionForm->addRow(tr("&Language:"), language_);
    definitionForm->addRow(tr("C&lass:"), class_);
    definitionForm->addRow(tr("&Function in it:"), functionName_);
    definitionForm->addRow(tr("F&iles:"), files_);
    auto* right = new QVBoxLayout;
    right->addLayout(definitionForm);
    right->addWidget(body_, 1);
    right->addStretch();  // takes the room when the body is hidden (a class in a file)
    auto* definitionsLayout = new QHBoxLayout(definitions);
    definitionsLayout->addLayout(list);
    definitionsLayout->addLayout(right, 1);

    tabs->addTab(definitions, tr("&Definitions"));
    tabs->addTab(signature, tr("&Signature"));
    tabs->addTab(options_, tr("O&ptions"));
    formLayout()->addWidget(tabs, 1);
    setApplyText(create_ ? tr("&Create") : tr("&Apply"));

    auto edited = [this] {
        if (filling_) return;
        keepShown();
        formChanged();
    };
    connect(engines_, &NameList::currentKeyChanged, this, [this](const QString& engine) {
        if (!filling_) showEngine(engine);
    });
    connect(addButton, &QPushButton::clicked, this, &FunctionEditor::askEngine);
    connect(removeButton, &QPushButton::clicked, this, [this] { removeEngine(shown_); });
    connect(kind_, &QComboBox::currentIndexChanged, this, [this, edited] {
        showKind();
        edited();
    });
    connect(body_, &QPlainTextEdit::textChanged, this, edited);
    connect(files_, &QPlainTextEdit::textChanged, this, edited);
    for (QLineEdit* e : {language_, class_, functionName_})
        connect(e, &QLineEdit::textChanged, this, edited);
    connect(name_, &QLineEdit::textChanged, this, &FunctionEditor::formChanged);
    connect(comment_, &QLineEdit::textChanged, this, &FunctionEditor::formChanged);
    connect(deterministic_, &QCheckBox::toggled, this, &FunctionEditor::formChanged);
    connect(inputs_, &FieldsGrid::changed, this, &FunctionEditor::formChanged);
    connect(returns_, &FieldsGrid::changed, this, &FunctionEditor::formChanged);
    connect(options_, &OptionsGrid::changed, this, &FunctionEditor::formChanged);
    resize(860, 620);
    if (create_) {
        returns_->addRow(QStringLiteral("result"), QStringLiteral("STRING"));
        addEngine(QStringLiteral("flink"));
    } else {
        load(false);
    }
    showKind();
}

FunctionEditor::Draft FunctionEditor::draftOf(const FunctionDefinition& d) {
    Draft out;
    out.type = d.type;
    out.body = q(d.definition);
    out.language = q(d.language);
    out.className = q(d.className);
    out.functionName = q(d.functionName);
    QStringList files;
    for (const auto& r : d.fileResources)
        files << q(r.resourceType) + QLatin1Char(' ') + q(r.uri);
    out.files = files.join(QLatin1Char('\n'));
    return out;
}

Result<FunctionDefinition> FunctionEditor::definitionOf(const QString& engine, const Draft& d) {
    FunctionDefinition out;
    out.type = d.type;
    switch (d.type) {
        case FunctionDefinition::Type::Sql:
            if (d.body.trimmed().isEmpty())
                return badRequest(tr("Enter the %1 definition's SQL expression.").arg(engine));
            out.definition = d.body.toStdString();
            break;
        case FunctionDefinition::Type::Lambda:
            if (d.body.trimmed().isEmpty())
                return badRequest(tr("Enter the %1 definition's lambda.").arg(engine));
            out.definition = d.body.toStdString();
            out.language = optional(d.language);
            break;
        case FunctionDefinition::Type::File: {
            if (d.className.trimmed().isEmpty())
                return badRequest(tr("Enter the class of the %1 definition.").arg(engine));
            out.className = d.className.trimmed().toStdString();
            out.functionName = optional(d.functionName);
            out.language = optional(d.language);
            const QStringList lines = d.files.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            for (const QString& line : lines) {
                const QStringList parts =
                    line.trimmed().split(QLatin1Char(' '), Qt::SkipEmptyParts);
                if (parts.isEmpty()) continue;
                if (parts.size() > 2) {
                    return badRequest(
                        tr("A file of the %1 definition is “TYPE URI” (a URI has no spaces): %2")
                            .arg(engine, line));
                }
                FunctionFileResource r;
                r.resourceType = parts.size() == 2 ? parts[0].toStdString() : "jar";
                r.uri = parts.back().toStdString();
                out.fileResources.push_back(std::move(r));
            }
            if (out.fileResources.empty())
                return badRequest(
                    tr("Enter the file that holds the %1 definition's class.").arg(engine));
            break;
        }
    }
    return out;
}

void FunctionEditor::keepShown() {
    if (shown_.isEmpty()) return;
    Draft& d = drafts_[shown_];
    d.type = static_cast<FunctionDefinition::Type>(kind_->currentData().toInt());
    d.body = body_->toPlainText();
    d.language = language_->text();
    d.className = class_->text();
    d.functionName = functionName_->text();
    d.files = files_->toPlainText();
}

void FunctionEditor::showKind() {
    const auto type = static_cast<FunctionDefinition::Type>(kind_->currentData().toInt());
    const bool any = !shown_.isEmpty();
    const bool file = type == FunctionDefinition::Type::File;
    // A field and its label show and hide together.
    auto show = [this](QWidget* w, bool on) {
        w->setVisible(on);
        if (auto* form = findChild<QFormLayout*>(QStringLiteral("definitionForm")))
            if (QWidget* label = form->labelForField(w)) label->setVisible(on);
    };
    show(kind_, any);
    show(body_, any && !file);
    show(language_, any && type != FunctionDefinition::Type::Sql);
    show(class_, any && file);
    show(functionName_, any && file);
    show(files_, any && file);
    body_->setPlaceholderText(type == FunctionDefinition::Type::Sql
                                  ? tr("an SQL expression over the parameters, e.g. a + b")
                                  : tr("(x) -> x + 1"));
}

void FunctionEditor::showEngine(const QString& engine) {
    if (!engine.isEmpty() && !drafts_.contains(engine)) return;
    shown_ = engine;
    filling_ = true;
    const Draft d = engine.isEmpty() ? Draft{} : drafts_[engine];
    kind_->setCurrentIndex(kind_->findData(static_cast<int>(d.type)));
    body_->setPlainText(d.body);
    language_->setText(d.language);
    class_->setText(d.className);
    functionName_->setText(d.functionName);
    files_->setPlainText(d.files);
    engines_->setCurrentKey(engine);
    filling_ = false;
    showKind();
}

void FunctionEditor::addEngine(const QString& engine) {
    const QString name = engine.trimmed();
    if (name.isEmpty()) return;
    if (!drafts_.contains(name)) {
        drafts_[name] = Draft{};
        filling_ = true;
        engines_->add(name, name);
        filling_ = false;
        formChanged();
    }
    showEngine(name);
}

void FunctionEditor::removeEngine(const QString& engine) {
    if (!drafts_.contains(engine)) return;
    drafts_.erase(engine);
    filling_ = true;
    engines_->remove(engine);
    filling_ = false;
    showEngine(drafts_.empty() ? QString() : drafts_.begin()->first);
    formChanged();
}

void FunctionEditor::askEngine() {
    bool ok = false;
    const QString name =
        QInputDialog::getItem(this, tr("Add engine"), tr("The engine this definition is for:"),
                              {QStringLiteral("flink"), QStringLiteral("spark"),
                               QStringLiteral("trino"), QStringLiteral("hive")},
                              0, true, &ok);
    if (ok) addEngine(name);
}

std::map<QString, FunctionEditor::Draft> FunctionEditor::drafts() const {
    return drafts_;
}

void FunctionEditor::load(bool keepEdits) {
    form()->setEnabled(false);
    showBanner(tr("Loading the function…"), Banner::Info);
    std::weak_ptr<bool> alive = alive_;
    loading_ = catalog().getFunction(
        Identifier{database_.toStdString(), function_.toStdString()},
        [this, alive, keepEdits](Result<FunctionInfo> function) {
            if (alive.expired() || !*alive.lock()) return;
            form()->setEnabled(true);
            if (!function) {
                showBanner(tr("The function could not be loaded; nothing can be changed.\n%1")
                               .arg(q(function.error().describe())),
                           Banner::Error);
                return;
            }
            base_ = *function;
            if (keepEdits) {
                showBanner(tr("Reloaded. Your edits are kept and compared with the function "
                              "as it is now; press Apply to send them."),
                           Banner::Info);
                formChanged();
            } else {
                fill(*function);
                showBanner({}, Banner::None);
            }
            emit loaded();
        });
}

void FunctionEditor::fill(const FunctionInfo& function) {
    comment_->setText(q(function.comment));
    deterministic_->setChecked(function.deterministic);
    inputs_->setFields(function.inputParams.value_or(std::vector<DataField>{}));
    returns_->setFields(function.returnParams.value_or(std::vector<DataField>{}));
    options_->setOptions(function.options);
    drafts_.clear();
    filling_ = true;
    engines_->removeAllFrom(0);
    for (const auto& [engine, d] : function.definitions) {
        drafts_[q(engine)] = draftOf(d);
        engines_->add(q(engine), q(engine));
    }
    filling_ = false;
    showEngine(drafts_.empty() ? QString() : drafts_.begin()->first);
    formChanged();
}

void FunctionEditor::reload() {
    EditorDialog::reload();
    if (!create_) load(true);
}

Result<WriteOperation> FunctionEditor::operation() const {
    if (create_) {
        const QString name = name_->text();
        if (name.trimmed().isEmpty()) return badRequest(tr("Enter a name for the function."));
        if (auto e = checkFunctionName(name.toStdString())) return *e;
    }
    std::map<std::string, FunctionDefinition> definitions;
    for (const auto& [engine, draft] : drafts()) {
        auto d = definitionOf(engine, draft);
        if (!d) return d.takeError();
        definitions[engine.toStdString()] = std::move(d).value();
    }
    auto options = options_->options();
    if (!options) return options.takeError();
    const std::optional<std::string> comment = optional(comment_->text());
    if (create_) {
        const QString name = name_->text();
        if (definitions.empty()) return badRequest(tr("Add a definition for at least one engine."));
        auto inputs = inputs_->fields();
        if (!inputs) return inputs.takeError();
        auto returns = returns_->fields();
        if (!returns) return returns.takeError();
        FunctionInfo f;
        f.database = database_.toStdString();
        f.name = name.toStdString();
        f.inputParams = std::move(inputs).value();
        f.returnParams = std::move(returns).value();
        f.deterministic = deterministic_->isChecked();
        f.definitions = std::move(definitions);
        f.comment = comment;
        f.options = std::move(options).value();
        return WriteOperation(write::CreateFunction{Identifier{f.database, f.name}, std::move(f)});
    }
    if (!base_) return badRequest(tr("The function is not loaded yet."));
    // What changes in place (core/compare/AlterPlan.h): definitions, options and comment.
    FunctionInfo wanted = *base_;
    wanted.definitions = std::move(definitions);
    wanted.options = std::move(options).value();
    wanted.comment = comment;
    auto changes = functionChangesToMatch(*base_, wanted);
    if (!changes) return changes.takeError();
    write::AlterFunction alter{Identifier{database_.toStdString(), function_.toStdString()},
                               std::move(*changes)};
    if (alter.changes.empty())
        return badRequest(tr("Nothing to change: the function is as it was."));
    return WriteOperation(std::move(alter));
}

}  // namespace paimon::ui
