#!/usr/bin/env bash
# The scraper in its production shape: `cineradar` worker processes (Release, the worker host) sharing one SQLite store
# and one redis-server, against the TIX sandbox (Release) as if it were real TIX (source tix, the sandbox's URLs and
# demo account). Measures
#   1. the wall time of one national schedule sweep, queued with the worker's "Run sweep now" command
#      (POST /commands/run-sweep), by one worker and by two workers at the same total request budget (Tix:RequestsPerSecond
#      is for all processes together when they share Redis), each on a fresh store: wall time (run created → finished,
#      from the store), cities ok/failed, the cities each worker swept, cities claimed more than once or missing, and
#      the requests the sandbox counted;
#   2. the seat-sampling leader's failover: two workers sampling seats on the day the two-worker sweep published, the
#      leader (owner of the seat-sampling lease, `{machine}:{pid}:seats`) killed with SIGKILL, and the time until the
#      other worker holds the lease; then a new worker replaces the killed one and the next round kills the new leader.
# Prints one line per measurement. Needs jq, sqlite3 and redis-server.
# Usage: bench/replicas/run.sh [rate=5] [lease=30] [failovers=3] [concurrency=4]
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/sandbox-as-tix.sh
rate="${1:-5}" lease="${2:-30}" failovers="${3:-3}" concurrency="${4:-4}"
work="$(mktemp -d)"
started=()

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
load() { cut -d' ' -f1-3 /proc/loadavg; }
now() { date +%s.%N; }
seconds() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

stop_group() { kill -- "-$1" 2>/dev/null || true; while kill -0 "$1" 2>/dev/null; do sleep 0.2; done; }

