#!/usr/bin/env bash
# Start a single-node Apache Kafka 4.x broker (KRaft mode, no ZooKeeper, no Docker)
# in the background, for integration tests.
#
# How it works
#   1. Jars: <repo>/.cache/kafka/libs, filled by fetch.sh (Maven, see pom.xml). This
#      script runs fetch.sh first, which is a no-op once the jars are there.
#   2. Config: every start (re)writes DATA_DIR/server.properties and DATA_DIR/log4j2.xml.
#      The node is broker and controller at once (process.roles=broker,controller,
#      node.id=1): the PLAINTEXT listener on BROKER_PORT serves clients, the CONTROLLER
#      listener on CONTROLLER_PORT serves the KRaft quorum. Both bind to KAFKA_HOST only
#      (127.0.0.1 by default), not to every interface. Replication factors and min ISR
#      of the internal topics are 1, and group.initial.rebalance.delay.ms=0 so consumer
#      groups form at once.
#   3. Storage: when DATA_DIR/data/meta.properties is missing, the log dir is formatted
#      with `kafka.tools.StorageTool format --standalone -t <cluster id>` (the cluster id
#      is kept in DATA_DIR/cluster.id). A formatted dir remembers the controller
#      endpoint, so a data dir may only be restarted on the same ports (DATA_DIR/ports
#      records them and a mismatch is refused).
#   4. Launch: `java kafka.Kafka server.properties` runs under setsid with nohup, stdin
#      from /dev/null and stdout/stderr to DATA_DIR/logs/stdout.log; the broker's own
#      log4j2 log goes to DATA_DIR/logs/server.log (the previous one is kept as
#      server.log.prev). The pid is written to DATA_DIR/kafka.pid (stop.sh uses it).
#   5. Ready: waits until the process is alive, BROKER_PORT accepts TCP connections AND
#      this run's server.log has "Kafka Server started" (logged after the broker has
#      caught up with the metadata log and was unfenced, i.e. it can create topics and
#      serve produce/fetch). On timeout or an early exit of the JVM it prints the log
#      tails, kills the half-started JVM and exits non-zero.
#   After a crash (kill -9) the same command restarts the broker on the same data dir:
#   Kafka recovers its logs; the controller refuses the new broker incarnation until the
#   old one's session expires (broker.session.timeout.ms, lowered to 3s here).
#   If a broker from DATA_DIR is already running, start.sh only waits for it to be ready.
#   A concurrent start.sh on the same DATA_DIR waits on a lock (flock).
#
# Usage: start.sh [--port N] [--controller-port N] [--data-dir DIR] [--prop key=value]... [--add-scram SPEC]...
#   --add-scram 'SCRAM-SHA-256=[name=alice,password=…]' creates a SCRAM user when the storage is
#   formatted (kafka-storage format --add-scram); it has no effect on an already formatted data dir.
# Env (flags win over env):
#   KAFKA_BROKER_PORT      client port                       (default 19092)
#   KAFKA_CONTROLLER_PORT  KRaft controller port             (default 19093)
#   KAFKA_DATA_DIR         state dir                         (default <repo>/.cache/kafka/run)
#   KAFKA_HOST             bind + advertised host            (default 127.0.0.1)
#   KAFKA_HEAP_OPTS        JVM heap                          (default -Xmx512m -Xms256m)
#   KAFKA_JVM_PERF_OPTS    GC/JIT options  (default -XX:+UseG1GC -XX:MaxGCPauseMillis=20
#                          -XX:TieredStopAtLevel=1: C1 only, starts ~2x faster on 2 cores)
#   KAFKA_JVM_OPTS         extra JVM options                 (default none)
#   KAFKA_START_TIMEOUT    seconds to wait for readiness     (default 90)
#   JAVA_HOME              java to use (else `java` on PATH; Java 17+ needed)
#   SIGNALHOUSE_KAFKA_CACHE  cache root holding libs/        (default <repo>/.cache/kafka)
# Ports 19092/19093 are chosen not to clash with a developer's own Kafka on 9092/9093.
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$SCRIPT_DIR/../.." && pwd)"
CACHE_DIR="${SIGNALHOUSE_KAFKA_CACHE:-$REPO_ROOT/.cache/kafka}"
LIBS_DIR="$CACHE_DIR/libs"

