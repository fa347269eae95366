#!/usr/bin/env bash
# Every figure issue #16 asks for, in ONE run, one after another in the same minutes, so the lead can run it once on a
# quiet machine and read every ratio from the same conditions:
#   1. start to healthy (bench startup: fresh database and restart, 3 runs each)
#   2. the real-flow comparison, interleaved: ours on SQLite and on PostgreSQL (parent scenario: bind, attendance, ask
#      the teacher) vs the JS Bot Framework peer vs the floor, sink and expectReplies, 3 reps x 15 s at 50
#      conversations (p99 at 50 conversations comes from here), plus the peer's own run.js against ours
#   3. the peer's own ../shared/peers/measure.js with ours as an extra target, once with ours on SQLite and once on
#      PostgreSQL (each run interleaves jsbot, floor and ours; ratios are within a run)
#   4. 1,000 Direct Line WebSocket conversations against a service started cold by the bench
#   5. the Web Chat page at 1.6 Mbit/s and 150 ms in headless Chromium: bytes, cold and warm time until usable
# Output: one directory ($LB_BENCH_OUT, default /tmp/lb-bench-all-<time>) with every report and summary.txt.
# Takes about 30 minutes on the 2-core machine. LB_BENCH_NO_BUILD=1 skips the Release builds; LB_BENCH_REPS (3) and
# LB_BENCH_DURATION_S (15) shorten a trial run of the script itself (figures are taken with the defaults).
source "$(dirname "$0")/common.sh"
OUT="${LB_BENCH_OUT:-/tmp/lb-bench-all-$(date -u +%Y%m%dT%H%M%S)}"
mkdir -p "$OUT"
REPS="${LB_BENCH_REPS:-3}"
DUR="${LB_BENCH_DURATION_S:-15}"
SUMMARY="$OUT/summary.txt"
log() { echo "[all $(date -u +%H:%M:%S) load $(cut -d' ' -f1-3 /proc/loadavg)] $*" | tee -a "$SUMMARY" >&2; }

build
peers
log "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GiB, $(dotnet --version) SDK, node $(node --version), commit $(git rev-parse --short HEAD)"

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

# Starts `bench serve` in the background; sets SERVE_PID and SERVE_JSON (its one line: baseUrl, messagesUrl, pid).
serve_start() {
  local storage=$1 file="$OUT/serve-$1.json"
  rm -f "$file"
  # The tool itself, not the bench() function: $! must be the pid that SIGTERM stops (it then stops the service and
  # PostgreSQL by their pids).
  dotnet bench/bin/Release/net10.0/LeftBehind.Bench.dll serve --service "$storage" --out "$OUT/serve-$storage" > "$file" 2> "$OUT/serve-$storage.err" &
  SERVE_PID=$!
  for _ in $(seq 1 1500); do
    [[ -s "$file" ]] && break
    kill -0 "$SERVE_PID" 2>/dev/null || { cat "$OUT/serve-$storage.err" >&2; return 1; }
    sleep 0.2
  done
  SERVE_JSON=$(head -1 "$file")
}
serve_stop() { [[ -n "${SERVE_PID:-}" ]] && { kill "$SERVE_PID" 2>/dev/null || true; wait "$SERVE_PID" 2>/dev/null || true; }; SERVE_PID=; }
trap serve_stop EXIT
json() { python3 -c "import json,sys; print(json.loads(sys.argv[1])[sys.argv[2]])" "$1" "$2"; }

log "1/5 start to healthy"
bench startup --runs "$REPS" --out "$OUT/startup" > "$OUT/startup.json" 2> "$OUT/startup.err"
log "startup: $(cat "$OUT/startup.json" | python3 -c 'import json,sys; r=json.load(sys.stdin); print("fresh database %s ms (%s s CPU), restart %s ms (%s s CPU), median of %s" % (r["freshHealthyMsMedian"], r["freshCpuSecondsMedian"], r["restartHealthyMsMedian"], r["restartCpuSecondsMedian"], r["runs"]))')"

log "2/5 real-flow comparison (bench compare)"
bench compare --node-cross-check --reps "$REPS" --duration-s "$DUR" --warmup-s 5 --concurrency 50 --out "$OUT/compare" > "$OUT/compare.md" 2> "$OUT/compare.err"
cat "$OUT/compare.md" >> "$SUMMARY"

for storage in sqlite postgres; do
  log "3/5 measure.js: jsbot, floor, ours-$storage"
  serve_start "$storage"
  node "$LB_PEERS_DIR/measure.js" --reps "$REPS" --duration-s "$DUR" --warmup-s 5 --concurrency 50 \
    --jsbot-port "$(free_port)" --floor-port "$(free_port)" \
    --bot-url "$(json "$SERVE_JSON" messagesUrl)" --bot-name "ours-$storage" --out "$OUT/measure-$storage" \
    > "$OUT/measure-$storage.json" 2> "$OUT/measure-$storage.err" || log "measure.js ($storage) failed: see $OUT/measure-$storage.err"
  serve_stop
  python3 - "$OUT/measure-$storage.json" >> "$SUMMARY" <<'PY'
import json, sys
s = json.loads(open(sys.argv[1]).read().strip().splitlines()[-1])
peer = {r['mode']: r['turnsPerSec'] for r in s['results'] if r['target'] == 'jsbot'}
print('| target | mode | turns/s (median) | all runs | ratio to jsbot | p50 | p90 | p99 | errors | timeouts |')
print('|---|---|---:|---|---:|---:|---:|---:|---:|---:|')
for r in s['results']:
    ratio = r['turnsPerSec'] / peer[r['mode']] if peer.get(r['mode']) else float('nan')
    print(f"| {r['target']} | {r['mode']} | {r['turnsPerSec']} | {' / '.join(str(x) for x in r['turnsPerSecAll'])} | {ratio:.2f}x | {r['p50']} | {r['p90']} | {r['p99']} | {r['httpErrors']} | {r['timeouts']} |")
PY
done

log "4/5 1,000 Direct Line WebSocket conversations from a cold start"
bench directline --service sqlite --conversations 1000 --duration-s "$((DUR * 4))" --think-ms 10000 --out "$OUT/directline" > "$OUT/directline.json" 2> "$OUT/directline.err"
tail -1 "$OUT/directline.json" >> "$SUMMARY"

log "5/5 the Web Chat page at 1.6 Mbit/s, 150 ms"
serve_start sqlite
node tests/e2e/page-load.js "$(json "$SERVE_JSON" baseUrl)/" 3 > "$OUT/page.json" 2> "$OUT/page.err" || log "page-load failed: see $OUT/page.err"
serve_stop
cat "$OUT/page.json" >> "$SUMMARY"
log "done: $OUT"
