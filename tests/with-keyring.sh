#!/usr/bin/env bash
# Runs a command with gnome-keyring's Secret Service started and unlocked in the current
# D-Bus session (use under dbus-run-session). The keyring lives in a throw-away home.
set -euo pipefail
keyring_home=$(mktemp -d)
trap 'rm -rf "$keyring_home"' EXIT
export XDG_DATA_HOME="$keyring_home/data" XDG_CONFIG_HOME="$keyring_home/config"
export XDG_CACHE_HOME="$keyring_home/cache"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME"
# A password on stdin creates and unlocks the login keyring (an empty one would not create
# it, and gnome-keyring would try to prompt, which needs a display).
eval "$(head -c 18 /dev/urandom | base64 | tr -d '\n' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
"$@"
