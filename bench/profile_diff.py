#!/usr/bin/env python3
"""Where one build executes more instructions than another, by function.

Runs one single-thread benchmark under valgrind's callgrind on two ftpy
builds (default: build/gil/ftpy and build/nogil/ftpy) and prints the total
instructions executed by each and the functions (self cost, source file of
the inlined code included, so the refcount fast paths inlined into the eval
loop show as gc/refcount.h) whose instruction count grew or shrank most.

    python3 bench/profile_diff.py nbody                  # the benchmark's quick size
    python3 bench/profile_diff.py closures --size 60000 --top 20
    python3 bench/profile_diff.py nbody --a build/nogil/ftpy --b build/nogil-atomic/ftpy
    python3 bench/profile_diff.py --totals --interp ftpy-gil=build/gil/ftpy \
        --interp ftpy-nogil=build/nogil/ftpy --out instructions.json   # every benchmark

--totals counts only the total instructions of every bench/single benchmark
(or those of --benchmarks) at its quick size on each --interp, and writes
them as JSON (scripts/papers.sh puts them beside the timings in papers/).

Instruction counts do not depend on the machine's load, which makes them a
steady complement to the timings of papers/: they show what extra work a
build does. They do not show what an instruction costs: an atomic
read-modify-write is one instruction, like the plain add it replaces, so the
atomic-counting ablation runs *fewer* instructions than biased counting
while taking longer. Needs valgrind (apt-get install -y valgrind); a run
takes 50-100 times the benchmark's normal time.
"""

import json
import os
import re
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import harness  # noqa: E402  (arg_parser, SINGLE_HEADER)
TOTAL = re.compile(r"Collected : (\d+)")
LINE = re.compile(r"^\s*([\d,]+) \([^)]*\)\s+(.*)$")


def profile(exe, script, size):
    """(total instructions, {file:function: self instructions})."""
    with tempfile.NamedTemporaryFile(suffix=".callgrind") as out:
        proc = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=" + out.name,
                               exe, script, str(size)], cwd=ROOT, stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE)
        m = TOTAL.search(proc.stderr.decode("utf-8", "replace"))
        if proc.returncode != 0 or not m:
            sys.exit("error: callgrind run of %s failed:\n%s" % (exe, proc.stderr.decode()[-2000:]))
        text = subprocess.run(["callgrind_annotate", "--inclusive=no", "--threshold=100",
                               "--auto=no", out.name], stdout=subprocess.PIPE).stdout.decode()
    funcs = {}
    for line in text.splitlines():
        lm = LINE.match(line)
        if not lm or "PROGRAM TOTALS" in line:
            continue
        name = re.sub(r" \[[^\]]*\]$", "", lm.group(2))  # the object file
        name = name.replace(ROOT + "/", "").replace("(anonymous namespace)::", "")
        name = re.sub(r"\([^()]*\)('\d+)?$", "", name)  # argument list and recursion mark
        funcs[name] = funcs.get(name, 0) + int(lm.group(1).replace(",", ""))
    return int(m.group(1)), funcs


def quick_size(script):
    with open(os.path.join(ROOT, script), encoding="utf-8") as f:
        m = harness.SINGLE_HEADER.search(f.read())
    return int(m.group(2)) if m else 1


def totals(opts):
    """--totals: total instructions per (interpreter, benchmark), as JSON."""
    folder = os.path.join(ROOT, "bench", "single")
    names = sorted(f[:-3] for f in os.listdir(folder)
                   if f.endswith(".py") and f != "run.py" and not f.startswith("_"))
    if opts.benchmarks:
        names = [n for n in names if n in opts.benchmarks.split(",")]
    interps = [dict(zip(("name", "path"), spec.split("=", 1))) for spec in opts.interp]
    started = time.time()
    rows = []
    for n in names:
        script = os.path.join("bench", "single", n + ".py")
        size = quick_size(script)
        for i in interps:
            total, _ = profile(i["path"], script, size)
            rows.append({"interp": i["name"], "benchmark": n, "size": size,
                         "instructions": total})
            sys.stderr.write("[%4.0fs] callgrind %-14s %-22s %d instructions\n"
                             % (time.time() - started, n, i["name"], total))
    meta = {"command": " ".join(["python3", "bench/profile_diff.py"] + sys.argv[1:]),
            "date_utc": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "interpreters": interps, "seconds_total": time.time() - started}
    with open(opts.out, "w", encoding="utf-8") as f:
        json.dump({"meta": meta, "rows": rows}, f, indent=1)
        f.write("\n")
    print("wrote %s (%d runs in %.0f s)" % (opts.out, len(rows), time.time() - started))
    return 0


def main():
    ap = harness.arg_parser(__doc__)
    ap.add_argument("benchmark", nargs="?", help="a bench/single name (nbody) or a script path")
    ap.add_argument("--totals", action="store_true",
                    help="only total instructions of every benchmark on every --interp")
    ap.add_argument("--interp", action="append", default=[], metavar="NAME=PATH",
                    help="with --totals: an interpreter (repeatable)")
    ap.add_argument("--benchmarks", help="with --totals: comma list (default: all)")
    ap.add_argument("--out", default="instructions.json", help="with --totals: the JSON file")
    ap.add_argument("--a", default="build/gil/ftpy", help="the reference build")
    ap.add_argument("--b", default="build/nogil/ftpy", help="the build compared with it")
    ap.add_argument("--size", type=int, help="benchmark size (default: its quick size)")
    ap.add_argument("--top", type=int, default=12, help="functions listed each way")
    opts = ap.parse_args()
    if opts.totals:
        return totals(opts)
    if not opts.benchmark:
        ap.error("give a benchmark, or --totals")
    script = opts.benchmark if opts.benchmark.endswith(".py") else \
        os.path.join("bench", "single", opts.benchmark + ".py")
    size = opts.size if opts.size is not None else quick_size(script)
    ta, fa = profile(opts.a, script, size)
    tb, fb = profile(opts.b, script, size)
    extra = tb - ta
    print("%s %d: %s %d instructions, %s %d (%+.1f%%)"
          % (script, size, opts.a, ta, opts.b, tb, 100.0 * extra / ta))
    diffs = sorted(((fb.get(k, 0) - fa.get(k, 0), k) for k in set(fa) | set(fb)), reverse=True)
    print("\nmost instructions added (share of the difference):")
    for d, k in diffs[:opts.top]:
        if d > 0:
            print("  %+13d %6.1f%%  %s" % (d, 100.0 * d / extra if extra else 0.0, k[:110]))
    print("\nmost instructions removed:")
    for d, k in reversed(diffs[-opts.top:]):
        if d < 0:
            print("  %+13d %6.1f%%  %s" % (d, 100.0 * d / extra if extra else 0.0, k[:110]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
