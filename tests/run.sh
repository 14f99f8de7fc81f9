#!/usr/bin/env bash
# Installs what is missing (Debian 12, as root), builds, and runs the whole test suite.
# The keychain tests talk to a real Secret Service: this script starts a private D-Bus
# session with gnome-keyring in it, as a user's desktop has, so it needs no display.
#   bash tests/run.sh [extra ctest arguments]
# Environment: BUILD_DIR (default build), CMAKE_ARGS (extra configure arguments).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
build=${BUILD_DIR:-build}

bash packaging/install-build-deps.sh
# shellcheck disable=SC2086
cmake -S . -B "$build" -G Ninja ${CMAKE_ARGS:-}
cmake --build "$build" -j"$(nproc)"

export QT_QPA_PLATFORM=offscreen
exec dbus-run-session -- bash tests/with-keyring.sh \
    ctest --test-dir "$build" --output-on-failure -j2 "$@"
