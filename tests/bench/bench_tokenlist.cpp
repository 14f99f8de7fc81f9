// Figures 2 and 4: the token list model taking 100,000 tokens in pages of 50 (time per page
// as the list grows, heap per token), and a 10-character search typed at 80 ms a key (list
// requests that reach the server, time from the last key to the final results).
#include "benchsupport.h"
#include "core/jsondecode.h"
#include "core/tokenlistmodel.h"

#include <QCoreApplication>
#include <QNetworkReply>
#include <QUrlQuery>

#include <cstdio>
#include <cstring>

using charles::TokenListModel;

namespace {

constexpr int kTargetRows = 100000;
constexpr int kPageSize = 50;
// The seeder revokes about 8% of the tokens and gate never lists revoked ones: seed enough
// for 100,000 listed.
constexpr int kSeedTokens = 109000;

// A moment, on the wall clock and on the main thread's CPU clock (which other processes on
// a busy machine cannot inflate).
struct Stamp
{
    qint64 wall = 0;
    qint64 cpu = 0;
};

struct PageTimes
{
    Stamp requested; // fetchMore() called
    Stamp sent; // Transport::requestSent
    Stamp answered; // QNetworkAccessManager::finished for the list reply
    Stamp inserting; // rowsAboutToBeInserted: decoded, duplicates checked
    Stamp inserted; // rowsInserted
    Stamp shown; // TokenListModel::pageLoaded

    double wallMs() const { return double(shown.wall - requested.wall) / 1e6; }
    // The client's own share: building and sending the request, then decoding the answer
    // and inserting the rows. The server's time (the simulator's thread) is left out.
    double clientWallMs() const
    {
        return double((sent.wall - requested.wall) + (shown.wall - answered.wall)) / 1e6;
    }
    double clientCpuMs() const
    {
        return double((sent.cpu - requested.cpu) + (shown.cpu - answered.cpu)) / 1e6;
    }
};

struct LoadResult
{
    bool ok = false;
    int rows = 0;
    int activeTokens = 0;
    std::vector<PageTimes> pages;
    qint64 heapGrowth = 0; // from the empty model to all rows loaded
    qint64 heapReleased = 0; // given back by clear()
    double seconds = 0;
};

// ---- the client alone ----------------------------------------------------------------
// A QNetworkAccessManager that answers the list call itself, from one real page of the
// simulator whose 50 token ids get the page number written into them: the same bytes every
// time, no server work at all, so what still grows with the list is the client's.

class CannedReply : public QNetworkReply
{
public:
    CannedReply(const QNetworkRequest &request, QByteArray body, QObject *parent)
        : QNetworkReply(parent), m_body(std::move(body))
    {
        setRequest(request);
        setUrl(request.url());
        setOperation(QNetworkAccessManager::CustomOperation);
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, 200);
        setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        setHeader(QNetworkRequest::ContentLengthHeader, m_body.size());
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
        // Answered from the event loop, as a real reply is.
        QTimer::singleShot(0, this, [this] {
            Q_EMIT metaDataChanged();
            Q_EMIT downloadProgress(m_body.size(), m_body.size());
            Q_EMIT readyRead();
            setFinished(true);
            Q_EMIT finished();
        });
    }

    void abort() override { }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override
    {
        return m_body.size() - m_read + QNetworkReply::bytesAvailable();
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min<qint64>(maxSize, m_body.size() - m_read);
        std::memcpy(data, m_body.constData() + m_read, size_t(n));
        m_read += n;
        return n;
    }

private:
    QByteArray m_body;
    qint64 m_read = 0;
};

class CannedNetwork : public QNetworkAccessManager
{
public:
    explicit CannedNetwork(QByteArray page) : m_template(std::move(page))
    {
        const auto decoded = charles::json::decodeTokenPage(m_template);
        if (!decoded)
            return;
        for (const charles::SystemToken &token : decoded.value().items)
            m_idOffsets.push_back(m_template.indexOf(token.id.toLatin1()));
    }

