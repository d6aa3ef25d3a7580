#!/usr/bin/env bash
# Stop the broker that start.sh started from DATA_DIR (via DATA_DIR/kafka.pid).
# Sends SIGTERM (controlled shutdown), waits up to KAFKA_STOP_TIMEOUT seconds for the
# JVM to exit, then SIGKILLs it. No pid file / no such process = nothing to do (exit 0).
#
# Usage: stop.sh [--data-dir DIR]
# Env:   KAFKA_DATA_DIR (default <repo>/.cache/kafka/run), KAFKA_STOP_TIMEOUT (default 30)
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$SCRIPT_DIR/../.." && pwd)"
CACHE_DIR="${SIGNALHOUSE_KAFKA_CACHE:-$REPO_ROOT/.cache/kafka}"
DATA_DIR="${KAFKA_DATA_DIR:-$CACHE_DIR/run}"
STOP_TIMEOUT="${KAFKA_STOP_TIMEOUT:-30}"

while [[ $# -gt 0 ]]; do
  case "$1" in
    --data-dir) DATA_DIR="$2"; shift 2 ;;
    -h|--help) sed -n 's/^# Usage: /Usage: /p' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) echo "[kafka/stop] unknown argument: $1" >&2; exit 2 ;;
  esac
done

log() { echo "[kafka/stop] $*"; }
# Alive = exists and is not a zombie (an unreaped dead JVM must count as gone).
alive() {
  local st
  kill -0 "$1" 2>/dev/null || return 1
  st="$(sed -n 's/^State:[[:space:]]*\([A-Z]\).*/\1/p' "/proc/$1/status" 2>/dev/null || true)"
  [[ "$st" != "Z" && "$st" != "X" ]]
}

PID_FILE="$DATA_DIR/kafka.pid"
if [[ ! -f "$PID_FILE" ]]; then
  log "no pid file in $DATA_DIR; nothing to stop"
  exit 0
fi
DATA_DIR="$(cd "$DATA_DIR" && pwd)"
pid="$(cat "$PID_FILE" 2>/dev/null || true)"

# Only signal the pid if it still is our broker (pids get reused).
cmd=""
if [[ "$pid" =~ ^[0-9]+$ ]] && alive "$pid"; then
  cmd="$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null || true)"
fi
if [[ "$cmd" != *kafka.Kafka*"$DATA_DIR/server.properties"* ]]; then
  log "broker from $DATA_DIR is not running (stale pid file ${pid:-empty}); removing it"
  rm -f "$PID_FILE"
  exit 0
fi

log "stopping broker pid $pid (SIGTERM, up to ${STOP_TIMEOUT}s)"
kill -TERM "$pid" 2>/dev/null || true
deadline=$((SECONDS + STOP_TIMEOUT))
while alive "$pid"; do
  if (( SECONDS >= deadline )); then
    log "still running after ${STOP_TIMEOUT}s; sending SIGKILL"
    kill -KILL "$pid" 2>/dev/null || true
    kill_deadline=$((SECONDS + 10))
    while alive "$pid" && (( SECONDS < kill_deadline )); do sleep 0.1; done
    break
  fi
  sleep 0.1
done
rm -f "$PID_FILE"
log "stopped"
