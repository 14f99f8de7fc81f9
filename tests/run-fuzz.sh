#!/usr/bin/env bash
# Builds the libFuzzer targets of the decoders (clang++, a build tree of its own) and runs them.
#   bash tests/run-fuzz.sh                      smoke: every fuzzer for a short while, via CTest
#   bash tests/run-fuzz.sh long [SECONDS] [NAME...]
#                                               each fuzzer (or the NAMEs: token, http_error...)
#                                               for SECONDS (default 300), one at a time
# New inputs go to <build>/tests/fuzz/work/<name>/corpus, crashes to .../artifacts; the seeds
# in tests/fuzz/corpus are only read. Add a crash to them once it is understood.
# Environment: BUILD_DIR (default build-fuzz), CMAKE_ARGS (extra configure arguments),
#              FUZZ_ARGS (extra libFuzzer options for the long runs).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD_DIR:-build-fuzz}
mode=${1:-smoke}

# clang++ and its runtimes (libFuzzer, the sanitizers); the rest is what the app needs.
if ! command -v clang++ >/dev/null || ! dpkg-query -W -f='${Status}' libclang-rt-14-dev 2>/dev/null \
        | grep -q 'install ok installed'; then
    if [ "$(id -u)" -ne 0 ]; then
        echo "Missing clang or libclang-rt-14-dev: run this script as root to install them." >&2
        exit 1
    fi
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        clang-14 libclang-rt-14-dev
fi
command -v clang++ >/dev/null || export CXX=clang++-14
bash packaging/install-build-deps.sh

# shellcheck disable=SC2086
cmake -S . -B "$build" -G Ninja -DCHARLES_FUZZ=ON -DCMAKE_CXX_COMPILER="${CXX:-clang++}" \
    -DCHARLES_BUILD_TESTS=OFF -DCHARLES_BUILD_BENCH=OFF ${CMAKE_ARGS:-}
cmake --build "$build" -j"$(nproc)" --target charles_fuzzers

if [ "$mode" = smoke ]; then
    exec ctest --test-dir "$build" -L fuzz --output-on-failure -j"$(nproc)"
fi
if [ "$mode" != long ]; then
    echo "unknown mode: $mode (smoke or long)" >&2
    exit 2
fi

seconds=${2:-300}
shift $(( $# >= 2 ? 2 : $# ))
names=("$@")
if [ ${#names[@]} -eq 0 ]; then
    names=(token token_page created_token regenerated_token workspace_page user
           keycloak_tokens jwt_claims http_error timestamp)
fi

export ASAN_OPTIONS=detect_leaks=1:halt_on_error=1
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
status=0
for name in "${names[@]}"; do
    work=$build/tests/fuzz/work/$name
    mkdir -p "$work/corpus" "$work/artifacts"
    log=$work/long.log
    marker=$work/started
    touch "$marker"
    # shellcheck disable=SC2086
    "$build/bin/fuzz_$name" -max_total_time="$seconds" -timeout=10 -print_final_stats=1 \
        -dict=tests/fuzz/charles.dict -artifact_prefix="$work/artifacts/" ${FUZZ_ARGS:-} \
        "$work/corpus" "tests/fuzz/corpus/$name" >"$log" 2>&1 || status=1
    stats=$(grep -E '^#[0-9]+' "$log" | tail -n 1 || true)
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    # -fork mode prints no final stats: its last status line counts the runs.
    [ -n "$runs" ] || runs=$(sed -E 's/^#([0-9]+).*/\1/' <<<"$stats")
    crashes=$(find "$work/artifacts" -type f -newer "$marker" | wc -l)
    printf '%-18s runs=%s crashes=%s last: %s\n' "$name" "${runs:-?}" "$crashes" "$stats"
    # Distinct causes: each new crash replayed once (it fails, of course), reduced to where
    # it happened.
    find "$work/artifacts" -type f -name 'crash-*' -newer "$marker" | while read -r input; do
        "$build/bin/fuzz_$name" "$input" </dev/null 2>&1 \
            | grep -m1 -E 'runtime error|invariant broken|ERROR: [A-Za-z]+Sanitizer|deadly signal' \
            | sed -E 's/(runtime error):.*/\1/; s/ on address.*//' || true
    done | sort | uniq -c | sed 's/^/    /'
done
exit $status
