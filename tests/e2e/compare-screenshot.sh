#!/usr/bin/env bash
# End to end under Xvfb: two paimon-rest-server --demo catalogs, the second changed with
# paimon-catalog (a column and an option on sales.orders, a dialect dropped from a view, a table
# of its own), then paimon-browser --compare-with: the Compare window on the two, and a real X
# screenshot. Fails when the comparison is never shown, the picture is blank, or the command
# line does not find the same differences (exit 8).
# usage: compare-screenshot.sh PAIMON_REST_SERVER PAIMON_BROWSER PAIMON_CATALOG OUTPUT.png
set -euo pipefail
server=$1 browser=$2 catalog=$3 out=$4
work=$(mktemp -d)
pids=()
cleanup() {
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_RUNTIME_DIR="$work/runtime"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

start() {  # start NAME: a demo server; prints its URL
    : > "$work/$1.out"  # before the job starts: it opens the file only when it runs
    "$server" --warehouse "$work/$1" --demo --port 0 --prefix paimon > "$work/$1.out" 2>&1 &
    pids+=($!)
    for _ in $(seq 1 100); do
        url=$(sed -n 's/^listening on //p' "$work/$1.out")
        [ -n "$url" ] && { echo "$url"; return; }
        sleep 0.1
    done
    echo "the server did not start:" >&2; cat "$work/$1.out" >&2; exit 1
}
left=$(start left)
right=$(start right)
echo '[{"action":"addColumn","fieldNames":["extra"],"dataType":"INT"},
       {"action":"setOption","key":"snapshot.num-retained.max","value":"50"}]' |
    "$catalog" --uri "$right" alter-table sales orders --changes -
echo '[{"action":"dropDialect","dialect":"spark"}]' |
    "$catalog" --uri "$right" alter-view sales big_orders --changes -
echo '{"fields":[{"id":0,"name":"id","type":"INT"}],"partitionKeys":[],"primaryKeys":[],
       "options":{}}' | "$catalog" --uri "$right" create-table sales legacy --schema -
status=0
"$catalog" diff --from "$left" --to "$right" > "$work/diff.txt" 2>&1 || status=$?
[ "$status" -eq 8 ] || { echo "diff exited $status, not 8:"; cat "$work/diff.txt"; exit 1; }

mkdir -p "$(dirname "$out")"
export BROWSER_BIN="$browser" LEFT="$left" RIGHT="$right" READY="$work/ready" OUT="$out"
xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
    "$BROWSER_BIN" --connect "$LEFT" --name Development --compare-with "$RIGHT" \
        --ready-file "$READY" &
    pid=$!
    for _ in $(seq 1 300); do [ -f "$READY" ] && break; sleep 0.1; done
    if [ ! -f "$READY" ]; then echo "the browser never showed the comparison"; kill $pid; exit 1; fi
    import -window root "$OUT"
    kill $pid
    wait $pid || true
'
colors=$(convert "$out" -format %k info:)
echo "screenshot: $out ($colors colours)"
[ "$colors" -gt 64 ] || { echo "the screenshot looks blank"; exit 1; }
