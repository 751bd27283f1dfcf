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
import math
import os
import shlex
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "single"))
import run as single_run  # noqa: E402  (discover, geomean: the suite's own)


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
    ratios = {name: [] for name, _ in interps[1:]}
    for bench in single_run.discover(args.benchmarks):
        argv = [bench["path"], str(bench["default"])]
        best = {name: math.inf for name, _ in interps}
        for _ in range(args.runs):
            for name, command in interps:
                best[name] = min(best[name], cpu_seconds(command + argv))
        ref = best[interps[0][0]]
        cells = []
        for name, _ in interps:
            cells.append("%s=%.3f(%.3f)" % (name, best[name], best[name] / ref))
            if name in ratios:
                ratios[name].append(best[name] / ref)
        print("%-14s %s" % (bench["name"], " ".join(cells)), flush=True)
    for name, values in ratios.items():
        print("geomean %s/%s: %.3f" % (name, interps[0][0], single_run.geomean(values)))


if __name__ == "__main__":
    main()
