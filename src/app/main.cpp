#include "application.h"
#include "commandline.h"
#include "core/i18n.h"
#include "core/keychainstore.h"
#include "deferrediconstyle.h"
#include "sim/simulatorthread.h"

#include <QApplication>
#include <QIcon>
#include <QLocale>
#include <QSettings>

#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // The demo's simulator gets ready on its own thread (loading the TLS library takes most
    // of it) while the rest starts: first thing, so that it is ready by the time the window is.
    std::unique_ptr<charles::sim::SimulatorThread> demoServer;
    if (QApplication::arguments().contains(QLatin1String("--demo")))
        demoServer = std::make_unique<charles::sim::SimulatorThread>();
    charles::DeferredIconStyle::install();
    QApplication::setApplicationName(QStringLiteral("Charles System Tokens"));
    QApplication::setOrganizationName(QStringLiteral("CharlesCD"));
    QApplication::setApplicationVersion(QStringLiteral(CHARLES_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("charles-tokens"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("charles-tokens")));

    // The language comes first, so that --help and every message speak it: --lang, then
    // the setting, then the system's languages.
    QString languageOption;
    const QStringList arguments = QApplication::arguments();
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--lang") && i + 1 < arguments.size())
            languageOption = arguments.at(i + 1);
        else if (arguments.at(i).startsWith(QLatin1String("--lang=")))
            languageOption = arguments.at(i).mid(7);
    }
    const QString language = charles::i18n::chooseLanguage(
        languageOption, QSettings().value(QStringLiteral("ui/language")).toString(),
        QLocale::system().uiLanguages());
    charles::i18n::install(&app, language);

    charles::CommandLine commandLine;
    switch (commandLine.parse(arguments)) {
    case charles::CommandLine::Outcome::Run:
        break;
    case charles::CommandLine::Outcome::ShowHelp:
        std::fputs(qPrintable(commandLine.helpText()), stdout);
        return 0;
    case charles::CommandLine::Outcome::ShowVersion:
        std::printf("%s %s\n", qPrintable(QApplication::applicationName()),
                    qPrintable(QApplication::applicationVersion()));
        return 0;
    case charles::CommandLine::Outcome::Error:
        std::fprintf(stderr, "%s\n\n%s", qPrintable(commandLine.errorText()),
                     qPrintable(commandLine.helpText()));
        return 2;
    }

    // The operating system's keychain keeps "keep me signed in"; never a file.
    charles::KeychainStore keychain;
    charles::Application controller(commandLine.options(), std::move(demoServer));
    controller.setSecretStore(&keychain);
    QObject::connect(&controller, &charles::Application::quitRequested, &app,
                     &QCoreApplication::quit, Qt::QueuedConnection);
    QObject::connect(&controller, &charles::Application::demoServerFailed, &app, [] {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate(
                         "main", "The demo could not start its local server on 127.0.0.1.")));
        QCoreApplication::exit(1);
    });
    controller.start();
    return QApplication::exec();
}
