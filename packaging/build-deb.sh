#!/usr/bin/env bash
# Builds the Debian package, build-deb/charles-tokens_<version>_<arch>.deb, and checks it.
#   bash packaging/build-deb.sh [--no-check]
# A Release build with Debian's hardening flags (dpkg-buildflags), without tests or
# benchmarks; CPack makes the .deb, with its library dependencies from dpkg-shlibdeps.
# Then tests/package/check-package.sh checks it (contents, desktop-file-validate,
# appstreamcli, lintian, a demo run of the unpacked binary) unless --no-check is given.
# Environment: BUILD_DIR (default build-deb), JOBS (default: the number of CPUs).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
build=${BUILD_DIR:-build-deb}
check=1
[ "${1:-}" = "--no-check" ] && check=0

bash packaging/install-build-deps.sh

# Debian's hardening: fortified functions, stack protector, full RELRO and immediate binding.
# Passed as cache values, not through the environment, so that a second run applies them too.
export DEB_BUILD_MAINT_OPTIONS=hardening=+all
cxxflags="$(dpkg-buildflags --get CXXFLAGS) $(dpkg-buildflags --get CPPFLAGS)"
ldflags=$(dpkg-buildflags --get LDFLAGS)

cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_CXX_FLAGS="$cxxflags" -DCMAKE_EXE_LINKER_FLAGS="$ldflags" \
    -DCHARLES_BUILD_TESTS=OFF -DCHARLES_BUILD_BENCH=OFF -DCHARLES_SANITIZE=OFF
cmake --build "$build" -j"${JOBS:-$(nproc)}"
rm -f "$build"/charles-tokens_*.deb
(cd "$build" && cpack -G DEB)

debs=("$build"/charles-tokens_*.deb)
echo "Built ${debs[0]}"
if [ "$check" -eq 1 ]; then
    bash tests/package/check-package.sh "${debs[0]}"
fi
