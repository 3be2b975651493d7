#pragma once

#include <QWidget>

#include "core/model/ViewFunction.h"

class QComboBox;
class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QTableWidget;

namespace paimon::ui {

class DefinitionBox;

// One view: its columns, its query per SQL dialect (highlighted, with a dialect switcher),
// options, bookkeeping and its definition (CREATE VIEW for Flink or Spark, or Paimon JSON).
class ViewPane : public QWidget {
    Q_OBJECT
public:
    enum Tab { ColumnsTab, QueryTab, OptionsTab, InfoTab, DefinitionTab };
    explicit ViewPane(QWidget* parent = nullptr);
    void show(const ViewInfo& view);
    const ViewInfo& shown() const { return view_; }

    QTabWidget* tabs() const { return tabs_; }
    QTableWidget* columnsTable() const { return columns_; }
    QComboBox* dialectBox() const { return dialect_; }
    QString queryText() const;
    QString infoText() const;
    DefinitionBox* definition() const { return definition_; }

private:
    void showQuery();

    ViewInfo view_;
    QLabel* title_;
    QLabel* comment_;
    QTabWidget* tabs_;
    QTableWidget* columns_;
    QComboBox* dialect_;
    QPlainTextEdit* query_;
    QTableWidget* options_;
    QFormLayout* info_;
    DefinitionBox* definition_;
};

// One function: its parameters and return type, its definition per engine (SQL highlighted,
// a class in a file, or a lambda), determinism, options, bookkeeping and its definition.
class FunctionPane : public QWidget {
    Q_OBJECT
public:
    enum Tab { SignatureTab, DefinitionsTab, OptionsTab, InfoTab, DefinitionTab };
    explicit FunctionPane(QWidget* parent = nullptr);
    void show(const FunctionInfo& function);
    const FunctionInfo& shown() const { return function_; }

    QTabWidget* tabs() const { return tabs_; }
    QTableWidget* parametersTable() const { return parameters_; }
    QComboBox* engineBox() const { return engine_; }
    QString engineText() const;  // the shown definition, as text
    QString signatureText() const;
    QString infoText() const;
    DefinitionBox* definition() const { return definition_; }

private:
    void showEngine();

    FunctionInfo function_;
    QLabel* title_;
    QLabel* signature_;
    QTabWidget* tabs_;
    QTableWidget* parameters_;
    QComboBox* engine_;
    QFormLayout* engineForm_;
    QPlainTextEdit* body_;
    QTableWidget* options_;
    QFormLayout* info_;
    DefinitionBox* definition_;
};

// The columns (or parameters) of a view or function: name, type, nullable, comment.
QTableWidget* makeFieldsTable(QWidget* parent = nullptr);
void fillFieldsTable(QTableWidget* table, const std::vector<DataField>& fields);

}  // namespace paimon::ui
