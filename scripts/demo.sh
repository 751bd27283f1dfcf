#!/usr/bin/env bash
# THE demo command (README.md).
#
#   scripts/demo.sh [THREADS]
#
# Installs missing Debian packages (scripts/deps.sh), builds the ftpy executable of
# the presets `gil` and `nogil`, then runs bench/demo_threads.py (CPU-bound threads
# counting primes) on both with 1 thread and with THREADS threads (default: the
# number of cores, at least 2, at most 8) and prints a table: variant, threads, wall
# time, speedup over 1 thread (scripts/demo.py).
# Environment: FTPY_DEMO_LIMIT (count primes below it, default 500000),
# FTPY_DEMO_RUNS (runs per cell, median shown; default 3), FTPY_SKIP_DEPS=1.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

cores=$(nproc 2>/dev/null || echo 2)
default_threads=$(( cores < 2 ? 2 : (cores > 8 ? 8 : cores) ))
THREADS=${1:-$default_threads}
if ! [[ $THREADS =~ ^[1-9][0-9]*$ ]]; then
  echo "usage: scripts/demo.sh [THREADS]" >&2
  exit 2
fi

if [[ ${FTPY_SKIP_DEPS:-0} != 1 ]]; then
  scripts/deps.sh
fi

for v in gil nogil; do
  echo "=== building ${v} ==="
  cache="build/$v/CMakeCache.txt"
  if [[ -f $cache ]] && ! grep -q '^CMAKE_GENERATOR:INTERNAL=Ninja$' "$cache"; then
    rm -rf "build/$v"  # configured with another generator: the preset needs Ninja
  fi
  cmake --preset "$v" >/dev/null
  if ! cmake --build --preset "$v" --target ftpy; then
    echo "demo.sh: the ${v} build failed; see the errors above" >&2
    exit 1
  fi
done

echo
exec python3 scripts/demo.py --threads "$THREADS" \
  --limit "${FTPY_DEMO_LIMIT:-500000}" --runs "${FTPY_DEMO_RUNS:-3}" \
  --variant "GIL=build/gil/ftpy" --variant "free-threaded=build/nogil/ftpy"
