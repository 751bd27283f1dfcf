#!/usr/bin/env python3
"""Writes the tables of papers/ from the data scripts/papers.sh measured.

Reads DATA/machine.json (scripts/papers.sh), DATA/harness/results.json
(bench/harness.py), DATA/per_object.json (bench/memory/run.py) and
DATA/timing.json (scripts/papers.sh), writes one markdown file per table
into TABLES/, and splices each table, and each figure's caption, into the
write-up between its markers:

    <!-- table:NAME -->            <!-- figure:NAME -->
    ...generated...                ...generated...
    <!-- /table:NAME -->           <!-- /figure:NAME -->

Everything between a pair of markers is replaced; the prose around them is
kept.  A table whose interpreters were not measured says so instead of
failing, so the --quick test of one build exercises every table.

    python3 papers/make_tables.py --data papers/data --tables papers/tables \\
        --figures papers/figures --readme papers/README.md            # in place
    python3 papers/make_tables.py --data OUT/data --tables OUT/tables \\
        --figures OUT/figures --readme papers/README.md --write-readme OUT/README.md

Standard library only (any python3 >= 3.8).  Exit status 1 when a marker in
the write-up names no table or figure this script knows (a typo would
otherwise leave stale text behind).
"""

import json
import math
import os
import re
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "bench"))
import harness  # noqa: E402  (machine_info, git_info)

GIL, NOGIL = "ftpy-gil", "ftpy-nogil"
CPY = "cpython3.13"
# short name, interpreter, mechanism the ablation switches off
ABLATIONS = [
    ("atomic", "ftpy-nogil-atomic", "biased reference counting"),
    ("sysalloc", "ftpy-nogil-sysalloc", "mimalloc"),
    ("lockedreads", "ftpy-nogil-lockedreads", "lock-free reads"),
    ("nodeferred", "ftpy-nogil-nodeferred", "deferred (per-thread) counting"),
]
FREE_THREADED = ("ftpy-nogil", "cpython3.13t", "cpython3.14t")
SCALING_TARGET = 1.8   # bench/README.md: free-threaded target at 2 threads
OVERHEAD_BAR = 1.10    # single-thread cost of free threading we accept
NO_EFFECT = 0.03       # |geomean - 1| below this: no measurable effect


# ---------------------------------------------------------------- loading

def load_json(path):
    if not os.path.isfile(path):
        return None
    with open(path, encoding="utf-8") as f:
        return json.load(f)


class Data:
    def __init__(self, folder):
        self.folder = folder
        self.machine = load_json(os.path.join(folder, "machine.json")) or {}
        self.timing = load_json(os.path.join(folder, "timing.json")) or {}
        self.harness = load_json(os.path.join(folder, "harness", "results.json"))
        self.memory = load_json(os.path.join(folder, "per_object.json"))
        instr = load_json(os.path.join(folder, "instructions.json"))
        self.instr_meta = instr["meta"] if instr else None
        self.instr = {(r["interp"], r["benchmark"]): r["instructions"]
                      for r in instr["rows"]} if instr else {}
        self.meta = self.harness["meta"] if self.harness else {}
        self.summary = self.harness["summary"] if self.harness else []
        self.names = [i["name"] for i in self.meta.get("interpreters", [])]
        self.idx = {(r["interp"], r["suite"], r["workload"], r["threads"]): r
                    for r in self.summary}
        self.threads = self.meta.get("threads", [1, 2])
        self.top = max(self.threads) if self.threads else 1

    def row(self, interp, suite, workload, threads=1):
        return self.idx.get((interp, suite, workload, threads))

    def workloads(self, suite):
        seen = []
        for r in self.summary:
            if r["suite"] == suite and r["workload"] not in seen:
                seen.append(r["workload"])
        return seen

    def has(self, *names):
        return all(n in self.names for n in names)

    def cpythons(self):
        return [n for n in self.names if n.startswith("cpython")]


def ok(row):
    return row is not None and row.get("status") == "ok" and row.get("median_s")


