#!/usr/bin/env python3
"""Memory per object: bytes one more live object costs on each interpreter.

Runs bench/memory/per_object.py KIND N at two sizes (N1 < N2) on every
interpreter, each run in its own process under the harness's peak-RSS
measurement (bench/harness.py run_child: GNU time's ru_maxrss of the
workload), and reports

    bytes per object = (RSS(N2) - RSS(N1)) / (N2 - N1) - holder slope

where the holder slope is the same figure for KIND `holder` (the list of N
slots every kind stores its objects in, about 8 bytes per slot).  The slope
removes the interpreter's fixed start-up memory; what remains is the object
itself as the allocator sees it: header, fields, the cycle collector's link,
size-class rounding and page-level fragmentation.  The median over --repeat
pairs of runs is reported (RSS is nearly deterministic; the spread is in the
JSON).

The workload runs with the cycle collector disabled (per_object.py --no-gc),
so the figure is what the objects occupy, not what a collection that
happened to run near the peak allocated beside them; --with-gc NAME adds a
second column for NAME with the collector on (automatic collections while the
objects are built), whose peak includes the collector's own working memory.

    python3 bench/memory/run.py --interp ftpy-nogil=build/nogil/ftpy --interp cpython3.13=python3.13
    python3 bench/memory/run.py --from-results papers/data/harness/results.json --out papers/data
    python3 bench/memory/run.py ... --quick          # N1, N2 = 20000, 200000; one pair
    python3 bench/memory/run.py ... --with-gc ftpy-nogil cpython3.13

Writes OUT/per_object.json (metadata, every run, the table), per_object.csv
(one row per interpreter and kind) and per_object.md (the table).  Exit
status 1 when a run failed or two interpreters printed different checksums.
Standard library only (any python3 >= 3.8).
"""

import csv
import json
import os
import statistics
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
BENCH = os.path.dirname(HERE)
ROOT = os.path.dirname(BENCH)
sys.path.insert(0, BENCH)
import harness  # noqa: E402  (run_child, find_runnable, rss_method, log)

KINDS = ["holder", "int", "float", "tuple2", "list3", "dict2", "instance", "slots"]
WORKLOAD = os.path.join("bench", "memory", "per_object.py")


def interpreters(opts):
    out = []
    if opts.from_results:
        with open(opts.from_results, encoding="utf-8") as f:
            meta = json.load(f)["meta"]
        for i in meta["interpreters"]:
            if opts.only and i["name"] not in opts.only:
                continue
            out.append({"name": i["name"], "path": i["path"], "version": i.get("version", "")})
    for spec in opts.interp or []:
        name, _, cmd = spec.partition("=")
        found = harness.find_runnable(cmd.strip())
        if not name or found is None:
            sys.exit("error: interpreter %r not found or does not run" % spec)
        out.append({"name": name.strip(), "path": found[1], "version": found[2]})
    if not out:
        sys.exit("error: no interpreters (give --interp NAME=COMMAND or --from-results FILE)")
    return out


def one(interp, kind, n, timeout):
    cmd = [interp["path"], WORKLOAD, kind, str(n)] + ([] if interp.get("gc") else ["--no-gc"])
    r = harness.run_child(cmd, timeout)
    rec = {"interp": interp["name"], "kind": kind, "n": n, "ok": r["ok"],
           "error": r.get("error", ""), "maxrss_kib": r.get("maxrss_kib"),
           "wall_seconds": r.get("wall_seconds"), "checksum": ""}
    if r["ok"]:
        lines = [ln for ln in r["stdout"].splitlines() if ln.startswith("RESULT ")]
        if len(lines) != 1 or r.get("maxrss_kib") is None:
            rec.update(ok=False, error="no RESULT line or no RSS")
        else:
            rec["checksum"] = lines[0].partition(" checksum=")[2].strip()
    return rec


