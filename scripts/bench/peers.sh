#!/usr/bin/env bash
# Copies the JS Bot Framework peer and its load generator (../shared/peers, read-only) to $LB_PEERS_DIR (/tmp/peers)
# and installs the peer's npm packages there.
set -euo pipefail
SRC="${LB_PEERS_SRC:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)/../shared/peers}"
[[ -d "$SRC" ]] || SRC=/work/shared/peers
DST="${LB_PEERS_DIR:-/tmp/peers}"
rm -rf "$DST"
cp -r "$SRC" "$DST"
(cd "$DST/jsbot" && npm ci --no-audit --no-fund --loglevel=error)
echo "peers ready in $DST"