def geomean(values):
    values = [v for v in values if v and v > 0]
    if not values:
        return None
    return math.exp(sum(math.log(v) for v in values) / len(values))


def time_ratio(data, a, b, suite, workload, threads=1):
    """median time of a / median time of b, or None when either is missing or
    not ok (a mismatch or failure never becomes a ratio)."""
    ra, rb = data.row(a, suite, workload, threads), data.row(b, suite, workload, threads)
    if ok(ra) and ok(rb):
        return ra["median_s"] / rb["median_s"]
    return None


def separated(data, a, b, suite, workload, threads):
    """True when the [min, max] ranges of a's and b's repetitions do not overlap."""
    ra, rb = data.row(a, suite, workload, threads), data.row(b, suite, workload, threads)
    if not (ok(ra) and ok(rb)):
        return False
    return ra["min_s"] > rb["max_s"] or ra["max_s"] < rb["min_s"]


def instr_ratio(data, a, b, benchmark):
    """instructions of a / instructions of b on one benchmark (callgrind), or None."""
    ia, ib = data.instr.get((a, benchmark)), data.instr.get((b, benchmark))
    return ia / ib if ia and ib else None


def cores_busy(row):
    """' (1.9)': CPU seconds over wall seconds of a threaded cell's median run."""
    if not ok(row) or not row.get("median_cpu_s"):
        return ""
    return " (%.1f)" % (row["median_cpu_s"] / row["median_s"])


def fx(v, spec="%.2f"):
    return "-" if v is None else spec % v


# ---------------------------------------------------------------- provenance

def machine_line(data):
    m = data.machine
    commit = m.get("git_commit", data.meta.get("git_commit", "unknown"))[:12]
    dirty = " + uncommitted changes" if m.get("git_dirty") else ""
    return ("%s, %s cores, Linux %s, %s, commit `%s`%s"
            % (m.get("cpu_model", "?"), m.get("cores", "?"), m.get("kernel", "?"),
               m.get("date_utc", data.meta.get("date_utc", "?")), commit, dirty))


def provenance(data, what, source):
    mode = "`scripts/papers.sh --quick`" if data.meta.get("quick") else "`scripts/papers.sh`"
    return ("_Regenerate: %s (%s). Data: %s. Machine: %s._"
            % (mode, what, source, machine_line(data)))


def harness_source(data):
    return "`data/harness/summary.csv` (bench/harness.py; the command is in the machine table)"


def md_table(header, rows):
    out = ["| " + " | ".join(header) + " |",
           "|" + "|".join("---" if i == 0 else "---:" for i in range(len(header))) + "|"]
    out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(out)


def missing(data, *names):
    lacking = [n for n in names if n not in data.names]
    return "_Not measured in this run: needs %s._" % ", ".join("`%s`" % n for n in lacking)


# ---------------------------------------------------------------- tables

