#!/usr/bin/env bash
# Makes sure the Debian packages CineRadar uses are present: redis-server (the shared cache), chromium (the
# scraper's browser and the browser tests) and npm (the build restores the offline map's Natural Earth shapes). Installs them with apt when it can (root, or sudo without a
# password); otherwise prints one line naming what is missing.
#   eng/prerequisites.sh required   -> missing packages are an error (tests need them)
#   eng/prerequisites.sh optional   -> missing packages are a warning (the system runs without them)
set -euo pipefail

need="${1:-required}"
missing=()
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
[ -x /usr/lib/chromium/chromium ] || missing+=(chromium)
command -v npm >/dev/null 2>&1 || missing+=(npm)
[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v dotnet >/dev/null 2>&1; then
  echo "CineRadar needs the .NET 10 SDK (dotnet) on PATH." >&2
  exit 1
fi

apt=()
if [ "$(id -u)" -eq 0 ]; then
  apt=(apt-get)
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  apt=(sudo apt-get)
fi

if [ ${#apt[@]} -gt 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing ${missing[*]} with apt-get..."
  export DEBIAN_FRONTEND=noninteractive
  "${apt[@]}" update -qq >/dev/null
  "${apt[@]}" install -y -qq "${missing[@]}" >/dev/null
  exit 0
fi

if [ "$need" = required ]; then
  echo "Missing Debian packages: ${missing[*]} (run: sudo apt-get install -y ${missing[*]})" >&2
  exit 1
fi
echo "Warning: missing Debian packages: ${missing[*]} (sudo apt-get install -y ${missing[*]}); continuing without them." >&2
