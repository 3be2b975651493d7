#include "ui/details/DetailText.h"

#include <algorithm>

#include <QDateTime>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
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

QString notReported() {
    return QObject::tr("not reported");
}

QString relativeTime(int64_t millis, int64_t nowMillis) {
    if (millis <= 0) return notReported();
    const int64_t seconds = (nowMillis - millis) / 1000;
    const bool future = seconds < 0;
    const int64_t s = future ? -seconds : seconds;
    if (s < 45) return future ? QObject::tr("in a moment") : QObject::tr("just now");
    if (s < 3600) {
        const int n = static_cast<int>(std::max<int64_t>(1, (s + 30) / 60));
        return future ? QObject::tr("in %n minute(s)", nullptr, n)
                      : QObject::tr("%n minute(s) ago", nullptr, n);
    }
    if (s < 86400) {
        const int n = static_cast<int>((s + 1800) / 3600);
        return future ? QObject::tr("in %n hour(s)", nullptr, n)
                      : QObject::tr("%n hour(s) ago", nullptr, n);
    }
    if (s < int64_t{86400} * 45) {
        const int n = static_cast<int>((s + 43200) / 86400);
        return future ? QObject::tr("in %n day(s)", nullptr, n)
                      : QObject::tr("%n day(s) ago", nullptr, n);
    }
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(millis).date(), QLocale::ShortFormat);
}

QString exactTime(int64_t millis) {
    if (millis <= 0) return notReported();
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(millis), QLocale::LongFormat);
}

QString countText(std::optional<int64_t> count) {
    if (!count) return notReported();
    return QLocale().toString(static_cast<qlonglong>(*count));
}

QString sizeText(int64_t bytes) {
    return QLocale().formattedDataSize(bytes);
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
