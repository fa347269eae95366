#!/usr/bin/env bash
# Resident memory of the service after 10,000 conversations (parent scenario, SQLite). Target <= 300 MB.
source "$(dirname "$0")/common.sh"
build
bench memory --conversations 10000 "$@"
