#pragma once

#include <QWidget>

#include <functional>

#include "core/export/Definitions.h"

class QComboBox;
class QPlainTextEdit;

namespace paimon::ui {

// An object's definition as Flink SQL, Spark SQL or Paimon JSON: a format switcher, the text
// (highlighted, read-only), Copy and Save…. The owner says how to render and what file name
// to suggest; render() shows the current format again.
class DefinitionBox : public QWidget {
    Q_OBJECT
public:
    using Renderer = std::function<QString(DefinitionFormat)>;
    explicit DefinitionBox(QWidget* parent = nullptr);

    // `baseName`: the suggested file's name without its extension.
    void setRenderer(Renderer renderer, const QString& baseName);
    void render();

    QComboBox* formatBox() const { return format_; }
    DefinitionFormat currentFormat() const;
    QString text() const;

public slots:
    void copy() const;
    void save();  // asks for a file; written whole or not at all
    bool saveTo(const QString& path, QString* problem) const;

private:
    Renderer renderer_;
    QString baseName_;
    QComboBox* format_;
    QPlainTextEdit* text_;
};

}  // namespace paimon::ui
