#pragma once

#include <QLineEdit>

#include <map>
#include <optional>

#include "ui/editors/EditorDialog.h"

class QCheckBox;
class QComboBox;
class QPlainTextEdit;

namespace paimon::ui {

class FieldsGrid;
class NameList;
class OptionsGrid;

// Create a function (name, parameters, return values, determinism, a definition per engine,
// options, comment), or alter one: the form is filled with the function and Apply sends the
// difference as change actions (options, the comment, definitions added, changed and
// dropped). The protocol cannot change a function's parameters, return values or determinism:
// in an alter they are shown, not edited.
//
// A definition is an SQL expression, a class in a file (a jar: its class, the function in it,
// the files one per line as "TYPE URI"), or a lambda in a language.
class FunctionEditor : public EditorDialog {
    Q_OBJECT
public:
    // Create when `function` is empty; otherwise alter it (it is loaded first).
    FunctionEditor(Target target, const QString& database, const QString& function,
                   QWidget* parent = nullptr);

    Result<WriteOperation> operation() const override;
    bool isCreate() const { return create_; }
    bool isLoaded() const { return create_ || base_.has_value(); }

    QLineEdit* nameEdit() const { return name_; }
    QLineEdit* commentEdit() const { return comment_; }
    QCheckBox* deterministicBox() const { return deterministic_; }
    FieldsGrid* inputs() const { return inputs_; }
    FieldsGrid* returns() const { return returns_; }
    OptionsGrid* optionsGrid() const { return options_; }
    NameList* engineList() const { return engines_; }
    QComboBox* kindBox() const { return kind_; }
    QPlainTextEdit* bodyEdit() const { return body_; }
    QLineEdit* languageEdit() const { return language_; }
    QLineEdit* classEdit() const { return class_; }
    QLineEdit* functionNameEdit() const { return functionName_; }
    QPlainTextEdit* filesEdit() const { return files_; }
    void addEngine(const QString& engine);  // adds (if new) and shows it
    void removeEngine(const QString& engine);
    void showEngine(const QString& engine);
    QString shownEngine() const { return shown_; }

signals:
    void loaded();

protected:
    void reload() override;

private:
    // What the definition fields hold, as text, per engine.
    struct Draft {
        FunctionDefinition::Type type = FunctionDefinition::Type::Sql;
        QString body, language, className, functionName, files;
    };
    void load(bool keepEdits);
    void fill(const FunctionInfo& function);
    void keepShown();
    void showKind();
    void askEngine();
    std::map<QString, Draft> drafts() const;
    static Draft draftOf(const FunctionDefinition& d);
    static Result<FunctionDefinition> definitionOf(const QString& engine, const Draft& d);

    bool create_;
    QString database_;
    QString function_;
    QLineEdit* name_;
    QLineEdit* comment_;
    QCheckBox* deterministic_;
    FieldsGrid* inputs_;
    FieldsGrid* returns_;
    NameList* engines_;
    QComboBox* kind_;
    QPlainTextEdit* body_;
    QLineEdit* language_;
    QLineEdit* class_;
    QLineEdit* functionName_;
    QPlainTextEdit* files_;
    OptionsGrid* options_;
    std::map<QString, Draft> drafts_;
    QString shown_;
    bool filling_ = false;
    std::optional<FunctionInfo> base_;
    Cancellation loading_;
};

}  // namespace paimon::ui
