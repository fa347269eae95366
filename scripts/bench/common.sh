# Sourced by scripts/bench/*.sh: builds the service and the bench tool in Release (once), then runs a bench subcommand.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
: "${LB_PEERS_DIR:=/tmp/peers}"
export LB_PEERS_DIR

# The service is measured as it is deployed: a Release publish for this machine's runtime, with ReadyToRun images
# (bot/LeftBehind.Bot.csproj). LB_BENCH_R2R=0 measures the plain Release build instead.
R2R_DIR="$ROOT/bot/bin/Release/r2r"
RID=$(dotnet --info | awk '/ RID:/{print $2; exit}')
build() {
  if [[ "${LB_BENCH_NO_BUILD:-0}" != 1 ]]; then
    dotnet build bot -c Release -nologo -v quiet
    dotnet build bench -c Release -nologo -v quiet
    if [[ "${LB_BENCH_R2R:-1}" == 1 ]]; then
      dotnet publish bot/LeftBehind.Bot.csproj -c Release -r "$RID" --self-contained false -o "$R2R_DIR" -nologo -v quiet
    fi
  fi
  if [[ "${LB_BENCH_R2R:-1}" == 1 && -f "$R2R_DIR/LeftBehind.Bot.dll" && -z "${LB_SERVICE_DLL:-}" ]]; then
    export LB_SERVICE_DLL="$R2R_DIR/LeftBehind.Bot.dll"
  fi
  echo "[bench] service under test: ${LB_SERVICE_DLL:-$ROOT/bot/bin/Release/net10.0/LeftBehind.Bot.dll}" >&2
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
