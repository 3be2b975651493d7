#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace paimon::ui {

// SQL highlighting for the definition and query views: keywords, string literals, quoted
// identifiers, numbers and comments (line and block, across lines). Colours follow the
// palette's lightness, so that a dark theme stays readable.
class SqlHighlighter : public QSyntaxHighlighter {
    Q_OBJECT
public:
    explicit SqlHighlighter(QTextDocument* document);

protected:
    void highlightBlock(const QString& text) override;

private:
    QRegularExpression keywords_;
    QRegularExpression number_;
    QTextCharFormat keyword_, string_, identifier_, number_format_, comment_;
};

}  // namespace paimon::ui
