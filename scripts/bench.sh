#!/usr/bin/env bash
# Runs the benchmark harness (bench/harness.py) and, when matplotlib is there,
# draws its figures (bench/plot.py) into the same results folder.
#
#   scripts/bench.sh [harness arguments]      e.g. scripts/bench.sh --quick
#                                                  scripts/bench.sh --threads 1,2,4,8 --ablations all
#
# Builds build/gil and build/nogil when they are missing (pass --build never to
# forbid that).  Results: bench/results/<UTC time>/ unless --out or --name says
# otherwise.  Timing is reported, never asserted; exit status 1 means a run
# failed or checksums differ.  FTPY_BENCH_NO_PLOT=1 skips the figures.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

args=("$@")
out=""
for ((i = 0; i < ${#args[@]}; i++)); do
  case "${args[i]}" in
    --out) out="${args[i + 1]:-}" ;;
    --out=*) out="${args[i]#--out=}" ;;
    --name) out="bench/results/${args[i + 1]:-}" ;;
    --name=*) out="bench/results/${args[i]#--name=}" ;;
  esac
done
if [[ -z $out ]]; then
  out="bench/results/$(date -u +%Y%m%d-%H%M%S)"
  args+=(--out "$out")
fi

python3 bench/harness.py "${args[@]}"
status=$?
if [[ ${FTPY_BENCH_NO_PLOT:-0} != 1 && -f $out/results.json ]]; then
  if /usr/bin/python3 -c 'import matplotlib' 2>/dev/null; then
    /usr/bin/python3 bench/plot.py "$out" || status=1
  else
    echo "bench.sh: no matplotlib for /usr/bin/python3 (apt-get install -y python3-matplotlib); figures skipped" >&2
  fi
fi
exit $status
