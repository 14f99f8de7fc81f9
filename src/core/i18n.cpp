#include "i18n.h"

#include "logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace charles::i18n {

namespace {

QString normalized(const QString &name)
{
    QString n = name.trimmed();
    n.replace(QLatin1Char('-'), QLatin1Char('_'));
    if (n.startsWith(QLatin1String("pt"), Qt::CaseInsensitive))
        return QStringLiteral("pt_BR");
    if (n.startsWith(QLatin1String("en"), Qt::CaseInsensitive))
        return QStringLiteral("en");
    return {};
}

} // namespace

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("pt_BR")};
}

QString chooseLanguage(const QString &option, const QString &setting,
                       const QStringList &uiLanguages)
{
    for (const QString &explicitChoice : {option, setting}) {
        const QString n = normalized(explicitChoice);
        if (!n.isEmpty())
            return n;
    }
    // The system's languages in the user's order: the first one there is a catalogue for.
    for (const QString &language : uiLanguages) {
        const QString n = normalized(language);
        if (!n.isEmpty())
            return n;
    }
    return QStringLiteral("en");
}

bool install(QCoreApplication *app, const QString &language)
{
    const QLocale locale(language == QLatin1String("pt_BR") ? QStringLiteral("pt_BR")
                                                            : QStringLiteral("en_US"));
    QLocale::setDefault(locale);

    auto *ours = new QTranslator(app);
    const bool loaded = ours->load(QStringLiteral(":/i18n/charles-tokens_%1.qm").arg(language));
    if (loaded)
        app->installTranslator(ours);
    else
        qCWarning(lcModel) << "no catalogue for" << language;

    if (language != QLatin1String("en")) {
        auto *qt = new QTranslator(app);
        if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            app->installTranslator(qt);
        else
            qCWarning(lcModel) << "Qt's own catalogue for" << language << "is not installed";
    }
    return loaded;
}

} // namespace charles::i18n
