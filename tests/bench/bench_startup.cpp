// Figure 3: from launch to the first page of tokens on screen in demo mode, against a minimal
// Qt Widgets window showing 50 rows, both started the same way (a fresh process, offscreen
// QPA, a throw-away XDG home) and timed to the same marker line on standard output.
//   bench_startup [--app=PATH] [--baseline=PATH] [Google Benchmark flags]
// Without --app: build/bin/charles-tokens --demo, which under CHARLES_REPORT_FIRST_PAGE=quit
// prints "first page shown: ..." once its list has painted rows, and quits.
#include "benchsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>
#include <cstring>

namespace {

constexpr const char *kMarker = "first page shown:";
constexpr int kRepetitions = 15;

struct Program
{
    QString path;
    QStringList arguments;
};

Program g_app;
Program g_baseline;
QString g_appDescription;
QProcessEnvironment g_environment;

struct Launch
{
    double seconds = -1; // from start() to the marker line; negative when it never came
    double cpuMs = -1; // the CPU time the program reported with its marker, if it did
    double guiCpuMs = -1; // the same, its GUI thread's alone
};

// The number after " <name>=" on the marker line; negative when it is not there.
double fieldOf(const QByteArray &line, const QByteArray &name)
{
    const QByteArray key = ' ' + name + '=';
    const qsizetype at = line.indexOf(key);
    if (at < 0)
        return -1;
    const qsizetype from = at + key.size();
    const qsizetype end = line.indexOf(' ', from);
    bool ok = false;
    const double value = line.mid(from, end < 0 ? -1 : end - from).toDouble(&ok);
    return ok ? value : -1;
}

Launch launchToMarker(const Program &program, int timeoutMs = 30000)
{
    QProcess process;
    process.setProcessEnvironment(g_environment);
    process.setStandardErrorFile(QProcess::nullDevice());
    QElapsedTimer clock;
    clock.start();
    process.start(program.path, program.arguments);
    Launch launch;
    QByteArray seen;
    while (clock.elapsed() < timeoutMs && process.waitForReadyRead(timeoutMs)) {
        seen += process.readAllStandardOutput();
        const qsizetype at = seen.indexOf(kMarker);
        if (at >= 0) {
            launch.seconds = double(clock.nsecsElapsed()) / 1e9;
            // "<marker> <rows> tokens cpu_ms=<number> gui_cpu_ms=<number>" on one line
            while (!seen.mid(at).contains('\n') && process.waitForReadyRead(1000))
                seen += process.readAllStandardOutput();
            const QByteArray line = seen.mid(at).split('\n').constFirst();
            launch.cpuMs = fieldOf(line, "cpu_ms");
            launch.guiCpuMs = fieldOf(line, "gui_cpu_ms");
            break;
        }
    }
    if (!process.waitForFinished(10000)) {
        process.kill();
        process.waitForFinished(5000);
    }
    return launch;
}

void run(benchmark::State &state, const Program &program)
{
    for (auto _ : state) {
        const Launch launch = launchToMarker(program);
        if (launch.seconds < 0) {
            state.SkipWithError("no first-page marker");
            return;
        }
        state.SetIterationTime(launch.seconds);
        state.counters["cpu_ms"] = launch.cpuMs;
        state.counters["gui_cpu_ms"] = launch.guiCpuMs;
    }
}

void BM_StartDemoToFirstPage(benchmark::State &state)
{
    run(state, g_app);
}

void BM_StartMinimalWindow(benchmark::State &state)
{
    run(state, g_baseline);
}

BENCHMARK(BM_StartDemoToFirstPage)
    ->Iterations(1)
    ->Repetitions(kRepetitions)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_StartMinimalWindow)
    ->Iterations(1)
    ->Repetitions(kRepetitions)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond);

// One counter the programs print with their marker, the demo's median over the baseline's, as
// an info figure; nothing when either did not print it.
void printCounterRatio(const bench::KeepingReporter &reporter, const char *counter,
                       const std::string &key, const std::string &title, const std::string &method)
{
    const double demo = bench::median(reporter.counter("BM_StartDemoToFirstPage", counter));
    const double minimal = bench::median(reporter.counter("BM_StartMinimalWindow", counter));
    if (demo <= 0 || minimal <= 0)
        return;
    bench::printFigure({key, title,
                        bench::format(demo / minimal, 2) + "x (" + bench::format(demo, 1) + " vs " +
                            bench::format(minimal, 1) + " ms)",
                        "-", bench::Verdict::Info, method});
}

