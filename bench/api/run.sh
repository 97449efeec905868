#!/usr/bin/env bash
# Measures the Api's movie list with wrk, in one run: a bare Kestrel endpoint answering the same bytes (the floor), the
# same endpoint behind the framework middleware the Api runs (the pipeline floor), the Api with its cache (HybridCache,
# memory only) with the service key and with a B2B key that has a rate limit, and the Api with the cache turned off
# (every read from SQLite). The store is a national sandbox day scraped by cineradar-dev (the cineradar commands with the
# sandbox in-process). Then the Api with Redis, where key limits are shared by replicas: the same B2B key (leases from
# Redis, spent locally), and a limited key that wrk drives far over its limit, whose admitted requests are checked
# against the limit. Needs wrk, jq, sqlite3 and redis-server.
# Usage: bench/api/run.sh [duration=20s] [connections=32]
set -euo pipefail
cd "$(dirname "$0")/../.."
duration="${1:-20s}" connections="${2:-32}"
key="bench-service-key-0123456789abcdef"
bare="http://127.0.0.1:5390" cached="http://127.0.0.1:5391" uncached="http://127.0.0.1:5392" pipeline="http://127.0.0.1:5393"
shared="http://127.0.0.1:5394" redis_port=5395
# The limited key's requests per minute: far below what wrk sends, so most of its requests are refused.
limited_rpm=60000
work="$(mktemp -d)"
pids=()
trap 'kill "${pids[@]}" 2>/dev/null; rm -rf "$work"' EXIT

dotnet build CineRadar.Tools -c Release -nologo -clp:ErrorsOnly >/dev/null
dotnet build CineRadar.Api -c Release -nologo -clp:ErrorsOnly >/dev/null
echo "Scraping a national sandbox day into $work/bench.db ..."
Store__Sqlite__Path="$work/bench.db" \
  dotnet CineRadar.Tools/bin/Release/net10.0/cineradar-dev.dll scrape schedules --source sandbox --rate 200 | tail -1
# A B2B key goes through the store lookup and its own token bucket; its limit (the CLI allows at most 100,000 a
# minute) is raised so far above what wrk can send that no request is refused: the bench measures the check, not 429s.
b2b="$(Store__Sqlite__Path="$work/bench.db" dotnet CineRadar.Scraper/bin/Release/net10.0/cineradar.dll keys create --name bench --rpm 100000 \
  | grep -o 'crk_[A-Za-z0-9]*')"
sqlite3 "$work/bench.db" "UPDATE api_keys SET requests_per_minute = 60000000 WHERE name = 'bench'"
limited="$(Store__Sqlite__Path="$work/bench.db" dotnet CineRadar.Scraper/bin/Release/net10.0/cineradar.dll keys create --name limited --rpm "$limited_rpm" \
  | grep -o 'crk_[A-Za-z0-9]*')"
redis-server --port "$redis_port" --bind 127.0.0.1 --save "" --appendonly no >"$work/redis.log" 2>&1 &
pids+=($!)

start_api() { # url, extra settings...
  local url="$1"; shift
  dotnet CineRadar.Api/bin/Release/net10.0/CineRadar.Api.dll --urls "$url" --Store:Provider=Sqlite \
    --Store:Sqlite:Path="$work/bench.db" --ApiKeys:Services:public="$key" --Logging:LogLevel:Default=Warning "$@" \
    >"$work/api-${url##*:}.log" 2>&1 &
  pids+=($!)
  until curl -sf "$url/health" >/dev/null; do sleep 0.2; done
}
start_api "$cached"
start_api "$uncached" --Cache:Enabled=false
start_api "$shared" --ConnectionStrings:cache="127.0.0.1:$redis_port"
curl -sf -H "X-Api-Key: $key" "$cached/api/v1/movies" >"$work/movies.json"
echo "Movie list: $(jq '.movies | length' "$work/movies.json") movies, $(wc -c <"$work/movies.json") bytes"
dotnet run bench/api/BareEndpoint.cs -- "$work/movies.json" "$bare" >"$work/bare.log" 2>&1 &
pids+=($!)
until curl -sf "$bare/api/v1/movies" >/dev/null; do sleep 0.2; done
cmp -s "$work/movies.json" <(curl -s "$bare/api/v1/movies") || { echo "bare endpoint answers other bytes" >&2; exit 1; }
dotnet run bench/api/PipelineEndpoint.cs -- "$work/movies.json" "$pipeline" >"$work/pipeline.log" 2>&1 &
pids+=($!)
until curl -sf -H "X-Api-Key: $key" "$pipeline/api/v1/movies" >/dev/null; do sleep 0.2; done

measure() { # name, url, connections, [key]
  local secret="${4:-$key}"
  wrk -t2 -c"$3" -d5s --timeout 30s -H "X-Api-Key: $secret" "$2/api/v1/movies" >/dev/null
  wrk -t2 -c"$3" -d"$duration" --timeout 30s --latency -H "X-Api-Key: $secret" "$2/api/v1/movies" >"$work/$1.txt"
  local rps p99
  rps="$(awk '/^Requests\/sec/ {print $2}' "$work/$1.txt")"
  p99="$(awk '$1 == "99%" {print $2}' "$work/$1.txt")"
  grep -q "Non-2xx" "$work/$1.txt" && { echo "$1: non-2xx answers" >&2; cat "$work/$1.txt" >&2; exit 1; }
  printf '%-9s %10s req/s   p99 %s\n' "$1" "$rps" "$p99"
  eval "rps_$1=$rps"
}
measure bare "$bare" "$connections"
measure pipeline "$pipeline" "$connections"
measure cached "$cached" "$connections"
measure b2b "$cached" "$connections" "$b2b"
measure shared "$shared" "$connections" "$b2b"
# Every uncached read rebuilds the day from the store: a few connections are enough to saturate both cores.
measure uncached "$uncached" 2
awk -v c="$rps_cached" -v b="$rps_bare" -v u="$rps_uncached" -v p="$rps_pipeline" -v k="$rps_b2b" -v s="$rps_shared" \
  'BEGIN { printf "pipeline/bare %.2f; cached/bare %.2f, cached/pipeline %.2f; b2b/bare %.2f, b2b/pipeline %.2f; shared/bare %.2f, shared/pipeline %.2f; uncached/bare %.3f\n", p / b, c / b, c / p, k / b, k / p, s / b, s / p, u / b }'

# The limited key, with no warm-up (its bucket starts full): what is admitted must stay within a minute's worth, the
# refill over the run, and one lease (a second's worth) of slack.
wrk -t2 -c"$connections" -d"$duration" --timeout 30s --latency -H "X-Api-Key: $limited" "$shared/api/v1/movies" >"$work/limited.txt"
awk -v rpm="$limited_rpm" '
  / requests in / { total = $1; seconds = $4 + 0 }
  /Non-2xx or 3xx responses/ { refused = $5 }
  /^Requests\/sec/ { rps = $2 }
  $1 == "99%" { p99 = $2 }
  END {
    admitted = total - refused; bound = rpm + rpm / 60 * seconds + int((rpm + 59) / 60)
    printf "limited   %10s req/s   p99 %s; %d admitted of %d (bound %d), %d refused with 429\n", rps, p99, admitted, total, bound, refused
    if (admitted > bound) { print "limited: more admitted than the limit allows" > "/dev/stderr"; exit 1 }
  }' "$work/limited.txt"
refused="$(curl -s -o /dev/null -w '%{http_code}' -H "X-Api-Key: $limited" "$shared/api/v1/movies")"
[ "$refused" = 429 ] || { echo "limited: a refused request answered $refused, not 429" >&2; exit 1; }
