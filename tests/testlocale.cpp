// Every test runs in a fixed language, English unless CHARLES_TEST_LANG says otherwise, with
// the application's own catalogues loaded, and with test-mode paths for settings and data.
#include "core/i18n.h"

#include <QCoreApplication>
#include <QStandardPaths>

namespace {

void setUpTestLocale()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString language = qEnvironmentVariable("CHARLES_TEST_LANG", QStringLiteral("en"));
    charles::i18n::install(QCoreApplication::instance(), language);
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(setUpTestLocale)
