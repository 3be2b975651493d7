#pragma once

#include <QStringList>
#include <QWidget>

#include <vector>

#include "core/model/Schema.h"
#include "core/util/Result.h"

class QLabel;
class QTableWidget;

namespace paimon::ui {

// An option a form offers by name, with what it means and, when they are few, its values.
struct KnownOption {
    QString key;
    QString meaning;
    QStringList values;  // empty: free text
    QString defaultValue;
};

// The common Paimon table options (CoreOptions), offered in the table editor.
const std::vector<KnownOption>& knownTableOptions();

// A key/value grid: known keys are offered as the user types (with their meaning shown below
// the grid and their values in a list), free keys are allowed. Add (Insert), remove (Delete).
class OptionsGrid : public QWidget {
    Q_OBJECT
public:
    explicit OptionsGrid(std::vector<KnownOption> known = {}, QWidget* parent = nullptr);

    void setOptions(const Options& options);
    // The grid as options; an empty key with a value, or a key twice, is a BadRequest.
    Result<Options> options() const;
    // Adds a row (key may be empty) and starts editing its key or, with a key, its value.
    void addRow(const QString& key = {}, const QString& value = {});
    void removeCurrentRow();
    QTableWidget* table() const { return table_; }

signals:
    void changed();

private:
    void showMeaning(int row);
    const KnownOption* known(const QString& key) const;

    std::vector<KnownOption> known_;
    QTableWidget* table_;
    QLabel* meaning_;
};

}  // namespace paimon::ui