    bool isValid() const { return m_idOffsets.size() == size_t(kPageSize); }
    std::function<void()> answered; // runs before the client sees the reply

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override
    {
        if (!request.url().path().endsWith(QLatin1String("/gate/api/v1/system-token")))
            return QNetworkAccessManager::createRequest(op, request, outgoingData);
        const int page = QUrlQuery(request.url()).queryItemValue(QStringLiteral("page")).toInt();
        QByteArray body = m_template;
        char prefix[9];
        std::snprintf(prefix, sizeof prefix, "%08x", unsigned(page));
        for (qsizetype offset : m_idOffsets)
            std::memcpy(body.data() + offset, prefix, 8);
        auto *reply = new CannedReply(request, std::move(body), this);
        connect(reply, &QNetworkReply::finished, this, [this] {
            if (answered)
                answered();
        });
        return reply;
    }

private:
    QByteArray m_template;
    std::vector<qsizetype> m_idOffsets;
};

LoadResult g_load;
LoadResult g_canned;

LoadResult loadAllPages(bool canned)
{
    LoadResult result;
    charles::sim::SeedOptions seed; // the canned run only signs in: the demo's data will do
    if (!canned)
        seed.tokens = kSeedTokens;
    bench::SimThread sim(seed);
    result.activeTokens = canned ? kTargetRows : sim.activeTokenCount();
    CannedNetwork *cannedNetwork = nullptr;
    std::unique_ptr<QNetworkAccessManager> network;
    if (canned) {
        auto own = std::make_unique<CannedNetwork>(bench::fetchListPage(sim.baseUrl(), kPageSize));
        if (!own->isValid())
            return result;
        cannedNetwork = own.get();
        network = std::move(own);
    }
    bench::ClientStack client(sim.baseUrl(), std::move(network));
    if (!client.signIn())
        return result;

    TokenListModel model(client.api.get());
    model.setPageSize(kPageSize);

    QElapsedTimer clock;
    clock.start();
    const auto now = [&clock] {
        return Stamp {clock.nsecsElapsed(), bench::threadCpuNs()};
    };
    bench::Loop loop;
    bool failed = false;
    PageTimes current;
    QObject::connect(client.transport.get(), &charles::Transport::requestSent, &model,
                     [&](const QByteArray &, const QUrl &url) {
                         if (url.path().endsWith(QLatin1String("/system-token")))
                             current.sent = now();
                     });
    QObject::connect(client.network.get(), &QNetworkAccessManager::finished, &model,
                     [&](QNetworkReply *reply) {
                         if (reply->url().path().endsWith(QLatin1String("/system-token")))
                             current.answered = now();
                     });
    if (cannedNetwork)
        cannedNetwork->answered = [&] {
            current.answered = now();
        };
    QObject::connect(&model, &QAbstractItemModel::rowsAboutToBeInserted, &model,
                     [&] { current.inserting = now(); });
    QObject::connect(&model, &QAbstractItemModel::rowsInserted, &model,
                     [&] { current.inserted = now(); });
    QObject::connect(&model, &TokenListModel::errorOccurred, &model, [&] {
        failed = true;
        loop.quit();
    });
    QObject::connect(&model, &TokenListModel::pageLoaded, &model, [&] {
        current.shown = now();
        result.pages.push_back(current);
        if (model.rowCount() >= kTargetRows || !model.canFetchMore({})) {
            loop.quit();
            return;
        }
        current = {};
        current.requested = now();
        model.fetchMore({});
    });

    // The sign-in's own leftovers (replies, pending calls) go before the first reading.
    bench::settle(100);
    sim.clearRequests();
    const qint64 heapBefore = bench::heapInUse();
    current.requested = now();
    model.reload();
    const bool finished = loop.run(20 * 60 * 1000);
    result.seconds = double(clock.nsecsElapsed()) / 1e9;
    result.rows = model.rowCount();

    bench::settle(200);
    sim.clearRequests(); // the simulator records every request; that is not the client's
    const qint64 heapLoaded = bench::heapInUse();
    model.clear();
    bench::settle(100);
    const qint64 heapCleared = bench::heapInUse();
    result.heapGrowth = heapLoaded - heapBefore;
    result.heapReleased = heapLoaded - heapCleared;
    result.ok = finished && !failed && result.rows >= kTargetRows;

    // For a closer look: BENCH_PAGE_TIMES=file.csv (BENCH_CANNED_PAGE_TIMES for the canned
    // run) writes every page's times.
    const QString dump =
        qEnvironmentVariable(canned ? "BENCH_CANNED_PAGE_TIMES" : "BENCH_PAGE_TIMES");
    if (!dump.isEmpty()) {
        if (FILE *out = std::fopen(qPrintable(dump), "w")) {
            std::fprintf(out, "page,client_cpu_ms,client_wall_ms,wall_ms,to_insert_ms,insert_ms\n");
            for (size_t i = 0; i < result.pages.size(); ++i) {
                const PageTimes &p = result.pages[i];
                std::fprintf(out, "%zu,%.4f,%.4f,%.4f,%.4f,%.4f\n", i, p.clientCpuMs(),
                             p.clientWallMs(), p.wallMs(),
                             double(p.inserting.wall - p.answered.wall) / 1e6,
                             double(p.inserted.wall - p.inserting.wall) / 1e6);
            }
            std::fclose(out);
        }
    }
    return result;
}

