#!/usr/bin/env bash
# Makes a headless Chromium available for the browser tests (the weekly report's HTML is rendered and
# printed the way a reader's browser does it), with pdftotext (poppler-utils) to read the printed text
# back. Prints the browser's path on stdout; everything else on stderr. Debian's `chromium` and
# `poppler-utils` packages, installed with apt-get when missing and this runs as root (CI machines and
# this project's dev machines). Exit 1 when they cannot be had: the caller decides whether that fails
# (CI=true) or skips.
set -euo pipefail

find_browser() {
  for b in "${SIGNALHOUSE_CHROMIUM:-}" chromium chromium-headless-shell chromium-browser google-chrome; do
    [ -n "$b" ] && command -v "$b" >/dev/null 2>&1 && { command -v "$b"; return 0; }
  done
  return 1
}

if find_browser && command -v pdftotext >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "== installing Debian's chromium (apt-get)" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core poppler-utils >&2
  command -v pdftotext >/dev/null 2>&1 && find_browser && exit 0
fi
echo "no headless chromium or pdftotext: install Debian's 'chromium' and 'poppler-utils' packages (apt-get install chromium poppler-utils) or set SIGNALHOUSE_CHROMIUM" >&2
exit 1
