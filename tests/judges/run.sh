#!/usr/bin/env bash
# Third-party judges against a real `quantix serve` (SQLite, loopback): the graphql-http audit (0 MUST
# failures) and GraphiQL rendering and running a query in headless Chromium with the network closed.
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
node audit.mjs "http://127.0.0.1:$PORT/graphql" || status=1
node graphiql.mjs "http://127.0.0.1:$PORT" || status=1
if [ "$status" -ne 0 ]; then echo "--- serve log ---"; tail -50 "$WORK/serve.log"; fi
exit "$status"