def t_machine(data):
    m = data.machine
    rows = [["CPU", m.get("cpu_model", "?")],
            ["cores (os.cpu_count)", m.get("cores", "?")],
            ["memory", m.get("memory", "?")],
            ["kernel", m.get("kernel", "?")],
            ["compiler", m.get("compiler", "?")],
            ["date (UTC)", m.get("date_utc", "?")],
            ["git commit", "`%s`%s" % (m.get("git_commit", "?"),
                                       " (working tree had uncommitted changes: %s)"
                                       % ", ".join(m.get("git_dirty_files", [])[:12])
                                       if m.get("git_dirty") else " (clean tree)")],
            ["load average before / after", "%s / %s" % (m.get("loadavg_start", "?"),
                                                         data.timing.get("loadavg_end", "?"))],
            ["mode", "quick (smoke-test sizes, 1 run)" if data.meta.get("quick") else "full"],
            ["harness", "`%s`: %s timed run(s) per cell after %s warm-up, threads %s, "
                        "peak RSS by %s" % (data.meta.get("command", "?"), data.meta.get("repeat"),
                                            data.meta.get("warmup"),
                                            ",".join(map(str, data.threads)),
                                            data.meta.get("rss_method", "?"))]]
    if data.instr_meta:
        rows.append(["instructions", "`%s`" % data.instr_meta["command"]])
    if data.memory:
        mm = data.memory["meta"]
        rows.append(["memory per object", "`%s`: N = %s, %s pair(s)"
                     % (mm["command"], " and ".join(map(str, mm["sizes"])), mm["repeat"])])
    steps = data.timing.get("steps", {})
    if steps:
        rows.append(["time per step", ", ".join("%s %.0f s" % (k, v) for k, v in steps.items())])
    if m.get("shared_note"):
        rows.append(["note", m["shared_note"]])
    for i in data.meta.get("interpreters", []):
        rows.append(["`%s`" % i["name"], "`%s` (%s)" % (i.get("command", i["path"]),
                                                        i.get("version", ""))])
    return md_table(["", "value"], rows) + "\n\n" + provenance(
        data, "this table: `papers/make_tables.py`", "`data/machine.json`, `data/timing.json`")


def t_single(data):
    ws = data.workloads("single")
    if not ws or NOGIL not in data.names:
        return missing(data, NOGIL)
    cols = [n for n in (GIL, NOGIL) if n in data.names] + data.cpythons()
    ratios = []
    if data.has(GIL):
        ratios.append((NOGIL, GIL))
    if data.has(CPY):
        ratios.append((NOGIL, CPY))
        if data.has(GIL):
            ratios.append((GIL, CPY))
    header = ["benchmark"] + ["%s s" % c for c in cols] + ["%s / %s" % r for r in ratios]
    with_instr = any(instr_ratio(data, NOGIL, GIL, w) for w in ws)
    if with_instr:
        header.append("instructions %s / %s" % (NOGIL, GIL))
    instr = []
    rows = []
    per_ratio = {r: [] for r in ratios}
    for w in ws:
        row = [w]
        for c in cols:
            r = data.row(c, "single", w)
            row.append("-" if r is None else r["status"] if r["status"] != "ok"
                       else "%.3f" % r["median_s"])
        for a, b in ratios:
            v = time_ratio(data, a, b, "single", w)
            per_ratio[(a, b)].append(v)
            cellv = fx(v)
            if v is not None and (a, b) == (NOGIL, GIL) and v > OVERHEAD_BAR:
                cellv = "**%s**" % cellv
            row.append(cellv)
        if with_instr:
            instr.append(instr_ratio(data, NOGIL, GIL, w))
            row.append(fx(instr[-1], "%.3f"))
        rows.append(row)
    rows.append(["**geometric mean**"] + [""] * len(cols)
                + ["**%s**" % fx(geomean(per_ratio[r])) for r in ratios]
                + (["**%s**" % fx(geomean(instr), "%.3f")] if with_instr else []))
    text = ("Process wall seconds, interpreter start-up included, median of the repetitions; "
            "a ratio above 1 means the first interpreter is slower. Bold: the free-threaded "
            "build more than %d%% slower than the GIL build."
            % round((OVERHEAD_BAR - 1) * 100))
    if with_instr:
        text += (" The last column is the ratio of instructions executed (valgrind callgrind, "
                 "each benchmark at its quick size: `bench/profile_diff.py --totals`), which "
                 "does not depend on the machine's load.")
    return text + "\n\n" + md_table(header, rows) + "\n\n" + provenance(
        data, "this table: `papers/make_tables.py`", harness_source(data))


def verdict(geo, what="single"):
    if geo is None:
        return "-"
    if abs(geo - 1.0) < NO_EFFECT:
        return "no measurable effect (within %d%%)" % round(NO_EFFECT * 100)
    return "mechanism helps" if geo > 1.0 else "mechanism costs"


