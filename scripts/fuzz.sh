#!/usr/bin/env bash
# Builds the `fuzz` preset (clang, libFuzzer + ASan + UBSan) and runs each
# fuzz target for SECONDS (default 600), one after the other, printing the
# number of inputs each one executed (README.md, "ASan, UBSan, LSan and
# fuzzing").
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]     TARGET: fuzz_compile, fuzz_run
#
# Inputs that found something stay in build/fuzz/artifacts/; the grown
# corpus stays in build/fuzz/corpus/<target>/ and is reused by the next run.
# Environment: FTPY_JOBS (build jobs, default: number of cores).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

SECONDS_EACH=${1:-600}
shift || true
TARGETS=("$@")
[[ ${#TARGETS[@]} -gt 0 ]] || TARGETS=(fuzz_compile fuzz_run)
JOBS=${FTPY_JOBS:-$(nproc 2>/dev/null || echo 2)}

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j "$JOBS"

status=0
summary=()
for t in "${TARGETS[@]}"; do
  echo
  echo "=== ${t}: ${SECONDS_EACH} s ==="
  set +e
  out=$(python3 fuzz/run_fuzzer.py "build/fuzz/${t}" --seconds "$SECONDS_EACH" \
          --seeds build/fuzz/fuzz/seeds --work build/fuzz/fuzz --dict fuzz/python.dict)
  rc=$?
  set -e
  echo "$out"
  summary+=("$(tail -n 1 <<< "$out")")
  [[ $rc -eq 0 ]] || status=1
done

echo
echo "=== summary ==="
printf '%s\n' "${summary[@]}"
exit $status
