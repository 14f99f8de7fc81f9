#!/usr/bin/env bash
# shellcheck disable=SC2015,SC2001 # pass and fail return 0: `A && pass || fail` is if-else
# Checks the .deb as a user's machine gets it.
#   check-package.sh PACKAGE.deb            check a package built already (packaging/build-deb.sh)
#   check-package.sh --cpack BUILD OUT      build it first, with CPack, from the build tree BUILD
#                                           into the folder OUT (what the CTest test does)
# It checks the control fields and the dependencies dpkg-shlibdeps found; unpacks the package
# into a temporary root and compares its files with the list below; runs desktop-file-validate,
# appstreamcli and lintian (errors fail, warnings are printed); and starts the unpacked binary
# in demo mode, offscreen, until the first page of tokens is on screen.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
source_dir=$(cd "$here/../.." && pwd)

failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}
pass() { echo "ok: $*"; }
need() {
    command -v "$1" >/dev/null || {
        echo "FAIL: $1 is missing (packaging/install-build-deps.sh installs it)" >&2
        exit 1
    }
}
for tool in dpkg-deb desktop-file-validate appstreamcli lintian file gzip man timeout; do
    need "$tool"
done

# ---- the package ---------------------------------------------------------------------------
if [ "${1:-}" = "--cpack" ]; then
    build=${2:?build tree}
    out=${3:?output folder}
    rm -rf "$out"
    mkdir -p "$out"
    echo "== cpack: $build -> $out"
    cpack --config "$build/CPackConfig.cmake" -G DEB -B "$out" >"$out/cpack.log" 2>&1 || {
        cat "$out/cpack.log" >&2
        echo "FAIL: cpack could not build the package" >&2
        exit 1
    }
    debs=("$out"/charles-tokens_*.deb)
    [ -f "${debs[0]}" ] || { echo "FAIL: cpack made no charles-tokens_*.deb" >&2; exit 1; }
    deb=${debs[0]}
else
    deb=${1:?usage: check-package.sh PACKAGE.deb | --cpack BUILD OUT}
fi
[ -f "$deb" ] || { echo "FAIL: no such package: $deb" >&2; exit 1; }
echo "== package: $deb"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root=$work/root

# ---- control fields ------------------------------------------------------------------------
field() { dpkg-deb --field "$deb" "$1"; }
version=$(field Version)
arch=$(field Architecture)
[ "$(field Package)" = charles-tokens ] && pass "Package: charles-tokens" || fail "Package name"
[ "$(basename "$deb")" = "charles-tokens_${version}_${arch}.deb" ] &&
    pass "file name charles-tokens_${version}_${arch}.deb" || fail "file name $(basename "$deb")"
project_version=$(sed -n 's/^ *VERSION \([0-9.]*\)$/\1/p' "$source_dir/CMakeLists.txt" | head -n1)
[ "$version" = "$project_version" ] && pass "Version $version is the project's" ||
    fail "Version $version, the project says $project_version"
for f in Maintainer Section Priority Homepage Installed-Size; do
    [ -n "$(field $f)" ] && pass "$f: $(field $f)" || fail "no $f field"
done
description=$(field Description)
[ "$(printf '%s\n' "$description" | wc -l)" -ge 3 ] && pass "Description has a long part" ||
    fail "Description has no long part"

depends=$(field Depends)
echo "   Depends: $depends"
echo "   Recommends: $(field Recommends)"
# The package names in Depends, one a line, without versions or alternatives' bars.
depends_names=$(sed 's/[,|]/\n/g' <<<"$depends" | sed 's/^ *//; s/[ (].*//; /^$/d')
# dpkg-shlibdeps ran: the libraries the binary links are there (QtHttpServer too: the demo's
# simulator runs inside the application).
for lib in libc6 libstdc++6 libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 \
    libqt6httpserver6 libqt6keychain1; do
    grep -qxF "$lib" <<<"$depends_names" && pass "depends on $lib" ||
        fail "Depends lacks $lib (dpkg-shlibdeps)"
done
grep -q '(>= ' <<<"$depends" && pass "library dependencies carry versions" ||
    fail "no versioned dependency: dpkg-shlibdeps did not run"
for extra in qt6-qpa-plugins qt6-translations-l10n; do
    grep -qxF "$extra" <<<"$depends_names" && pass "depends on $extra" ||
        fail "Depends lacks $extra"
