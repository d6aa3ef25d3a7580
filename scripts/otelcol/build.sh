#!/usr/bin/env bash
# Builds the OpenTelemetry Collector that the compose test validates otelcol/*.yaml with, using the
# OpenTelemetry Collector Builder (ocb) from the Go module proxy. Needs Go (>= 1.24; found on PATH or
# in /usr/local/go/bin). The binary is cached under .cache/otelcol/ keyed by the manifest's hash:
# about 90 s cold on 2 cores, instant once cached. Prints the binary's path on its last line.
set -euo pipefail
cd "$(dirname "$0")/../.."

BUILDER_VERSION=v0.165.0
manifest=scripts/otelcol/builder-config.yaml
cache=.cache/otelcol
key=$( (cat "$manifest"; echo "$BUILDER_VERSION") | sha256sum | cut -c1-16)
binary="$cache/otelcol-signalhouse-$key"

if [ -x "$binary" ]; then echo "$PWD/$binary"; exit 0; fi

export PATH="$PATH:/usr/local/go/bin:$HOME/go/bin"
command -v go >/dev/null || { echo "build.sh: Go is not installed (https://go.dev/dl/)" >&2; exit 2; }
mkdir -p "$cache"
export GOBIN="$PWD/$cache/bin"
if [ ! -x "$GOBIN/builder-$BUILDER_VERSION" ]; then
  echo "== installing the Collector Builder $BUILDER_VERSION" >&2
  go install "go.opentelemetry.io/collector/cmd/builder@$BUILDER_VERSION" >&2
  mv "$GOBIN/builder" "$GOBIN/builder-$BUILDER_VERSION"
fi
echo "== building the Collector from $manifest" >&2
rm -rf "$cache/build"
"$GOBIN/builder-$BUILDER_VERSION" --config="$manifest" >&2
mv "$cache/build/otelcol-signalhouse" "$binary"
echo "$PWD/$binary"
