#!/usr/bin/env bash
# The test command (README): installs what the tests need, builds, runs every test once,
# and ends with the plain line "N passed, N failed" counted from the test results (TRX).
set -euo pipefail
cd "$(dirname "$0")"

bash scripts/install-test-deps.sh
dotnet build LeftBehind.Bot.sln -c Release -nologo -v quiet
rm -rf TestResults
# Names this run's private PostgreSQL servers, so the clean-up below leaves other runs' servers alone.
export LB_PG_RUN="r$$"
set +e
dotnet test LeftBehind.Bot.sln -c Release --no-build --nologo \
  --logger trx --logger "console;verbosity=normal" \
  --results-directory TestResults "$@"
status=$?
# The test host may be torn down without a normal process exit, so the private PostgreSQL servers the tests
# started (tests/LeftBehind.Testing.Shared/PostgresServer.cs) are stopped here, and their data removed.
for dir in /tmp/lb-pg-"$LB_PG_RUN"-*; do
  [ -f "$dir/postmaster.pid" ] || continue
  pid=$(head -1 "$dir/postmaster.pid")
  kill -TERM "$pid" 2>/dev/null || true
done
sleep 1
rm -rf /tmp/lb-pg-"$LB_PG_RUN"-* 2>/dev/null || true
set -e

passed=0; failed=0
for trx in TestResults/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  e=$(sed -n 's/.* error="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0} + ${e:-0}))
done
# The console output is long; the failed tests and their messages are repeated here, just above the count.
for trx in TestResults/*.trx; do
  [ -f "$trx" ] || continue
  awk '/<UnitTestResult / && /outcome="Failed"/ { match($0, /testName="[^"]*"/); print "FAILED: " substr($0, RSTART + 10, RLENGTH - 11); want = 1 }
       want && /<Message>/ { n = 0; grab = 1 }
       grab { sub(/.*<Message>/, ""); done = sub(/<\/Message>.*/, ""); if (n++ < 6) print "  " $0; if (done) { grab = 0; want = 0 } }' "$trx"
done
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
