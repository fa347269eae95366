#!/usr/bin/env bash
# CPU per turn of the real flow (issue #16 item 1): the service's own CPU seconds (utime+stime from /proc/<pid>/stat)
# over the turns it served, which means something even on a shared machine where wall-clock throughput does not; and
# the load client's own (it shares the two cores with the service in every load comparison).
#   scripts/bench/turn-cpu.sh [label] [perf]
# Starts the built service (`bench serve`, SQLite, or LB_BENCH_STORAGE=postgres), warms it up for 10 s (LB_WARM_S) with the parent
# scenario (bind, agree, attendance, ask the teacher), then measures 20 s more (LB_BENCH_DURATION_S). With "perf" it
# also records a 10 s CPU profile of the measured window (perf record -g; the JIT's code named through perf maps) into
# the output directory. Compare two builds by setting LB_SERVICE_DLL, interleaved: A, B, B, A.
source "$(dirname "$0")/common.sh"
LABEL="${1:-ours}"
OUT="${LB_BENCH_OUT:-/tmp/lb-turn-cpu-$LABEL-$(date -u +%Y%m%dT%H%M%S)}"
mkdir -p "$OUT"
build
if [[ "${2:-}" == perf ]]; then export DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0; fi

dotnet bench/bin/Release/net10.0/LeftBehind.Bench.dll serve --service "${LB_BENCH_STORAGE:-sqlite}" --out "$OUT" > "$OUT/serve.json" 2> "$OUT/serve.err" &
SERVE=$!
trap 'kill "$SERVE" 2>/dev/null || true; wait "$SERVE" 2>/dev/null || true' EXIT
for _ in $(seq 1 1500); do [[ -s "$OUT/serve.json" ]] && break; kill -0 "$SERVE" 2>/dev/null || { cat "$OUT/serve.err" >&2; exit 1; }; sleep 0.2; done
URL=$(python3 -c "import json,sys; print(json.loads(open(sys.argv[1]).readline())['messagesUrl'])" "$OUT/serve.json")
PID=$(python3 -c "import json,sys; print(json.loads(open(sys.argv[1]).readline())['pid'])" "$OUT/serve.json")
load() { bench load --bot "$URL" --scenario parent --concurrency 50 --quiet --duration-s "$1"; }
cpu() { awk '{print $14+$15}' "/proc/$PID/stat"; }

load "${LB_WARM_S:-10}" > "$OUT/warm.json" 2> "$OUT/warm.err"
c0=$(cpu)
PERF=
if [[ "${2:-}" == perf ]]; then (sleep 3; perf record -F 499 -g -p "$PID" -o "$OUT/perf.data" -- sleep 10 > /dev/null 2>&1) & PERF=$!; fi
load "${LB_BENCH_DURATION_S:-20}" > "$OUT/run.json" 2> "$OUT/run.err"
c1=$(cpu)
[[ -n "$PERF" ]] && wait "$PERF"
python3 - "$OUT/run.json" "$c0" "$c1" "$LABEL" <<'PY'
import json, os, sys
d = json.load(open(sys.argv[1]))
turns = d["turnsCompleted"]
cpu = (int(sys.argv[3]) - int(sys.argv[2])) / os.sysconf("SC_CLK_TCK")
print(f"{sys.argv[4]}: {turns} turns, {d['turnsPerSec']} turns/s, p99 {d['latencyMs']['p99']} ms, unexpected {d['unexpectedReplies']}, "
      f"errors {d['httpErrors']}, service CPU {cpu:.2f} s = {1000 * cpu / turns:.3f} ms per turn, load client {d.get('clientCpuMsPerTurn')} ms per turn, "
      f"load {open('/proc/loadavg').read().split()[0]}")
PY
echo "[turn-cpu] output in $OUT" >&2