// Takes --app= and --baseline= off the command line; the rest goes to Google Benchmark.
void takeOwnFlags(int &argc, char **argv, QString &app, QString &baseline)
{
    int kept = 1;
    for (int i = 1; i < argc; ++i) {
        if (std::strncmp(argv[i], "--app=", 6) == 0)
            app = QString::fromLocal8Bit(argv[i] + 6);
        else if (std::strncmp(argv[i], "--baseline=", 11) == 0)
            baseline = QString::fromLocal8Bit(argv[i] + 11);
        else
            argv[kept++] = argv[i];
    }
    argc = kept;
}

} // namespace

int main(int argc, char **argv)
{
    QString appPath;
    QString baselinePath;
    takeOwnFlags(argc, argv, appPath, baselinePath);
    QCoreApplication app(argc, argv);
    const QDir here(QCoreApplication::applicationDirPath());

    QTemporaryDir home;
    g_environment = QProcessEnvironment::systemEnvironment();
    g_environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    g_environment.insert(QStringLiteral("CHARLES_REPORT_FIRST_PAGE"), QStringLiteral("quit"));
    for (const char *name :
         {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
        g_environment.insert(QString::fromLatin1(name),
                             home.filePath(QString::fromLatin1(name).toLower()));

    g_baseline.path = baselinePath.isEmpty() ? here.filePath(QStringLiteral("bench_minimal_window"))
                                             : baselinePath;
    if (!appPath.isEmpty()) {
        g_app = {appPath, {QStringLiteral("--demo")}};
        g_appDescription = QFileInfo(appPath).fileName() + QStringLiteral(" --demo");
    } else {
        g_app = {here.filePath(QStringLiteral("charles-tokens")), {QStringLiteral("--demo")}};
        g_appDescription = QStringLiteral("charles-tokens --demo");
    }

    std::printf("STARTUP_APP\t%s\n",
                qPrintable((QStringList {g_app.path} + g_app.arguments).join(QLatin1Char(' '))));
    std::fflush(stdout);

    // Warm the page cache and the font cache, untimed, so neither side pays for it.
    for (int i = 0; i < 2; ++i) {
        if (launchToMarker(g_app).seconds < 0 || launchToMarker(g_baseline).seconds < 0) {
            std::fprintf(stderr, "bench_startup: a program never showed its first page\n");
            bench::printFigure({"startup", "3. Start to first page shown, demo mode", "failed",
                                "<= 1.50x", bench::Verdict::Miss,
                                "no first-page marker from " + g_appDescription.toStdString()});
            return 1;
        }
    }

    bench::KeepingReporter reporter;
    if (!bench::runBenchmarks(argc, argv, {"--benchmark_enable_random_interleaving=true"},
                              reporter))
        return 1;

    const double demo = bench::median(reporter.realTimes("BM_StartDemoToFirstPage"));
    const double minimal = bench::median(reporter.realTimes("BM_StartMinimalWindow"));
    const double ratio = demo / minimal;
    bench::printFigure(
        {"startup", "3. Start to first page shown, demo mode, vs a minimal Qt Widgets window",
         bench::format(ratio, 2) + "x (" + bench::format(demo, 0) + " vs " +
             bench::format(minimal, 0) + " ms)",
         "<= 1.50x", bench::verdictOf(ratio <= 1.5),
         "wall time from QProcess::start() to the marker line printed after the list's first "
         "paint with rows, median of " +
             std::to_string(kRepetitions) +
             " launches each, interleaved at random after 2 warm-ups; offscreen QPA, fresh "
             "XDG dirs; app: " +
             g_appDescription.toStdString() +
             "; baseline: bench_minimal_window (QMainWindow + QListView of 50 rows)"});

    printCounterRatio(reporter, "cpu_ms", "startup-cpu",
                      "3'. Same, CPU time of the process up to the marker",
                      "CLOCK_PROCESS_CPUTIME_ID (all threads, from exec) printed with the marker, "
                      "median of the same launches; unlike wall time, not inflated by other "
                      "processes on a busy machine");
    printCounterRatio(reporter, "gui_cpu_ms", "startup-gui-cpu",
                      "3''. Same, CPU time of the GUI thread alone",
                      "CLOCK_THREAD_CPUTIME_ID of the GUI thread (from exec, so with the dynamic "
                      "loading) printed with the marker, median of the same launches. The "
                      "baseline does nearly all its work on that thread, so this ratio is about "
                      "the least figure 3 could be with no time lost to the demo server or the "
                      "network");
    return 0;
}
