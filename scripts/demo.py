#!/usr/bin/env python3
"""Runs bench/demo_threads.py on each build variant with 1 and N threads and prints
a side-by-side table: variant, threads, wall time, speedup over 1 thread.

    scripts/demo.py --threads 4 --variant GIL=build/gil/ftpy \
                    --variant free-threaded=build/nogil/ftpy

Wall time is what the program measures with time.perf_counter() from the first
Thread.start() to the last join(), the median of --runs runs.  A variant that cannot
run the demo yet (no threading module, a crash, a wrong result) gets a row saying
why instead of a number.  Called by scripts/demo.sh after it builds both variants.
"""

import argparse
import os
import re
import statistics
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEMO = os.path.join(ROOT, "bench", "demo_threads.py")
RESULT = re.compile(r"^RESULT threads=(\d+) limit=(\d+) primes=(\d+) seconds=([0-9.eE+-]+)"
                    r" gil=(\S+)", re.MULTILINE)
NO_THREADING = 3  # demo_threads.py's exit status when `import threading` fails


def run_once(ftpy, threads, limit, timeout):
    """Returns (seconds, primes, gil) or raises RuntimeError with a short reason."""
    try:
        proc = subprocess.run([ftpy, DEMO, str(threads), str(limit)], capture_output=True,
                              timeout=timeout, cwd=ROOT)
    except subprocess.TimeoutExpired:
        raise RuntimeError("timed out after %d s" % timeout)
    except OSError as e:
        raise RuntimeError("cannot run %s: %s" % (ftpy, e.strerror))
    out = proc.stdout.decode("utf-8", "replace")
    err = proc.stderr.decode("utf-8", "replace")
    if proc.returncode == NO_THREADING or "No module named 'threading'" in err:
        raise RuntimeError("the threading module is not available yet")
    if proc.returncode < 0:
        raise RuntimeError("killed by signal %d" % -proc.returncode)
    m = RESULT.search(out)
    if proc.returncode != 0 or not m:
        lines = (err.strip() or out.strip() or "no output").splitlines()
        raise RuntimeError("exit %d: %s" % (proc.returncode, lines[-1][:100]))
    return float(m.group(4)), int(m.group(3)), m.group(5)


def measure(ftpy, threads, limit, runs, timeout):
    times = []
    primes = gil = None
    for _ in range(runs):
        seconds, primes, gil = run_once(ftpy, threads, limit, timeout)
        times.append(seconds)
    return statistics.median(times), primes, gil


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--variant", action="append", required=True, metavar="NAME=FTPY",
                    help="a variant's name and runtime executable (repeatable)")
    ap.add_argument("--threads", type=int, default=4, help="N (default 4)")
    ap.add_argument("--limit", type=int, default=500000, help="count primes below this")
    ap.add_argument("--runs", type=int, default=3, help="runs per cell; the median is shown")
    ap.add_argument("--timeout", type=int, default=300, help="seconds per run")
    args = ap.parse_args()

    print("ftpy threads demo: count primes below %d by trial division, split over N threads"
          % args.limit)
    print("(%s; %d CPU cores; wall time = median of %d runs, start..join)\n"
          % (os.path.relpath(DEMO, ROOT), os.cpu_count() or 0, args.runs))
    header = "%-16s %7s %11s %9s  %s" % ("variant", "threads", "wall time", "speedup", "result")
    print(header)
    print("-" * len(header))
    failures = 0
    no_threading = 0
    reference = None  # prime count from the first successful run
    for spec in args.variant:
        name, _, ftpy = spec.partition("=")
        base = None
        for threads in sorted({1, args.threads}):
            try:
                seconds, primes, gil = measure(ftpy, threads, args.limit, args.runs,
                                               args.timeout)
            except RuntimeError as e:
                print("%-16s %7d %11s %9s  %s" % (name, threads, "-", "-", e))
                if "threading" in str(e):
                    no_threading += 1
                    break  # the same for every thread count
                failures += 1
                continue
            if reference is None:
                reference = primes
            if threads == 1:
                base = seconds
            speedup = "%.2fx" % (base / seconds) if base and seconds > 0 else "-"
            verdict = "%d%s" % (primes, "" if primes == reference else " MISMATCH")
            if gil != "unknown":
                verdict += "  (sys._is_gil_enabled() = %s)" % gil
            print("%-16s %7d %9.3f s %9s  %s" % (name, threads, seconds, speedup, verdict))
            sys.stdout.flush()
    if no_threading:
        print("\nThe demo needs the threading module (runtime/modules); it is not there yet "
              "in %d variant(s)." % no_threading)
    if failures:
        print("\nSome cells could not be measured; the reason is in the result column.")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
