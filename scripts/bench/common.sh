# Sourced by scripts/bench/*.sh: builds the service and the bench tool in Release (once), then runs a bench subcommand.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
: "${LB_PEERS_DIR:=/tmp/peers}"
export LB_PEERS_DIR

build() {
  if [[ "${LB_BENCH_NO_BUILD:-0}" != 1 ]]; then
    dotnet build bot -c Release -nologo -v quiet
    dotnet build bench -c Release -nologo -v quiet
  fi
}

bench() {
  dotnet bench/bin/Release/net10.0/LeftBehind.Bench.dll "$@"
}

# The JS peer needs its node_modules: a writable copy of ../shared/peers (read-only there) with npm ci done.
peers() {
  if [[ ! -d "$LB_PEERS_DIR/jsbot/node_modules/botbuilder" ]]; then
    "$ROOT/scripts/bench/peers.sh"
  fi
}