done
# Nothing only the tests or the benchmarks need.
for unwanted in libqt6test6 libbenchmark1debian; do
    grep -qxF "$unwanted" <<<"$depends_names" && fail "Depends has $unwanted"
done
grep -q gnome-keyring <<<"$(field Recommends)" && pass "recommends a Secret Service" ||
    fail "Recommends lacks gnome-keyring"

# ---- contents ------------------------------------------------------------------------------
dpkg-deb -x "$deb" "$root"
expected=$(
    cat <<EOF
./usr/bin/charles-tokens
./usr/share/applications/charles-tokens.desktop
./usr/share/doc/charles-tokens/changelog.gz
./usr/share/doc/charles-tokens/copyright
./usr/share/icons/hicolor/128x128/apps/charles-tokens.png
./usr/share/icons/hicolor/16x16/apps/charles-tokens.png
./usr/share/icons/hicolor/22x22/apps/charles-tokens.png
./usr/share/icons/hicolor/24x24/apps/charles-tokens.png
./usr/share/icons/hicolor/256x256/apps/charles-tokens.png
./usr/share/icons/hicolor/32x32/apps/charles-tokens.png
./usr/share/icons/hicolor/48x48/apps/charles-tokens.png
./usr/share/icons/hicolor/64x64/apps/charles-tokens.png
./usr/share/icons/hicolor/scalable/apps/charles-tokens.svg
./usr/share/man/man1/charles-tokens.1.gz
./usr/share/man/pt_BR/man1/charles-tokens.1.gz
./usr/share/metainfo/io.github.zupit.charlescd.tokens.metainfo.xml
EOF
)
actual=$(cd "$root" && find . ! -type d | LC_ALL=C sort)
if [ "$actual" = "$(LC_ALL=C sort <<<"$expected")" ]; then
    pass "the package holds exactly the $(wc -l <<<"$actual") expected files"
else
    fail "the package's files differ from the expected list:"
    diff <(LC_ALL=C sort <<<"$expected") <(echo "$actual") | sed 's/^/   /' >&2 || true
fi

bin=$root/usr/bin/charles-tokens
if [ -x "$bin" ]; then
    file -b "$bin" | grep -q 'ELF.*stripped' && ! file -b "$bin" | grep -q 'not stripped' &&
        pass "the binary is a stripped ELF executable" || fail "binary: $(file -b "$bin")"
else
    fail "no executable usr/bin/charles-tokens"
fi

for dir in "$root"/usr/share/icons/hicolor/*x*/; do
    size=$(basename "$dir")
    png=$dir/apps/charles-tokens.png
    [ -f "$png" ] || continue
    file -b "$png" | grep -q "PNG image data, ${size/x/ x }," && pass "icon $size" ||
        fail "icon $size is $(file -b "$png")"
done
grep -q '<svg' "$root/usr/share/icons/hicolor/scalable/apps/charles-tokens.svg" 2>/dev/null &&
    pass "icon scalable (SVG)" || fail "no SVG icon"

for page in man1/charles-tokens.1.gz pt_BR/man1/charles-tokens.1.gz; do
    gz=$root/usr/share/man/$page
    [ -f "$gz" ] || continue
    # -n: no name or time stamp in the header, so the bytes do not depend on the build's time.
    gzip -t "$gz" && [ "$(od -An -tu1 -j4 -N4 "$gz" | tr -s ' ')" = " 0 0 0 0" ] &&
        pass "$page is gzipped without a time stamp" || fail "$page: bad gzip"
    warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$gz" 2>&1 \
        >/dev/null)
    [ -z "$warnings" ] && pass "$page renders without warnings" || fail "$page: $warnings"
done
# Not a terminal: man gives plain text.
man_text=$(LC_ALL=C.UTF-8 MANWIDTH=200 man -l "$root/usr/share/man/man1/charles-tokens.1.gz" \
    2>/dev/null)
for option in --demo --server --auth-url --realm --client-id --user --lang --help --version; do
    grep -q -- "$option" <<<"$man_text" || fail "the manual page does not document $option"
done

changelog_version=$(gzip -dc "$root/usr/share/doc/charles-tokens/changelog.gz" |
    sed -n '1s/^charles-tokens (\([^)]*\)).*/\1/p')