def t_ablation_single(data):
    ws = data.workloads("single")
    present = [a for a in ABLATIONS if a[1] in data.names]
    if not ws or NOGIL not in data.names or not present:
        return missing(data, NOGIL, *[a[1] for a in ABLATIONS])
    header = ["build", "switches off", "geomean time / ftpy-nogil", "fastest benchmark",
              "slowest benchmark", "verdict"]
    rows = []
    for short, name, mech in present:
        rs = [(time_ratio(data, name, NOGIL, "single", w), w) for w in ws]
        rs = [(v, w) for v, w in rs if v is not None]
        if not rs:
            rows.append([name, mech, "-", "-", "-", "-"])
            continue
        geo = geomean([v for v, _ in rs])
        lo, hi = min(rs), max(rs)
        rows.append(["`%s`" % name, mech, "%.3f" % geo, "%s %.2f" % (lo[1], lo[0]),
                     "%s %.2f" % (hi[1], hi[0]), verdict(geo)])
    text = ("Single-thread time of each ablation build divided by the free-threaded build's, "
            "geometric mean over the %d benchmarks of bench/single; above 1 means switching "
            "the mechanism off makes one thread slower, i.e. the mechanism pays for itself."
            % len(ws))
    return text + "\n\n" + md_table(header, rows) + "\n\n" + provenance(
        data, "this table: `papers/make_tables.py`", harness_source(data))


def t_scaling(data):
    ws = data.workloads("scaling")
    if not ws:
        return missing(data, NOGIL)
    names = data.names
    counts = [t for t in data.threads if t > 1]
    header = ["workload"] + ["%s t1 s" % NOGIL if NOGIL in names else "t1 s"]
    for n in names:
        header += ["%s %s" % (n, "/".join("%dthr" % t for t in counts))]
    rows = []
    meets = {n: 0 for n in names}
    for w in ws:
        t1 = data.row(NOGIL if NOGIL in names else names[0], "scaling", w, 1)
        row = [w, "%.3f" % t1["median_s"] if ok(t1) else "-"]
        for n in names:
            parts = []
            for t in counts:
                r = data.row(n, "scaling", w, t)
                if r is None:
                    parts.append("-")
                elif r["status"] != "ok":
                    parts.append(r["status"])
                else:
                    s = r.get("scaling")
                    mark = ""
                    if t == 2 and s is not None and (n in FREE_THREADED or n.startswith(NOGIL)):
                        if s >= SCALING_TARGET:
                            meets[n] += 1
                        else:
                            mark = " ✗"
                    parts.append(fx(s, "%.2fx") + mark + cores_busy(r))
            row.append(" / ".join(parts))
        rows.append(row)
    ft = [n for n in names if n in FREE_THREADED or n.startswith(NOGIL)]
    summary = "; ".join("`%s` %d of %d" % (n, meets[n], len(ws)) for n in ft)
    text = ("Scaling = N x t1 / tN with the same work on every thread (N is perfect, 1 is a "
            "global lock), from the median times. ✗: a free-threaded interpreter below the "
            "%.1fx target at 2 threads. Workloads at or above the target: %s. In "
            "parentheses: cores busy, the process's CPU seconds over the timed interval divided "
            "by its wall seconds (near N when N threads really ran at once; near 1 when they "
            "took turns, under a lock or because no second core was free)."
            % (SCALING_TARGET, summary or "-"))
    if data.machine.get("cores") and data.top > data.machine["cores"]:
        text += (" This machine has %s cores: columns past %s threads measure contention and "
                 "oversubscription, not speedup." % (data.machine["cores"],
                                                     data.machine["cores"]))
    return text + "\n\n" + md_table(header, rows) + "\n\n" + provenance(
        data, "figure `figures/scaling.png`; this table: `papers/make_tables.py`",
        harness_source(data))


