#!/usr/bin/env bash
# papers.sh — regenerates every table and figure of papers/ from scratch.
#
#   scripts/papers.sh            full run into papers/ (about 25 minutes on 2 cores
#                                once the six builds exist; see papers/README.md)
#   scripts/papers.sh --quick    smoke test (< 3 minutes) into build/papers-quick/
#
# Steps, each timed into OUT/data/timing.json:
#   1. record the machine (CPU, cores, kernel, date, commit)  -> OUT/data/machine.json
#   2. build the presets gil, nogil, nogil-atomic, nogil-sysalloc,
#      nogil-lockedreads, nogil-nodeferred (target ftpy only; an existing
#      build folder is reused and only rebuilt incrementally)
#   3. bench/harness.py: every suite on every build and on CPython 3.13
#      (3.13t / 3.14t when found)                              -> OUT/data/harness/
#   4. bench/memory/run.py: bytes per object on each build      -> OUT/data/per_object.*
#   5. bench/profile_diff.py --totals: instructions per single-thread benchmark
#      on ftpy-gil and ftpy-nogil under callgrind (needs valgrind) -> OUT/data/instructions.json
#   6. bench/plot.py: the figures (needs matplotlib for /usr/bin/python3;
#      skipped with a warning without it)                       -> OUT/figures/
#   7. papers/make_tables.py: the tables, spliced into the write-up
#                                                  -> OUT/tables/, OUT/README.md
# With the default OUT (papers/), step 7 rewrites papers/README.md in place;
# with any other OUT it writes OUT/README.md and leaves papers/ alone.
#
# Options:
#   --quick                 quick sizes, 1 run per cell, threads 1,2; OUT defaults to
#                           build/papers-quick (papers/ holds only full-run numbers)
#   --out DIR               where data/, figures/, tables/ and README.md go
#   --interp NAME=COMMAND   run exactly these interpreters (repeatable); no builds
#   --with-cpython          with --interp: add the CPythons found (checksums cross-checked)
#   --no-cpython            do not look for CPython
#   --build always|missing|never
#                           always (default): incremental build of every preset;
#                           missing: build only absent ones; never: use what exists
#
# Exit status 1 when a build failed, a run failed, checksums differ, or a
# table marker is unknown; every step still runs so the outputs show it.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# Full-mode sizes, chosen so that the whole run fits in 30 minutes on a
# 2-core machine (papers/README.md, "Reproducing", has the measured times).
FULL_HARNESS=(--repeat 5 --warmup 0 --threads 1,2 --scale 0.5)
FULL_MEMORY=(--repeat 2)
QUICK_HARNESS=(--quick)
QUICK_MEMORY=(--quick)
# Bytes per object are measured with the cycle collector off; these also with it on.
MEMORY_WITH_GC=(--with-gc ftpy-nogil cpython3.13)
PRESETS=(gil nogil nogil-atomic nogil-sysalloc nogil-lockedreads nogil-nodeferred)

quick=0
out=""
build=always
interps=()
cpython=()
while (($#)); do
  case "$1" in
    --quick) quick=1 ;;
    --out) out="${2:?--out needs a folder}"; shift ;;
    --out=*) out="${1#--out=}" ;;
    --interp) interps+=("${2:?--interp needs NAME=COMMAND}"); shift ;;
    --interp=*) interps+=("${1#--interp=}") ;;
    --with-cpython | --no-cpython) cpython+=("$1") ;;
    --build) build="${2:?--build needs always, missing or never}"; shift ;;
    --build=*) build="${1#--build=}" ;;
    -h | --help) sed -n '2,/^set -uo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "papers.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done
case "$build" in always | missing | never) ;; *) echo "papers.sh: --build $build?" >&2; exit 2 ;; esac
if [[ -z $out ]]; then
  if ((quick)); then out=build/papers-quick; else out=papers; fi
