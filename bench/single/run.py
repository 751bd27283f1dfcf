#!/usr/bin/env python3
"""Runs the single-thread benchmarks under several interpreters and compares them.

    python3 bench/single/run.py                         # every benchmark, 3 runs each
    python3 bench/single/run.py --quick                 # 1 run each at the small sizes
    python3 bench/single/run.py fib loops --runs 5
    python3 bench/single/run.py --interp ftpy-gil=build/gil/ftpy \\
        --interp ftpy-nogil=build/nogil/ftpy --interp cpython=python3.13

Interpreters are NAME=COMMAND pairs; COMMAND is a path (relative paths are taken
from the repository root) or a name on PATH.  Without --interp the defaults are
ftpy-gil=build/gil/ftpy, ftpy-nogil=build/nogil/ftpy and cpython=python3.13, each
used only when present.  Benchmarks are the other *.py files in this folder; each
reads an optional size from sys.argv[1] and declares its sizes in a header line
`# bench: default=N quick=M`, and prints one line starting with `checksum`.

Runs are interleaved to spread machine noise: for each repetition, every
benchmark runs once under every interpreter, the interpreter order rotating by
one each time.  Every run's checksum line must equal every other run's (across
interpreters and repetitions); a benchmark where they differ, or where an
interpreter fails, is marked in the table and makes the exit status 1.

Prints a table of median wall-clock seconds per interpreter, the ratios
ftpy*/cpython (above 1: slower than CPython) and nogil/gil, and geometric means;
writes the same to bench/results/single.json and bench/results/single.md (or the
folder given by --out-dir).  Wall time includes interpreter start-up (about
0.01-0.02 s for CPython), small next to the 1-3 s each benchmark takes at its
default size.  Standard library only; runs under any python3 >= 3.8.
"""

import argparse
import json
import math
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DEFAULT_INTERPS = [
    ("ftpy-gil", "build/gil/ftpy"),
    ("ftpy-nogil", "build/nogil/ftpy"),
    ("cpython", "python3.13"),
]
HEADER = re.compile(r"^#\s*bench:\s*default=(\d+)\s+quick=(\d+)", re.MULTILINE)


def resolve(cmd):
    """Returns an absolute path for the interpreter, or None when it is absent."""
    if os.sep in cmd or cmd.startswith("."):
        path = cmd if os.path.isabs(cmd) else os.path.join(ROOT, cmd)
        return os.path.abspath(path) if os.path.isfile(path) and os.access(path, os.X_OK) else None
    return shutil.which(cmd)


def real_executable(path):
    """Asks the interpreter for sys.executable, so that a wrapper in front of it (a
    pyenv shim costs about 0.25 s per start) is not timed; falls back to `path`."""
    import tempfile
    with tempfile.TemporaryDirectory() as tmp:
        probe = os.path.join(tmp, "probe.py")
        with open(probe, "w") as f:
            f.write("import sys\nprint(sys.executable)\n")
        try:
            proc = subprocess.run([path, probe], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                  stdin=subprocess.DEVNULL, timeout=60)
        except (OSError, subprocess.TimeoutExpired):
            return path
    lines = proc.stdout.decode("utf-8", "replace").strip().splitlines()
    exe = lines[-1].strip() if proc.returncode == 0 and lines else ""
    if exe and os.path.isabs(exe) and os.path.isfile(exe) and os.access(exe, os.X_OK):
        return exe
    return path


def discover(selected):
    benches = []
    for name in sorted(os.listdir(HERE)):
        if not name.endswith(".py") or name == os.path.basename(__file__) or name.startswith("_"):
            continue
        path = os.path.join(HERE, name)
        with open(path, encoding="utf-8") as f:
            m = HEADER.search(f.read())
        if not m:
            continue
        benches.append({"name": name[:-3], "path": path,
                        "default": int(m.group(1)), "quick": int(m.group(2))})
    if selected:
        known = {b["name"] for b in benches}
        unknown = [s for s in selected if s not in known]
        if unknown:
            sys.exit("error: unknown benchmark(s): %s (have: %s)"
                     % (", ".join(unknown), ", ".join(sorted(known))))
        benches = [b for b in benches if b["name"] in selected]
    return benches