# Stops what this script started: each process runs in a session of its own (setsid), so its group holds its children
# (the Playwright driver and Chromium) too.
stop_all() {
  local i
  for (( i = ${#started[@]} - 1; i >= 0; i-- )); do stop_group "${started[i]}"; done # the workers before Redis
}
# KEEP_LOGS=1 keeps the stores and the processes' logs.
trap 'stop_all; if [ -n "${KEEP_LOGS:-}" ]; then echo "logs and stores kept in $work"; else rm -rf "$work"; fi' EXIT

# Starts a detached process in its own session and records its id; the id is that of the process itself (setsid does
# not fork when its caller is not a group leader, which a background job of a script never is).
start() {
  local log="$1"; shift
  setsid "$@" >"$log" 2>&1 &
  last_pid=$!
  disown "$last_pid" # killed on purpose below: no job notices
  started+=("$last_pid")
}

wait_for() { # wait_for <what> <deadline seconds> <command...>
  local what="$1" deadline=$(( $(date +%s) + $2 )); shift 2
  until "$@" >/dev/null 2>&1; do
    if [ "$(date +%s)" -gt "$deadline" ]; then echo "timed out waiting for $what" >&2; exit 1; fi
    sleep 0.25
  done
}

dotnet build CineRadar.TixSandbox -c Release -nologo -clp:ErrorsOnly >/dev/null
dotnet build CineRadar.Scraper -c Release -nologo -clp:ErrorsOnly >/dev/null

app_port=$(free_port) api_port=$(free_port) redis_port=$(free_port)
api="http://127.0.0.1:$api_port"
start "$work/sandbox.log" dotnet CineRadar.TixSandbox/bin/Release/net10.0/CineRadar.TixSandbox.dll \
  --app-port "$app_port" --api-port "$api_port" --Logging:LogLevel:Default=Warning
wait_for "the sandbox" 120 curl -sf "$api/health"
start "$work/redis.log" redis-server --port "$redis_port" --bind 127.0.0.1 --save "" --appendonly no
wait_for "redis-server" 30 redis-cli -p "$redis_port" ping

use_sandbox_as_tix "$app_port" "$api"
export Tix__RequestsPerSecond="$rate" Tix__Concurrency="$concurrency" Tix__ExpectedProcesses=2
export ConnectionStrings__cache="127.0.0.1:$redis_port"
export Sweep__CatchUpOnStart=false Sweep__ResweepAt= Geocoder__Enabled=false
export Sampling__LeaderLeaseDuration="$(printf '00:00:%02d' "$lease")"

# Starts a worker on its own HTTP port and waits until it answers; sets worker_pid and worker_port.
start_worker() {
  worker_port=$(free_port)
  start "$work/worker-$worker_port.log" env ASPNETCORE_URLS="http://127.0.0.1:$worker_port" \
    dotnet CineRadar.Scraper/bin/Release/net10.0/cineradar.dll
  worker_pid=$last_pid
  wait_for "the worker on port $worker_port" 180 curl -sf "http://127.0.0.1:$worker_port/alive"
}


q() { sqlite3 -cmd '.timeout 5000' "$Store__Sqlite__Path" "$@"; }
run_finished() { [ -n "$(q "SELECT 1 FROM runs WHERE id = '$1' AND status NOT IN ('Queued', 'Running')")" ]; }

echo "load average at the start: $(load); total budget $rate req/s, Tix:Concurrency $concurrency per worker"

# 1. One national sweep by N workers on a fresh store, at the same total budget.
sweep() {
  local workers="$1" pids=() ports=()
  export Store__Sqlite__Path="$work/sweep-$workers.db" Sampling__Enabled=false
  redis-cli -p "$redis_port" flushall >/dev/null
  for _ in $(seq "$workers"); do start_worker; pids+=("$worker_pid"); ports+=("$worker_port"); done
  curl -sf -X DELETE "$api/sandbox/counters" >/dev/null
  local load_before; load_before="$(load)"

  local run; run=$(curl -sf -X POST "http://127.0.0.1:${ports[0]}/commands/run-sweep" | jq -r .id)
  wait_for "sweep $run" 3600 run_finished "$run"

  local status wall cities ok failed claimed_again missing by_worker requests item_requests
  status=$(q "SELECT status FROM runs WHERE id = '$run'")
  wall=$(q "SELECT printf('%.1f', (julianday(finished_at) - julianday(created_at)) * 86400) FROM runs WHERE id = '$run'")
  cities=$(q "SELECT count(*) FROM work_items WHERE run_id = '$run' AND key <> 'publish'")
  ok=$(q "SELECT count(*) FROM work_items WHERE run_id = '$run' AND key <> 'publish' AND status IN ('Ok', 'Empty')")
  failed=$(q "SELECT count(*) FROM work_items WHERE run_id = '$run' AND key <> 'publish' AND status = 'Failed'")
  claimed_again=$(q "SELECT count(*) FROM work_items WHERE run_id = '$run' AND key <> 'publish' AND attempts > 1")
  # A city lost on the way: swept with movies, but not in the day the run published.
  missing=$(q "SELECT count(*) FROM work_items w JOIN runs r ON r.id = w.run_id WHERE w.run_id = '$run' AND w.key <> 'publish'
               AND w.status = 'Ok' AND NOT EXISTS (SELECT 1 FROM city_listings l WHERE l.date = r.date AND l.city_id = w.key)")
  item_requests=$(q "SELECT sum(requests) FROM work_items WHERE run_id = '$run' AND key <> 'publish'")
  by_worker=$(q "SELECT group_concat(pid || ': ' || n, ', ') FROM (
                   SELECT substr(owner, instr(owner, ':') + 1, instr(owner, '#') - instr(owner, ':') - 1) AS pid, count(*) AS n
                   FROM work_items WHERE run_id = '$run' AND key <> 'publish' GROUP BY pid ORDER BY pid)")
  requests=$(catalog_requests "$api")
  awk -v w="$workers" -v rate="$rate" -v c="$concurrency" -v status="$status" -v wall="$wall" -v cities="$cities" -v ok="$ok" \
      -v failed="$failed" -v again="$claimed_again" -v missing="$missing" -v by="$by_worker" -v req="$requests" \
      -v ireq="$item_requests" -v lb="$load_before" -v la="$(load)" 'BEGIN {
    printf "sweep, %d worker(s), %s req/s in total, concurrency %d each: %s, %d cities (%d ok, %d failed), wall %.1f s, %d requests counted by the sandbox (%d by the cities themselves), ideal %.1f s, ratio %.3f; cities by worker pid %s; claimed more than once %d, swept but missing from the published day %d; load %s -> %s\n",
      w, rate, c, status, cities, ok, failed, wall, req, ireq, req / rate, wall / (req / rate), by, again, missing, lb, la }'
  for pid in "${pids[@]}"; do stop_group "$pid"; done
}

sweep 1
sweep 2
export Store__Sqlite__Path="$work/sweep-2.db" # the day the two workers published

# 2. Seat-sampling leader failover, on the day the two-worker sweep published, with seat sampling on.
export Sampling__Enabled=true
redis-cli -p "$redis_port" flushall >/dev/null
echo "seat sampling: Sampling:LeaderLeaseDuration = $Sampling__LeaderLeaseDuration, expected takeover within about $(awk -v l="$lease" 'BEGIN { print 1.5 * l }') s (the lease's expiry, then the other worker's poll every half lease)"
declare -A alive=()
for _ in 1 2; do start_worker; alive[$worker_pid]=1; done
# The pid of the seat-sampling lease's live owner when it is one of the running workers (a killed worker's lease stays
# live until it expires); empty otherwise.
running_leader() {
  local pid
  pid=$(q "SELECT owner FROM leases WHERE name = 'seat-sampling' AND lease_until > strftime('%Y-%m-%dT%H:%M:%fZ', 'now')" 2>/dev/null | cut -d: -f2)
  if [ -n "$pid" ] && [ -n "${alive[$pid]:-}" ]; then echo "$pid"; fi
}
has_running_leader() { [ -n "$(running_leader)" ]; }
samples_since() { q "SELECT count(*) FROM seat_samples WHERE sampled_at > '$1'"; }
sampling_since() { [ "$(samples_since "$1")" -gt 0 ]; }
# Steady state first: the leader has logged in and its samples reach the store.
wait_for "the first seat samples" 600 sampling_since "0"
for round in $(seq "$failovers"); do
  wait_for "a seat-sampling leader among the running workers" 300 has_running_leader
  pid=$(running_leader)
  left=$(q "SELECT printf('%.1f', (julianday(lease_until) - julianday('now')) * 86400) FROM leases WHERE name = 'seat-sampling'")
  killed_at=$(now) killed_instant=$(date -u +%Y-%m-%dT%H:%M:%S.%NZ)
  kill -9 "$pid"
  unset "alive[$pid]"
  wait_for "the other worker to take the seat-sampling lease" 600 has_running_leader
  next=$(running_leader) took=$(seconds "$killed_at" "$(now)")
  # A sample taken after the kill can only come from the new leader.
  wait_for "seat samples from the new leader" 600 sampling_since "${killed_instant:0:27}Z"
  resumed=$(seconds "$killed_at" "$(now)")
  kill -- "-$pid" 2>/dev/null || true # the killed worker's Playwright driver and Chromium
  echo "failover $round/$failovers, lease ${lease} s: leader pid $pid killed with ${left} s left on its lease; pid $next held the lease after ${took} s (bound about $(awk -v l="$lease" 'BEGIN { print 1.5 * l }') s) and its first seat samples reached the store after ${resumed} s; load $(load)"
  start_worker; alive[$worker_pid]=1
done
echo "seat samples in the store at the end: $(q "SELECT count(*) FROM seat_samples"); load average at the end: $(load)"
