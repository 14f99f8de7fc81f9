#!/usr/bin/env bash
# The performance budget, measured: builds the benchmarks (Release), runs them one after the
# other, and prints one table (figure, measured value, budget, PASS/MISS, method). The same
# table goes to tests/bench/RESULTS.md as markdown, for the README.
#   bash tests/bench/run-bench.sh [bench name...]     (decode tokenlist startup scroll actions)
# Environment: BUILD_DIR (default build-bench), JOBS (default 2), RESULTS (default
# tests/bench/RESULTS.md; empty: do not write it), RESULTS_NOTE (a sentence added to it, e.g.
# what was patched for the run). Needs Debian's libbenchmark-dev; uses
# hyperfine, when installed, for a launch-to-exit cross-check of the start-up figure.
# Every server involved is a simulator the benchmarks start themselves on 127.0.0.1.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
build=${BUILD_DIR:-build-bench}
results=${RESULTS-tests/bench/RESULTS.md}
benches=("$@")
[ ${#benches[@]} -gt 0 ] || benches=(decode tokenlist startup scroll actions)

echo "== building (Release) in $build" >&2
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCHARLES_BUILD_BENCH=ON \
    -DCHARLES_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" -j"${JOBS:-2}" --target bench >&2

export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 LANG=en_US.UTF-8 LANGUAGE=
export QT_LOGGING_RULES='*.debug=false;*.info=false'
out=$build/bench-out
mkdir -p "$out"
figures=$out/figures.tsv
: >"$figures"

for name in "${benches[@]}"; do
    exe=$build/bin/bench_$name
    echo "== bench_$name (Google Benchmark's own table: $out/bench_$name.log)" >&2
    set +e
    "$exe" --benchmark_out="$out/bench_$name.json" --benchmark_out_format=json \
        >"$out/bench_$name.out" 2>"$out/bench_$name.log"
    status=$?
    set -e
    grep '^FIGURE' "$out/bench_$name.out" >>"$figures" || true
    if [ $status -ne 0 ]; then
        printf 'FIGURE\t%s\tbench_%s\texit status %s\t-\tMISS\tsee %s\n' "$name" "$name" \
            "$status" "$out/bench_$name.log" >>"$figures"
    fi
done

# Start-up cross-check: the same two programs, launch to exit (each quits right after its
# first page), timed by hyperfine.
if command -v hyperfine >/dev/null && printf '%s\n' "${benches[@]}" | grep -qx startup; then
    app=$(sed -n 's/^STARTUP_APP\t//p' "$out/bench_startup.out" | head -n1)
    if [ -n "$app" ]; then
        echo "== hyperfine: $app vs bench_minimal_window" >&2
        home=$(mktemp -d)
        XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data XDG_CACHE_HOME=$home/cache \
            XDG_STATE_HOME=$home/state CHARLES_REPORT_FIRST_PAGE=quit \
            hyperfine -N --warmup 2 --runs 15 --style none --export-csv "$out/hyperfine.csv" \
            "$app" "$build/bin/bench_minimal_window" >&2 || true
        rm -rf "$home"
        awk -F, -v app="${app#"$root"/}" 'NR == 2 { a = $4 } NR == 3 { b = $4 }
            END { if (a > 0 && b > 0)
                printf "FIGURE\tstartup-exit\t3'"'"''"'"''"'"'. Launch to exit (quits after the first page), cross-check\t%.2fx (%.0f vs %.0f ms)\t-\tinfo\thyperfine -N, median of 15 runs after 2 warm-ups; %s vs bench_minimal_window\n",
                    a / b, a * 1000, b * 1000, app }' "$out/hyperfine.csv" >>"$figures"
    fi
fi

commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
git diff --quiet HEAD -- src 2>/dev/null || commit="$commit + uncommitted changes in src/"
cpu=$(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n1)
machine="$cpu, $(nproc) CPUs, Qt $(qtpaths6 --qt-version 2>/dev/null || echo 6), $(date -u +%Y-%m-%d)"

echo
echo "Performance budget - $commit - $machine"
awk -F'\t' '
    { fig[NR] = $3; val[NR] = $4; bud[NR] = $5; ver[NR] = $6; how[NR] = $7
      if (length($3) > w1) w1 = length($3); if (length($4) > w2) w2 = length($4)
      if (length($5) > w3) w3 = length($5) }
    END {
        fmt = "%-" w1 "s | %-" w2 "s | %-" w3 "s | %-4s | %s\n"
        printf fmt, "figure", "measured", "budget", "", "method"
        for (i = 1; i <= NR; i++) printf fmt, fig[i], val[i], bud[i], ver[i], how[i]
    }' "$figures"

misses=$(awk -F'\t' '$6 == "MISS"' "$figures" | wc -l)
echo
echo "$misses budget(s) missed."

if [ -n "$results" ]; then
    {
        echo "<!-- written by tests/bench/run-bench.sh; do not edit by hand -->"
        echo "### Performance budget"
        echo
        echo "Measured with \`bash tests/bench/run-bench.sh\` at $commit on $machine.${RESULTS_NOTE:+ $RESULTS_NOTE}"
        echo
        echo "| figure | measured | budget | | method |"
        echo "| --- | --- | --- | --- | --- |"
        awk -F'\t' '{ gsub(/\|/, "\\|"); printf "| %s | %s | %s | %s | %s |\n", $3, $4, $5, $6, $7 }' \
            "$figures"
    } >"$results"
    echo "Markdown written to $results"
fi
[ "$misses" -eq 0 ]
