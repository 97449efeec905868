#!/usr/bin/env bash
# azd's postprovision hook: creates firestore.indexes.json's indexes in the deployment's Firestore database with
# `cineradar store indexes`. Reads FIRESTORE_PROJECT and FIRESTORE_CREDENTIALS_FILE (a service account's JSON key) from
# the azd environment (azd env set FIRESTORE_PROJECT ...); without them it says what to set and skips.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${FIRESTORE_PROJECT:-}" ] || [ -z "${FIRESTORE_CREDENTIALS_FILE:-}" ]; then
  echo "Firestore indexes not created: azd env set FIRESTORE_PROJECT <project> and FIRESTORE_CREDENTIALS_FILE <key.json>, then azd hooks run postprovision." >&2
  exit 0
fi
Store__Provider=Firestore Store__Firestore__ProjectId="$FIRESTORE_PROJECT" Store__Firestore__CredentialsPath="$FIRESTORE_CREDENTIALS_FILE" \
  dotnet run --project CineRadar.Scraper -c Release -- store indexes --file firestore.indexes.json
