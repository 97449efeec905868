#!/usr/bin/env bash
# Runs the whole CineRadar system through its Aspire AppHost: Redis (redis-server when present), the TIX sandbox
# (unless TIX credentials are configured), the Api, the Scraper, Admin and Public. Prints the dashboard login URL.
# Arguments go to the AppHost (e.g. --Deployment:Shape=Production).
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
bash eng/prerequisites.sh optional
exec dotnet run --project CineRadar.AppHost --launch-profile http -- "$@"