BROKER_PORT="${KAFKA_BROKER_PORT:-19092}"
CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-19093}"
DATA_DIR="${KAFKA_DATA_DIR:-$CACHE_DIR/run}"
HOST="${KAFKA_HOST:-127.0.0.1}"
HEAP_OPTS="${KAFKA_HEAP_OPTS:--Xmx512m -Xms256m}"
PERF_OPTS="${KAFKA_JVM_PERF_OPTS:--XX:+UseG1GC -XX:MaxGCPauseMillis=20 -XX:TieredStopAtLevel=1}"
START_TIMEOUT="${KAFKA_START_TIMEOUT:-90}"
EXTRA_PROPS=()
FORMAT_ARGS=()

usage() { sed -n 's/^# \{0,1\}Usage: /Usage: /p' "${BASH_SOURCE[0]}"; }
while [[ $# -gt 0 ]]; do
  case "$1" in
    --port) BROKER_PORT="$2"; shift 2 ;;
    --controller-port) CONTROLLER_PORT="$2"; shift 2 ;;
    --data-dir) DATA_DIR="$2"; shift 2 ;;
    --prop) EXTRA_PROPS+=("$2"); shift 2 ;;
    --add-scram) FORMAT_ARGS+=(--add-scram "$2"); shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "[kafka/start] unknown argument: $1" >&2; usage >&2; exit 2 ;;
  esac
done

log() { echo "[kafka/start] $*"; }
die() { echo "[kafka/start] ERROR: $*" >&2; exit 1; }

for p in "$BROKER_PORT" "$CONTROLLER_PORT"; do
  [[ "$p" =~ ^[0-9]+$ ]] && (( p > 0 && p < 65536 )) || die "invalid port: $p"
done
[[ "$BROKER_PORT" != "$CONTROLLER_PORT" ]] || die "broker and controller ports must differ"

mkdir -p "$DATA_DIR"
DATA_DIR="$(cd "$DATA_DIR" && pwd)"
LOG_DIR="$DATA_DIR/logs"
KAFKA_LOG_DIRS="$DATA_DIR/data"
PID_FILE="$DATA_DIR/kafka.pid"
SERVER_LOG="$LOG_DIR/server.log"
STDOUT_LOG="$LOG_DIR/stdout.log"
PROPS="$DATA_DIR/server.properties"
LOG4J="$DATA_DIR/log4j2.xml"
mkdir -p "$LOG_DIR" "$KAFKA_LOG_DIRS"

# One start at a time per data dir.
exec 9>"$DATA_DIR/.start.lock"
flock 9

# --- java ------------------------------------------------------------------------
if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then
  JAVA="$JAVA_HOME/bin/java"
else
  JAVA="$(command -v java || true)"
fi
[[ -n "$JAVA" ]] || die "java not found (set JAVA_HOME or put Java 17+ on PATH)"
java_major="$("$JAVA" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n1)"
[[ -n "$java_major" && "$java_major" -ge 17 ]] || die "Kafka 4 needs Java 17+, $JAVA is version '${java_major:-unknown}'"

# --- helpers -------------------------------------------------------------------------
# Alive = exists and is not a zombie (an unreaped dead JVM must count as gone).
alive() {
  local st
  kill -0 "$1" 2>/dev/null || return 1
  st="$(sed -n 's/^State:[[:space:]]*\([A-Z]\).*/\1/p' "/proc/$1/status" 2>/dev/null || true)"
  [[ "$st" != "Z" && "$st" != "X" ]]
}

port_open() { (exec 3<>"/dev/tcp/$HOST/$1") 2>/dev/null; }