fi
mkdir -p "$out/data" "$out/figures" "$out/tables"
out="$(cd "$out" && pwd)"
root="$(pwd)"
[[ $out == "$root"/* ]] && out="${out#"$root"/}" # relative inside the checkout: tidier records
if ((quick)); then harness_args=("${QUICK_HARNESS[@]}"); memory_args=("${QUICK_MEMORY[@]}")
else harness_args=("${FULL_HARNESS[@]}"); memory_args=("${FULL_MEMORY[@]}"); fi

status=0
steps=()
started=$SECONDS
step_start=$SECONDS
step() { # NAME: close the previous step's clock under NAME
  steps+=("$1=$((SECONDS - step_start))")
  step_start=$SECONDS
}
say() { echo "papers.sh: $*" >&2; }

# 1. The machine, before anything loads it.
python3 papers/make_tables.py --record-machine "$out/data/machine.json" || status=1
step machine

# 2. Builds (not with --interp: then the caller says what to run).
if ((${#interps[@]} == 0)); then
  for p in "${PRESETS[@]}"; do
    exe="build/$p/ftpy"
    if [[ $build == never || ($build == missing && -x $exe) ]]; then
      [[ -x $exe ]] || say "$exe absent; skipped (--build $build)"
    else
      say "build $p"
      if [[ ! -f build/$p/CMakeCache.txt ]] && ! cmake --preset "$p" >"$out/data/build-$p.log" 2>&1; then
        say "configure $p FAILED (see $out/data/build-$p.log)"; status=1; continue
      fi
      if ! cmake --build "build/$p" --target ftpy >>"$out/data/build-$p.log" 2>&1; then
        say "build $p FAILED (see $out/data/build-$p.log)"; status=1; continue
      fi
    fi
    if [[ -x $exe ]]; then
      name="ftpy-$p"
      interps+=("$name=$exe")
    fi
  done
  cpython+=(--with-cpython)
fi
step builds
if ((${#interps[@]} == 0)); then
  say "no interpreter to run (every build failed or is absent)"
  exit 1
fi
interp_args=()
for i in "${interps[@]}"; do interp_args+=(--interp "$i"); done

# 3. Time and peak memory of every workload on every interpreter.
python3 bench/harness.py "${harness_args[@]}" "${interp_args[@]}" "${cpython[@]}" \
  --build never --out "$out/data/harness" >"$out/data/harness.log" || {
  say "bench/harness.py reported failures (see $out/data/harness/results.md)"; status=1; }
tail -n 3 "$out/data/harness.log" >&2
step harness

# 4. Bytes per object, on the interpreters the harness ran.
if [[ -f $out/data/harness/results.json ]]; then
  python3 bench/memory/run.py "${memory_args[@]}" "${MEMORY_WITH_GC[@]}" \
    --from-results "$out/data/harness/results.json" --out "$out/data" >"$out/data/per_object.log" || {
    say "bench/memory/run.py reported failures (see $out/data/per_object.md)"; status=1; }
fi
step memory

# 5. Instructions per single-thread benchmark (callgrind, quick sizes): the
#    load-independent view of what the free-threaded build does more.
instr_args=()
for i in "${interps[@]}"; do
  case "${i%%=*}" in ftpy-gil | ftpy-nogil) instr_args+=(--interp "$i") ;; esac
done
if ! command -v valgrind >/dev/null; then
  say "no valgrind (apt-get install -y valgrind); instruction counts skipped"
elif ((${#instr_args[@]})); then
  ((quick)) && instr_args+=(--benchmarks fib,nqueens)
  python3 bench/profile_diff.py --totals "${instr_args[@]}" --out "$out/data/instructions.json" \
    >"$out/data/instructions.log" 2>&1 || { say "bench/profile_diff.py failed"; status=1; }
fi
step instructions

# 6. Figures.
if /usr/bin/python3 -c 'import matplotlib' 2>/dev/null; then
  if [[ -f $out/data/harness/results.json ]]; then
    /usr/bin/python3 bench/plot.py "$out/data/harness" --out "$out/figures" \
      --per-object "$out/data/per_object.json" >/dev/null || { say "bench/plot.py failed"; status=1; }
  fi
else
  say "no matplotlib for /usr/bin/python3 (apt-get install -y python3-matplotlib); figures skipped"
fi
step figures

# 7. Tables, spliced into the write-up.
python3 papers/make_tables.py --record-timing "$out/data/timing.json" --steps "${steps[@]}" \
  --total $((SECONDS - started)) || status=1
readme_args=(--readme papers/README.md)
[[ $out != papers ]] && readme_args+=(--write-readme "$out/README.md")
python3 papers/make_tables.py --data "$out/data" --tables "$out/tables" --figures "$out/figures" \
  "${readme_args[@]}" || status=1
say "done in $((SECONDS - started)) s: $out (exit status $status)"
exit $status
