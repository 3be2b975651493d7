#pragma once

#include <QList>
#include <QLocale>

class QTranslator;

namespace paimon::ui {

// Installs the browser's translation for `locale` (from :/i18n, built from
// resources/translations) and Qt's own (the buttons of standard dialogs), when there is one.
// English is the source language; its file holds only plural forms. Call it before any widget
// is made. Returns the translators installed, owned by the application.
QList<QTranslator*> installTranslations(const QLocale& locale);

// Removes and deletes what installTranslations() installed.
void removeTranslations(const QList<QTranslator*>& translators);

}  // namespace paimon::ui
