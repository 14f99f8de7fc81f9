#include "benchsupport.h"

#include "core/secretvalue.h"
#include "core/serverprofile.h"
#include "sim/simulator.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <iostream>
#include <malloc.h>
#include <numeric>

namespace bench {

namespace {

const char *verdictText(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Pass:
        return "PASS";
    case Verdict::Miss:
        return "MISS";
    case Verdict::Info:
        return "info";
    case Verdict::Skip:
        return "SKIP";
    }
    return "?";
}

// A tab or a newline inside a field would break the line format.
std::string field(std::string text)
{
    std::replace(text.begin(), text.end(), '\t', ' ');
    std::replace(text.begin(), text.end(), '\n', ' ');
    return text;
}

const std::vector<double> &lookUp(const std::map<std::string, std::vector<double>> &map,
                                  const std::string &name)
{
    static const std::vector<double> none;
    const auto it = map.find(name);
    return it == map.end() ? none : it->second;
}

} // namespace

void printFigure(const Figure &f)
{
    std::printf("FIGURE\t%s\t%s\t%s\t%s\t%s\t%s\n", field(f.id).c_str(), field(f.figure).c_str(),
                field(f.measured).c_str(), field(f.budget).c_str(), verdictText(f.verdict),
                field(f.method).c_str());
    std::fflush(stdout);
}

std::string format(double value, int decimals)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    return buffer;
}

KeepingReporter::KeepingReporter()
{
    SetOutputStream(&std::cerr);
    SetErrorStream(&std::cerr);
}

void KeepingReporter::ReportRuns(const std::vector<Run> &runs)
{
    for (const Run &run : runs) {
        if (run.run_type != Run::RT_Iteration || run.error_occurred)
            continue;
        const std::string &name = run.run_name.function_name;
        m_cpu[name].push_back(run.GetAdjustedCPUTime());
        m_real[name].push_back(run.GetAdjustedRealTime());
        std::map<std::string, double> counters;
        for (const auto &[key, counter] : run.counters)
            counters[key] = counter.value;
        m_counters[name].push_back(std::move(counters));
    }
    ConsoleReporter::ReportRuns(runs);
}

const std::vector<double> &KeepingReporter::cpuTimes(const std::string &name) const
{
    return lookUp(m_cpu, name);
}

const std::vector<double> &KeepingReporter::realTimes(const std::string &name) const
{
    return lookUp(m_real, name);
}

std::vector<double> KeepingReporter::counter(const std::string &name,
                                             const std::string &counterName) const
{
    std::vector<double> values;
    const auto it = m_counters.find(name);
    if (it == m_counters.end())
        return values;
    for (const auto &counters : it->second) {
        const auto c = counters.find(counterName);
        if (c != counters.end())
            values.push_back(c->second);
    }
    return values;
}

bool runBenchmarks(int argc, char **argv, const std::vector<std::string> &extraFlags,
                   KeepingReporter &reporter)
{
    // Google Benchmark reads the last occurrence of a flag: defaults first, the caller's after.
    std::vector<std::string> storage(extraFlags);
    std::vector<char *> args;
    args.push_back(argv[0]);
    for (std::string &flag : storage)
        args.push_back(flag.data());
    for (int i = 1; i < argc; ++i)
        args.push_back(argv[i]);
    int count = int(args.size());
    args.push_back(nullptr);
    benchmark::Initialize(&count, args.data());
    if (benchmark::ReportUnrecognizedArguments(count, args.data()))
        return false;
    const size_t ran = benchmark::RunSpecifiedBenchmarks(&reporter);
    benchmark::Shutdown();
    return ran > 0;
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

double mean(const std::vector<double> &values)
{
    if (values.empty())
        return 0;
    return std::accumulate(values.begin(), values.end(), 0.0) / double(values.size());
}

double maximum(const std::vector<double> &values)
{
    return values.empty() ? 0 : *std::max_element(values.begin(), values.end());
}

qint64 threadCpuNs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

qint64 heapInUse()
{
    const struct mallinfo2 info = mallinfo2();
    return qint64(info.uordblks + info.hblkhd);
}

bool Loop::run(int timeoutMs)
{
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &m_loop, [this] { m_loop.exit(1); });
    timeout.start(timeoutMs);
    return m_loop.exec() == 0;
}

void settle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

