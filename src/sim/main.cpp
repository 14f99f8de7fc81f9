// charles-sim: a local Charles installation for demos and manual testing.

#include "sim/simlog.h"
#include "sim/simulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

using namespace Qt::StringLiterals;
using charles::sim::SeedOptions;
using charles::sim::Simulator;

namespace {

bool readNumber(const QCommandLineParser &parser, const QCommandLineOption &option, int minimum,
                int maximum, int *value)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    const int number = parser.value(option).toInt(&ok);
    if (!ok || number < minimum || number > maximum) {
        QTextStream(stderr) << "charles-sim: --" << option.names().constFirst()
                            << " wants a number from " << minimum << " to " << maximum << '\n';
        return false;
    }
    *value = number;
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"charles-sim"_s);
    QCoreApplication::setApplicationVersion(u"0.1.0"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"A local Charles C.D. installation (proxy, gate, moove and Keycloak) on "
        u"127.0.0.1, with demo accounts and seeded system tokens."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(u"port"_s, u"Port on 127.0.0.1 (0 = any free one)."_s,
                                        u"N"_s, u"0"_s);
    const QCommandLineOption tokensOption(u"tokens"_s, u"System tokens to seed."_s, u"N"_s,
                                          u"300"_s);
    const QCommandLineOption workspacesOption(u"workspaces"_s, u"Workspaces to seed."_s, u"N"_s,
                                              u"40"_s);
    const QCommandLineOption seedOption(u"seed"_s, u"Seed of the generated data."_s, u"N"_s,
                                        u"20210427"_s);
    const QCommandLineOption latencyOption(u"latency"_s, u"Delay added to every answer."_s, u"MS"_s,
                                           u"0"_s);
    const QCommandLineOption verboseOption(u"verbose"_s,
                                           u"Log every request (method, path, status)."_s);
    parser.addOptions(
        {portOption, tokensOption, workspacesOption, seedOption, latencyOption, verboseOption});
    parser.process(app);

    SeedOptions seed;
    int port = 0;
    int latency = 0;
    if (!readNumber(parser, portOption, 0, 65535, &port) ||
        !readNumber(parser, tokensOption, 0, 10'000'000, &seed.tokens) ||
        !readNumber(parser, workspacesOption, 0, 100'000, &seed.workspaces) ||
        !readNumber(parser, latencyOption, 0, 600'000, &latency)) {
        return 2;
    }
    if (parser.isSet(seedOption)) {
        bool ok = false;
        seed.seed = parser.value(seedOption).toUInt(&ok);
        if (!ok) {
            QTextStream(stderr) << "charles-sim: --seed wants a non-negative number\n";
            return 2;
        }
    }
    if (parser.isSet(verboseOption))
        QLoggingCategory::setFilterRules(u"charles.sim.debug=true"_s);

    Simulator simulator(seed);
    simulator.setLatency(latency);
    if (simulator.listen(quint16(port)) == 0) {
        QTextStream(stderr) << "charles-sim: cannot listen on 127.0.0.1:" << port << '\n';
        return 1;
    }

    const QString base = simulator.baseUrl().toString();
    QTextStream out(stdout);
    out << "Charles simulator\n"
        << "  base URL:      " << base << '\n'
        << "  Keycloak base: " << base << "/keycloak/auth  (realm charlescd, client "
        << "charlescd-client)\n"
        << "  root account:  " << Simulator::rootUserName() << " / " << Simulator::rootEmail()
        << ", password " << Simulator::rootPassword() << '\n'
        << "  plain account: " << Simulator::plainUserName() << " / " << Simulator::plainEmail()
        << ", password " << Simulator::plainPassword() << " (not root)\n"
        << "  data:          " << seed.workspaces << " workspaces, " << seed.tokens
        << " tokens, seed " << seed.seed << '\n'
        << "Press Ctrl+C to stop.\n";
    out.flush();

    return app.exec();
}
