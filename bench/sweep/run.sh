#!/usr/bin/env bash
# A national sweep of the TIX sandbox at a fixed request rate, timed. Starts the sandbox (Release), runs
# `cineradar scrape schedules` against it as if it were real TIX (source tix, the sandbox's URLs and demo account),
# and reports wall time, requests (the sandbox's own counters), the ratio wall / (requests / rate), requests per city
# and the scraper's peak RSS (its own process; Chromium's processes are not counted).
# Usage: bench/sweep/run.sh [rate=5] [mode=api] [cities=all|N]
set -euo pipefail
cd "$(dirname "$0")/../.."
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

export Tix__Source=tix Tix__AppUrl="http://127.0.0.1:$app_port/" Tix__ApiUrl="$api/"
export Tix__Phone="$(jq -r .Sandbox.DemoAccount.Phone CineRadar.TixSandbox/appsettings.json)"
export Tix__Password="$(jq -r .Sandbox.DemoAccount.Password CineRadar.TixSandbox/appsettings.json)"
export Tix__Browser__RenderWait=00:00:01 Store__Sqlite__Path="$work/bench.db"
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
counters="$(curl -s "$api/sandbox/counters")"
requests=$(jq '[.endpoints | to_entries[] | select(.key | test("^GET /v1/(cities|movies|schedules)")) | select(.key | test("layout") | not) | .value | to_entries[] | .value] | add' <<<"$counters")
swept=$(grep -oE '[0-9]+/[0-9]+ cities' "$work/cli.log" | tail -n 1 | cut -d/ -f2 | cut -d' ' -f1)
awk -v start="$start" -v end="$end" -v req="$requests" -v rate="$rate" -v peak="$peak" -v cities="$swept" -v mode="$mode" -v status="$status" 'BEGIN {
  wall = end - start; ideal = req / rate;
  printf "mode %s, rate %s req/s, exit %d: %d cities, %d requests (%.1f per city), wall %.1f s, ideal %.1f s, ratio %.3f, peak RSS %.0f MB\n",
    mode, rate, status, cities, req, req / cities, wall, ideal, wall / ideal, peak / 1024 }'
