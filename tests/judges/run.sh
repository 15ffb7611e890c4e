#!/usr/bin/env bash
# Third-party judges against a real `quantix serve` (SQLite, loopback): schemathesis fuzzing every operation of
# schema.graphql, signed in, with bounded examples (0 server errors: tests/judges/schemathesis_hooks.py), the
# graphql-http audit (0 MUST failures) and GraphiQL rendering and running a query in headless Chromium with
# the network closed.
set -euo pipefail
cd "$(dirname "$0")"
ROOT="$(cd ../.. && pwd)"
QUANTIX="$ROOT/.venv/bin/quantix"

if ! command -v chromium >/dev/null 2>&1; then
  echo "judges: installing Debian's chromium (never \`playwright install\`)"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --silent
fi

WORK="$(mktemp -d)"
PORT="$("$ROOT/.venv/bin/python" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
SERVER_PID=""
cleanup() {
  if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

env -u REDIS_URL -u META_GRAPH_URL -u META_DIALOG_URL -u SMTP_URL \
  QUANTIX_ENV=development QUANTIX_META_SANDBOX=false QUANTIX_GRAPHIQL=true QUANTIX_GRAPHQL_INTROSPECTION=true \
  DATABASE_URL="sqlite://$WORK/judges.db" QUANTIX_ERASURE_LEDGER_PATH="$WORK/ledger.jsonl" \
  QUANTIX_BASE_URL="http://127.0.0.1:$PORT" QUANTIX_LOG_LEVEL=WARNING \
  "$QUANTIX" serve --host 127.0.0.1 --port "$PORT" >"$WORK/serve.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 100); do
  curl -fsS "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1 && break
  if ! kill -0 "$SERVER_PID" 2>/dev/null; then cat "$WORK/serve.log"; echo "judges: quantix serve died"; exit 1; fi
  sleep 0.2
done

status=0
# A signed-in member first (before the fuzzer spends the sign-up allowance), so resolvers past the
# authentication check are fuzzed too. Upload (importLeads) is multipart, which the fuzzer cannot send.
TOKEN="$(curl -fsS "http://127.0.0.1:$PORT/graphql" -H 'content-type: application/json' -d '{"query":
  "mutation($i: SignUpInput!) { signUp(input: $i) { token } }", "variables": {"i": {"email": "judge@example.com",
  "password": "a long and unusual passphrase", "fullName": "Judge Dredd", "companyName": "Judges",
  "birthDate": "1990-05-17", "acceptedPolicyVersion": "1"}}}' \
  | "$ROOT/.venv/bin/python" -c 'import json, sys; print(json.load(sys.stdin)["data"]["signUp"]["token"])')"
SCHEMATHESIS_HOOKS=schemathesis_hooks PYTHONPATH=. "$ROOT/.venv/bin/st" run "$ROOT/schema.graphql" \
  --url "http://127.0.0.1:$PORT/graphql" -H "Authorization: Bearer $TOKEN" --checks no_server_errors \
  --max-examples 5 --workers 1 --exclude-name Mutation.importLeads --seed 1 --no-color || status=1
node audit.mjs "http://127.0.0.1:$PORT/graphql" || status=1
node graphiql.mjs "http://127.0.0.1:$PORT" || status=1
if [ "$status" -ne 0 ]; then echo "--- serve log ---"; tail -50 "$WORK/serve.log"; fi
exit "$status"
