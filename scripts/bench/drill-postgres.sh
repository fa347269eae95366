#!/usr/bin/env bash
# PostgreSQL stopped (connections cut) under load and started again: the service must recover by itself.
source "$(dirname "$0")/common.sh"
build
bench drill-postgres --restart-at-s 10 --down-s 3 --after-s 15 --concurrency 10 "$@"
