#include "ui/main/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include "core/util/Translate.h"

namespace paimon::ui {

QList<QTranslator*> installTranslations(const QLocale& locale) {
    // The core's sentences (core/util/Translate.h) through the same translators.
    setTranslateHook([](const char* context, const char* text) {
        return QCoreApplication::translate(context, text).toStdString();
    });
    QList<QTranslator*> installed;
    auto tryLoad = [&](const QString& name, const QString& directory, const QLocale& wanted) {
        auto* t = new QTranslator(QCoreApplication::instance());
        // Tries each of the locale's UI languages in order, e.g. zh_Hans_CN, zh_CN, zh.
        if (t->load(wanted, name, QStringLiteral("_"), directory) &&
            QCoreApplication::installTranslator(t)) {
            installed << t;
        } else {
            delete t;
        }
    };
    tryLoad(QStringLiteral("paimon"), QStringLiteral(":/i18n"), locale);
    // No translation for the locale: English, the source language, with its plural forms.
    if (installed.isEmpty())
        tryLoad(QStringLiteral("paimon"), QStringLiteral(":/i18n"), QLocale(QLocale::English));
    tryLoad(QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath), locale);
    return installed;
}

void removeTranslations(const QList<QTranslator*>& translators) {
    for (QTranslator* t : translators) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

}  // namespace paimon::ui
