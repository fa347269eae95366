#!/usr/bin/env bash
# SIGKILL during the 120,000-message fan-out: owned by the scheduler's own `fanout` benchmark (bench/Scheduler, branch
# sched), which kills and restarts the service and checks the sink for 0 lost / 0 duplicated. This script calls it when
# it is present.
source "$(dirname "$0")/common.sh"
if [[ ! -d bench/Scheduler ]]; then
  echo "bench/Scheduler (the scheduler's fanout benchmark) is not in this tree yet: nothing to run" >&2
  exit 3
fi
build
bench fanout "$@"
