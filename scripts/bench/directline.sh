#!/usr/bin/env bash
# 1,000 simultaneous Direct Line conversations, each with its WebSocket stream held open for 60 s, binding then asking
# (parent scenario) every 5-15 s (10 s on average); round trip = POST -> bot reply on the stream. Target p99 <= 100 ms.
source "$(dirname "$0")/common.sh"
build
bench directline --service sqlite --conversations 1000 --duration-s 60 --think-ms 10000 "$@"