def t_contended(data):
    ws = data.workloads("contended")
    if not ws:
        return missing(data, NOGIL)
    header = ["workload", "interpreter"] + ["%d thr Mop/s" % t for t in data.threads]
    if data.has(GIL):
        header.append("vs %s at %d thr" % (GIL, data.top))
    rows = []
    for w in ws:
        for n in data.names:
            row = [w, n]
            for t in data.threads:
                r = data.row(n, "contended", w, t)
                row.append("-" if r is None else r["status"] if r["status"] != "ok"
                           else fx(r.get("ops_per_s") and r["ops_per_s"] / 1e6, "%.3f")
                           + cores_busy(r))
            if data.has(GIL):
                v = time_ratio(data, GIL, n, "contended", w, data.top)
                row.append(fx(v, "%.2fx"))
            rows.append(row)
    text = ("Operations per second of all threads together, in millions (median run); "
            "`queue_pc` counts producer/consumer pairs as threads. The last column is "
            "throughput relative to the GIL build at the same thread count (above 1: faster). "
            "In parentheses: cores busy (CPU seconds / wall seconds of the timed interval).")
    return text + "\n\n" + md_table(header, rows) + "\n\n" + provenance(
        data, "figure `figures/contended.png`; this table: `papers/make_tables.py`",
        harness_source(data))


def threaded_cells(data):
    out = []
    for suite in ("scaling", "contended"):
        for w in data.workloads(suite):
            out.append((suite, w))
    return out


def t_ablation_threaded(data):
    present = [a for a in ABLATIONS if a[1] in data.names]
    if NOGIL not in data.names or not present:
        return missing(data, NOGIL, *[a[1] for a in ABLATIONS])
    header = ["workload"] + ["%s %s" % (short, "/".join("t%d" % t for t in data.threads))
                             for short, _, _ in present]
    rows = []
    for suite, w in threaded_cells(data):
        row = ["%s/%s" % (suite, w)]
        for _, name, _ in present:
            parts = []
            for t in data.threads:
                v = time_ratio(data, name, NOGIL, suite, w, t)
                parts.append(fx(v) + ("" if v is None or separated(data, name, NOGIL, suite, w, t)
                                      else "≈"))
            row.append(" / ".join(parts))
        rows.append(row)
    geo = ["**geomean**"]
    for _, name, _ in present:
        parts = []
        for t in data.threads:
            parts.append(fx(geomean([time_ratio(data, name, NOGIL, s, w, t)
                                     for s, w in threaded_cells(data)])))
        geo.append("**%s**" % " / ".join(parts))
    rows.append(geo)
    text = ("Median time of each ablation build divided by `ftpy-nogil`'s, per threaded "
            "workload, at each thread count (t1 / t2 ...). Above 1: switching the mechanism "
            "off makes the workload slower. ≈: the two builds' fastest-to-slowest ranges "
            "overlap, so the difference is within this run's noise.")
    return text + "\n\n" + md_table(header, rows) + "\n\n" + provenance(
        data, "figures `figures/ablation_*.png`; this table: `papers/make_tables.py`",
        harness_source(data))


def t_memory(data):
    if not data.memory:
        return "_Not measured in this run (no data/per_object.json)._"
    mm = data.memory
    names = [i["name"] for i in mm["meta"]["interpreters"]]
    idx = {(r["interp"], r["kind"]): r for r in mm["table"]}
    ratios = []
    if NOGIL in names and GIL in names:
        ratios.append((NOGIL, GIL))
    if NOGIL in names and CPY in names:
        ratios.append((NOGIL, CPY))
    header = ["kind"] + ["%s B" % n for n in names] + ["%s / %s" % r for r in ratios]
    rows = []
    for kind in mm["meta"]["kinds"]:
        row = [kind]
        for n in names:
            r = idx.get((n, kind))
            v = r and r.get("bytes_per_object")
            row.append("-" if r is None else r["status"] if r["status"] == "FAIL"
                       else fx(v, "%.0f") + ("!" if r["status"] == "MISMATCH" else ""))
        for a, b in ratios:
            va = idx.get((a, kind), {}).get("bytes_per_object")
            vb = idx.get((b, kind), {}).get("bytes_per_object")
            row.append(fx(va / vb) if kind != "holder" and va and vb and vb > 0 else "-")
        rows.append(row)
    n1, n2 = mm["meta"]["sizes"]
    text = ("Bytes one more live object costs: slope of the process's peak RSS between "
            "N = %d and N = %d objects, minus the slope of the holder list (row `holder`, "
            "8 bytes a slot), median of %d pair(s) of runs. Includes the header, the cycle "
            "collector's link, allocator size classes and page-level fragmentation."
            % (n1, n2, mm["meta"]["repeat"]))
    return text + "\n\n" + md_table(header, rows) + "\n\n" + provenance(
        data, "figure `figures/per_object.png`; this table: `papers/make_tables.py`",
        "`data/per_object.csv` (bench/memory/run.py; the command is in the machine table)")


