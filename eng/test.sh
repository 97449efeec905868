#!/usr/bin/env bash
# Builds CineRadar (analyzers, warnings as errors) and runs every test project, then prints the test counts and the
# line coverage of the logic projects. Exits non-zero when a build step fails, a test fails or is skipped, or coverage
# is under its floor. The last line is "N passed, N failed, N skipped".
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
bash eng/prerequisites.sh required

results=".ci/out/TestResults"
rm -rf "$results"
mkdir -p "$results"

dotnet build CineRadar.sln -c Release -warnaserror -nologo -clp:ErrorsOnly

status=0
# --collect (not only the settings file) loads coverlet's in-process collector too, which writes each test host's hits
# when its tests end; without it the hits are written at process exit, which VSTest may cut short on a busy machine.
dotnet test CineRadar.sln -c Release --no-build --nologo \
  --collect "XPlat Code Coverage" --settings eng/coverage.runsettings \
  --results-directory "$results" || status=$?

dotnet run eng/TestReport.cs -- "$results" || status=$?
exit $status