SimThread::SimThread(const charles::sim::SeedOptions &seed) : m_thread(seed)
{
    if (!m_thread.waitUntilReady())
        std::fprintf(stderr, "the simulator could not listen on 127.0.0.1\n");
}

int SimThread::requestCount(const QByteArray &method, const QString &pathRegex)
{
    return m_thread.with(
        [&](charles::sim::Simulator &sim) { return sim.requestCount(method, pathRegex); });
}

void SimThread::clearRequests()
{
    m_thread.with([](charles::sim::Simulator &sim) { sim.clearRequests(); });
}

int SimThread::activeTokenCount()
{
    return m_thread.with([](charles::sim::Simulator &sim) { return sim.activeTokenCount(); });
}

ClientStack::ClientStack(const QUrl &baseUrl, std::unique_ptr<QNetworkAccessManager> ownNetwork)
    : network(ownNetwork ? std::move(ownNetwork) : std::make_unique<QNetworkAccessManager>()),
      transport(std::make_unique<charles::Transport>(network.get())),
      session(std::make_unique<charles::Session>(transport.get())),
      api(std::make_unique<charles::CharlesApi>(session.get()))
{
    transport->setTransferTimeout(30000);
    charles::ServerProfile profile;
    profile.displayName = QStringLiteral("Benchmark simulator");
    profile.baseUrl = baseUrl;
    session->setProfile(profile);
}

ClientStack::~ClientStack()
{
    api.reset();
    session.reset();
    transport.reset();
}

SignedIn::SignedIn(benchmark::State &state, const charles::sim::SeedOptions &seed)
    : sim(seed), client(sim.baseUrl())
{
    m_ok = client.signIn();
    if (!m_ok)
        state.SkipWithError("sign-in failed");
}

bool ClientStack::signIn()
{
    Loop loop;
    bool ok = false;
    QObject context;
    QObject::connect(session.get(), &charles::Session::signedIn, &context, [&] {
        ok = true;
        loop.quit();
    });
    QObject::connect(session.get(), &charles::Session::signInFailed, &context,
                     [&] { loop.quit(); });
    session->signIn(rootUser(), charles::SecretValue::fromString(rootPassword()), false);
    loop.run(30000);
    return ok;
}

namespace {

QByteArray fetch(QNetworkAccessManager &network, const QNetworkRequest &request,
                 const QByteArray &postBody = {})
{
    QNetworkReply *reply =
        postBody.isNull() ? network.get(request) : network.post(request, postBody);
    Loop loop;
    QObject::connect(reply, &QNetworkReply::finished, &network, [&] { loop.quit(); });
    loop.run(30000);
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    return body;
}

} // namespace

QByteArray fetchListPage(const QUrl &base, int size)
{
    QNetworkAccessManager network;

    QUrl tokenUrl = base;
    tokenUrl.setPath(
        QStringLiteral("/keycloak/auth/realms/charlescd/protocol/openid-connect/token"));
    QNetworkRequest login(tokenUrl);
    login.setHeader(QNetworkRequest::ContentTypeHeader,
                    QByteArrayLiteral("application/x-www-form-urlencoded"));
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("password"));
    form.addQueryItem(QStringLiteral("client_id"), QStringLiteral("charlescd-client"));
    form.addQueryItem(QStringLiteral("username"), rootUser());
    form.addQueryItem(QStringLiteral("password"), rootPassword());
    const QByteArray tokens = fetch(network, login, form.toString(QUrl::FullyEncoded).toLatin1());
    const QByteArray access = QJsonDocument::fromJson(tokens)
                                  .object()
                                  .value(QLatin1String("access_token"))
                                  .toString()
                                  .toLatin1();

    QUrl listUrl = base;
    listUrl.setPath(QStringLiteral("/gate/api/v1/system-token"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("name"), QString());
    query.addQueryItem(QStringLiteral("page"), QStringLiteral("0"));
    query.addQueryItem(QStringLiteral("size"), QString::number(size));
    query.addQueryItem(QStringLiteral("sort"), QStringLiteral("created_at desc"));
    listUrl.setQuery(query);
    QNetworkRequest list(listUrl);
    list.setRawHeader("Authorization", "Bearer " + access);
    return fetch(network, list);
}

QString rootUser()
{
    return charles::sim::Simulator::rootUserName();
}

QString rootPassword()
{
    return charles::sim::Simulator::rootPassword();
}

} // namespace bench