void BM_TokenListLoad100k(benchmark::State &state)
{
    for (auto _ : state) {
        g_load = loadAllPages(false);
        if (!g_load.ok) {
            state.SkipWithError("the model did not load 100,000 tokens");
            return;
        }
        state.counters["pages"] = double(g_load.pages.size());
        state.counters["rows"] = g_load.rows;
        state.counters["bytes_per_token"] = double(g_load.heapGrowth) / g_load.rows;
    }
}
BENCHMARK(BM_TokenListLoad100k)->Iterations(1)->Unit(benchmark::kSecond)->UseRealTime();

void BM_TokenListLoad100kCanned(benchmark::State &state)
{
    for (auto _ : state) {
        g_canned = loadAllPages(true);
        if (!g_canned.ok) {
            state.SkipWithError("the model did not load 100,000 canned tokens");
            return;
        }
        state.counters["pages"] = double(g_canned.pages.size());
    }
}
BENCHMARK(BM_TokenListLoad100kCanned)->Iterations(1)->Unit(benchmark::kSecond)->UseRealTime();

// ---- figure 4 --------------------------------------------------------------------------

struct TypingRun
{
    QString text;
    int listRequests = -1;
    double lastKeyToResultsMs = -1;
};

std::vector<TypingRun> g_typing;
int g_debounce = 0;

// Waits for the page-0 answer whose rows all contain `text` (the final search's results).
TypingRun typeSearch(bench::SimThread &sim, TokenListModel &model, const QString &text)
{
    TypingRun run;
    run.text = text;
    QElapsedTimer clock;
    clock.start();
    qint64 lastKey = -1;
    qint64 results = -1;
    bench::Loop loop;

    const auto rowsMatch = [&] {
        if (model.rowCount() == 0)
            return false;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (!model.tokenAt(row)->name.contains(text, Qt::CaseInsensitive))
                return false;
        }
        return true;
    };
    const auto connection =
        QObject::connect(&model, &TokenListModel::pageLoaded, &model, [&](int page) {
            if (lastKey >= 0 && page == 0 && rowsMatch()) {
                results = clock.nsecsElapsed();
                loop.quit();
            }
        });

    // The keys: one every 80 ms, each a setSearchText() with one more character, as the
    // search field's textChanged would call it.
    int typed = 0;
    QTimer keys;
    keys.setTimerType(Qt::PreciseTimer);
    keys.setInterval(80);
    QObject::connect(&keys, &QTimer::timeout, &model, [&] {
        ++typed;
        model.setSearchText(text.left(typed));
        if (typed == text.size()) {
            lastKey = clock.nsecsElapsed();
            keys.stop();
        }
    });
    sim.clearRequests();
    ++typed;
    model.setSearchText(text.left(typed));
    keys.start();

    const bool ok = loop.run(10000);
    QObject::disconnect(connection);
    // Anything still on its way (a late debounce, a second request) is counted too.
    bench::settle(700);
    run.listRequests = sim.requestCount("GET", QString::fromLatin1(bench::kListPath));
    if (ok)
        run.lastKeyToResultsMs = double(results - lastKey) / 1e6;
    return run;
}

