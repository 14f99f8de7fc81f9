#pragma once

// What the budget benchmarks share: the figure lines run-bench.sh tabulates, a reporter that
// keeps Google Benchmark's per-repetition times, a simulator on a thread of its own and a
// signed-in client stack against it, and a few measuring helpers.
#include "core/charlesapi.h"
#include "core/session.h"
#include "core/transport.h"
#include "sim/seedoptions.h"
#include "sim/simulatorthread.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QThread>
#include <QTimer>
#include <QUrl>

#include <benchmark/benchmark.h>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace charles::sim {
class Simulator;
}

namespace bench {

// One line of the budget table. run-bench.sh reads these from standard output, one per line:
// FIGURE <tab> id <tab> figure <tab> measured <tab> budget <tab> verdict <tab> method
enum class Verdict { Pass, Miss, Info, Skip };

struct Figure
{
    std::string id;
    std::string figure;
    std::string measured;
    std::string budget;
    Verdict verdict = Verdict::Info;
    std::string method;
};

void printFigure(const Figure &figure);
inline Verdict verdictOf(bool withinBudget)
{
    return withinBudget ? Verdict::Pass : Verdict::Miss;
}
std::string format(double value, int decimals);

// Google Benchmark's console table goes to standard error (standard output carries only the
// figure lines); every repetition's time and counters are kept, by benchmark function name.
class KeepingReporter : public benchmark::ConsoleReporter
{
public:
    KeepingReporter();
    void ReportRuns(const std::vector<Run> &runs) override;

    // Per-iteration CPU or real time of each repetition, in the benchmark's time unit.
    const std::vector<double> &cpuTimes(const std::string &name) const;
    const std::vector<double> &realTimes(const std::string &name) const;
    // The value of a user counter in each repetition.
    std::vector<double> counter(const std::string &name, const std::string &counterName) const;

private:
    std::map<std::string, std::vector<double>> m_cpu;
    std::map<std::string, std::vector<double>> m_real;
    std::map<std::string, std::vector<std::map<std::string, double>>> m_counters;
};

// Runs the registered benchmarks with `extraFlags` added in front of the command line's own
// (which win); returns false when a benchmark failed.
bool runBenchmarks(int argc, char **argv, const std::vector<std::string> &extraFlags,
                   KeepingReporter &reporter);

double median(std::vector<double> values);
double mean(const std::vector<double> &values);
double maximum(const std::vector<double> &values);

// CPU time the calling thread has used, in nanoseconds.
qint64 threadCpuNs();

// Bytes the C heap holds in use (glibc mallinfo2: small chunks of every arena plus mmapped
// blocks).
qint64 heapInUse();

// Runs the event loop until quit() is called or `timeoutMs` passes; false on timeout.
class Loop
{
public:
    bool run(int timeoutMs);
    void quit() { m_loop.exit(0); }

private:
    QEventLoop m_loop;
};

// Keeps the event loop running for `ms` (lets deferred deletes and late answers happen).
void settle(int ms);

// A Charles simulator living in a thread of its own (sim::SimulatorThread), ready when
// constructed, with the inspection the benchmarks use.
class SimThread
{
public:
    explicit SimThread(const charles::sim::SeedOptions &seed);

    QUrl baseUrl() const { return m_thread.baseUrl(); }

    // Runs `f` on the simulator's thread and waits for it.
    void call(const std::function<void(charles::sim::Simulator &)> &f) { m_thread.with(f); }
    int requestCount(const QByteArray &method, const QString &pathRegex);
    void clearRequests();
    int activeTokenCount();

private:
    charles::sim::SimulatorThread m_thread;
};

// The client objects the application builds, signed in against `baseUrl`. `network` may be
// a QNetworkAccessManager of the caller's (one that answers some requests itself).
class ClientStack
{
public:
    explicit ClientStack(const QUrl &baseUrl,
                         std::unique_ptr<QNetworkAccessManager> network = nullptr);
    ~ClientStack();
    bool signIn();

    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<charles::Transport> transport;
    std::unique_ptr<charles::Session> session;
    std::unique_ptr<charles::CharlesApi> api;
};

// What most benchmarks start with: a simulator on its own thread and the client signed in to
// it. When the sign-in fails the benchmark is skipped with the reason, and ok() is false.
class SignedIn
{
public:
    SignedIn(benchmark::State &state, const charles::sim::SeedOptions &seed);
    bool ok() const { return m_ok; }

    SimThread sim;
    ClientStack client;

private:
    bool m_ok = false;
};

// The raw bytes of the list call (page 0, `size` tokens, newest first), fetched as any HTTP
// client would: a password grant at the simulator's Keycloak, then GET with the bearer token.
QByteArray fetchListPage(const QUrl &baseUrl, int size);

// The sign-in root account of every simulator.
QString rootUser();
QString rootPassword();

// The list path as the simulator records it (no query).
inline const char *kListPath = "^/gate/api/v1/system-token$";

} // namespace bench
