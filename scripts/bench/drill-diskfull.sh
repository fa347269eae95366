#!/usr/bin/env bash
# Disk full on the SQLite path (a tmpfs made for the drill; needs root): clear errors, process up, integrity_check ok,
# recovery after space is freed.
source "$(dirname "$0")/common.sh"
[[ $(id -u) == 0 ]] || { echo "drill-diskfull needs root (it mounts a tmpfs)" >&2; exit 2; }
build
bench drill-diskfull "$@"
