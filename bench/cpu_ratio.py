#!/usr/bin/env python3
"""CPU-time ratios of single-thread benchmarks between interpreters, side by side.

    python3 bench/cpu_ratio.py                                   # gil vs nogil, 3 runs
    python3 bench/cpu_ratio.py --runs 5 fib nbody
    python3 bench/cpu_ratio.py --interp gil=build/gil/ftpy \\
        --interp nogil=build/nogil/ftpy --interp "mt=env FTPY_MULTITHREADED=1 build/nogil/ftpy"

Runs every bench/single benchmark (or those named) at its default size under
each interpreter in turn, round after round (so that a slow spell of this
shared machine hits every interpreter alike), and takes each one's minimum
user+sys CPU seconds (os.wait4) over the rounds. CPU time, unlike wall time,
leaves out the time the process waited for a core. It prints each time and
its ratio to the first interpreter, then the geometric mean of the ratios.
The first interpreter is the reference. Output is discarded: bench/single/run.py
checks the checksums.
"""
import argparse
import glob
import math
import os
import shlex
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SINGLE = os.path.join(ROOT, "bench", "single")


def cpu_seconds(cmd):
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    if status != 0:
        sys.exit("failed (status %d): %s" % (status, " ".join(cmd)))
    return usage.ru_utime + usage.ru_stime


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter,
                                 epilog="\n".join(__doc__.splitlines()[1:]))
    ap.add_argument("benchmarks", nargs="*", help="bench/single names (default: all)")
    ap.add_argument("--interp", action="append", metavar="NAME=COMMAND",
                    help="interpreter (repeatable; default build/gil/ftpy and build/nogil/ftpy)")
    ap.add_argument("--runs", type=int, default=3, help="rounds (default 3)")
    args = ap.parse_args()
    interps = []
    for spec in args.interp or ["gil=build/gil/ftpy", "nogil=build/nogil/ftpy"]:
        name, _, command = spec.partition("=")
        interps.append((name, shlex.split(command)))
    names = args.benchmarks or sorted(
        os.path.basename(p)[:-3] for p in glob.glob(os.path.join(SINGLE, "*.py"))
        if os.path.basename(p) != "run.py")
    ratios = {name: [] for name, _ in interps[1:]}
    for bench in names:
        path = os.path.join(SINGLE, bench + ".py")
        best = {name: math.inf for name, _ in interps}
        for _ in range(args.runs):
            for name, command in interps:
                best[name] = min(best[name], cpu_seconds(command + [path]))
        ref = best[interps[0][0]]
        cells = []
        for name, _ in interps:
            cells.append("%s=%.3f(%.3f)" % (name, best[name], best[name] / ref))
            if name in ratios:
                ratios[name].append(best[name] / ref)
        print("%-14s %s" % (bench, " ".join(cells)), flush=True)
    for name, values in ratios.items():
        geomean = math.exp(sum(math.log(v) for v in values) / len(values))
        print("geomean %s/%s: %.3f" % (name, interps[0][0], geomean))


if __name__ == "__main__":
    main()
