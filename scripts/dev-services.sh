#!/usr/bin/env bash
# Local dev services for ReportPipeline: Azurite (Blob/Queue/Table) and maildev (SMTP + REST).
# Usage: bash scripts/dev-services.sh start|stop|status
# Idempotent: a service whose port already answers is left alone. `stop` only kills PIDs this script recorded.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# DEV_SERVICES_RUN_DIR lets the test command keep its own data, logs and PIDs apart from the demo's.
RUN="${DEV_SERVICES_RUN_DIR:-$ROOT/.run}"
BLOB_PORT="${AZURITE_BLOB_PORT:-10000}"
QUEUE_PORT="${AZURITE_QUEUE_PORT:-10001}"
TABLE_PORT="${AZURITE_TABLE_PORT:-10002}"
SMTP_PORT="${MAILDEV_SMTP_PORT:-1025}"
WEB_PORT="${MAILDEV_WEB_PORT:-1080}"
HOST=127.0.0.1
WAIT_SECONDS="${DEV_SERVICES_WAIT_SECONDS:-60}"

azurite_answers() {
  # Any HTTP status (even 403) means the blob endpoint is up.
  local code
  code="$(curl -s -o /dev/null -m 2 -w '%{http_code}' "http://$HOST:$BLOB_PORT/devstoreaccount1?comp=list" || true)"
  [[ "$code" != "000" && -n "$code" ]]
}

queue_table_answer() {
  local q t
  q="$(curl -s -o /dev/null -m 2 -w '%{http_code}' "http://$HOST:$QUEUE_PORT/devstoreaccount1?comp=list" || true)"
  t="$(curl -s -o /dev/null -m 2 -w '%{http_code}' "http://$HOST:$TABLE_PORT/devstoreaccount1/Tables" || true)"
  [[ "$q" != "000" && -n "$q" && "$t" != "000" && -n "$t" ]]
}

maildev_answers() {
  curl -s -f -o /dev/null -m 2 "http://$HOST:$WEB_PORT/email"
}

ensure_packages() {
  if [[ ! -x "$ROOT/node_modules/.bin/azurite" || ! -x "$ROOT/node_modules/.bin/maildev" ]]; then
    echo "Installing dev services (npm ci)..."
    (cd "$ROOT" && npm ci --no-audit --no-fund)
  fi
}

wait_for() {
  local name="$1" check="$2" log="$3"
  local deadline=$((SECONDS + WAIT_SECONDS))
  until "$check"; do
    if (( SECONDS >= deadline )); then
      echo "ERROR: $name did not answer within ${WAIT_SECONDS}s; last log lines ($log):" >&2
      tail -n 20 "$log" >&2 || true
      exit 1
    fi
    sleep 0.5
  done
  echo "$name is up."
}

start_azurite() {
  if azurite_answers && queue_table_answer; then
    echo "Azurite already answers on $HOST:$BLOB_PORT/$QUEUE_PORT/$TABLE_PORT; leaving it alone."
    return
  fi
  mkdir -p "$RUN/azurite"
  (cd "$ROOT" && exec nohup "$ROOT/node_modules/.bin/azurite" \
    --blobHost "$HOST" --blobPort "$BLOB_PORT" \
    --queueHost "$HOST" --queuePort "$QUEUE_PORT" \
    --tableHost "$HOST" --tablePort "$TABLE_PORT" \
    --location "$RUN/azurite" --silent --skipApiVersionCheck --loose --disableTelemetry \
    >"$RUN/azurite.log" 2>&1) &
  echo $! >"$RUN/azurite.pid"
  wait_for "Azurite" azurite_answers "$RUN/azurite.log"
  wait_for "Azurite queue/table" queue_table_answer "$RUN/azurite.log"
}

start_maildev() {
  if maildev_answers; then
    echo "maildev already answers on http://$HOST:$WEB_PORT; leaving it alone."
    return
  fi
  (cd "$ROOT" && exec nohup "$ROOT/node_modules/.bin/maildev" \
    --smtp "$SMTP_PORT" --web "$WEB_PORT" --ip "$HOST" --silent \
    >"$RUN/maildev.log" 2>&1) &
  echo $! >"$RUN/maildev.pid"
  wait_for "maildev" maildev_answers "$RUN/maildev.log"
}

stop_one() {
  local name="$1" pidfile="$RUN/$1.pid"
  if [[ ! -f "$pidfile" ]]; then
    echo "$name: no PID recorded by this script; not stopping anything."
    return
  fi
  local pid
  pid="$(cat "$pidfile")"
  if kill -0 "$pid" 2>/dev/null; then
    pkill -TERM -P "$pid" 2>/dev/null || true  # children of the recorded PID only (e.g. a wrapper shell's node)
    kill "$pid" && echo "$name (pid $pid) stopped."
  else
    echo "$name (pid $pid) was not running."
  fi
  rm -f "$pidfile"
}

status() {
  if azurite_answers; then echo "Azurite blob:  up   http://$HOST:$BLOB_PORT"; else echo "Azurite blob:  down"; fi
  if queue_table_answer; then echo "Azurite queue/table: up   :$QUEUE_PORT/:$TABLE_PORT"; else echo "Azurite queue/table: down"; fi
  if maildev_answers; then echo "maildev:       up   smtp $HOST:$SMTP_PORT, web http://$HOST:$WEB_PORT"; else echo "maildev:       down"; fi
}

case "${1:-}" in
  start)
    mkdir -p "$RUN"
    ensure_packages
    start_azurite
    start_maildev
    ;;
  stop)
    stop_one azurite
    stop_one maildev
    ;;
  status)
    status
    ;;
  *)
    echo "usage: $0 start|stop|status" >&2
    exit 2
    ;;
esac