def t_peak_rss(data):
    if not data.summary:
        return missing(data, NOGIL)
    header = ["interpreter", "single MiB", "scaling MiB at %d thr" % data.top,
              "contended MiB at %d thr" % data.top]
    rows = []
    for n in data.names:
        row = [n]
        for suite in ("single", "scaling", "contended"):
            t = 1 if suite == "single" else data.top
            vals = sorted(r["max_rss_mib"] for r in data.summary
                          if r["interp"] == n and r["suite"] == suite and r["threads"] == t
                          and r.get("max_rss_mib") is not None)
            row.append("%.1f (max %.1f)" % (vals[len(vals) // 2], vals[-1]) if vals else "-")
        rows.append(row)
    text = ("Peak resident set of one run, median over the suite's workloads (the largest in "
            "parentheses), measured by %s." % data.meta.get("rss_method", "?"))
    return text + "\n\n" + md_table(header, rows) + "\n\n" + provenance(
        data, "figure `figures/memory.png`; this table: `papers/make_tables.py`",
        harness_source(data))


def headline_rows(data):
    """(question, measure, value) rows: the one number each question turns on."""
    rows = []
    single = data.workloads("single")
    scaling = data.workloads("scaling")
    if data.has(NOGIL, GIL):
        rows.append(("(a) cost of free threading", "ftpy-nogil / ftpy-gil, geomean single",
                     fx(geomean([time_ratio(data, NOGIL, GIL, "single", w) for w in single]),
                        "%.3f")))
    if data.instr and data.has(NOGIL, GIL):
        rows.append(("(a) cost of free threading", "ftpy-nogil / ftpy-gil instructions "
                     "(callgrind), geomean single", fx(geomean([instr_ratio(data, NOGIL, GIL, w)
                                                                for w in single]), "%.3f")))
    for n in data.cpythons():
        for mine in (NOGIL, GIL):
            if data.has(mine):
                rows.append(("(a) against CPython", "%s / %s, geomean single" % (mine, n),
                             fx(geomean([time_ratio(data, mine, n, "single", w)
                                         for w in single]), "%.3f")))
    for short, name, mech in ABLATIONS:
        if not data.has(name, NOGIL):
            continue
        q = {"atomic": "(b)", "sysalloc": "(c)", "lockedreads": "(d)", "nodeferred": "(e)"}[short]
        rows.append(("%s %s" % (q, mech), "%s / ftpy-nogil time, geomean single" % name,
                     fx(geomean([time_ratio(data, name, NOGIL, "single", w) for w in single]),
                        "%.3f")))
        if 2 in data.threads:
            rows.append(("%s %s" % (q, mech),
                         "%s / ftpy-nogil time, geomean threaded workloads at 2 thr" % name,
                         fx(geomean([time_ratio(data, name, NOGIL, s, w, 2)
                                     for s, w in threaded_cells(data)]), "%.3f")))
        if short == "lockedreads":
            for t in data.threads:
                rows.append((q + " " + mech, "dict_read_mostly at %d thr: %s / ftpy-nogil time"
                             % (t, name), fx(time_ratio(data, name, NOGIL, "contended",
                                                        "dict_read_mostly", t), "%.3f")))
    if 2 in data.threads:
        for n in data.names:
            vals = [data.row(n, "scaling", w, 2) for w in scaling]
            vals = sorted(r["scaling"] for r in vals if ok(r) and r.get("scaling"))
            if vals:
                rows.append(("(f) scaling at 2 thr", "%s: median over %d workloads [min-max]"
                             % (n, len(vals)), "%.2fx [%.2f-%.2f]"
                             % (vals[len(vals) // 2], vals[0], vals[-1])))
        if data.has(NOGIL, GIL):
            rows.append(("(g) contended vs GIL", "ftpy-nogil / ftpy-gil throughput at 2 thr, "
                         "geomean", fx(geomean([time_ratio(data, GIL, NOGIL, "contended", w, 2)
                                                for w in data.workloads("contended")]),
                                       "%.2fx")))
    if data.memory:
        idx = {(r["interp"], r["kind"]): r for r in data.memory["table"]}
        for n in [i["name"] for i in data.memory["meta"]["interpreters"]]:
            r = idx.get((n, "instance"))
            if r and r.get("bytes_per_object"):
                rows.append(("(h) memory per object", "%s: bytes per instance (2 attributes)" % n,
                             "%.0f" % r["bytes_per_object"]))
    return rows


def t_headline(data):
    rows = headline_rows(data)
    if not rows:
        return missing(data, NOGIL)
    return md_table(["question", "measure", "value"], [list(r) for r in rows]) + "\n\n" + \
        provenance(data, "this table: `papers/make_tables.py`",
                   harness_source(data) + " and `data/per_object.csv`")


TABLES = {"machine": t_machine, "headline": t_headline, "single": t_single,
          "ablation_single": t_ablation_single, "scaling": t_scaling, "contended": t_contended,
          "ablation_threaded": t_ablation_threaded, "memory": t_memory, "peak_rss": t_peak_rss}

FIGURES = {
    "overhead": "Single-thread time of every interpreter relative to `ftpy-gil` "
                "(bars: geometric mean over bench/single; dots: one benchmark each).",
    "scaling": "Scaling N x t1 / tN per scaling workload against threads, one line per "
               "interpreter; dashed: ideal; dotted: a global lock.",
    "contended": "Throughput (million operations per second, all threads) on one shared "
                 "object against threads.",
    "ablation_atomic": "What biased counting buys: time of `ftpy-nogil-atomic` / `ftpy-nogil` "
                       "per workload (above 1: biasing helps).",
    "ablation_sysalloc": "What mimalloc buys: time of `ftpy-nogil-sysalloc` / `ftpy-nogil`.",
    "ablation_lockedreads": "What lock-free reads buy: time of `ftpy-nogil-lockedreads` / "
                            "`ftpy-nogil`.",
    "ablation_nodeferred": "What deferred counting buys: time of `ftpy-nogil-nodeferred` / "
                           "`ftpy-nogil`.",
    "per_object": "Bytes per live object by kind and interpreter (RSS slope).",
    "memory": "Peak RSS of one run per interpreter and suite.",
}


def figure_block(data, name, figures_dir):
    path = os.path.join(figures_dir, name + ".png")
    cmd = ("`/usr/bin/python3 bench/plot.py papers/data/harness --out papers/figures "
           "--per-object papers/data/per_object.json`")
    source = ("`data/per_object.json` (bench/memory/run.py)" if name == "per_object"
              else harness_source(data))
    if not os.path.isfile(path):
        return "_Figure `%s.png` not drawn in this run (no data for it, or no matplotlib)._" % name
    return ("![%s](figures/%s.png)\n\n%s %s" % (FIGURES[name], name, FIGURES[name],
                                                provenance(data, "this figure: " + cmd,
                                                           source)))


# ---------------------------------------------------------------- recording

def loadavg():
    try:
        return " ".join(open("/proc/loadavg").read().split()[:3])
    except OSError:
        return "?"


def record_machine(path):
    """machine.json: what the run ran on, written before anything else runs."""
    commit, dirty = harness.git_info()
    files = []
    if dirty:
        proc = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no", "--"]
                              + list(harness.GIT_SOURCES), cwd=ROOT, stdout=subprocess.PIPE,
                              stderr=subprocess.DEVNULL)
        files = [ln[3:] for ln in proc.stdout.decode().splitlines() if ln.strip()]
    try:
        cc = subprocess.run(["c++", "--version"], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL).stdout.decode().splitlines()[0]
    except (OSError, IndexError):
        cc = "?"
    info = harness.machine_info()
    rec = {"cpu_model": info["cpu_model"], "cores": os.cpu_count(), "kernel": info["kernel"],
           "memory": info["memory"], "compiler": cc,
           "date_utc": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
           "git_commit": commit, "git_dirty": dirty, "git_dirty_files": files,
           "loadavg_start": loadavg()}
    note = os.environ.get("FTPY_PAPERS_NOTE")
    if note:
        rec["shared_note"] = note
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(rec, f, indent=1)
        f.write("\n")
    return 0


def record_timing(path, steps, total):
    rec = {"steps": {}, "total_seconds": total, "loadavg_end": loadavg()}
    for s in steps:
        name, _, secs = s.partition("=")
        rec["steps"][name] = float(secs)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(rec, f, indent=1)
        f.write("\n")
    return 0


# ---------------------------------------------------------------- splicing

MARKER = re.compile(r"(<!-- (table|figure):([a-z_]+) -->\n)(.*?)(<!-- /\2:\3 -->)", re.S)


def splice(text, blocks):
    unknown = []

    def repl(m):
        key = (m.group(2), m.group(3))
        if key not in blocks:
            unknown.append("%s:%s" % key)
            return m.group(0)
        return m.group(1) + blocks[key].rstrip("\n") + "\n" + m.group(5)

    return MARKER.sub(repl, text), unknown


def main():
    ap = harness.arg_parser(__doc__)
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--data", default=os.path.join(here, "data"))
    ap.add_argument("--tables", default=os.path.join(here, "tables"))
    ap.add_argument("--figures", default=os.path.join(here, "figures"))
    ap.add_argument("--readme", default=os.path.join(here, "README.md"),
                    help="the write-up with markers")
    ap.add_argument("--write-readme", help="where the spliced write-up goes (default: --readme)")
    ap.add_argument("--record-machine", metavar="JSON",
                    help="only write the machine description (scripts/papers.sh, step 1)")
    ap.add_argument("--record-timing", metavar="JSON",
                    help="only write the step durations given by --steps and --total")
    ap.add_argument("--steps", nargs="*", default=[], metavar="NAME=SECONDS")
    ap.add_argument("--total", type=float, default=0.0)
    opts = ap.parse_args()
    if opts.record_machine:
        return record_machine(opts.record_machine)
    if opts.record_timing:
        return record_timing(opts.record_timing, opts.steps, opts.total)

    data = Data(opts.data)
    os.makedirs(opts.tables, exist_ok=True)
    blocks = {}
    for name, fn in TABLES.items():
        text = fn(data)
        blocks[("table", name)] = text
        with open(os.path.join(opts.tables, name + ".md"), "w", encoding="utf-8") as f:
            f.write(text + "\n")
    for name in FIGURES:
        blocks[("figure", name)] = figure_block(data, name, opts.figures)
    with open(opts.readme, encoding="utf-8") as f:
        text = f.read()
    text, unknown = splice(text, blocks)
    target = opts.write_readme or opts.readme
    with open(target, "w", encoding="utf-8") as f:
        f.write(text)
    print("make_tables: wrote %d tables into %s and spliced them into %s"
          % (len(TABLES), os.path.relpath(opts.tables), os.path.relpath(target)))
    if unknown:
        print("make_tables: unknown markers in %s: %s" % (opts.readme, ", ".join(unknown)))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
