#pragma once

#include <QLineEdit>
#include <QListView>

#include <map>
#include <optional>

#include "ui/editors/EditorDialog.h"
#include "ui/editors/ObjectDialogs.h"

class QComboBox;
class QPlainTextEdit;
class QStandardItemModel;

namespace paimon::ui {

class FieldsGrid;
class OptionsGrid;

// The query editor both view and function editors use: monospaced, highlighted SQL.
QPlainTextEdit* makeCodeEditor(const char* objectName);

// A list of names (a view's dialects, a function's engines), each with a key; the current
// one is what the form beside it edits.
class NameList : public QListView {
    Q_OBJECT
public:
    explicit NameList(QWidget* parent = nullptr);
    void add(const QString& key, const QString& label);
    void remove(const QString& key);
    void removeAllFrom(int row);
    void setCurrentKey(const QString& key);  // without currentKeyChanged
    QString keyAt(int row) const;
    int count() const;

signals:
    void currentKeyChanged(const QString& key);

private:
    QStandardItemModel* model_;
    bool quiet_ = false;
};

// Create a view (name, columns, default query, a query per dialect, options, comment), or
// alter one: the form is filled with the view, and Apply sends the difference as change
// actions (options set and removed, the comment, dialects added, changed and dropped). The
// protocol cannot change a view's columns or default query: in an alter they are shown, not
// edited.
class ViewEditor : public EditorDialog {
    Q_OBJECT
public:
    // Create when `view` is empty; otherwise alter it (it is loaded first).
    ViewEditor(Target target, const QString& database, const QString& view,
               QWidget* parent = nullptr);

    Result<WriteOperation> operation() const override;
    bool isCreate() const { return create_; }
    bool isLoaded() const { return create_ || base_.has_value(); }

    QLineEdit* nameEdit() const { return name_; }
    QLineEdit* commentEdit() const { return comment_; }
    FieldsGrid* columns() const { return columns_; }
    OptionsGrid* optionsGrid() const { return options_; }
    NameList* dialectList() const { return dialects_; }
    QPlainTextEdit* queryEdit() const { return query_; }
    // The list of queries: "" is the default query, any other name a dialect's.
    void addDialect(const QString& dialect);  // adds (if new) and shows it
    void removeDialect(const QString& dialect);
    void showDialect(const QString& dialect);
    QString shownDialect() const { return shown_; }

signals:
    void loaded();

protected:
    void reload() override;

private:
    void load(bool keepEdits);
    void fill(const ViewInfo& view);
    void keepShownQuery();
    void askDialect();
    // The form's queries, with the one being edited.
    std::map<QString, QString> queries() const;

    bool create_;
    QString database_;
    QString view_;
    QLineEdit* name_;
    QLineEdit* comment_;
    FieldsGrid* columns_;
    NameList* dialects_;
    QPlainTextEdit* query_;
    OptionsGrid* options_;
    std::map<QString, QString> queries_;  // "" = the default query
    QString shown_;
    std::optional<ViewInfo> base_;
    Cancellation loading_;
};

}  // namespace paimon::ui
