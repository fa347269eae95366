#!/usr/bin/env bash
# Installs what the tests need on a fresh machine: PostgreSQL (archive and scheduler tests run on it too),
# Chromium and CJK fonts (Web Chat end-to-end and screenshots; the TrueType fallback font for PDF invite slips), and the npm packages of the e2e drivers
# and the Web Chat page. Idempotent: what is already there is skipped.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
for pkg in postgresql chromium fonts-noto-cjk fonts-droid-fallback; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
if [ ${#need[@]} -gt 0 ]; then
  echo "installing from Debian's packages: ${need[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

for dir in tests/e2e bot; do
  if [ -f "$dir/package.json" ] && [ ! -d "$dir/node_modules" ]; then
    echo "npm ci in $dir" >&2
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
  fi
done
