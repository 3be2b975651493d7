#!/usr/bin/env bash
# End to end under Xvfb: paimon-rest-server --demo, paimon-browser on it with --expand-first
# (its Snapshots tab),
# then a real X screenshot of the screen. Fails when the browser never shows the first table
# or the picture is blank.
# With TITLE, the window's title (which the browser writes to its ready file) must contain it:
# the language the window shows.
# usage: screenshot.sh PAIMON_REST_SERVER PAIMON_BROWSER OUTPUT.png [TITLE]
set -euo pipefail
server=$1 browser=$2 out=$3 title=${4:-}
work=$(mktemp -d)
server_pid=
cleanup() {
    if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_RUNTIME_DIR="$work/runtime"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

# The file exists before the server starts: the background job opens it only when it runs.
: > "$work/server.out"
"$server" --warehouse "$work/warehouse" --demo --port 0 --prefix paimon > "$work/server.out" 2>&1 &
server_pid=$!
url=
for _ in $(seq 1 100); do
    url=$(sed -n 's/^listening on //p' "$work/server.out")
    [ -n "$url" ] && break
    sleep 0.1
done
[ -n "$url" ] || { echo "the server did not start:"; cat "$work/server.out"; exit 1; }

mkdir -p "$(dirname "$out")"
export BROWSER_BIN="$browser" URL="$url" READY="$work/ready" OUT="$out"
xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
    "$BROWSER_BIN" --connect "$URL" --expand-first --tab snapshots --ready-file "$READY" &
    pid=$!
    for _ in $(seq 1 300); do [ -f "$READY" ] && break; sleep 0.1; done
    if [ ! -f "$READY" ]; then echo "the browser never showed the first table"; kill $pid; exit 1; fi
    import -window root "$OUT"
    kill $pid
    wait $pid || true
'
colors=$(convert "$out" -format %k info:)
echo "screenshot: $out ($colors colours)"
[ "$colors" -gt 64 ] || { echo "the screenshot looks blank"; exit 1; }
shown=$(cat "$work/ready")
echo "window title: $shown"
if [ -n "$title" ] && ! grep -qF -- "$title" <<< "$shown"; then
    echo "the window's title is not in the expected language (wanted: $title)"
    exit 1
fi
