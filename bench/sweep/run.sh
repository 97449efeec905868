#!/usr/bin/env bash
# A national sweep of the TIX sandbox at a fixed request rate, timed. Starts the sandbox (Release), runs
# `cineradar scrape schedules` against it as if it were real TIX (source tix, the sandbox's URLs and demo account),
# and reports wall time, requests (the sandbox's own counters), the ratio wall / (requests / rate), requests per city
# and the scraper's peak RSS (its own process; Chromium's processes are not counted).
# Usage: bench/sweep/run.sh [rate=5] [mode=api] [cities=all|N]
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/sandbox-as-tix.sh
rate="${1:-5}" mode="${2:-api}" cities="${3:-all}"
app_port=5380 api_port=5381 api="http://127.0.0.1:5381"
work="$(mktemp -d)"

dotnet build CineRadar.TixSandbox -c Release -nologo -clp:ErrorsOnly >/dev/null
dotnet build CineRadar.Scraper -c Release -nologo -clp:ErrorsOnly >/dev/null
dotnet CineRadar.TixSandbox/bin/Release/net10.0/CineRadar.TixSandbox.dll \
  --app-port "$app_port" --api-port "$api_port" --Logging:LogLevel:Default=Warning >"$work/sandbox.log" 2>&1 &
sandbox=$!
trap 'kill "$sandbox" 2>/dev/null; rm -rf "$work"' EXIT
until curl -sf "$api/health" >/dev/null; do sleep 0.2; done

city_args=()
if [ "$cities" != all ]; then
  for name in $(printf '%s\n' JAKARTA BANDUNG SURABAYA MEDAN MAKASSAR BALI SEMARANG YOGYAKARTA MALANG PALEMBANG JAYAPURA BEKASI | head -n "$cities"); do
    city_args+=(--city "$name")
  done
fi

use_sandbox_as_tix "$app_port" "$api"
export Store__Sqlite__Path="$work/bench.db"
curl -sf -X DELETE "$api/sandbox/counters" >/dev/null

start=$(date +%s.%N)
dotnet CineRadar.Scraper/bin/Release/net10.0/cineradar.dll scrape schedules --rate "$rate" --mode "$mode" "${city_args[@]}" >"$work/cli.log" 2>&1 &
cli=$!
peak=0
while kill -0 "$cli" 2>/dev/null; do
  hwm=$(awk '/VmHWM/ {print $2}' "/proc/$cli/status" 2>/dev/null || echo 0)
  [ -n "$hwm" ] && [ "$hwm" -gt "$peak" ] && peak=$hwm
  sleep 0.2
done
wait "$cli" && status=0 || status=$?
end=$(date +%s.%N)

tail -n 2 "$work/cli.log"
requests=$(catalog_requests "$api")
swept=$(grep -oE '[0-9]+/[0-9]+ cities' "$work/cli.log" | tail -n 1 | cut -d/ -f2 | cut -d' ' -f1)
awk -v start="$start" -v end="$end" -v req="$requests" -v rate="$rate" -v peak="$peak" -v cities="$swept" -v mode="$mode" -v status="$status" 'BEGIN {
  wall = end - start; ideal = req / rate;
  printf "mode %s, rate %s req/s, exit %d: %d cities, %d requests (%.1f per city), wall %.1f s, ideal %.1f s, ratio %.3f, peak RSS %.0f MB\n",
    mode, rate, status, cities, req, req / cities, wall, ideal, wall / ideal, peak / 1024 }'
