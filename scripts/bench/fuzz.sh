#!/usr/bin/env bash
# Hostile input over /api/messages and Direct Line (bounded: 1,200 requests or 120 s, loopback): process up, no 5xx,
# RSS bounded, database unchanged.
source "$(dirname "$0")/common.sh"
build
bench fuzz "$@"
