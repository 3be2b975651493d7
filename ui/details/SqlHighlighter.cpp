#include "ui/details/SqlHighlighter.h"

#include <QGuiApplication>
#include <QPalette>
#include <QTextDocument>

namespace paimon::ui {

namespace {
// Block states: inside a /* */ comment that goes on to the next line.
constexpr int kInBlockComment = 1;
}  // namespace

SqlHighlighter::SqlHighlighter(QTextDocument* document)
    : QSyntaxHighlighter(document),
      keywords_(
          QStringLiteral("\\b(SELECT|FROM|WHERE|AND|OR|NOT|NULL|AS|ON|JOIN|LEFT|RIGHT|INNER|OUTER|"
                         "FULL|CROSS|GROUP|BY|ORDER|HAVING|LIMIT|UNION|ALL|DISTINCT|CASE|WHEN|THEN|"
                         "ELSE|END|IN|IS|LIKE|BETWEEN|EXISTS|WITH|CREATE|TABLE|VIEW|FUNCTION|"
                         "TEMPORARY|IF|PRIMARY|KEY|ENFORCED|PARTITIONED|COMMENT|TBLPROPERTIES|"
                         "USING|LANGUAGE|JAR|FILE|RETURNS|RETURN|CAST|INTERVAL|OVER|PARTITION|"
                         "WINDOW|ROWS|RANGE|TRUE|FALSE|ASC|DESC|INSERT|INTO|VALUES|DEFAULT|"
                         "TUMBLE|HOP|SESSION|LATERAL|UNNEST|COUNT|SUM|AVG|MIN|MAX)\\b"),
          QRegularExpression::CaseInsensitiveOption),
      number_(QStringLiteral("\\b\\d+(\\.\\d+)?\\b")) {
    const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
    keyword_.setForeground(dark ? QColor(0x8a, 0xb4, 0xf8) : QColor(0x1a, 0x4f, 0xa8));
    keyword_.setFontWeight(QFont::Bold);
    string_.setForeground(dark ? QColor(0xa8, 0xd8, 0x8a) : QColor(0x2e, 0x7d, 0x32));
    identifier_.setForeground(dark ? QColor(0xe0, 0xb8, 0x7a) : QColor(0x8a, 0x4b, 0x08));
    number_format_.setForeground(dark ? QColor(0xd7, 0xa8, 0xf0) : QColor(0x7b, 0x1f, 0xa2));
    comment_.setForeground(QGuiApplication::palette().color(QPalette::PlaceholderText));
    comment_.setFontItalic(true);
}

void SqlHighlighter::highlightBlock(const QString& text) {
    for (auto it = keywords_.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        setFormat(static_cast<int>(m.capturedStart()), static_cast<int>(m.capturedLength()),
                  keyword_);
    }
    for (auto it = number_.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        setFormat(static_cast<int>(m.capturedStart()), static_cast<int>(m.capturedLength()),
                  number_format_);
    }
    // Literals and comments, left to right: what is inside one is not another.
    setCurrentBlockState(0);
    qsizetype i = 0;
    if (previousBlockState() == kInBlockComment) {
        const qsizetype end = text.indexOf(QLatin1String("*/"));
        const qsizetype stop = end < 0 ? text.size() : end + 2;
        setFormat(0, static_cast<int>(stop), comment_);
        if (end < 0) return setCurrentBlockState(kInBlockComment);
        i = stop;
    }
    while (i < text.size()) {
        const QChar c = text[i];
        if (c == QLatin1Char('-') && text.mid(i, 2) == QLatin1String("--")) {
            setFormat(static_cast<int>(i), static_cast<int>(text.size() - i), comment_);
            return;
        }
        if (c == QLatin1Char('/') && text.mid(i, 2) == QLatin1String("/*")) {
            const qsizetype end = text.indexOf(QLatin1String("*/"), i + 2);
            const qsizetype stop = end < 0 ? text.size() : end + 2;
            setFormat(static_cast<int>(i), static_cast<int>(stop - i), comment_);
            if (end < 0) return setCurrentBlockState(kInBlockComment);
            i = stop;
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('`') || c == QLatin1Char('"')) {
            // A doubled quote stays inside; a backslash escapes in Spark's strings.
            qsizetype j = i + 1;
            while (j < text.size()) {
                if (text[j] == QLatin1Char('\\') && c == QLatin1Char('\'')) {
                    j += 2;
                    continue;
                }
                if (text[j] == c) {
                    if (j + 1 < text.size() && text[j + 1] == c) {
                        j += 2;
                        continue;
                    }
                    break;
                }
                ++j;
            }
            const qsizetype stop = std::min(j + 1, text.size());
            setFormat(static_cast<int>(i), static_cast<int>(stop - i),
                      c == QLatin1Char('\'') ? string_ : identifier_);
            i = stop;
            continue;
        }
        ++i;
    }
}

}  // namespace paimon::ui
