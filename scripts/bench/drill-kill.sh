#!/usr/bin/env bash
# SIGKILL the service during a load run, restart it on the same database, redeliver unacknowledged activities, and
# check from the sink's log: no acknowledged message lost, no duplicate reply, no dialog step run twice, dialogs that
# spanned the restart continue at the right step. On SQLite and PostgreSQL; then the JS peer (in-memory state) as the
# control the checker must FAIL. Exit status: non-zero if a drill on our service failed.
source "$(dirname "$0")/common.sh"
build
peers
rc=0
bench drill-kill --target sqlite --kill-at-s 20 --after-s 15 --concurrency 10 "$@" || rc=1
bench drill-kill --target postgres --kill-at-s 20 --after-s 15 --concurrency 10 "$@" || rc=1
if bench drill-kill --target jsbot --kill-at-s 10 --after-s 10 --concurrency 10; then echo "control: the checker did not catch the peer's lost state" >&2; rc=1; else echo "control: the peer (in-memory state) fails the drill, as it must"; fi
exit $rc
