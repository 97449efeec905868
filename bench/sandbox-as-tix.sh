# Sourced by the scraper benchmarks: the TIX sandbox taken for real TIX, as an operator would point CineRadar at it.

# Points the scraper at the sandbox (source tix, its URLs and demo account): use_sandbox_as_tix <app port> <api url>
use_sandbox_as_tix() {
  export Tix__Source=tix Tix__AppUrl="http://127.0.0.1:$1/" Tix__ApiUrl="$2/"
  export Tix__Phone="$(jq -r .Sandbox.DemoAccount.Phone CineRadar.TixSandbox/appsettings.json)"
  export Tix__Password="$(jq -r .Sandbox.DemoAccount.Password CineRadar.TixSandbox/appsettings.json)"
  export Tix__Browser__RenderWait=00:00:01
}

# The requests the sandbox counted on the catalog endpoints (cities, movies, schedules) since its counters were
# cleared: catalog_requests <api url>
catalog_requests() {
  curl -s "$1/sandbox/counters" | jq '[.endpoints | to_entries[] | select(.key | test("^GET /v1/(cities|movies|schedules)")) | select(.key | test("layout") | not) | .value | to_entries[] | .value] | add'
}