# Our broker = the pid in PID_FILE is alive and is a kafka.Kafka run on this data dir.
running_pid() {
  [[ -f "$PID_FILE" ]] || return 1
  local pid cmd
  pid="$(cat "$PID_FILE" 2>/dev/null || true)"
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  alive "$pid" || return 1
  cmd="$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null || true)"
  [[ "$cmd" == *kafka.Kafka*"$PROPS"* ]] || return 1
  echo "$pid"
}

show_tails() {
  echo "----- tail of $SERVER_LOG -----" >&2
  tail -n "${1:-60}" "$SERVER_LOG" >&2 2>/dev/null || echo "(no server.log)" >&2
  echo "----- tail of $STDOUT_LOG -----" >&2
  tail -n 30 "$STDOUT_LOG" >&2 2>/dev/null || echo "(no stdout.log)" >&2
  echo "-------------------------------" >&2
}

# Wait until pid is alive, the client port accepts connections and server.log (written
# by this run only, see rotation below) says the server started.
wait_ready() {
  local pid="$1" deadline=$((SECONDS + START_TIMEOUT))
  while true; do
    if ! alive "$pid"; then
      show_tails
      die "broker (pid $pid) exited during startup; logs: $LOG_DIR"
    fi
    if port_open "$BROKER_PORT" && grep -q "Kafka Server started" "$SERVER_LOG" 2>/dev/null; then
      return 0
    fi
    if (( SECONDS >= deadline )); then
      show_tails
      log "killing broker pid $pid that did not become ready"
      kill -9 "$pid" 2>/dev/null || true
      rm -f "$PID_FILE"
      die "broker not ready within ${START_TIMEOUT}s on $HOST:$BROKER_PORT; logs: $LOG_DIR"
    fi
    sleep 0.2
  done
}

# --- already running? -------------------------------------------------------------
if pid="$(running_pid)"; then
  log "broker already running from $DATA_DIR (pid $pid); waiting until it is ready"
  wait_ready "$pid"
  log "ready: $HOST:$BROKER_PORT (pid $pid)"
  exit 0
fi
rm -f "$PID_FILE"

for p in "$BROKER_PORT" "$CONTROLLER_PORT"; do
  if port_open "$p"; then
    die "port $HOST:$p is already in use by another process (another Kafka?); pick other ports with --port/--controller-port"
  fi
done

# --- jars ------------------------------------------------------------------------------
bash "$SCRIPT_DIR/fetch.sh"
[[ -f "$LIBS_DIR/.complete" ]] || die "jars missing in $LIBS_DIR (fetch.sh failed?)"
CLASSPATH_LIBS="$LIBS_DIR/*"

# --- config ------------------------------------------------------------------------------
PORTS_FILE="$DATA_DIR/ports"
if [[ -f "$KAFKA_LOG_DIRS/meta.properties" && -f "$PORTS_FILE" ]]; then
  want="$(cat "$PORTS_FILE")"
  have="$HOST $BROKER_PORT $CONTROLLER_PORT"
  [[ "$want" == "$have" ]] || die "$DATA_DIR was formatted for '$want' (host broker controller), not '$have'; use those ports or another/deleted data dir"
fi

cat >"$PROPS" <<EOF
# Written by scripts/kafka/start.sh on every start; edits are overwritten.
process.roles=broker,controller
node.id=1
controller.quorum.bootstrap.servers=$HOST:$CONTROLLER_PORT
listeners=PLAINTEXT://$HOST:$BROKER_PORT,CONTROLLER://$HOST:$CONTROLLER_PORT
advertised.listeners=PLAINTEXT://$HOST:$BROKER_PORT
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
log.dirs=$KAFKA_LOG_DIRS
num.partitions=1
default.replication.factor=1
min.insync.replicas=1
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
# After a crash (SIGKILL) the restarted controller keeps the old broker registration
# until its session times out (default 9s) and refuses the new incarnation with
# DUPLICATE_BROKER_REGISTRATION meanwhile: a shorter session makes restarts faster.
broker.session.timeout.ms=3000
broker.heartbeat.interval.ms=500
auto.create.topics.enable=true
delete.topic.enable=true
EOF
for kv in "${EXTRA_PROPS[@]+"${EXTRA_PROPS[@]}"}"; do
  [[ "$kv" == *=* ]] || die "--prop expects key=value, got '$kv'"
  echo "$kv" >>"$PROPS"
