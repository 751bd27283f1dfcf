#!/usr/bin/env bash
# THE test command (README.md; .ci/run runs exactly this).
#
#   scripts/test.sh [extra ctest arguments, e.g. -L shared or -R golden/]
#
# 1. installs missing Debian packages (scripts/deps.sh; no-op when all are present);
# 2. configures and builds the presets of the test matrix (build/<preset>;
#    existing build folders are reused, so a second run only rebuilds what changed);
# 3. runs ctest on both (--output-on-failure -j2) and prints one summary line per
#    variant.  Exits non-zero if any build or test failed.
#
# Environment: FTPY_VARIANTS (default: the whole matrix below), FTPY_WERROR (default OFF; CI
# turns warnings into errors by setting it to ON here), FTPY_JOBS (build jobs,
# default: number of cores), FTPY_SKIP_DEPS=1 to skip the package check.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# The test matrix: both variants, each free-threaded ablation, the BRC-queue
# stress build, the ThreadSanitizer builds, the AddressSanitizer + UBSan +
# LeakSanitizer builds and the libFuzzer build, whose tests are a short run of
# each fuzz target (README.md, "Presets").
DEFAULT_VARIANTS="gil nogil nogil-atomic nogil-sysalloc nogil-lockedreads nogil-nodeferred stress-nogil tsan-nogil tsan-gil asan asan-gil fuzz"
read -r -a VARIANTS <<< "${FTPY_VARIANTS:-$DEFAULT_VARIANTS}"
WERROR=${FTPY_WERROR:-OFF}
JOBS=${FTPY_JOBS:-$(nproc 2>/dev/null || echo 2)}
start_all=$SECONDS

if [[ ${FTPY_SKIP_DEPS:-0} != 1 ]]; then
  scripts/deps.sh
fi

# The build folder of a preset: build/<preset>, except `asan`, whose
# binaryDir in CMakePresets.json is build/asan-nogil.
build_dir_of() {
  case $1 in
    asan) echo build/asan-nogil ;;
    *) echo "build/$1" ;;
  esac
}

# A build folder configured with another generator cannot be reused by the preset
# (which uses Ninja): start that one afresh.
reset_if_foreign() {
  local dir
  dir=$(build_dir_of "$1")
  local cache="$dir/CMakeCache.txt"
  if [[ -f $cache ]] && ! grep -q '^CMAKE_GENERATOR:INTERNAL=Ninja$' "$cache"; then
    echo "test.sh: $dir was configured with another generator; removing it"
    rm -rf "$dir"
  fi
}

mkdir -p build
declare -A summary
failed=0
for v in "${VARIANTS[@]}"; do
  echo
  echo "=== ${v}: configure + build ==="
  t0=$SECONDS
  reset_if_foreign "$v"
  if ! cmake --preset "$v" -DFTPY_WERROR="$WERROR" || ! cmake --build --preset "$v" -j "$JOBS"
  then
    summary[$v]="FAIL  build failed ($((SECONDS - t0)) s)"
    failed=1
    continue
  fi
  build_s=$((SECONDS - t0))

  echo
  echo "=== ${v}: test ==="
  t0=$SECONDS
  log="$(build_dir_of "$v")/ctest-summary.log"
  set +e
  ctest --preset "$v" --output-on-failure -j2 "$@" 2>&1 | tee "$log"
  rc=${PIPESTATUS[0]}
  set -e
  line=$(grep -E 'tests passed|No tests were found' "$log" | tail -n 1 || true)
  skipped=$(grep -c '(Skipped)' "$log" || true)
  [[ $skipped -gt 0 ]] && line="$line, $skipped skipped"
  timing="build ${build_s} s, tests $((SECONDS - t0)) s"
  if [[ $rc -eq 0 ]]; then
    summary[$v]="PASS  ${line:-ctest passed} (${timing})"
  else
    summary[$v]="FAIL  ${line:-ctest exit status $rc} (${timing})"
    failed=1
  fi
done

echo
echo "=== summary ($((SECONDS - start_all)) s) ==="
for v in "${VARIANTS[@]}"; do
  printf '%-6s %s\n' "$v:" "${summary[$v]}"
done
exit $failed
