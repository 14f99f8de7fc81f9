// Figure 1: decoding one page of 50 tokens, against QJsonDocument::fromJson alone on the
// same bytes. The bytes are a real answer of the simulator's list call (page 0, size 50).
#include "benchsupport.h"
#include "core/jsondecode.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

#include <cstdio>

namespace {

QByteArray g_page; // the simulator's answer, fetched once in main()

void BM_FromJsonOnly(benchmark::State &state)
{
    for (auto _ : state) {
        QJsonDocument doc = QJsonDocument::fromJson(g_page);
        benchmark::DoNotOptimize(doc);
    }
    state.SetBytesProcessed(qint64(state.iterations()) * g_page.size());
}

void BM_DecodeTokenPage(benchmark::State &state)
{
    for (auto _ : state) {
        auto page = charles::json::decodeTokenPage(g_page);
        benchmark::DoNotOptimize(page);
    }
    state.SetBytesProcessed(qint64(state.iterations()) * g_page.size());
}

BENCHMARK(BM_FromJsonOnly)->Unit(benchmark::kMicrosecond)->Repetitions(15);
BENCHMARK(BM_DecodeTokenPage)->Unit(benchmark::kMicrosecond)->Repetitions(15);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    {
        charles::sim::SeedOptions seed; // the demo's data: 40 workspaces, 300 tokens
        bench::SimThread sim(seed);
        g_page = bench::fetchListPage(sim.baseUrl(), 50);
    }
    // For profiling the decoder alone: BENCH_SAVE_PAGE=file.json keeps the bytes.
    const QString save = qEnvironmentVariable("BENCH_SAVE_PAGE");
    if (!save.isEmpty()) {
        QFile file(save);
        if (file.open(QIODevice::WriteOnly))
            file.write(g_page);
    }
    const auto decoded = charles::json::decodeTokenPage(g_page);
    if (!decoded || decoded.value().items.size() != 50) {
        std::fprintf(stderr, "bench_decode: the simulator did not answer a page of 50 tokens\n");
        return 1;
    }

    bench::KeepingReporter reporter;
    if (!bench::runBenchmarks(
            argc, argv, {"--benchmark_enable_random_interleaving=true", "--benchmark_min_time=0.2"},
            reporter))
        return 1;

    const double json = bench::median(reporter.cpuTimes("BM_FromJsonOnly"));
    const double decode = bench::median(reporter.cpuTimes("BM_DecodeTokenPage"));
    const double ratio = decode / json;
    bench::printFigure({"decode", "1. Decode a page of 50 tokens vs QJsonDocument::fromJson alone",
                        bench::format(ratio, 2) + "x (" + bench::format(decode, 1) + " vs " +
                            bench::format(json, 1) + " us)",
                        "<= 2.00x", bench::verdictOf(ratio <= 2.0),
                        "Google Benchmark, CPU time, median of 15 repetitions interleaved at "
                        "random; the same " +
                            std::to_string(g_page.size()) +
                            "-byte answer of the simulator's list call (page 0, size 50, "
                            "default seed); decodeTokenPage includes its own fromJson"});
    return 0;
}