void BM_SearchTyping(benchmark::State &state)
{
    for (auto _ : state) {
        charles::sim::SeedOptions seed;
        seed.tokens = 10000;
        bench::SignedIn stack(state, seed);
        if (!stack.ok())
            return;
        bench::SimThread &sim = stack.sim;
        TokenListModel model(stack.client.api.get()); // its default debounce, untouched
        g_debounce = model.debounceInterval();
        bench::Loop first;
        QObject::connect(&model, &TokenListModel::pageLoaded, &model, [&] { first.quit(); });
        model.reload();
        first.run(10000);
        QObject::disconnect(&model, &TokenListModel::pageLoaded, &model, nullptr);

        // Five different searches, each typed over an emptied field.
        const QStringList texts = {
            QStringLiteral("pipeline-d"), QStringLiteral("github-act"),
            QStringLiteral("jenkins ni"), QStringLiteral("renovate-b"),
            QStringLiteral("backup-not"),
        };
        g_typing.clear();
        for (const QString &text : texts) {
            bench::Loop cleared;
            QObject::connect(&model, &TokenListModel::pageLoaded, &model, [&] { cleared.quit(); });
            model.setSearchText(QString());
            model.applySearchNow();
            cleared.run(10000);
            QObject::disconnect(&model, &TokenListModel::pageLoaded, &model, nullptr);
            g_typing.push_back(typeSearch(sim, model, text));
        }
        std::vector<double> latencies;
        for (const TypingRun &run : g_typing)
            latencies.push_back(run.lastKeyToResultsMs);
        state.counters["median_ms"] = bench::median(latencies);
    }
}
BENCHMARK(BM_SearchTyping)->Iterations(1)->Unit(benchmark::kMillisecond)->UseRealTime();

