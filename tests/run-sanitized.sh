#!/usr/bin/env bash
# The whole test suite built with AddressSanitizer and UndefinedBehaviorSanitizer (gcc), in a
# build tree of its own. Any sanitizer report fails the test it comes from; the options and
# the LeakSanitizer suppressions are set per test in tests/CMakeLists.txt.
#   bash tests/run-sanitized.sh [extra ctest arguments]
# Environment: BUILD_DIR (default build-asan), CMAKE_ARGS (extra configure arguments).
set -euo pipefail
cd "$(dirname "$0")/.."
export BUILD_DIR=${BUILD_DIR:-build-asan}
export CMAKE_ARGS="-DCHARLES_SANITIZE=ON ${CMAKE_ARGS:-}"
exec bash tests/run.sh "$@"
