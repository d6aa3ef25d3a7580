#!/usr/bin/env bash
# Builds the OpenTelemetry Collector that the compose test validates otelcol/*.yaml with, using the
# OpenTelemetry Collector Builder (ocb) from the Go module proxy. Uses Go from PATH or /usr/local/go;
# on a machine without Go it fetches the Go toolchain itself, as the `go` command does, from the module
# proxy (module golang.org/toolchain) into .cache/otelcol/go. The binary is cached under .cache/otelcol/ keyed by the manifest's hash:
# about 90 s cold on 2 cores, instant once cached. Prints the binary's path on its last line.
set -euo pipefail
cd "$(dirname "$0")/../.."

BUILDER_VERSION=v0.165.0
manifest=scripts/otelcol/builder-config.yaml
cache=.cache/otelcol
key=$( (cat "$manifest"; echo "$BUILDER_VERSION") | sha256sum | cut -c1-16)
binary="$cache/otelcol-signalhouse-$key"

if [ -x "$binary" ]; then echo "$PWD/$binary"; exit 0; fi

export PATH="$PATH:/usr/local/go/bin"
mkdir -p "$cache"
if ! command -v go >/dev/null; then
  GO_TOOLCHAIN=v0.0.1-go1.26.0.linux-amd64
  gohome="$PWD/$cache/go/golang.org/toolchain@$GO_TOOLCHAIN"
  if [ ! -x "$gohome/bin/go" ]; then
    echo "== fetching the Go toolchain $GO_TOOLCHAIN from proxy.golang.org" >&2
    curl -fsSL -o "$cache/go.zip" "https://proxy.golang.org/golang.org/toolchain/@v/$GO_TOOLCHAIN.zip"
    rm -rf "$cache/go" && unzip -q "$cache/go.zip" -d "$cache/go" && rm "$cache/go.zip"
    chmod +x "$gohome"/bin/* "$gohome"/pkg/tool/*/*
  fi
  export PATH="$gohome/bin:$PATH"
fi
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
