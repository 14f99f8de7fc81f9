#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace charles::i18n {

// The languages the application speaks: "en" (the source) and "pt_BR".
QStringList availableLanguages();

// Picks the language: an explicit choice (the --lang option, then the setting) wins when it
// names a language we speak; otherwise the first of the system's UI languages, in the user's
// order, that we speak (any Portuguese: pt_BR, pt, pt-PT...; any English), and English when
// none is.
QString chooseLanguage(const QString &option, const QString &setting,
                       const QStringList &uiLanguages);

// Loads our catalogue and Qt's own (standard buttons, wizard buttons, context menus) for
// `language`, and makes its QLocale the default so dates and numbers follow. Returns false
// when our catalogue could not be loaded.
bool install(QCoreApplication *app, const QString &language);

} // namespace charles::i18n
