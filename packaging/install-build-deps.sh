#!/usr/bin/env bash
# Installs, from Debian 12's archive, everything needed to build, run and test
# Charles System Tokens. Safe to run again: apt skips what is already there.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-httpserver-dev qt6-websockets-dev
    qtkeychain-qt6-dev
    libgl-dev
    qt6-qpa-plugins
    dbus dbus-x11 gnome-keyring libsecret-tools
    openssl ca-certificates
    xvfb xauth x11-utils xdotool imagemagick
    fonts-dejavu-core
    libbenchmark-dev
    # building the .deb and checking it (tests/package)
    dpkg-dev file librsvg2-bin desktop-file-utils appstream lintian man-db
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" -ne 0 ]; then
        echo "Missing packages: ${missing[*]}" >&2
        echo "Run this script as root (or with sudo) to install them." >&2
        exit 1
    fi
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
