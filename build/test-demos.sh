#!/usr/bin/env bash
# The two commands a newcomer runs with no tenant, run as a person would, with curl, on loopback:
#  1. the stand-alone fake Logto (src/Logto.Generated.Testing.Server): a client-credentials token, then GET /api/users;
#  2. the portal's --demo: the curl it prints answers the 200 envelope with Alice's applications.
# Needs a build first (it runs with --no-build).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v curl >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y curl >/dev/null; }
work="$(mktemp -d)"
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

# Waits (at most 60 s) until the file holds a line matching the pattern.
wait_for() {
  for _ in $(seq 1 120); do grep -q "$2" "$1" 2>/dev/null && return 0; sleep 0.5; done
  echo "timed out waiting for '$2' in $1:" >&2; cat "$1" >&2; return 1
}

echo "-- stand-alone fake Logto"
port=3901
dotnet run --no-build --project src/Logto.Generated.Testing.Server -- --port "$port" > "$work/fake.log" 2>&1 &
pids+=($!)
wait_for "$work/fake.log" "M2M client secret"
id=$(sed -n 's/.*M2M client id: *//p' "$work/fake.log")
secret=$(sed -n 's/.*M2M client secret: *//p' "$work/fake.log")
resource=$(sed -n 's/.*Management API resource: *//p' "$work/fake.log")
token_json=$(curl -sS --fail -u "$id:$secret" -d grant_type=client_credentials -d "resource=$resource" -d scope=all "http://127.0.0.1:$port/oidc/token")
token=$(sed 's/.*"access_token":"\([^"]*\)".*/\1/' <<<"$token_json")
users_status=$(curl -sS -o "$work/users.json" -w '%{http_code}' -H "Authorization: Bearer $token" "http://127.0.0.1:$port/api/users")
[ "$users_status" = 200 ] || { echo "GET /api/users answered $users_status" >&2; exit 1; }
grep -q '"username":"alice"' "$work/users.json" || { echo "GET /api/users lacks the seeded alice:" >&2; cat "$work/users.json" >&2; exit 1; }
echo "token 200, GET /api/users 200 with the seeded users"

echo "-- portal --demo"
dotnet run --no-build --project src/Logto.Generated.Portal -- --demo --urls=http://127.0.0.1:5981 > "$work/demo.log" 2>&1 &
pids+=($!)
wait_for "$work/demo.log" "curl -H"
curl_line=$(grep -m1 "curl -H" "$work/demo.log" | sed 's/^ *//')
# The printed command, run as printed (with --fail and the status captured).
status=$(eval "${curl_line/curl /curl -sS -o $work/envelope.json -w %\{http_code\} }")
[ "$status" = 200 ] || { echo "the demo's curl answered $status:" >&2; cat "$work/envelope.json" >&2; exit 1; }
grep -q '"code":200' "$work/envelope.json" && grep -qF '"data":[{' "$work/envelope.json" || { echo "the demo's curl did not answer the envelope:" >&2; cat "$work/envelope.json" >&2; exit 1; }
echo "the printed curl answered 200: $(head -c 300 "$work/envelope.json")"
