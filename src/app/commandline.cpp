#include "commandline.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace charles {

namespace {

// A URL option must be an absolute http(s) address; anything else is refused here rather
// than becoming a request to somewhere unexpected.
bool readUrl(const QString &text, QUrl *url)
{
    const QUrl parsed(text.trimmed(), QUrl::StrictMode);
    const bool httpish =
        parsed.scheme() == QLatin1String("http") || parsed.scheme() == QLatin1String("https");
    if (!parsed.isValid() || !httpish || parsed.host().isEmpty())
        return false;
    *url = parsed;
    return true;
}

} // namespace

CommandLine::Outcome CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Manage the system tokens of a Charles C.D. installation."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();

    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        tr("Start a local Charles simulator with sample data and sign in to it."));
    const QCommandLineOption serverOption(QStringLiteral("server"),
                                          tr("The Charles base URL to sign in to."), tr("url"));
    const QCommandLineOption authOption(
        QStringLiteral("auth-url"),
        tr("Keycloak's base URL, the part before /realms (default: <server>/keycloak/auth)."),
        tr("url"));
    const QCommandLineOption realmOption(
        QStringLiteral("realm"), tr("The Keycloak realm (default: charlescd)."), tr("name"));
    const QCommandLineOption clientOption(QStringLiteral("client-id"),
                                          tr("The Keycloak client id (default: charlescd-client)."),
                                          tr("id"));
    const QCommandLineOption userOption(QStringLiteral("user"),
                                        tr("The e-mail or user name to sign in with."), tr("name"));
    const QCommandLineOption langOption(
        QStringLiteral("lang"), tr("The language of the interface: en or pt_BR."), tr("language"));
    parser.addOptions(
        {demoOption, serverOption, authOption, realmOption, clientOption, userOption, langOption});

    m_helpText = parser.helpText();
    if (!parser.parse(arguments)) {
        m_errorText = parser.errorText();
        return Outcome::Error;
    }
    if (parser.isSet(helpOption))
        return Outcome::ShowHelp;
    if (parser.isSet(versionOption))
        return Outcome::ShowVersion;
    if (!parser.positionalArguments().isEmpty()) {
        m_errorText = tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst());
        return Outcome::Error;
    }

    m_options = {};
    m_options.demo = parser.isSet(demoOption);
    if (parser.isSet(serverOption) && !readUrl(parser.value(serverOption), &m_options.server)) {
        m_errorText = tr("--server needs an http:// or https:// address.");
        return Outcome::Error;
    }
    if (parser.isSet(authOption) && !readUrl(parser.value(authOption), &m_options.authUrl)) {
        m_errorText = tr("--auth-url needs an http:// or https:// address.");
        return Outcome::Error;
    }
    m_options.realm = parser.value(realmOption).trimmed();
    m_options.clientId = parser.value(clientOption).trimmed();
    m_options.user = parser.value(userOption).trimmed();

    if (parser.isSet(langOption)) {
        const QString language = parser.value(langOption).trimmed();
        if (language != QLatin1String("en") && language != QLatin1String("pt_BR")) {
            m_errorText = tr("--lang accepts en or pt_BR.");
            return Outcome::Error;
        }
        m_options.language = language;
    }
    return Outcome::Run;
}

} // namespace charles
