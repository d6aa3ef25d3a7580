#!/usr/bin/env bash
# Fetch the Apache Kafka broker jars (kafka_2.13 + runtime deps, see pom.xml beside
# this script) from Maven Central into <repo>/.cache/kafka/libs, for start.sh.
#
# Idempotent: a marker file (libs/.complete) holds a hash of pom.xml; when it matches,
# nothing is downloaded. Changing the Kafka version in pom.xml triggers a refetch.
# Needs only java (17+, checked by start.sh) and mvn on PATH. Safe to run concurrently
# (flock), and an interrupted fetch never leaves a half-filled libs folder behind.
#
# Env:
#   SIGNALHOUSE_KAFKA_CACHE  cache root (default <repo>/.cache/kafka)
#   KAFKA_MVN_ARGS           extra arguments for mvn (e.g. -o, -s settings.xml)
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$SCRIPT_DIR/../.." && pwd)"
CACHE_DIR="${SIGNALHOUSE_KAFKA_CACHE:-$REPO_ROOT/.cache/kafka}"
LIBS_DIR="$CACHE_DIR/libs"
POM="$SCRIPT_DIR/pom.xml"
MARKER="$LIBS_DIR/.complete"

log() { echo "[kafka/fetch] $*"; }

pom_hash() { sha256sum "$POM" | cut -d' ' -f1; }

is_complete() {
  [[ -f "$MARKER" ]] && [[ "$(cat "$MARKER")" == "$(pom_hash)" ]]
}

if is_complete; then
  log "jars already present in $LIBS_DIR ($(find "$LIBS_DIR" -name '*.jar' | wc -l) jars), nothing to do"
  exit 0
fi

if ! command -v mvn >/dev/null 2>&1; then
  log "ERROR: mvn (Apache Maven) is not on PATH; it is needed to fetch the Kafka jars" >&2
  log "       e.g. apt-get install -y maven" >&2
  exit 1
fi

mkdir -p "$CACHE_DIR"
exec 9>"$CACHE_DIR/.fetch.lock"
if ! flock -n 9; then
  log "another fetch is running; waiting for it"
  flock 9
fi
# The other fetch may have finished the job while we waited.
if is_complete; then
  log "jars already present in $LIBS_DIR, nothing to do"
  exit 0
fi

KAFKA_VERSION="$(sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' "$POM" | head -n1)"
TMP_DIR="$CACHE_DIR/libs.tmp.$$"
trap 'rm -rf "$TMP_DIR"' EXIT
rm -rf "$TMP_DIR"

log "fetching org.apache.kafka:kafka_2.13:$KAFKA_VERSION and its runtime dependencies with Maven"
log "  pom:    $POM"
log "  target: $LIBS_DIR"
start_s=$SECONDS
# shellcheck disable=SC2086 # KAFKA_MVN_ARGS is intentionally word-split
# (Debian's Maven 3.8 prints stray ANSI resets even in batch mode: strip them.)
mvn -B -q -Dstyle.color=never ${KAFKA_MVN_ARGS:-} -f "$POM" \
  dependency:copy-dependencies -DoutputDirectory="$TMP_DIR" 2>&1 |
  sed -u 's/\x1b\[[0-9;]*m//g' | { grep -v '^[[:space:]]*$' || true; }

jar_count="$(find "$TMP_DIR" -name '*.jar' | wc -l)"
if [[ ! -f "$TMP_DIR/kafka_2.13-$KAFKA_VERSION.jar" ]]; then
  log "ERROR: kafka_2.13-$KAFKA_VERSION.jar missing after mvn ran ($jar_count jars fetched)" >&2
  exit 1
fi

rm -rf "$LIBS_DIR"
mv "$TMP_DIR" "$LIBS_DIR"
pom_hash >"$MARKER"
log "done: $jar_count jars ($(du -sh "$LIBS_DIR" | cut -f1)) in $((SECONDS - start_s))s"
