#!/usr/bin/env bash
# Proves the scraper's image with no container engine: reads CineRadar.Scraper/Dockerfile and replays its own steps on
# this Debian machine (so this script cannot drift from the Dockerfile), the image's filesystem standing under a
# temporary root:
#   build stage: WORKDIR and COPY give a clean copy of the repository (minus .dockerignore), its RUN steps publish;
#   final stage: RUN steps run as they are (apt-get, the image user), COPY --from lands the publish folder under the
#   root, ENV, USER, WORKDIR and ENTRYPOINT make the command line of the container.
# Then, as the image's user with the image's environment, the published scraper finds its Playwright driver, carries no
# TIX sandbox, launches Chromium and sweeps two cities of a standalone TIX sandbox as if it were TIX.
# Needs root (apt-get, the image user), as a container build does. Exits non-zero on the first failed check.
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$PWD"
dockerfile="CineRadar.Scraper/Dockerfile"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

if [ "$(id -u)" -ne 0 ]; then
  echo "verify-image: needs root (the image's apt-get and useradd steps run on this machine)." >&2
  exit 1
fi

work="$(mktemp -d /tmp/cineradar-image.XXXXXX)"
chmod 755 "$work"
sandbox_pid=""
cleanup() {
  [ -n "$sandbox_pid" ] && kill "$sandbox_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# The Dockerfile's instructions, one per line (continuations joined, comments dropped).
steps="$work/steps"
sed -e 's/\r$//' "$dockerfile" | grep -v '^[[:space:]]*#' \
  | awk '{ if (sub(/\\[[:space:]]*$/, "")) { line = line $0 " " } else { print line $0; line = "" } }' \
  | sed -e 's/[[:space:]]\+/ /g' -e 's/^ //' | grep -v '^$' >"$steps"

# Absolute paths the image owns (its WORKDIRs, COPY targets and the build stage's outputs) live under a stage's root;
# everything else (/usr/lib/chromium, /home/cineradar) is this machine's, installed by the replayed RUN steps.
owned_paths=$(grep -oE '^(WORKDIR|COPY)( --[a-z]+=[^ ]+)* .*' "$steps" | grep -oE '(^| )/[A-Za-z0-9._-]+' | sed 's/^ //' \
  | awk -F/ '{print "/" $2}' | sort -u)
map_paths() { # map_paths ROOT TEXT: prefixes every image-owned absolute path in TEXT with ROOT
  local root="$1" text="$2" top
  for top in $owned_paths; do
    text=$(sed -E "s#(^|[ =\"'])${top}(/|[ \"']|\$)#\\1${root}${top}\\2#g" <<<"$text")
  done
  printf '%s' "$text"
}

copy_context() { # copy_context DEST: the build context, the repository minus .dockerignore
  local excludes=() pattern
  while IFS= read -r pattern; do
    pattern="${pattern%%#*}"; pattern="${pattern%/}"; pattern="${pattern// /}"
    [ -z "$pattern" ] && continue
    case "$pattern" in
      '**/'*) excludes+=("--exclude=${pattern#\*\*/}") ;;
      *) excludes+=("--exclude=./$pattern") ;;
    esac
  done <.dockerignore
  mkdir -p "$1"
  tar -C "$repo" "${excludes[@]}" -cf - . | tar -C "$1" -xf -
}

declare -A stage_root
stage=0 root="" cwd="" user="root" entrypoint=""
envs=()
while IFS= read -r step; do
  instruction="${step%% *}" args="${step#* }"
  case "$instruction" in
    FROM)
      stage=$((stage + 1)) root="$work/stage$stage" cwd="/" user="root" envs=() entrypoint=""
      mkdir -p "$root"
      name=$(grep -oiE ' as [A-Za-z0-9_-]+$' <<<"$step" | awk '{print $2}' || true)
      [ -n "$name" ] && stage_root[$name]="$root"
      echo "verify-image: stage $stage: ${args}" ;;
    WORKDIR)
      cwd="$args"; mkdir -p "$root$cwd" ;;
    COPY)
      if [[ "$args" == --from=* ]]; then
        from="${args%% *}" from="${from#--from=}" rest="${args#* }"
        src="${rest% *}" dest="${rest##* }"
        mkdir -p "$root$dest"
        cp -a "${stage_root[$from]}$src/." "$root$dest/"
        echo "verify-image: COPY --from=$from $src -> $dest"
      elif [ "$args" = ". ." ]; then
        copy_context "$root$cwd"
        echo "verify-image: COPY the build context -> $cwd"
      else
        echo "verify-image: unsupported COPY '$args' (extend eng/verify-image.sh)" >&2; exit 1
      fi ;;
    RUN)
      if grep -qE '(^| )useradd ' <<<"$args"; then
        image_user=$(awk '{print $NF}' <<<"$args") uid=$(grep -oE -- '--uid [0-9]+' <<<"$args" | awk '{print $2}')
        if id -u "$image_user" >/dev/null 2>&1; then
          [ "$(id -u "$image_user")" = "$uid" ] || { echo "verify-image: user $image_user exists with another uid" >&2; exit 1; }
          echo "verify-image: RUN (user $image_user, uid $uid, already present)"
          continue
        fi
      fi
      command=$(map_paths "$root" "$args")
      echo "verify-image: RUN $command"
      (cd "$root$cwd" && DEBIAN_FRONTEND=noninteractive bash -euo pipefail -c "$command") ;;
    ENV)
      while read -r pair; do
        [ -n "$pair" ] && envs+=("$(map_paths "$root" "$pair")")
      done < <(tr ' ' '\n' <<<"$args") ;;
    USER)
      user="$args" ;;
    EXPOSE) ;;
    ENTRYPOINT)
      entrypoint=$(sed -E 's/^\[ *"([^"]+)".*/\1/' <<<"$args") ;;
    *)
      echo "verify-image: unsupported instruction $instruction (extend eng/verify-image.sh)" >&2; exit 1 ;;
  esac
