#!/usr/bin/env bash
# Measures the TIX sandbox's seat-layout endpoint with wrk: starts the sandbox (Release), sets its clock to 06:00 WIB
# of today so that every showtime is still ahead, logs in with the demo account, lists every showtime's layout path
# and lets wrk rotate through them. Usage: bench/sandbox/run.sh [duration=30s] [connections=64] [threads=2]
set -euo pipefail
cd "$(dirname "$0")/../.."
duration="${1:-30s}" connections="${2:-64}" threads="${3:-2}"
app_port=5280 api_port=5281 api="http://127.0.0.1:5281"
work="$(mktemp -d)"

dotnet build CineRadar.TixSandbox -c Release -nologo -clp:ErrorsOnly >/dev/null
dotnet CineRadar.TixSandbox/bin/Release/net10.0/CineRadar.TixSandbox.dll \
  --app-port "$app_port" --api-port "$api_port" --Logging:LogLevel:Default=Warning >"$work/sandbox.log" 2>&1 &
sandbox=$!
trap 'kill "$sandbox"; rm -rf "$work"' EXIT
until curl -sf "$api/health" >/dev/null; do sleep 0.2; done

today="$(curl -s "$api/sandbox/clock" | jq -r .today)"
curl -sf -X PUT "$api/sandbox/clock" -H 'Content-Type: application/json' -d "{\"now\":\"${today}T06:00:00+07:00\"}" >/dev/null
app_headers=(-H 'platform: web' -H 'x-app-version: bench' -H 'Content-Type: application/json')
guest="$(curl -s -X POST "$api/v1/auth" -d '{"client_id":"tixid_guest"}' | jq -r .data.token)"
account="CineRadar.TixSandbox/appsettings.json"
login="$(jq -c '{phone: .Sandbox.DemoAccount.Phone, password: .Sandbox.DemoAccount.Password}' "$account")"
export TIX_TOKEN="$(curl -s -X POST "$api/v1/users/login" "${app_headers[@]}" -H "Authorization: Bearer $guest" -d "$login" | jq -r .data.token)"
export LAYOUT_PATHS="$work/paths.txt"
curl -s "$api/sandbox/truth/day?date=$today" \
  | jq -r '.showtimes[] | select(.listed) | "/v1/movies/\(.chain_path)/layout?show_time_id=\(.show_time_id)&tz=7"' >"$LAYOUT_PATHS"
echo "$(wc -l <"$LAYOUT_PATHS") showtimes of $today; warming up..."
wrk -t"$threads" -c"$connections" -d5s -s bench/sandbox/layout.lua "$api" >/dev/null
wrk -t"$threads" -c"$connections" -d"$duration" --latency -s bench/sandbox/layout.lua "$api"
curl -s "$api/sandbox/counters" | jq -c '.endpoints["GET /v1/movies/{chain}/layout"]'