done

cat >"$LOG4J" <<'EOF'
<?xml version="1.0" encoding="UTF-8"?>
<!-- Written by scripts/kafka/start.sh: the whole broker logs to one file, not stdout. -->
<Configuration status="WARN" shutdownHook="disable">
  <Appenders>
    <File name="file" fileName="${sys:kafka.logs.dir}/server.log" append="true">
      <PatternLayout pattern="[%d] %p %m (%c)%n"/>
    </File>
  </Appenders>
  <Loggers>
    <Logger name="kafka.request.logger" level="WARN"/>
    <Logger name="org.apache.kafka.clients.NetworkClient" level="WARN"/>
    <Root level="INFO">
      <AppenderRef ref="file"/>
    </Root>
  </Loggers>
</Configuration>
EOF

# --- format ------------------------------------------------------------------------------
STORAGE_TOOL_OPTS=(-Xmx256m -XX:TieredStopAtLevel=1 -Dlog4j2.configurationFile="$LOG4J" -Dkafka.logs.dir="$LOG_DIR" -cp "$CLASSPATH_LIBS")
if [[ ! -f "$KAFKA_LOG_DIRS/meta.properties" ]]; then
  if [[ ! -s "$DATA_DIR/cluster.id" ]]; then
    # A Kafka Uuid: 16 random bytes, URL-safe base64 without padding; Kafka never hands
    # out ids that start with '-' (they would look like a CLI flag).
    cid="-"
    while [[ "$cid" == -* ]]; do
      cid="$(head -c 16 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')"
    done
    echo "$cid" >"$DATA_DIR/cluster.id"
  fi
  cluster_id="$(cat "$DATA_DIR/cluster.id")"
  log "formatting $KAFKA_LOG_DIRS (cluster id $cluster_id)"
  rm -rf "${KAFKA_LOG_DIRS:?}"/*
  if ! "$JAVA" "${STORAGE_TOOL_OPTS[@]}" kafka.tools.StorageTool format --standalone \
      -t "$cluster_id" -c "$PROPS" "${FORMAT_ARGS[@]+"${FORMAT_ARGS[@]}"}" >"$LOG_DIR/format.log" 2>&1; then
    cat "$LOG_DIR/format.log" >&2
    die "formatting storage failed"
  fi
  echo "$HOST $BROKER_PORT $CONTROLLER_PORT" >"$PORTS_FILE"
fi

# --- launch ------------------------------------------------------------------------------
[[ -f "$SERVER_LOG" ]] && mv -f "$SERVER_LOG" "$SERVER_LOG.prev"
[[ -f "$STDOUT_LOG" ]] && mv -f "$STDOUT_LOG" "$STDOUT_LOG.prev"

log "starting Kafka broker on $HOST:$BROKER_PORT (controller $CONTROLLER_PORT), data $DATA_DIR"
start_s=$SECONDS
# shellcheck disable=SC2086 # heap/jvm opts are intentionally word-split
setsid nohup "$JAVA" $HEAP_OPTS \
  $PERF_OPTS -XX:+ExitOnOutOfMemoryError \
  -Djava.awt.headless=true \
  -Dkafka.logs.dir="$LOG_DIR" -Dlog4j2.configurationFile="$LOG4J" \
  ${KAFKA_JVM_OPTS:-} \
  -cp "$CLASSPATH_LIBS" kafka.Kafka "$PROPS" \
  </dev/null >"$STDOUT_LOG" 2>&1 9>&- &
pid=$!
echo "$pid" >"$PID_FILE"

wait_ready "$pid"
log "ready: $HOST:$BROKER_PORT (pid $pid, started in $((SECONDS - start_s))s)"
