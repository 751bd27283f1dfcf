#!/usr/bin/python3
"""Draws the figures of one bench/harness.py results folder as PNG files.

Reads RESULTS_DIR/results.json and writes, into RESULTS_DIR (or --out):

  scaling.png     one panel per scaling workload: the scaling figure
                  N x t1 / tN against the thread count N, one line per
                  interpreter, whiskers from the fastest and slowest tN run,
                  the ideal (y = N) and the global-lock level (y = 1) dashed;
                  thread counts past the machine's cores are shaded.
  contended.png   one panel per contended workload: throughput in millions of
                  operations per second (all threads together) against N.
                  Both leave out the ablation builds (ftpy-nogil-X next to
                  ftpy-nogil), which have their own figures; --all-interps
                  draws them too.
  overhead.png    single-thread time of each interpreter relative to the
                  baseline (ftpy-gil): one bar per interpreter at the geometric
                  mean over the single-thread benchmarks, one dot per benchmark.
  memory.png      peak resident memory of one run per interpreter: the median
                  over each suite's workloads, whiskers to the largest.
  ablation_X.png  one per ablation build ftpy-nogil-X present with ftpy-nogil:
                  its time divided by ftpy-nogil's, per workload and thread
                  count (the single suite as one geometric-mean bar), log
                  scale; whiskers span slowest/fastest to fastest/slowest, so
                  a whisker that crosses 1 means the two ranges overlap.
  per_object.png  with --per-object FILE (bench/memory/run.py's
                  per_object.json): bytes per live object, per kind and
                  interpreter.

Every figure carries a footer naming the machine, date and commit of the run.

    /usr/bin/python3 bench/plot.py bench/results/NAME [--out DIR] [--baseline NAME]
                                   [--per-object per_object.json]

Needs matplotlib (Debian: apt-get install -y python3-matplotlib); measures
nothing itself.
"""

import argparse
import json
import math
import os
import sys

try:
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
except ImportError:
    sys.exit("plot.py needs matplotlib: apt-get install -y python3-matplotlib "
             "(and run it with /usr/bin/python3)")

COLORS = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2",
          "#17becf", "#7f7f7f", "#bcbd22"]
MARKERS = ["o", "s", "^", "D", "v", "P", "X", "*", "<", ">"]


def load(folder):
    path = os.path.join(folder, "results.json")
    if not os.path.isfile(path):
        sys.exit("error: %s not found (give a folder written by bench/harness.py)" % path)
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def style(names):
    return {n: (COLORS[i % len(COLORS)], MARKERS[i % len(MARKERS)]) for i, n in enumerate(names)}


def grid(count):
    cols = min(4, max(1, count))
    rows = int(math.ceil(count / float(cols)))
    return rows, cols


def footer(meta):
    """One line naming the run: machine, cores, kernel, date, commit."""
    commit = (meta.get("git_commit") or "unknown")[:12]
    return ("%s, %s cores, %s; %s; commit %s%s; %s"
            % (meta.get("cpu_model") or meta.get("machine", "?"), meta.get("cpus", "?"),
               meta.get("kernel") or meta.get("system", "?"), meta.get("date_utc", "?"), commit,
               "+dirty" if meta.get("git_dirty") else "",
               "quick sizes" if meta.get("quick") else "%s runs/cell" % meta.get("repeat", "?")))


def save(fig, path, meta):
    """Writes fig with the run's footer below everything else."""
    fig.text(0.005, 0.004, footer(meta), fontsize=6.5, color="0.35", ha="left", va="bottom")
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path


def is_ablation(name, names):
    """ftpy-nogil-X next to ftpy-nogil: drawn in ablation_X.png, not in the panels."""
    return name.startswith("ftpy-nogil-") and "ftpy-nogil" in names


def shade_past_cores(ax, cpus, threads):
    """Shades the thread counts above the core count (from halfway between the
    last count that fits and the first that does not)."""
    over = [t for t in threads if cpus and t > cpus]
    if over:
        fits = [t for t in threads if t <= cpus] or [cpus]
        ax.axvspan((max(fits) + min(over)) / 2.0, max(threads) + 0.5, color="0.92", zorder=0)