done <"$steps"

app="$root$(dirname "$entrypoint")"
program="$root$entrypoint"
check() { echo "verify-image: ok: $1"; }
fail() { echo "verify-image: FAILED: $1" >&2; exit 1; }

[ "$user" != root ] || fail "the image runs as root"
check "the image runs as '$user' (uid $(id -u "$user"))"
[ -x "$program" ] || fail "no executable entry point $entrypoint"
as_user() { setpriv --reuid="$user" --regid="$(id -g "$user")" --init-groups "$@"; }
as_user test -x "$app/.playwright/node/linux-x64/node" || fail "the Playwright driver's node is missing or not executable by '$user' ($app/.playwright)"
[ -f "$app/.playwright/package/cli.js" ] || fail "the Playwright driver package is not in the image"
check "the Playwright driver is published with the scraper"
if find "$app" -name 'CineRadar.TixSandbox*' | grep -q .; then fail "the image carries the TIX sandbox"; fi
check "no TIX sandbox in the image"
chromium=$(printf '%s\n' "${envs[@]}" | sed -n 's/^Tix__Browser__ExecutablePath=//p')
[ -x "$chromium" ] || fail "Tix__Browser__ExecutablePath ($chromium) is not an executable in the image"
check "Chromium at $chromium ($("$chromium" --version 2>/dev/null | head -n 1))"

# A standalone TIX sandbox, reached as real TIX is (source tix, URLs and the demo account from outside).
echo "verify-image: starting the TIX sandbox"
dotnet build CineRadar.TixSandbox -c Release -nologo -clp:ErrorsOnly >/dev/null
app_port=$(shuf -i 20000-29999 -n 1) api_port=$((app_port + 1))
dotnet CineRadar.TixSandbox/bin/Release/net10.0/CineRadar.TixSandbox.dll --app-port "$app_port" --api-port "$api_port" \
  --Logging:LogLevel:Default=Warning >"$work/sandbox.log" 2>&1 &
sandbox_pid=$!
for _ in $(seq 1 600); do curl -sf "http://127.0.0.1:$api_port/health" >/dev/null && break; sleep 0.2; done
curl -sf "http://127.0.0.1:$api_port/health" >/dev/null || { cat "$work/sandbox.log" >&2; fail "the sandbox did not start"; }
demo() { sed -n "s/.*\"$1\": *\"\([^\"]*\)\".*/\1/p" "$repo/CineRadar.TixSandbox/appsettings.json" | head -n 1; }

data="$work/data"
mkdir -p "$data" && chown "$user" "$data"
echo "verify-image: sweeping BANDUNG and YOGYAKARTA as '$user' with the image's environment"
status=0
(cd "$root$cwd" && env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin "${envs[@]}" \
  Tix__AppUrl="http://127.0.0.1:$app_port/" Tix__ApiUrl="http://127.0.0.1:$api_port/" \
  Tix__Phone="$(demo Phone)" Tix__Password="$(demo Password)" Tix__Browser__RenderWait=00:00:01 \
  Store__Provider=Sqlite Store__Sqlite__Path="$data/cineradar.db" \
  setpriv --reuid="$user" --regid="$(id -g "$user")" --init-groups "$program" scrape schedules --source tix --city BANDUNG --city YOGYAKARTA) >"$work/sweep.log" 2>&1 || status=$?
cat "$work/sweep.log"
[ "$status" -eq 0 ] || fail "the sweep exited with $status"
grep -qE 'success: 2/2 cities \(ok 2,' "$work/sweep.log" || fail "the sweep did not finish both cities"
check "the published scraper launched Chromium and swept two cities as '$user'"
