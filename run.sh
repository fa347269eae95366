#!/usr/bin/env bash
# The service with demo data, as `dotnet run --project bot` starts it, but saying what it does while a fresh clone
# restores, fetches Web Chat and builds (a first run takes a few minutes; later runs start in seconds).
# Extra arguments go to the service (e.g. --urls http://127.0.0.1:5000).
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
step() { printf '\n==> [%s] %s\n' "$1" "$2"; }
started=$SECONDS
RID=$(dotnet --info | awk '/ RID:/{print $2; exit}')

step 1/4 "NuGet packages (first run: about a minute; nothing to do later)"
dotnet restore bot/LeftBehind.Bot.csproj -r "$RID" -v minimal

step 2/4 "Web Chat and the console's charts from npm, pinned by bot/package-lock.json (first run: about 20 s)"
if [[ ! -f bot/node_modules/.package-lock.json || bot/package-lock.json -nt bot/node_modules/.package-lock.json ]]; then
  (cd bot && npm ci --no-audit --no-fund --progress=true)
else
  echo "up to date"
fi

step 3/4 "Building the service (Release, ReadyToRun images for a fast start; the Web Chat page is compressed once per change)"
dotnet publish bot/LeftBehind.Bot.csproj -c Release -r "$RID" --self-contained false -o bot/bin/Release/r2r -nologo -v minimal -clp:NoSummary

# The address the service will listen on: --urls (either form) wins over ASPNETCORE_URLS, then the default; the first
# of several is shown.
url="${ASPNETCORE_URLS:-http://localhost:3978}"
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
  case "${args[i]}" in
    --urls=*) url="${args[i]#--urls=}" ;;
    --urls) if ((i + 1 < ${#args[@]})); then url="${args[i + 1]}"; fi ;;
  esac
done
url="${url%%;*}"
url="${url%/}"

step 4/4 "Starting on $url (demo data, SQLite under data/) after $((SECONDS - started)) s of preparation; Ctrl+C stops it"
echo "Open $url/ for the Web Chat page; demo invite codes are listed there."
ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}" exec dotnet bot/bin/Release/r2r/LeftBehind.Bot.dll "$@"