def run_once(interp_path, bench, size, timeout):
    cmd = [interp_path, os.path.relpath(bench["path"], ROOT), str(size)]
    start = time.perf_counter()
    try:
        proc = subprocess.run(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              stdin=subprocess.DEVNULL, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"ok": False, "error": "timeout after %.0f s" % timeout}
    except OSError as e:
        return {"ok": False, "error": "cannot run: %s" % e}
    seconds = time.perf_counter() - start
    out = proc.stdout.decode("utf-8", "replace")
    lines = [ln for ln in out.splitlines() if ln.startswith("checksum")]
    if proc.returncode != 0:
        err = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        return {"ok": False, "seconds": seconds,
                "error": "exit %d: %s" % (proc.returncode, err[-1] if err else "(no stderr)")}
    if len(lines) != 1:
        return {"ok": False, "seconds": seconds, "error": "no single checksum line in output"}
    return {"ok": True, "seconds": seconds, "checksum": lines[0]}


def geomean(values):
    values = [v for v in values if v is not None and v > 0]
    if not values:
        return None
    return math.exp(sum(math.log(v) for v in values) / len(values))


def ratio_columns(names):
    cols = []
    if "cpython" in names:
        for n in names:
            if n.startswith("ftpy"):
                cols.append(("%s/cpython" % n, n, "cpython"))
    if "ftpy-nogil" in names and "ftpy-gil" in names:
        cols.append(("nogil/gil", "ftpy-nogil", "ftpy-gil"))
    return cols


def fmt(v, digits=3):
    return "-" if v is None else "%.*f" % (digits, v)


