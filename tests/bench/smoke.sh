#!/usr/bin/env bash
# Keeps the benchmark programs working (not timed; scripts/bench measures): a small generated
# warehouse served by paimon-rest-server, each program run once against it, and what each
# reports checked for the right counts.
set -euo pipefail
bin=$1        # the build's tests/bench folder
server=$2     # paimon-rest-server
work=$(mktemp -d)
trap 'kill $pid 2>/dev/null || true; rm -rf "$work"' EXIT

"$bin/paimon-bench-data" --warehouse "$work/wh" --database big --tables 1234 --columns 20 \
  --snapshots 250 --views 250 --functions 120
test "$(ls "$work/wh/big.db" | wc -l)" -eq 1234
test "$(ls "$work/wh/big.db/t0000000/snapshot" | wc -l)" -eq 252  # and the two hints

"$server" --warehouse "$work/wh" --port 0 >"$work/server.out" 2>&1 &
pid=$!
for _ in $(seq 100); do grep -q listening "$work/server.out" && break; sleep 0.05; done
url=$(sed -n 's/^listening on //p' "$work/server.out")

"$bin/paimon-server-bench" list "$url/v1/paimon" big --page-size 100 | tee "$work/list.txt"
grep -q "^list: 1234 names in 13 pages of up to 100 in" "$work/list.txt"
"$bin/paimon-server-bench" get-table "$url/v1/paimon" big 1234 --threads 2 --seconds 0.5 | tee "$work/get.txt"
grep -q "; 0 failed$" "$work/get.txt"
"$bin/paimon-server-bench" snapshots "$url/v1/paimon" big t0000000 --page-size 100 | tee "$work/snap.txt"
grep -q "^snapshots: 250 snapshots in 3 pages of up to 100 in" "$work/snap.txt"

QT_QPA_PLATFORM=offscreen "$bin/paimon-gui-bench" --url "$url" --database big --runs 1 \
  --snapshots t0000000 2>/dev/null | tee "$work/gui.txt"
grep -q "^first paint: median [0-9]* ms over 1 starts" "$work/gui.txt"
grep -q "^load: 1234 names in" "$work/gui.txt"
grep -q "('t0001' left 234 rows" "$work/gui.txt"
grep -q "^memory: resident [0-9.]* MB with 1234 names loaded" "$work/gui.txt"
grep -q "^snapshots: 250 loaded in" "$work/gui.txt"
QT_QPA_PLATFORM=offscreen "$bin/paimon-gui-bench" --url "$url" --database big --runs 1 \
  --folder views 2>/dev/null | tee "$work/views.txt"
grep -q "^load: 250 names in" "$work/views.txt"
grep -q "('v0001' left 0 rows" "$work/views.txt"
QT_QPA_PLATFORM=offscreen "$bin/paimon-gui-bench" --url "$url" --database big --runs 1 \
  --folder functions 2>/dev/null | tee "$work/functions.txt"
grep -q "^load: 120 names in" "$work/functions.txt"
QT_QPA_PLATFORM=offscreen "$bin/paimon-gui-bench" --url "$url" --database big --runs 1 \
  --quick-open t00001 2>/dev/null | tee "$work/quick.txt"
grep -q "^quick open: 100 matches for 't00001' in 1 connections; first after" "$work/quick.txt"

"$bin/paimon_micro_bench" --benchmark_min_time=0.001 2>/dev/null | tee "$work/micro.txt"
test "$(grep -c '^BM_' "$work/micro.txt")" -eq 5
echo "bench smoke: every program ran and reported what it should"
