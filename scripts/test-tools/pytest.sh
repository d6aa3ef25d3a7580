#!/usr/bin/env bash
# Prints the path of a pytest the tests can run (test/cli-quarantined.int.test.ts runs the exclude
# filter `signalhouse quarantined --format pytest` prints with a real pytest). Creates, once, a
# virtualenv at <repo>/.cache/pytest-venv with the pinned version below from PyPI; later calls reuse
# it. Needs python3 (3.9+) with the venv module. Safe to run concurrently (flock); an interrupted
# install never leaves a venv that looks complete (the marker is written last).
set -euo pipefail

PYTEST_VERSION=9.2.0
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
VENV="$REPO_ROOT/.cache/pytest-venv"
MARKER="$VENV/.complete-$PYTEST_VERSION"

mkdir -p "$REPO_ROOT/.cache"
exec 9>"$REPO_ROOT/.cache/pytest-venv.lock"
flock 9
if [[ ! -f "$MARKER" ]]; then
  rm -rf "$VENV"
  python3 -m venv "$VENV" >&2
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check "pytest==$PYTEST_VERSION" >&2
  touch "$MARKER"
fi
echo "$VENV/bin/pytest"