def render(rows, names, ratios, geo):
    header = ["benchmark"] + ["%s s" % n for n in names] + [r[0] for r in ratios] + ["check"]
    table = []
    for row in rows:
        cells = [row["name"]]
        cells += [fmt(row["median"].get(n)) if row["median"].get(n) is not None
                  else ("FAIL" if n in row["failed"] else "-") for n in names]
        cells += [fmt(row["ratios"].get(r[0]), 2) for r in ratios]
        cells.append(row["status"])
        table.append(cells)
    if rows and ratios:
        table.append(["geomean"] + ["" for _ in names] + [fmt(geo.get(r[0]), 2) for r in ratios] + [""])
    widths = [max(len(str(c)) for c in col) for col in zip(header, *table)]
    lines = ["  ".join(str(c).ljust(w) if i == 0 else str(c).rjust(w)
                       for i, (c, w) in enumerate(zip(cells, widths)))
             for cells in [header] + table]
    md = ["| " + " | ".join(header) + " |",
          "|" + "|".join("---" if i == 0 else "---:" for i in range(len(header))) + "|"]
    md += ["| " + " | ".join(str(c) for c in cells) + " |" for cells in table]
    return "\n".join(lines), "\n".join(md)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter,
                                 epilog="\n".join(__doc__.splitlines()[1:]))
    ap.add_argument("benchmarks", nargs="*", help="benchmark names (default: all)")
    ap.add_argument("--interp", action="append", metavar="NAME=COMMAND",
                    help="interpreter to compare (repeatable)")
    ap.add_argument("--runs", type=int, default=3, help="runs per benchmark and interpreter (default 3)")
    ap.add_argument("--quick", action="store_true", help="1 run each at the quick sizes (a smoke test)")
    ap.add_argument("--size", type=int, help="size argument for every benchmark (overrides the defaults)")
    ap.add_argument("--timeout", type=float, default=600.0, help="seconds per run (default 600)")
    ap.add_argument("--out-dir", default=os.path.join(ROOT, "bench", "results"),
                    help="where single.json and single.md go (default bench/results)")
    ap.add_argument("--no-write", action="store_true", help="print the table only")
    ap.add_argument("--no-resolve", action="store_true",
                    help="time COMMAND as given (default: time the sys.executable it reports)")
    args = ap.parse_args()

    if args.interp:
        pairs = []
        for spec in args.interp:
            if "=" not in spec:
                sys.exit("error: --interp wants NAME=COMMAND, got %r" % spec)
            name, cmd = spec.split("=", 1)
            pairs.append((name.strip(), cmd.strip()))
        explicit = True
    else:
        pairs = DEFAULT_INTERPS
        explicit = False
    interps = []
    for name, cmd in pairs:
        path = resolve(cmd)
        if path is None:
            if explicit:
                sys.exit("error: interpreter %s not found: %s" % (name, cmd))
            print("note: %s (%s) not found; skipped" % (name, cmd))
            continue
        if not args.no_resolve:
            path = real_executable(path)
        interps.append({"name": name, "command": cmd, "path": path})
    if not interps:
        sys.exit("error: no interpreter available")
    names = [i["name"] for i in interps]
    if len(set(names)) != len(names):
        sys.exit("error: interpreter names must be unique")

    benches = discover(args.benchmarks)
    if not benches:
        sys.exit("error: no benchmarks found in %s" % HERE)
    runs = 1 if args.quick else max(1, args.runs)
    for b in benches:
        b["size"] = args.size if args.size is not None else (b["quick"] if args.quick else b["default"])

    results = {b["name"]: {i["name"]: [] for i in interps} for b in benches}
    total = runs * len(benches) * len(interps)
    done = 0
    for rep in range(runs):
        for bi, b in enumerate(benches):
            shift = (rep + bi) % len(interps)
            for interp in interps[shift:] + interps[:shift]:
                done += 1
                res = run_once(interp["path"], b, b["size"], args.timeout)
                results[b["name"]][interp["name"]].append(res)
                state = "%.3f s" % res["seconds"] if res["ok"] else "FAIL (%s)" % res["error"]
                print("[%*d/%d] %-12s %-12s size=%-8d %s"
                      % (len(str(total)), done, total, b["name"], interp["name"], b["size"], state),
                      flush=True)

    rows = []
    ratios = ratio_columns(names)
    any_bad = False
    for b in benches:
        per = results[b["name"]]
        median, failed, checksums = {}, [], {}
        for n in names:
            oks = [r for r in per[n] if r["ok"]]
            if len(oks) != len(per[n]):
                failed.append(n)
            if oks and len(oks) == len(per[n]):
                median[n] = statistics.median(r["seconds"] for r in oks)
            for r in oks:
                checksums.setdefault(r["checksum"], []).append(n)
        if failed:
            status = "FAIL: " + ",".join(failed)
        elif len(checksums) > 1:
            status = "MISMATCH"
        else:
            status = "ok"
        any_bad = any_bad or status != "ok"
        row_ratios = {}
        for label, num, den in (ratios if status != "MISMATCH" else []):
            if median.get(num) and median.get(den):
                row_ratios[label] = median[num] / median[den]
        rows.append({"name": b["name"], "size": b["size"], "median": median, "ratios": row_ratios,
                     "failed": failed, "status": status, "checksums": checksums,
                     "runs": {n: [{k: v for k, v in r.items() if k != "ok"} for r in per[n]]
                              for n in names}})
    geo = {label: geomean([r["ratios"].get(label) for r in rows]) for label, _, _ in ratios}

    text, md = render(rows, names, ratios, geo)
    print()
    print(text)
    for row in rows:
        if row["status"] == "MISMATCH":
            print("\n%s: checksums differ:" % row["name"])
            for line, who in row["checksums"].items():
                print("  %-40s <- %s" % (line, ", ".join(sorted(set(who)))))
        for n in row["failed"]:
            errs = sorted({r["error"] for r in row["runs"][n] if "error" in r})
            print("\n%s under %s failed: %s" % (row["name"], n, "; ".join(errs)))

    if not args.no_write:
        os.makedirs(args.out_dir, exist_ok=True)
        meta = {
            "date_utc": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "machine": platform.machine(), "system": platform.platform(),
            "cpus": os.cpu_count(), "runner_python": platform.python_version(),
            "runs": runs, "quick": args.quick,
            "interpreters": [{"name": i["name"], "command": i["command"], "path": i["path"]}
                             for i in interps],
        }
        data = {"meta": meta, "geomean": geo, "benchmarks": rows}
        json_path = os.path.join(args.out_dir, "single.json")
        md_path = os.path.join(args.out_dir, "single.md")
        with open(json_path, "w", encoding="utf-8") as f:
            json.dump(data, f, indent=2, sort_keys=False)
            f.write("\n")
        with open(md_path, "w", encoding="utf-8") as f:
            f.write("# Single-thread benchmarks\n\n")
            f.write("Median wall-clock seconds of %d run(s) per interpreter%s; ratios above 1 mean "
                    "the first is slower.\n" % (runs, " (quick sizes)" if args.quick else ""))
            f.write("Generated by `python3 bench/single/run.py%s` on %s (%s, %s CPUs), %s.\n\n"
                    % (" --quick" if args.quick else "", meta["machine"], meta["system"],
                       meta["cpus"], meta["date_utc"]))
            f.write("Interpreters: %s.\n\n" % ", ".join(
                "`%s` = `%s`%s" % (i["name"], i["command"],
                                   "" if i["path"] == i["command"] else " (`%s`)" % i["path"])
                for i in interps))
            f.write("Ratios are left out (`-`) for benchmarks whose checksums differ.\n\n")
            f.write(md + "\n")
        print("\nwrote %s and %s" % (json_path, md_path))
    return 1 if any_bad else 0


if __name__ == "__main__":
    sys.exit(main())