[ "$changelog_version" = "$version" ] && pass "changelog's newest entry is $version" ||
    fail "changelog's newest entry is '$changelog_version', the package $version"

# ---- launcher entry and AppStream ------------------------------------------------------------
desktop=$root/usr/share/applications/charles-tokens.desktop
if out=$(desktop-file-validate "$desktop" 2>&1); then
    pass "desktop-file-validate"
else
    fail "desktop-file-validate"
fi
[ -n "$out" ] && sed 's/^/   /' <<<"$out"
for key in 'Name\[pt_BR\]=Tokens sistêmicos do Charles' \
    'Comment\[pt_BR\]=Gerencie os tokens sistêmicos de uma instalação do Charles C\.D\.' \
    'Exec=charles-tokens' 'Icon=charles-tokens' 'Categories=Development;Network;Qt;' \
    'GenericName=' 'Keywords='; do
    grep -q "^$key" "$desktop" || fail "the desktop entry lacks $key"
done

metainfo=$root/usr/share/metainfo/io.github.zupit.charlescd.tokens.metainfo.xml
if out=$(appstreamcli validate --no-net "$metainfo" 2>&1); then
    pass "appstreamcli validate --no-net"
else
    fail "appstreamcli validate --no-net"
fi
sed 's/^/   /' <<<"$out"
# The installed tree as a whole: the launchable names a desktop file that is there.
if out=$(appstreamcli validate-tree --no-net "$root" 2>&1); then
    pass "appstreamcli validate-tree --no-net"
else
    fail "appstreamcli validate-tree --no-net"
fi
sed 's/^/   /' <<<"$out"
release_version=$(grep -o '<release [^>]*version="[^"]*"' "$metainfo" | head -n1 |
    sed 's/.*version="\([^"]*\)"/\1/')
[ "$release_version" = "$version" ] && pass "metainfo's newest release is $version" ||
    fail "metainfo's newest release is '$release_version', the package $version"
grep -q '<content_rating type="oars-1.1"' "$metainfo" || fail "metainfo lacks an OARS rating"
grep -q '<launchable type="desktop-id">charles-tokens.desktop</launchable>' "$metainfo" ||
    fail "metainfo's launchable is not charles-tokens.desktop"

# ---- lintian -------------------------------------------------------------------------------
lintian_out=$(lintian --display-info --tag-display-limit 0 "$deb" 2>&1) || true
errors=$(grep -c '^E: ' <<<"$lintian_out" || true)
if [ "$errors" -eq 0 ]; then
    pass "lintian: no errors"
else
    fail "lintian: $errors errors"
fi
[ -n "$lintian_out" ] && sed 's/^/   /' <<<"$lintian_out"

# ---- the unpacked binary runs ----------------------------------------------------------------
# Its own settings, runtime folder and no session bus: the check touches nothing of the user's.
home=$work/home
mkdir -p "$home" "$work/runtime"
chmod 700 "$work/runtime"
run() {
    env -i PATH=/usr/bin:/bin HOME="$home" XDG_CONFIG_HOME="$home/.config" \
        XDG_RUNTIME_DIR="$work/runtime" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
        DBUS_SESSION_BUS_ADDRESS=disabled: "$@"
}
out=$(run timeout 20 "$bin" --version 2>/dev/null) || true
if [ "$out" = "Charles System Tokens $version" ]; then
    pass "--version says $out"
else
    fail "--version said '$out'"
fi
set +e
out=$(run CHARLES_REPORT_FIRST_PAGE=quit timeout 120 "$bin" --demo 2>"$work/demo.err")
status=$?
set -e
# "first page shown: N tokens", possibly followed by measurements.
tokens=$(sed -n 's/^first page shown: \([0-9][0-9]*\) tokens\( .*\)\{0,1\}$/\1/p' <<<"$out")
if [ "$status" -eq 0 ] && [ -n "$tokens" ] && [ "$tokens" -gt 0 ]; then
    pass "the unpacked binary showed $tokens tokens in demo mode and quit"
else
    fail "demo run: exit status $status, output '$out'"
    sed 's/^/   /' "$work/demo.err" >&2
fi

echo
if [ "$failures" -eq 0 ]; then
    echo "PASS: $(basename "$deb")"
else
    echo "FAILED: $failures check(s) on $(basename "$deb")" >&2
    exit 1
fi
