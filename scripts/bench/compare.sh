#!/usr/bin/env bash
# Load benchmark, side by side in ONE run, interleaved: our service on SQLite and on PostgreSQL (separate processes,
# parent scenario: bind, attendance, ask the teacher), the JS Bot Framework peer and the peer's floor bot (peer
# scenario), sink and expectReplies modes, 3 reps x 15 s at 50 concurrent conversations after a 5 s warm-up; medians and
# ratios to the peer; plus the peer's own node load/run.js against our service as a cross-check.
# Extra arguments go to `bench compare` (e.g. --reps 5 --storage sqlite).
source "$(dirname "$0")/common.sh"
build
peers
bench compare --node-cross-check --reps 3 --duration-s 15 --warmup-s 5 --concurrency 50 "$@"