def main():
    ap = harness.arg_parser(__doc__)
    ap.add_argument("--interp", action="append", metavar="NAME=COMMAND")
    ap.add_argument("--from-results", metavar="RESULTS_JSON",
                    help="take the interpreters of a bench/harness.py run")
    ap.add_argument("--only", nargs="*", metavar="NAME",
                    help="with --from-results: only these interpreters")
    ap.add_argument("--with-gc", nargs="*", metavar="NAME",
                    help="also measure these interpreters with the cycle collector on "
                         "(reported as 'NAME +gc')")
    ap.add_argument("--kinds", default=",".join(KINDS))
    ap.add_argument("--sizes", help="N1,N2 (default 100000,1000000; --quick 20000,200000)")
    ap.add_argument("--repeat", type=int, help="pairs of runs per cell (default 2; --quick 1)")
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--timeout", type=float, default=300.0)
    ap.add_argument("--out", default=os.path.join(ROOT, "bench", "results", "memory"))
    opts = ap.parse_args()

    interps = interpreters(opts)
    for name in opts.with_gc or []:
        base = [i for i in interps if i["name"] == name]
        if base:
            interps.append(dict(base[0], name=name + " +gc", gc=True))
    kinds = [k for k in opts.kinds.split(",") if k]
    if "holder" not in kinds:
        kinds.insert(0, "holder")
    unknown = set(kinds) - set(KINDS)
    if unknown:
        sys.exit("error: unknown kind(s) %s" % ", ".join(sorted(unknown)))
    sizes = opts.sizes or ("20000,200000" if opts.quick else "100000,1000000")
    n1, n2 = [int(x) for x in sizes.split(",")]
    repeat = opts.repeat or (1 if opts.quick else 2)
    total = len(interps) * len(kinds) * 2 * repeat
    harness.log("memory: %d interpreter(s), kinds %s, N %d and %d, %d pair(s) each: %d runs"
                % (len(interps), ",".join(kinds), n1, n2, repeat, total))
    runs = []
    started = time.time()
    done = 0
    for rep in range(repeat):
        for kind in kinds:
            for interp in interps:
                for n in (n1, n2):
                    done += 1
                    rec = one(interp, kind, n, opts.timeout)
                    rec["rep"] = rep
                    runs.append(rec)
                    harness.log("[%*d/%d %4.0fs] memory    %-9s %-22s n=%-8d %s"
                                % (len(str(total)), done, total, time.time() - started, kind,
                                   interp["name"], n,
                                   "%.1f MiB" % (rec["maxrss_kib"] / 1024.0) if rec["ok"]
                                   else "FAIL (%s)" % rec["error"]))

    rows = []
    sums = {}
    for r in runs:
        if r["ok"]:
            sums.setdefault((r["kind"], r["n"]), set()).add(r["checksum"])
    for interp in interps:
        slopes = {}
        for kind in kinds:
            mine = [r for r in runs if r["interp"] == interp["name"] and r["kind"] == kind]
            pairs = []
            for rep in range(repeat):
                a = [r for r in mine if r["rep"] == rep and r["n"] == n1 and r["ok"]]
                b = [r for r in mine if r["rep"] == rep and r["n"] == n2 and r["ok"]]
                if a and b:
                    pairs.append((b[0]["maxrss_kib"] - a[0]["maxrss_kib"]) * 1024.0 / (n2 - n1))
            failed = [r for r in mine if not r["ok"]]
            mismatch = any(len(sums.get((kind, n), ())) > 1 for n in (n1, n2))
            slopes[kind] = statistics.median(pairs) if pairs else None
            rows.append({"interp": interp["name"], "kind": kind,
                         "status": "FAIL" if failed else "MISMATCH" if mismatch else "ok",
                         "slope_bytes": slopes[kind],
                         "slope_min": min(pairs) if pairs else None,
                         "slope_max": max(pairs) if pairs else None,
                         "rss_n2_mib": statistics.median(
                             r["maxrss_kib"] for r in mine if r["n"] == n2 and r["ok"]) / 1024.0
                         if any(r["n"] == n2 and r["ok"] for r in mine) else None,
                         "errors": "; ".join(sorted({r["error"] for r in failed}))})
        holder = slopes.get("holder")
        for row in rows:
            if row["interp"] == interp["name"]:
                s = row["slope_bytes"]
                row["bytes_per_object"] = (s - holder if row["kind"] != "holder" else s) \
                    if s is not None and holder is not None else None

    commit, dirty = harness.git_info()
    meta = {"date_utc": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "command": " ".join(["python3", os.path.relpath(os.path.abspath(sys.argv[0]), ROOT)]
                                + sys.argv[1:]),
            "git_commit": commit, "git_dirty": dirty, "cpus": os.cpu_count(),
            "cpu_model": harness.machine_info()["cpu_model"], "kernel": harness.machine_info()["kernel"],
            "sizes": [n1, n2], "repeat": repeat, "quick": opts.quick,
            "rss_method": harness.rss_method(), "interpreters": interps, "kinds": kinds,
            "seconds_total": time.time() - started}
    os.makedirs(opts.out, exist_ok=True)
    with open(os.path.join(opts.out, "per_object.json"), "w", encoding="utf-8") as f:
        json.dump({"meta": meta, "table": rows, "runs": runs}, f, indent=1)
        f.write("\n")
    cols = ["interp", "kind", "status", "bytes_per_object", "slope_bytes", "slope_min",
            "slope_max", "rss_n2_mib", "errors"]
    with open(os.path.join(opts.out, "per_object.csv"), "w", newline="", encoding="utf-8") as f:
        wr = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
        wr.writeheader()
        for r in rows:
            wr.writerow(r)
    names = [i["name"] for i in interps]
    idx = {(r["interp"], r["kind"]): r for r in rows}
    header = ["kind"] + names
    lines = ["| " + " | ".join(header) + " |", "|---" + "|---:" * len(names) + "|"]
    for kind in kinds:
        cells = []
        for n in names:
            r = idx[(n, kind)]
            v = r["bytes_per_object"]
            cells.append(r["status"] if r["status"] == "FAIL" else
                         "-" if v is None else "%.0f%s" % (v, "!" if r["status"] == "MISMATCH" else ""))
        lines.append("| " + " | ".join([kind] + cells) + " |")
    with open(os.path.join(opts.out, "per_object.md"), "w", encoding="utf-8") as f:
        f.write("Bytes per live object: slope of peak RSS between N=%d and N=%d objects, "
                "minus the holder list's slope (the `holder` row); median of %d pair(s).\n\n"
                % (n1, n2, repeat))
        f.write("\n".join(lines) + "\n")
    print("\n".join(lines))
    bad = [r for r in rows if r["status"] != "ok"]
    for r in bad:
        print("%s: memory/%s under %s %s" % (r["status"], r["kind"], r["interp"], r["errors"]))
    print("wrote %s/per_object.{json,csv,md} in %.0f s" % (os.path.relpath(opts.out), time.time() - started))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