void reportLoad()
{
    const LoadResult &r = g_load;
    if (!r.ok || r.pages.size() < 20) {
        bench::printFigure({"pages", "2a. Time per page as the list grows (100,000 tokens)",
                            "failed", "last 10 <= 1.5x first 10", bench::Verdict::Miss,
                            "the model did not load 100,000 tokens"});
        return;
    }
    // The first and the last ten pages, each side by its median.
    const size_t n = r.pages.size();
    const auto window = [&](size_t from, double (PageTimes::*measure)() const) {
        std::vector<double> values;
        for (size_t i = from; i < from + 10; ++i)
            values.push_back((r.pages[i].*measure)());
        return bench::median(values);
    };
    const double first = window(0, &PageTimes::clientCpuMs);
    const double last = window(n - 10, &PageTimes::clientCpuMs);
    const double ratio = last / first;
    const std::string lastPages = std::to_string(n - 9) + "-" + std::to_string(n);
    bench::printFigure(
        {"pages", "2a. Time per page as the list grows (100,000 tokens, pages of 50)",
         bench::format(ratio, 2) + "x (last 10: " + bench::format(last, 3) +
             " ms, first 10: " + bench::format(first, 3) + " ms)",
         "<= 1.50x", bench::verdictOf(ratio <= 1.5),
         "client CPU time per page on the GUI thread (fetchMore -> request sent, plus reply "
         "finished -> pageLoaded), median of pages 1-10 vs " +
             lastPages + "; simulator seeded with " + std::to_string(kSeedTokens) + " tokens (" +
             std::to_string(r.activeTokens) + " listed) on its own thread, loopback; " +
             std::to_string(n) + " pages in " + bench::format(r.seconds, 1) + " s"});

    std::vector<double> allClient;
    for (const PageTimes &p : r.pages)
        allClient.push_back(p.clientWallMs());
    const double wallClientFirst = window(0, &PageTimes::clientWallMs);
    const double wallClientLast = window(n - 10, &PageTimes::clientWallMs);
    const double wallFirst = window(0, &PageTimes::wallMs);
    const double wallLast = window(n - 10, &PageTimes::wallMs);
    bench::printFigure(
        {"pages-wall", "2a'. Same on the wall clock; and the whole round trip",
         bench::format(wallClientLast / wallClientFirst, 2) + "x client (" +
             bench::format(wallClientLast, 3) + " vs " + bench::format(wallClientFirst, 3) +
             " ms); " + bench::format(wallLast / wallFirst, 1) + "x round trip (" +
             bench::format(wallLast, 1) + " vs " + bench::format(wallFirst, 1) + " ms)",
         "-", bench::Verdict::Info,
         "wall clock, same pages, client side and whole round trip (the simulator keeps one "
         "sorted list per order, so its offset paging stays flat); slowest client page " +
             bench::format(bench::maximum(allClient), 1) + " ms"});

    const LoadResult &c = g_canned;
    if (c.ok && c.pages.size() >= 20) {
        const size_t m = c.pages.size();
        const auto cannedWindow = [&](size_t from) {
            std::vector<double> values;
            for (size_t i = from; i < from + 10; ++i)
                values.push_back(c.pages[i].clientCpuMs());
            return bench::median(values);
        };
        const double cf = cannedWindow(0);
        const double cl = cannedWindow(m - 10);
        bench::printFigure(
            {"pages-canned", "2a''. Same, the client alone (answers canned, no server)",
             bench::format(cl / cf, 2) + "x (" + bench::format(cl, 3) + " vs " +
                 bench::format(cf, 3) + " ms)",
             "-", bench::Verdict::Info,
             "as 2a, but a QNetworkAccessManager subclass answers each list call itself with "
             "one real simulator page whose ids carry the page number; " +
                 std::to_string(m) + " pages in " + bench::format(c.seconds, 1) + " s"});
    }

    const double perToken = double(r.heapGrowth) / r.rows;
    const double released = double(r.heapReleased) / r.rows;
    bench::printFigure(
        {"memory", "2b. Heap per token held by the list (100,000 tokens)",
         bench::format(perToken, 0) + " B/token", "<= 1024 B/token",
         bench::verdictOf(perToken <= 1024),
         "glibc mallinfo2() in-use bytes (uordblks + hblkhd, all arenas) after all pages "
         "minus before the first, simulator's request log cleared, / " +
             std::to_string(r.rows) + " rows; clear() gives back " + bench::format(released, 0) +
             " B/token"});
}

void reportTyping()
{
    if (g_typing.empty())
        return;
    int maxRequests = 0;
    std::vector<double> latencies;
    bool allArrived = true;
    for (const TypingRun &run : g_typing) {
        maxRequests = std::max(maxRequests, run.listRequests);
        latencies.push_back(run.lastKeyToResultsMs);
        allArrived = allArrived && run.lastKeyToResultsMs >= 0;
    }
    const std::string runs = std::to_string(g_typing.size());
    bench::printFigure({"search-requests",
                        "4a. List requests for a 10-character search typed at 80 ms/key",
                        std::to_string(maxRequests) + " (worst of " + runs + " searches)", "<= 2",
                        bench::verdictOf(maxRequests <= 2 && allArrived),
                        "setSearchText() per key from an 80 ms PreciseTimer, default debounce " +
                            std::to_string(g_debounce) +
                            " ms; GET /gate/api/v1/system-token counted at the simulator "
                            "(10,000 tokens, own thread) until 700 ms after the results"});
    const double med = bench::median(latencies);
    bench::printFigure({"search-latency", "4b. Last key to final results on loopback",
                        bench::format(med, 0) + " ms (median of " + runs + "; max " +
                            bench::format(bench::maximum(latencies), 0) + " ms)",
                        "<= 350 ms", bench::verdictOf(allArrived && med <= 350),
                        "from the 10th setSearchText() to pageLoaded(0) with every row "
                        "matching the text"});
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    bench::KeepingReporter reporter;
    if (!bench::runBenchmarks(argc, argv, {}, reporter))
        return 1;
    reportLoad();
    reportTyping();
    return 0;
}
