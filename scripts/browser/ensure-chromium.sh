#!/usr/bin/env bash
# Makes a headless Chromium available for the browser tests (the weekly report's HTML is rendered the
# way a reader's browser renders it). Prints the browser's path on stdout; everything else on stderr.
# Debian's `chromium` package; installed with apt-get when missing and this runs as root (CI machines
# and this project's dev machines). Exit 1 when no browser can be had: the caller decides whether
# that fails (CI=true) or skips.
set -euo pipefail

find_browser() {
  for b in "${SIGNALHOUSE_CHROMIUM:-}" chromium chromium-headless-shell chromium-browser google-chrome; do
    [ -n "$b" ] && command -v "$b" >/dev/null 2>&1 && { command -v "$b"; return 0; }
  done
  return 1
}

if find_browser; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "== installing Debian's chromium (apt-get)" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >&2
  find_browser && exit 0
fi
echo "no headless chromium: install Debian's 'chromium' package (apt-get install chromium) or set SIGNALHOUSE_CHROMIUM" >&2
exit 1
