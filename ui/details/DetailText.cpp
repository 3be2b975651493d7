#include "ui/details/DetailText.h"

#include <QDateTime>
#include <QFormLayout>
#include <QLabel>
#include <QStringList>

namespace paimon::ui {

QString fromStd(const std::string& s) {
    return QString::fromStdString(s);
}

QString orDash(const std::optional<std::string>& s) {
    return s && !s->empty() ? fromStd(*s) : QStringLiteral("—");
}

QString formatMillis(int64_t millis) {
    if (millis <= 0) return QStringLiteral("—");
    return QDateTime::fromMSecsSinceEpoch(millis).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString createdOrUpdated(int64_t millis, const std::optional<std::string>& by) {
    QString text = formatMillis(millis);
    if (by) text += QObject::tr(" by %1").arg(fromStd(*by));
    return text;
}

QLabel* selectableLabel(const QString& text) {
    auto* l = new QLabel(text);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    l->setWordWrap(true);
    return l;
}

QString formText(const QFormLayout* form) {
    QStringList lines;
    for (int r = 0; r < form->rowCount(); ++r) {
        auto* label = qobject_cast<QLabel*>(form->itemAt(r, QFormLayout::LabelRole)->widget());
        auto* value = qobject_cast<QLabel*>(form->itemAt(r, QFormLayout::FieldRole)->widget());
        if (label && value) lines << label->text() + QLatin1Char(' ') + value->text();
    }
    return lines.join(QLatin1Char('\n'));
}

}  // namespace paimon::ui
