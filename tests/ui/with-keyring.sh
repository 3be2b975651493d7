#!/usr/bin/env bash
# Runs a command with a throwaway HOME and an unlocked gnome-keyring on this session bus.
# Use inside dbus-run-session: dbus-run-session -- with-keyring.sh COMMAND...
set -euo pipefail
HOME=$(mktemp -d)
export HOME XDG_CONFIG_HOME="$HOME/.config" XDG_DATA_HOME="$HOME/.local/share" \
    XDG_CACHE_HOME="$HOME/.cache" XDG_RUNTIME_DIR="$HOME/runtime"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
cleanup() {
    if [ -n "${GNOME_KEYRING_PID:-}" ]; then kill "$GNOME_KEYRING_PID" 2>/dev/null || true; fi
    rm -rf "$HOME"
}
trap cleanup EXIT
eval "$(printf 'throwaway' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
"$@"