def panels(data, suite, value, title, ylabel, fname, outdir, ideal, all_interps=False):
    meta = data["meta"]
    names = [i["name"] for i in meta["interpreters"]]
    st = style(names)  # the same colour per interpreter in every figure
    if not all_interps:  # the ablations have their own figures
        names = [n for n in names if not is_ablation(n, names)]
    rows = [r for r in data["summary"] if r["suite"] == suite and r.get("median_s")
            and r["interp"] in names]
    if not rows:
        return None
    workloads = sorted({r["workload"] for r in rows})
    threads = sorted({r["threads"] for r in rows})
    top = max(threads)
    cpus = meta.get("cpus")
    nr, nc = grid(len(workloads))
    fig, axes = plt.subplots(nr, nc, figsize=(3.6 * nc, 2.9 * nr + 0.6), squeeze=False)
    t1 = {(r["interp"], r["workload"]): r["median_s"] for r in rows if r["threads"] == 1}
    for k, w in enumerate(workloads):
        ax = axes[k // nc][k % nc]
        shade_past_cores(ax, cpus, threads)
        if ideal:
            ax.plot(threads, threads, color="0.5", linestyle="--", linewidth=1,
                    label="ideal (N x)")
            ax.axhline(1.0, color="0.5", linestyle=":", linewidth=1, label="global lock (1 x)")
        for n in names:
            pts = sorted((r["threads"], r) for r in rows if r["interp"] == n and r["workload"] == w)
            if not pts:
                continue
            xs = [t for t, _ in pts]
            if value == "scaling":
                base = t1.get((n, w))
                if not base:
                    continue
                ys = [t * base / r["median_s"] for t, r in pts]
                lo = [y - t * base / r["max_s"] for (t, r), y in zip(pts, ys)]
                hi = [t * base / r["min_s"] - y for (t, r), y in zip(pts, ys)]
            else:
                ys = [r["ops_per_s"] / 1e6 for _, r in pts]
                lo = [y - r["ops_per_s"] * r["median_s"] / r["max_s"] / 1e6 for (_, r), y in zip(pts, ys)]
                hi = [r["ops_per_s"] * r["median_s"] / r["min_s"] / 1e6 - y for (_, r), y in zip(pts, ys)]
            color, marker = st[n]
            ax.errorbar(xs, ys, yerr=[lo, hi], color=color, marker=marker, markersize=4,
                        linewidth=1.5, capsize=2, label=n)
        ax.set_title(w, fontsize=10)
        ax.set_xticks(threads)
        ax.set_xlim(0.5, top + 0.5)
        ax.set_xlabel("threads", fontsize=9)
        ax.set_ylabel(ylabel, fontsize=9)
        ax.tick_params(labelsize=8)
        ax.grid(True, alpha=0.3)
        if not ideal:
            ax.set_ylim(bottom=0)
    for k in range(len(workloads), nr * nc):
        axes[k // nc][k % nc].axis("off")
    handles, labels = axes[0][0].get_legend_handles_labels()
    note = ""
    if cpus and top > cpus:
        note = " (shaded: more threads than the %d cores, so contention, not speedup)" % cpus
    fig.suptitle(title + note, fontsize=11)
    fig.legend(handles, labels, loc="lower center", ncol=min(len(labels), 6), fontsize=9,
               frameon=False, bbox_to_anchor=(0.5, 0.025))
    fig.tight_layout(rect=(0, 0.55 / (2.9 * nr + 0.6), 1, 1 - 0.35 / (2.9 * nr + 0.6)))
    return save(fig, os.path.join(outdir, fname), meta)


def overhead(data, outdir, baseline):
    meta = data["meta"]
    names = [i["name"] for i in meta["interpreters"]]
    rows = [r for r in data["summary"] if r["suite"] == "single" and r.get("median_s")
            and r.get("status") == "ok"]
    source = "single-thread benchmarks (bench/single)"
    if not rows:
        rows = [r for r in data["summary"] if r["suite"] == "scaling" and r["threads"] == 1
                and r.get("median_s") and r.get("status") == "ok"]
        source = "scaling workloads at 1 thread"
    if not rows:
        return None
    if baseline not in names:
        baseline = names[0]
    base = {r["workload"]: r["median_s"] for r in rows if r["interp"] == baseline}
    others = [n for n in names if n != baseline]
    if not others or not base:
        return None
    st = style(names)
    fig, ax = plt.subplots(figsize=(max(6.5, 1.3 * len(others) + 2.5), 4.4))
    labels = []
    for k, n in enumerate(others):
        ratios = [r["median_s"] / base[r["workload"]] for r in rows
                  if r["interp"] == n and base.get(r["workload"])]
        if not ratios:
            continue
        geo = math.exp(sum(math.log(x) for x in ratios) / len(ratios))
        color = st[n][0]
        ax.bar(k, geo, width=0.6, color=color, alpha=0.75)
        ax.text(k, geo, "%.2f" % geo, ha="center", va="bottom", fontsize=9, zorder=4,
                bbox=dict(facecolor="white", edgecolor="none", alpha=0.8, pad=1))
        jitter = [k + 0.22 * ((i % 7) - 3) / 3.0 for i in range(len(ratios))]
        ax.scatter(jitter, ratios, s=10, color="black", alpha=0.6, zorder=3)
        labels.append((k, n))
    ax.axhline(1.0, color="0.3", linestyle="--", linewidth=1)
    ax.set_xticks([k for k, _ in labels])
    ax.set_xticklabels([n for _, n in labels], rotation=20, ha="right", fontsize=9)
    ax.set_ylabel("time / %s time (ratio; >1 = slower)" % baseline, fontsize=9)
    ax.set_title("Single-thread time relative to %s\nbars: geometric mean over %d %s\n"
                 "dots: one benchmark each" % (baseline, len(base), source), fontsize=10)
    ax.set_ylim(bottom=0)
    ax.grid(True, axis="y", alpha=0.3)
    fig.tight_layout(rect=(0, 0.03, 1, 1))
    return save(fig, os.path.join(outdir, "overhead.png"), meta)


def memory(data, outdir):
    meta = data["meta"]
    names = [i["name"] for i in meta["interpreters"]]
    summary = [r for r in data["summary"] if r.get("max_rss_mib") is not None]
    if not summary:
        return None
    top = max(meta["threads"])
    groups = []
    for suite in ("single", "scaling", "contended"):
        t = 1 if suite == "single" else top
        if any(r["suite"] == suite and r["threads"] == t for r in summary):
            groups.append((suite, t))
    st = style(names)
    width = 0.8 / max(1, len(names))
    fig, ax = plt.subplots(figsize=(max(5.5, 2.2 * len(groups) + 1.5), 4.2))
    for j, n in enumerate(names):
        meds, tops = [], []
        for suite, t in groups:
            vals = sorted(r["max_rss_mib"] for r in summary
                          if r["interp"] == n and r["suite"] == suite and r["threads"] == t)
            if vals:
                mid = len(vals) // 2
                med = vals[mid] if len(vals) % 2 else (vals[mid - 1] + vals[mid]) / 2.0
                meds.append(med)
                tops.append(vals[-1] - med)
            else:
                meds.append(0.0)
                tops.append(0.0)
        xs = [g + (j - (len(names) - 1) / 2.0) * width for g in range(len(groups))]
        ax.bar(xs, meds, width=width * 0.95, color=st[n][0], alpha=0.8, label=n,
               yerr=[[0.0] * len(meds), tops], capsize=3, ecolor="0.3")
    ax.set_xticks(range(len(groups)))
    ax.set_xticklabels(["%s\n(%s)" % (s, "1 thread" if s == "single" else "%d threads" % t)
                        for s, t in groups], fontsize=9)
    ax.set_ylabel("peak RSS of one run (MiB)", fontsize=9)
    ax.set_title("Peak resident memory per interpreter\nbars: median over the suite's workloads; "
                 "whiskers: the largest (%s)" % meta.get("rss_method", "wait4"), fontsize=10)
    ax.set_ylim(0, ax.get_ylim()[1] * 1.18)  # room for the legend
    ax.legend(fontsize=8, frameon=False, ncol=min(4, len(names)), loc="upper center")
    ax.grid(True, axis="y", alpha=0.3)
    fig.tight_layout(rect=(0, 0.03, 1, 1))
    return save(fig, os.path.join(outdir, "memory.png"), meta)


def ablation(data, outdir, short):
    """ablation_SHORT.png: time of ftpy-nogil-SHORT over ftpy-nogil's, one bar
    per (workload, thread count); the single suite as one geometric mean."""
    meta = data["meta"]
    name, base = "ftpy-nogil-" + short, "ftpy-nogil"
    names = [i["name"] for i in meta["interpreters"]]
    if name not in names or base not in names:
        return None
    idx = {(r["interp"], r["suite"], r["workload"], r["threads"]): r for r in data["summary"]
           if r.get("status") == "ok" and r.get("median_s")}
    threads = sorted(meta["threads"])
    groups = []  # (label, [(threads, ratio, lo, hi)])
    single = [(idx[(name, "single", w, 1)], idx[(base, "single", w, 1)])
              for (i, s, w, t) in idx if i == base and s == "single" and (name, s, w, t) in idx]
    if single:
        geo = math.exp(sum(math.log(a["median_s"] / b["median_s"]) for a, b in single)
                       / len(single))
        lo = min(a["median_s"] / b["median_s"] for a, b in single)
        hi = max(a["median_s"] / b["median_s"] for a, b in single)
        groups.append(("single: geomean of %d\n(whisker: their range)" % len(single),
                       [(1, geo, lo, hi)], "single"))
    for suite in ("scaling", "contended"):
        ws = sorted({w for (i, s, w, t) in idx if s == suite and i == base})
        for w in ws:
            bars = []
            for t in threads:
                a, b = idx.get((name, suite, w, t)), idx.get((base, suite, w, t))
                if a and b:
                    bars.append((t, a["median_s"] / b["median_s"], a["min_s"] / b["max_s"],
                                 a["max_s"] / b["min_s"]))
            if bars:
                groups.append((w, bars, suite))
    if not groups:
        return None
    tcolor = {t: COLORS[k % len(COLORS)] for k, t in enumerate(threads)}
    width = 0.8 / len(threads)
    nbars = sum(len(g[1]) for g in groups)
    fig, ax = plt.subplots(figsize=(min(15.0, max(7.0, 0.3 * nbars + 2.5)), 5.2))
    seen = set()
    for g, (label, bars, _) in enumerate(groups):
        for t, r, lo, hi in bars:
            k = threads.index(t) if len(bars) > 1 else (len(threads) - 1) / 2.0
            x = g + (k - (len(threads) - 1) / 2.0) * width
            lab = "%d thread%s" % (t, "" if t == 1 else "s") if t not in seen else None
            seen.add(t)
            # from 1, so a mechanism that helps rises and one that costs hangs down
            ax.bar(x, r - 1.0, width=width * 0.92, bottom=1.0, color=tcolor[t], alpha=0.8,
                   label=lab)
            ax.errorbar([x], [r], yerr=[[max(0.0, r - lo)], [max(0.0, hi - r)]], color="0.25",
                        capsize=2, linewidth=0.8)
    ax.set_yscale("log")
    ax.axhline(1.0, color="0.2", linestyle="--", linewidth=1)
    ymin = min(lo for _, bs, _ in groups for _, _, lo, _ in bs)
    ymax = max(hi for _, bs, _ in groups for _, _, _, hi in bs)
    ax.set_ylim(min(0.8, ymin * 0.9), max(1.25, ymax * 1.15))
    ticks = [v for v in (0.1, 0.2, 0.33, 0.5, 0.67, 0.8, 1.0, 1.25, 1.5, 2, 3, 5, 10, 20, 50)
             if ax.get_ylim()[0] <= v <= ax.get_ylim()[1]]
    ax.set_yticks(ticks)
    ax.set_yticklabels(["%g" % v for v in ticks])
    ax.minorticks_off()
    ax.set_xticks(range(len(groups)))
    ax.set_xticklabels([g[0] for g in groups], rotation=35, ha="right", fontsize=8)
    # a dotted line between suites, the suite's name above its first workload
    for g in range(len(groups)):
        if g == 0 or groups[g][2] != groups[g - 1][2]:
            if g:
                ax.axvline(g - 0.5, color="0.5", linestyle=":", linewidth=1)
            ax.text(g - 0.4, ax.get_ylim()[1], groups[g][2], fontsize=8, va="top", color="0.3")
    ax.set_ylabel("time %s /\ntime %s (ratio, log scale)\nabove 1: the mechanism helps"
                  % (name, base), fontsize=8.5)
    mech = {"atomic": "biased reference counting", "sysalloc": "mimalloc",
            "lockedreads": "lock-free list/dict reads",
            "nodeferred": "deferred (per-thread) counting"}.get(short, short)
    ax.set_title("What %s buys: %s switched off, relative to %s\n(whiskers: slowest/fastest "
                 "to fastest/slowest run; crossing 1 = within noise)" % (mech, mech, base),
                 fontsize=10)
    ax.grid(True, axis="y", alpha=0.3)
    ax.legend(fontsize=8, frameon=False, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    fig.tight_layout(rect=(0, 0.03, 1, 1))
    return save(fig, os.path.join(outdir, "ablation_%s.png" % short), meta)


def per_object(path, outdir):
    """per_object.png from bench/memory/run.py's per_object.json."""
    with open(path, encoding="utf-8") as f:
        mem = json.load(f)
    meta = mem["meta"]
    names = [i["name"] for i in meta["interpreters"]]
    kinds = [k for k in meta["kinds"] if k != "holder"]
    idx = {(r["interp"], r["kind"]): r for r in mem["table"]}
    st = style(names)
    width = 0.8 / max(1, len(names))
    fig, ax = plt.subplots(figsize=(max(7.0, 1.1 * len(kinds) + 2.0), 4.4))
    for j, n in enumerate(names):
        xs, ys = [], []
        for g, k in enumerate(kinds):
            r = idx.get((n, k))
            if r and r.get("bytes_per_object") is not None and r.get("status") == "ok":
                xs.append(g + (j - (len(names) - 1) / 2.0) * width)
                ys.append(r["bytes_per_object"])
        ax.bar(xs, ys, width=width * 0.95, color=st[n][0], alpha=0.85, label=n)
        for x, y in zip(xs, ys):
            ax.text(x, y, "%.0f" % y, ha="center", va="bottom", fontsize=6.5)
    ax.set_xticks(range(len(kinds)))
    ax.set_xticklabels(kinds, fontsize=9)
    ax.set_xlabel("object kind (bench/memory/per_object.py)", fontsize=9)
    ax.set_ylabel("bytes per live object (RSS slope)", fontsize=9)
    ax.set_title("Memory per object: peak RSS slope between N = %d and %d objects,\n"
                 "minus the 8-byte holder slot" % tuple(meta["sizes"]), fontsize=10)
    ax.set_ylim(0, ax.get_ylim()[1] * 1.2)
    ax.legend(fontsize=8, frameon=False, ncol=min(4, len(names)), loc="upper left")
    ax.grid(True, axis="y", alpha=0.3)
    fig.tight_layout(rect=(0, 0.03, 1, 1))
    return save(fig, os.path.join(outdir, "per_object.png"), meta)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter,
                                 epilog="\n".join(__doc__.splitlines()[1:]))
    ap.add_argument("results", help="a folder written by bench/harness.py")
    ap.add_argument("--out", help="where the PNG files go (default: the results folder)")
    ap.add_argument("--per-object", metavar="JSON",
                    help="also draw per_object.png from bench/memory/run.py's per_object.json")
    ap.add_argument("--all-interps", action="store_true",
                    help="draw the ablation builds in scaling.png and contended.png too")
    ap.add_argument("--baseline", default="ftpy-gil",
                    help="interpreter the overhead figure divides by (default ftpy-gil)")
    opts = ap.parse_args()
    data = load(opts.results)
    outdir = opts.out or opts.results
    os.makedirs(outdir, exist_ok=True)
    made = [
        panels(data, "scaling", "scaling", "Scaling: N x t1 / tN, equal work per thread",
               "scaling (x = N x t1 / tN)", "scaling.png", outdir, ideal=True,
               all_interps=opts.all_interps),
        panels(data, "contended", "ops_per_s", "Contended throughput, all threads together",
               "million operations / s", "contended.png", outdir, ideal=False,
               all_interps=opts.all_interps),
        overhead(data, outdir, opts.baseline),
        memory(data, outdir),
    ] + [ablation(data, outdir, short) for short in ("atomic", "sysalloc", "lockedreads",
                                                     "nodeferred")]
    if opts.per_object:
        made.append(per_object(opts.per_object, outdir))
    for p in made:
        if p:
            print("wrote", p)
    if not any(made):
        print("nothing to plot in", opts.results)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
