#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace charles {

// What the command line asked for. Nothing here is a secret: there is no password option.
struct CommandLineOptions
{
    bool demo = false;
    QUrl server; // --server: the Charles base URL
    QUrl authUrl; // --auth-url: Keycloak's base, the part before /realms
    QString realm; // empty: the profile's own or the default
    QString clientId;
    QString user;
    QString language; // "en" or "pt_BR"; empty: the system's
};

// Reads the application's options with QCommandLineParser. --help and --version are
// answered by the caller (they print and end the process), everything else is stored.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum class Outcome { Run, ShowHelp, ShowVersion, Error };

    Outcome parse(const QStringList &arguments);

    const CommandLineOptions &options() const { return m_options; }
    const QString &errorText() const { return m_errorText; }
    const QString &helpText() const { return m_helpText; }

private:
    CommandLineOptions m_options;
    QString m_errorText;
    QString m_helpText;
};

} // namespace charles
