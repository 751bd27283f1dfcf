#!/usr/bin/env python3
"""Runs every benchmark suite on every interpreter and records time and memory.

Measures, for each interpreter (ftpy GIL build, ftpy free-threaded build, each
free-threaded ablation build, and any CPython) and each workload:

  scaling    bench/scaling/*.py at 1, 2, ..., N threads, each thread doing the
             same work: seconds from barrier release to last join, and the
             scaling figure N x t1 / tN (N = perfect, 1 = a global lock);
  contended  bench/contended/*.py at 1, 2, ..., N threads sharing one object:
             seconds and throughput (operations per second, all threads);
  single     bench/single/*.py, one thread: process wall seconds;

each run in its own process, with warm-up runs that are discarded and
repeated runs (median, min, max, quartiles), the peak resident memory of
every run (see rss_method(): GNU time's wait4 of the workload when
/usr/bin/time exists, else /proc VmHWM), and the checksum every run prints (the same on every interpreter, or the table says MISMATCH).
Progress goes to stderr; results go to a folder (default
bench/results/<UTC timestamp>/, or --name NAME, or --out DIR):

  runs.csv      one row per run            summary.csv   one row per cell
  results.json  metadata, runs, summary    results.md    the tables

    python3 bench/harness.py                 # full run: builds gil/nogil if missing
    python3 bench/harness.py --quick         # smoke test: tiny sizes, 1 run, 1-2 threads
    python3 bench/harness.py --threads 1,2,4,8,16 --repeat 7 --ablations all
    python3 bench/harness.py --interp ftpy-gil=/tmp/ftpy-gil --interp cpython=python3.13
    python3 bench/harness.py --dry-run       # show interpreters, builds and run count only

Interpreters: with no --interp, the ftpy builds build/gil/ftpy and
build/nogil/ftpy, every ablation build folder that exists (or those asked for
with --ablations, built when missing), and the CPythons python3.13,
python3.13t and python3.14t found on PATH or under $PYENV_ROOT/versions.
With --interp NAME=COMMAND (repeatable) exactly those run; add --with-cpython
to add the CPythons found, or --discover to add the whole default set.  --build missing (default) configures and builds a
wanted ftpy variant whose executable is absent; --build always re-runs the
(incremental) build of every wanted variant; --build never skips absent ones.

Timing is reported, never asserted.  The exit status is 1 when a run failed
(crash, timeout, wrong invariant) or checksums differ, so that `--quick` can
serve as a test that the harness and the workloads still work.  Standard
library only; runs under any python3 >= 3.8 (Debian's 3.11 is enough).
"""

import argparse
import csv
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SUITES = ("scaling", "contended", "single")

# name, build folder, cmake configure arguments (after `cmake`).
FTPY_VARIANTS = [
    ("ftpy-gil", "build/gil", ["--preset", "gil"]),
    ("ftpy-nogil", "build/nogil", ["--preset", "nogil"]),
]
# short name (for --ablations), interpreter name, build folder (= the preset's
# binaryDir, configured with `cmake --preset nogil-<short>`), the option it sets.
ABLATIONS = [
    ("atomic", "ftpy-nogil-atomic", "build/nogil-atomic", "-DFTPY_RC=atomic"),
    ("sysalloc", "ftpy-nogil-sysalloc", "build/nogil-sysalloc", "-DFTPY_ALLOC=system"),
    ("lockedreads", "ftpy-nogil-lockedreads", "build/nogil-lockedreads", "-DFTPY_LOCKFREE_READS=OFF"),
    ("nodeferred", "ftpy-nogil-nodeferred", "build/nogil-nodeferred", "-DFTPY_DEFERRED_RC=OFF"),
]
CPYTHONS = ["python3.13", "python3.13t", "python3.14t"]

SINGLE_HEADER = re.compile(r"^#\s*bench:\s*default=(\d+)\s+quick=(\d+)(.*)$", re.MULTILINE)
ITERS_LINE = re.compile(r"^ITERS\s*=\s*(\d+)", re.MULTILINE)
QUICK_LINE = re.compile(r"^QUICK_ITERS\s*=\s*(\d+)", re.MULTILINE)
RESULT_KEYS = ("suite", "workload", "threads", "os_threads", "iters", "ops", "seconds",
               "cpu_seconds", "gil", "gil_active")


def log(msg):
    sys.stderr.write(msg + "\n")
    sys.stderr.flush()


# ---------------------------------------------------------------- interpreters

def probe(path):
    """Runs `path -c ...`; returns (real executable, version line) or None when
    it does not run (a pyenv shim with no version selected fails here)."""
    code = "import sys; print(sys.executable); print(sys.version.splitlines()[0])"
    try:
        proc = subprocess.run([path, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              stdin=subprocess.DEVNULL, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return None
    if proc.returncode != 0:
        return None
    lines = proc.stdout.decode("utf-8", "replace").strip().splitlines()
    exe = lines[0].strip() if lines else ""
    version = lines[1].strip() if len(lines) > 1 else ""
    if not (exe and os.path.isabs(exe) and os.access(exe, os.X_OK)):
        exe = path  # ftpy reports sys.executable as "ftpy"
    return exe, version


def resolve_command(cmd):
    """Absolute path for COMMAND (a path, relative to the repository root when
    relative, or a name on PATH), or None."""
    if os.sep in cmd or cmd.startswith("."):
        path = cmd if os.path.isabs(cmd) else os.path.join(ROOT, cmd)
        return os.path.abspath(path) if os.path.isfile(path) and os.access(path, os.X_OK) else None
    return shutil.which(cmd)


def pyenv_candidates(name):
    root = os.environ.get("PYENV_ROOT", os.path.expanduser("~/.pyenv"))
    versions = os.path.join(root, "versions")
    out = []
    if os.path.isdir(versions):
        for v in sorted(os.listdir(versions), reverse=True):
            p = os.path.join(versions, v, "bin", name)
            if os.path.isfile(p) and os.access(p, os.X_OK):
                out.append(p)
    return out


def find_runnable(cmd):
    """(path, real executable, version) for a command that runs, trying PATH
    first and then pyenv's version folders for a bare name; None otherwise."""
    candidates = []
    first = resolve_command(cmd)
    if first:
        candidates.append(first)
    if os.sep not in cmd:
        candidates += pyenv_candidates(cmd)
    for c in candidates:
        got = probe(c)
        if got:
            return c, got[0], got[1]
    return None


def configure_cmd(folder, args):
    if args[:2] == ["--preset", "gil"] or args[:2] == ["--preset", "nogil"]:
        if folder in ("build/gil", "build/nogil"):
            return ["cmake"] + args
    return ["cmake"] + args + ["-B", folder]


def wanted_ftpy(opts):
    """(name, folder, configure command) for each ftpy build this run wants."""
    out = [(n, f, configure_cmd(f, a)) for n, f, a in FTPY_VARIANTS]
    asked = set()
    if opts.ablations:
        asked = {a[0] for a in ABLATIONS} if opts.ablations == "all" else \
            {x.strip() for x in opts.ablations.split(",") if x.strip()}
        unknown = asked - {a[0] for a in ABLATIONS}
        if unknown:
            sys.exit("error: unknown ablation(s) %s (have: %s, all)"
                     % (", ".join(sorted(unknown)), ", ".join(a[0] for a in ABLATIONS)))
    for short, name, folder, option in ABLATIONS:
        exists = os.path.exists(os.path.join(ROOT, folder, "ftpy"))
        if short in asked or (exists and opts.ablations is None):
            # the ablation presets of CMakePresets.json (binaryDir build/<preset>)
            out.append((name, folder, ["cmake", "--preset", os.path.basename(folder)]))
    return out


def build(folder, configure, dry_run):
    """Configures (when there is no CMakeCache.txt) and builds target ftpy."""
    cmds = []
    if not os.path.exists(os.path.join(ROOT, folder, "CMakeCache.txt")):
        cmds.append(configure)
    cmds.append(["cmake", "--build", folder, "--target", "ftpy"])
    for c in cmds:
        log("build: %s" % " ".join(c))
        if dry_run:
            continue
        if subprocess.call(c, cwd=ROOT) != 0:
            log("build: FAILED: %s" % " ".join(c))
            return False
    return True


def collect_interpreters(opts):
    interps = []
    if opts.interp:
        for spec in opts.interp:
            if "=" not in spec:
                sys.exit("error: --interp wants NAME=COMMAND, got %r" % spec)
            name, cmd = [s.strip() for s in spec.split("=", 1)]
            found = find_runnable(cmd)
            if found is None:
                sys.exit("error: interpreter %s (%s) not found or does not run" % (name, cmd))
            interps.append({"name": name, "command": cmd, "path": found[1], "version": found[2]})
    if not opts.interp or opts.discover:
        for name, folder, configure in wanted_ftpy(opts):
            exe = os.path.join(ROOT, folder, "ftpy")
            present = os.path.isfile(exe)
            if opts.build == "always" or (opts.build == "missing" and not present):
                if not build(folder, configure, opts.dry_run):
                    log("note: %s not built; skipped" % name)
                    continue
            if not os.path.isfile(exe):
                log("note: %s (%s) absent; skipped%s"
                    % (name, os.path.relpath(exe, ROOT),
                       " (--build never)" if opts.build == "never" else ""))
                continue
            got = probe(exe)
            interps.append({"name": name, "command": os.path.relpath(exe, ROOT), "path": exe,
                            "version": got[1] if got else "?"})
    if (not opts.interp or opts.discover or opts.with_cpython) and not opts.no_cpython:
        for cmd in CPYTHONS:
            found = find_runnable(cmd)
            if found is None:
                log("note: %s not found; skipped" % cmd)
                continue
            if any(os.path.realpath(i["path"]) == os.path.realpath(found[1]) for i in interps):
                continue  # already given with --interp
            name = "cpython" + cmd[len("python"):]
            interps.append({"name": name, "command": cmd, "path": found[1], "version": found[2]})
    names = [i["name"] for i in interps]
    dupes = sorted({n for n in names if names.count(n) > 1})
    if dupes:
        sys.exit("error: interpreter names must be unique: %s" % ", ".join(dupes))
    return interps


# ---------------------------------------------------------------- workloads

def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def discover_workloads(opts):
    """[{suite, name, path, size, argv-builder}] for the selected suites."""
    out = []
    for suite in opts.suites:
        folder = os.path.join(HERE, suite)
        for fname in sorted(os.listdir(folder)):
            if not fname.endswith(".py") or fname.startswith("_") or fname in ("run.py", "run_one.py"):
                continue
            path = os.path.join(folder, fname)
            text = read(path)
            name = fname[:-3]
            fixed = False
            if suite == "single":
                m = SINGLE_HEADER.search(text)
                if not m:
                    continue
                size = int(m.group(2) if opts.quick else m.group(1))
                # scale=fixed: the size is not proportional to the work (fib's n,
                # fannkuch's and n-queens' board size), so --scale leaves it alone
                fixed = "scale=fixed" in m.group(3)
            else:
                m = (QUICK_LINE if opts.quick else ITERS_LINE).search(text)
                if not m or "def work(" not in text:
                    continue
                size = int(m.group(1))
            if opts.scale != 1.0 and not fixed:
                size = max(1, int(round(size * opts.scale)))
            out.append({"suite": suite, "name": name, "path": path, "size": size})
    if opts.workloads:
        wanted = set(opts.workloads)
        known = {w["name"] for w in out} | {"%s/%s" % (w["suite"], w["name"]) for w in out}
        unknown = wanted - known
        if unknown:
            sys.exit("error: unknown workload(s): %s" % ", ".join(sorted(unknown)))
        out = [w for w in out if w["name"] in wanted or "%s/%s" % (w["suite"], w["name"]) in wanted]
    return out


def cells(workloads, thread_counts):
    out = []
    for w in workloads:
        counts = [1] if w["suite"] == "single" else thread_counts
        for t in counts:
            out.append((w, t))
    return out


def command_for(interp, w, threads):
    if w["suite"] == "single":
        return [interp["path"], os.path.relpath(w["path"], ROOT), str(w["size"])]
    runner = os.path.join("bench", w["suite"], "run_one.py")
    return [interp["path"], runner, w["name"], str(threads), str(w["size"])]


# ---------------------------------------------------------------- running

_RSS_METHOD = []


def rss_method():
    """How peak RSS is measured, chosen once.  os.wait4 gives the rusage of the
    child itself, but on Linux its ru_maxrss starts at the RSS of the process
    that exec'd it (exec records the old address space's high-water mark, and
    the harness's subprocess spawns through vfork), so a direct child reports
    at least the harness's own ~15-20 MiB.  Hence, in order of preference:
    "gnu-time": GNU time (a ~1 MiB process) forks and execs the workload and
    writes the wait4 ru_maxrss of its child, exact; "proc-vmhwm": VmHWM of the
    child's new address space from /proc/PID/status, polled every 2 ms until
    it exits (misses growth in the last 2 ms); "wait4": ru_maxrss as is (an
    overestimate for small programs)."""
    if _RSS_METHOD:
        return _RSS_METHOD[0]
    method = "wait4"
    gtime = "/usr/bin/time" if os.path.isfile("/usr/bin/time") else shutil.which("time")
    if gtime and os.environ.get("FTPY_BENCH_NO_GNU_TIME") != "1":
        with tempfile.NamedTemporaryFile("r", suffix=".rss") as f:
            try:
                ok = subprocess.call([gtime, "-f", "%M", "-o", f.name, "true"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) == 0
                ok = ok and f.read().strip().isdigit()
            except OSError:
                ok = False
        if ok:
            method = "gnu-time"
            _RSS_METHOD.append(method)
            _RSS_METHOD.append(gtime)
            return method
    if os.path.isdir("/proc/self") and os.path.isfile("/proc/self/status"):
        method = "proc-vmhwm"
    _RSS_METHOD.append(method)
    _RSS_METHOD.append(None)
    return method


def _vmhwm_kib(pid):
    try:
        with open("/proc/%d/status" % pid) as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return None


def run_child(cmd, timeout):
    """Runs cmd with output in temporary files, in its own session so that a
    timeout kills the whole tree; waits with os.wait4 (CPU times of the child
    and what it waited for) and measures peak RSS as rss_method() says.
    Returns a dict."""
    method = rss_method()
    rss_file = None
    if method == "gnu-time":
        rss_file = tempfile.NamedTemporaryFile("r", suffix=".rss")
        cmd = [_RSS_METHOD[1], "-f", "%M", "-o", rss_file.name] + cmd
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        try:
            proc = subprocess.Popen(cmd, cwd=ROOT, stdout=out, stderr=err, stdin=subprocess.DEVNULL,
                                    start_new_session=True)
        except OSError as e:
            return {"ok": False, "error": "cannot run: %s" % e}
        killed = []
        hwm = [None]
        stop = threading.Event()

        def kill():
            killed.append(True)
            try:
                os.killpg(proc.pid, 9)
            except OSError:
                pass

        def poll():
            while not stop.wait(0.002):
                v = _vmhwm_kib(proc.pid)
                if v is not None and (hwm[0] is None or v > hwm[0]):
                    hwm[0] = v

        timer = threading.Timer(timeout, kill)
        timer.start()
        poller = None
        if method == "proc-vmhwm":
            poller = threading.Thread(target=poll)
            poller.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
            stop.set()
            if poller is not None:
                poller.join()
        wall = time.perf_counter() - start
        proc.returncode = (os.waitstatus_to_exitcode(status) if hasattr(os, "waitstatus_to_exitcode")
                           else (-(status & 0x7F) if status & 0x7F else status >> 8))
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode("utf-8", "replace")
        stderr = err.read().decode("utf-8", "replace")
    maxrss = usage.ru_maxrss
    if rss_file is not None:
        lines = [ln.strip() for ln in rss_file.read().splitlines() if ln.strip()]
        rss_file.close()
        maxrss = int(lines[-1]) if lines and lines[-1].isdigit() else None
        if lines and lines[0].startswith("Command terminated by signal") and proc.returncode > 128:
            proc.returncode = -(proc.returncode - 128)
    elif method == "proc-vmhwm":
        maxrss = hwm[0]
    res = {"wall_seconds": wall, "maxrss_kib": maxrss,
           "user_seconds": usage.ru_utime, "sys_seconds": usage.ru_stime,
           "returncode": proc.returncode, "stdout": stdout, "stderr": stderr}
    if killed:
        res.update(ok=False, error="timeout after %.0f s" % timeout)
    elif proc.returncode != 0:
        tail = [ln for ln in stderr.strip().splitlines() if ln.strip()]
        res.update(ok=False, error="exit %d: %s" % (proc.returncode, tail[-1] if tail else "(no stderr)"))
    else:
        res["ok"] = True
    return res


def parse_result(stdout):
    for line in stdout.splitlines():
        if line.startswith("RESULT "):
            body = line[len("RESULT "):]
            head, _, checksum = body.partition(" checksum=")
            fields = dict(kv.split("=", 1) for kv in head.split() if "=" in kv)
            fields["checksum"] = checksum.strip()
            return fields
    return None


def one_run(interp, w, threads, timeout):
    r = run_child(command_for(interp, w, threads), timeout)
    rec = {"interp": interp["name"], "suite": w["suite"], "workload": w["name"],
           "threads": threads, "size": w["size"], "ok": r["ok"], "error": r.get("error", ""),
           "wall_seconds": r.get("wall_seconds"), "maxrss_kib": r.get("maxrss_kib"),
           "user_seconds": r.get("user_seconds"), "sys_seconds": r.get("sys_seconds"),
           "seconds": None, "cpu_seconds": None, "ops": None, "os_threads": threads,
           "gil": "", "gil_active": "", "checksum": ""}
    if not r["ok"]:
        return rec
    if w["suite"] == "single":
        lines = [ln for ln in r["stdout"].splitlines() if ln.startswith("checksum")]
        if len(lines) != 1:
            rec.update(ok=False, error="no single checksum line in output")
            return rec
        rec.update(seconds=r["wall_seconds"], checksum=lines[0],
                   cpu_seconds=r["user_seconds"] + r["sys_seconds"])
        return rec
    fields = parse_result(r["stdout"])
    if fields is None:
        rec.update(ok=False, error="no RESULT line in output")
        return rec
    rec.update(seconds=float(fields["seconds"]), cpu_seconds=float(fields["cpu_seconds"]),
               ops=int(fields["ops"]), os_threads=int(fields["os_threads"]),
               gil=fields.get("gil", ""), gil_active=fields.get("gil_active", ""),
               checksum=fields["checksum"])
    return rec


# ---------------------------------------------------------------- statistics

def quartiles(values):
    v = sorted(values)
    if len(v) < 2:
        return v[0], v[0]
    if hasattr(statistics, "quantiles") and len(v) >= 2:
        q = statistics.quantiles(v, n=4, method="inclusive")
        return q[0], q[2]
    return v[0], v[-1]


def _rss(runs, how):
    vals = [r["maxrss_kib"] for r in runs if r["maxrss_kib"] is not None]
    return how(vals) / 1024.0 if vals else None


def summarize(runs, interps, cell_list):
    by = {}
    for r in runs:
        by.setdefault((r["interp"], r["suite"], r["workload"], r["threads"]), []).append(r)
    rows = []
    for interp in interps:
        for w, t in cell_list:
            key = (interp["name"], w["suite"], w["name"], t)
            rs = by.get(key, [])
            oks = [r for r in rs if r["ok"]]
            row = {"interp": key[0], "suite": key[1], "workload": key[2], "threads": t,
                   "size": w["size"], "runs": len(rs), "failed": len(rs) - len(oks),
                   "errors": "; ".join(sorted({r["error"] for r in rs if not r["ok"]}))}
            if oks:
                secs = [r["seconds"] for r in oks]
                q1, q3 = quartiles(secs)
                row.update(median_s=statistics.median(secs), min_s=min(secs), max_s=max(secs),
                           q1_s=q1, q3_s=q3,
                           median_cpu_s=statistics.median(r["cpu_seconds"] for r in oks),
                           median_rss_mib=_rss(oks, statistics.median),
                           max_rss_mib=_rss(oks, max),
                           checksum=" | ".join(sorted({r["checksum"] for r in oks})),
                           gil=oks[0]["gil"], gil_active=oks[0]["gil_active"],
                           os_threads=oks[0]["os_threads"])
                if oks[0]["ops"] is not None:
                    row["ops_per_s"] = oks[0]["ops"] / row["median_s"] if row["median_s"] > 0 else None
            rows.append(row)
    # Scaling figure: every thread does the same work, so N x t1 / tN.
    base = {(r["interp"], r["suite"], r["workload"]): r.get("median_s")
            for r in rows if r["threads"] == 1}
    for r in rows:
        t1 = base.get((r["interp"], r["suite"], r["workload"]))
        if r["suite"] != "single" and t1 and r.get("median_s"):
            r["scaling"] = r["threads"] * t1 / r["median_s"]
    # Checksums must agree across interpreters for each (suite, workload, threads).
    sums = {}
    for r in rows:
        if r.get("checksum"):
            sums.setdefault((r["suite"], r["workload"], r["threads"]), set()).add(r["checksum"])
    for r in rows:
        k = (r["suite"], r["workload"], r["threads"])
        r["status"] = ("FAIL" if r["failed"] else
                       "MISMATCH" if len(sums.get(k, ())) > 1 or " | " in r.get("checksum", "") else
                       "ok")
    return rows


# ---------------------------------------------------------------- output

def fmt(v, spec="%.3f"):
    return "-" if v is None else spec % v


def md_table(header, rows):
    out = ["| " + " | ".join(header) + " |",
           "|" + "|".join("---" if i == 0 else "---:" for i in range(len(header))) + "|"]
    out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(out)


def text_table(header, rows):
    widths = [max(len(str(c)) for c in col) for col in zip(header, *rows)]
    return "\n".join("  ".join(str(c).ljust(w) if i == 0 else str(c).rjust(w)
                               for i, (c, w) in enumerate(zip(r, widths)))
                     for r in [header] + rows)


def cell(row, what):
    if row is None:
        return "-"
    if row["status"] == "FAIL":
        return "FAIL"
    v = row.get(what)
    if v is None:
        return "-"
    if what == "ops_per_s":
        text = "%.3f" % (v / 1e6)  # millions of operations per second
    else:
        text = {"median_s": "%.3f", "scaling": "%.2fx", "median_rss_mib": "%.1f"}[what] % v
    return text + ("!" if row["status"] == "MISMATCH" else "")


def spread(row):
    if row is None or row.get("median_s") is None:
        return "-"
    return "%.3f [%.3f-%.3f]" % (row["median_s"], row["min_s"], row["max_s"])


def tables(summary, interps, thread_counts, workloads):
    """[(title, explanation, header, rows)] for the markdown and the terminal."""
    idx = {(r["interp"], r["suite"], r["workload"], r["threads"]): r for r in summary}
    names = [i["name"] for i in interps]
    out = []
    top = max(thread_counts)
    for suite in ("scaling", "contended"):
        ws = [w for w in workloads if w["suite"] == suite]
        if not ws:
            continue
        if suite == "scaling":
            header = ["workload"]
            for n in names:
                header += ["%s t1 s" % n, "%s t%d s" % (n, top), "%s scaling" % n]
            rows = []
            for w in ws:
                r = [w["name"]]
                for n in names:
                    r += [spread(idx.get((n, suite, w["name"], 1))),
                          spread(idx.get((n, suite, w["name"], top))),
                          cell(idx.get((n, suite, w["name"], top)), "scaling")]
                rows.append(r)
            out.append(("Scaling (%d threads)" % top,
                        "Seconds from barrier release to last join, median [min-max] of the "
                        "repetitions; every thread does the same work, so scaling = %d x t1 / t%d "
                        "(%d.00x is perfect, ~1.00x is a global lock)." % (top, top, top),
                        header, rows))
            if len(thread_counts) > 2:
                header = ["workload", "interpreter"] + ["%d thr" % t for t in thread_counts]
                rows = [[w["name"], n] + [cell(idx.get((n, suite, w["name"], t)), "scaling")
                                         for t in thread_counts] for w in ws for n in names]
                out.append(("Scaling at every thread count", "N x t1 / tN.", header, rows))
        else:
            header = ["workload", "interpreter"] + ["%d thr Mop/s" % t for t in thread_counts]
            rows = [[w["name"], n] + [cell(idx.get((n, suite, w["name"], t)), "ops_per_s")
                                     for t in thread_counts] for w in ws for n in names]
            out.append(("Contended throughput",
                        "Millions of operations per second, all threads together (median run); for "
                        "queue_pc THREADS counts producer/consumer pairs and an operation is one "
                        "item through the queue.", header, rows))
    ws = [w for w in workloads if w["suite"] == "single"]
    if ws:
        base = "ftpy-gil" if "ftpy-gil" in names else names[0]
        others = [n for n in names if n != base]
        header = ["benchmark"] + ["%s s" % n for n in names] + ["%s/%s" % (n, base) for n in others]
        rows = []
        for w in ws:
            r = [w["name"]] + [cell(idx.get((n, "single", w["name"], 1)), "median_s") for n in names]
            b = idx.get((base, "single", w["name"], 1))
            for n in others:
                o = idx.get((n, "single", w["name"], 1))
                ok = (b and o and b.get("median_s") and o.get("median_s")
                      and b["status"] == "ok" and o["status"] == "ok")
                r.append("%.2f" % (o["median_s"] / b["median_s"]) if ok else "-")
            rows.append(r)
        out.append(("Single thread",
                    "Process wall seconds (start-up included), median of the repetitions; "
                    "ratios above 1 mean slower than %s." % base, header, rows))
    # Memory: peak RSS per interpreter, per suite at the largest thread count.
    header = ["interpreter", "version", "single MiB (max)", "scaling MiB at %d thr (max)" % top,
              "contended MiB at %d thr (max)" % top]
    rows = []
    for i in interps:
        n = i["name"]
        cols = []
        for suite in ("single", "scaling", "contended"):
            t = 1 if suite == "single" else top
            vals = [r["max_rss_mib"] for r in summary
                    if r["interp"] == n and r["suite"] == suite and r["threads"] == t
                    and r.get("max_rss_mib") is not None]
            cols.append("%.1f (%.1f)" % (statistics.median(vals), max(vals)) if vals else "-")
        rows.append([n, i.get("version", "")] + cols)
    out.append(("Peak memory",
                "Peak resident set size of one run (os.wait4 ru_maxrss), median over the "
                "workloads of a suite, and the largest in parentheses.", header, rows))
    return out


def write_results(outdir, meta, runs, summary, tbls):
    os.makedirs(outdir, exist_ok=True)
    run_cols = ["interp", "suite", "workload", "threads", "os_threads", "size", "rep", "ok",
                "seconds", "cpu_seconds", "wall_seconds", "user_seconds", "sys_seconds",
                "maxrss_kib", "ops", "gil", "gil_active", "checksum", "error"]
    with open(os.path.join(outdir, "runs.csv"), "w", newline="", encoding="utf-8") as f:
        wr = csv.DictWriter(f, fieldnames=run_cols, extrasaction="ignore")
        wr.writeheader()
        for r in runs:
            wr.writerow(r)
    sum_cols = ["interp", "suite", "workload", "threads", "os_threads", "size", "runs", "failed",
                "status", "median_s", "min_s", "max_s", "q1_s", "q3_s", "median_cpu_s", "scaling",
                "ops_per_s", "median_rss_mib", "max_rss_mib", "gil", "gil_active", "checksum",
                "errors"]
    with open(os.path.join(outdir, "summary.csv"), "w", newline="", encoding="utf-8") as f:
        wr = csv.DictWriter(f, fieldnames=sum_cols, extrasaction="ignore")
        wr.writeheader()
        for r in summary:
            wr.writerow(r)
    with open(os.path.join(outdir, "results.json"), "w", encoding="utf-8") as f:
        json.dump({"meta": meta, "summary": summary, "runs": runs}, f, indent=1)
        f.write("\n")
    with open(os.path.join(outdir, "results.md"), "w", encoding="utf-8") as f:
        f.write("# Benchmark results\n\n")
        f.write("Generated by `%s` at %s on %s (%s, %s, %s CPUs), commit %s%s.\n\n"
                % (meta["command"], meta["date_utc"], meta["machine"], meta["cpu_model"],
                   meta["system"], meta["cpus"], meta["git_commit"][:12], " (with local changes)"
                   if meta["git_dirty"] else ""))
        f.write("%d repetition(s) per cell after %d warm-up run(s)%s. Interpreters:\n\n"
                % (meta["repeat"], meta["warmup"], ", quick sizes" if meta["quick"] else ""))
        for i in meta["interpreters"]:
            f.write("- `%s`: `%s` (%s)\n" % (i["name"], i["path"], i.get("version", "")))
        f.write("\nPeak RSS measured by: %s (see bench/README.md).\n" % meta["rss_method"])
        if meta["cpus"] and max(meta["threads"]) > meta["cpus"]:
            f.write("\nThis machine has %s cores: figures past %s threads measure contention "
                    "and oversubscription, not parallel speedup.\n" % (meta["cpus"], meta["cpus"]))
        f.write("\nA `!` marks a cell whose checksum differs from another interpreter's; FAIL "
                "marks a failed run (see summary.csv, column errors).\n")
        for title, text, header, rows in tbls:
            f.write("\n## %s\n\n%s\n\n%s\n" % (title, text, md_table(header, rows)))


def machine_info():
    """CPU model (/proc/cpuinfo), kernel release and memory, for the record."""
    cpu, mem = platform.processor() or platform.machine(), "?"
    try:
        with open("/proc/cpuinfo", encoding="utf-8", errors="replace") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
        with open("/proc/meminfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("MemTotal:"):
                    mem = "%.1f GiB" % (int(line.split()[1]) / 1048576.0)
                    break
    except OSError:
        pass
    return {"cpu_model": cpu, "kernel": platform.release(), "memory": mem}


# What "local changes" means for a result: changes to anything but results
# (papers/ and bench/results/ are where results go; a re-run that rewrites
# them is not a modified runtime).
GIT_SOURCES = (".", ":(exclude)papers", ":(exclude)bench/results")


def arg_parser(doc):
    """An ArgumentParser for a script whose docstring is doc: the first line is
    the description, the rest (usage examples) the epilog, kept as written."""
    lines = doc.splitlines()
    return argparse.ArgumentParser(description=lines[0], epilog="\n".join(lines[1:]),
                                   formatter_class=argparse.RawDescriptionHelpFormatter)


def git_info():
    try:
        commit = subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, stdout=subprocess.PIPE,
                                stderr=subprocess.DEVNULL).stdout.decode().strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no", "--"]
                               + list(GIT_SOURCES), cwd=ROOT, stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL).stdout.strip()
        return commit or "unknown", bool(dirty)
    except OSError:
        return "unknown", False


def default_threads():
    n = os.cpu_count() or 2
    n = max(2, n)
    if n <= 8:
        return list(range(1, n + 1))
    counts = [1]
    while counts[-1] * 2 < n:
        counts.append(counts[-1] * 2)
    return counts + [n]


def main():
    ap = arg_parser(__doc__)
    ap.add_argument("--quick", action="store_true",
                    help="smoke test: quick sizes, 1 repetition, no warm-up, threads 1,2")
    ap.add_argument("--threads", help="thread counts, e.g. 1,2,4,8,16 (default 1..cores, "
                                      "powers of two past 8 cores)")
    ap.add_argument("--suites", default=",".join(SUITES), help="comma list of %s" % ",".join(SUITES))
    ap.add_argument("--workloads", nargs="*", metavar="NAME",
                    help="only these workloads (NAME or SUITE/NAME)")
    ap.add_argument("--repeat", type=int, help="timed runs per cell (default 5; --quick 1)")
    ap.add_argument("--warmup", type=int, help="discarded runs per cell first (default 1; --quick 0)")
    ap.add_argument("--scale", type=float, default=1.0, help="multiply every size by this")
    ap.add_argument("--interp", action="append", metavar="NAME=COMMAND",
                    help="interpreter to run (repeatable); disables the default set")
    ap.add_argument("--discover", action="store_true",
                    help="with --interp: also run the default interpreters")
    ap.add_argument("--with-cpython", action="store_true",
                    help="with --interp: also run the CPythons found (checksums cross-checked)")
    ap.add_argument("--no-cpython", action="store_true", help="do not look for CPython")
    ap.add_argument("--ablations", help="ablation builds to use, building missing ones: comma list "
                                        "of %s, or all (default: those already built)"
                                        % ",".join(a[0] for a in ABLATIONS))
    ap.add_argument("--build", choices=("missing", "always", "never"), default="missing",
                    help="build wanted ftpy variants: when missing (default), always, never")
    ap.add_argument("--timeout", type=float, help="seconds per run (default 600; --quick 120)")
    ap.add_argument("--out", help="results folder (default bench/results/<name>)")
    ap.add_argument("--name", help="results folder name under bench/results (default: UTC time)")
    ap.add_argument("--dry-run", action="store_true",
                    help="print interpreters, build commands and the run count; run nothing")
    opts = ap.parse_args()

    opts.suites = [s.strip() for s in opts.suites.split(",") if s.strip()]
    for s in opts.suites:
        if s not in SUITES:
            sys.exit("error: unknown suite %r (have: %s)" % (s, ", ".join(SUITES)))
    if opts.threads:
        thread_counts = sorted({int(x) for x in opts.threads.split(",") if x.strip()})
    else:
        thread_counts = [1, 2] if opts.quick else default_threads()
    if 1 not in thread_counts:
        thread_counts = [1] + thread_counts  # the scaling figure needs t1
    repeat = opts.repeat if opts.repeat is not None else (1 if opts.quick else 5)
    warmup = opts.warmup if opts.warmup is not None else (0 if opts.quick else 1)
    timeout = opts.timeout if opts.timeout is not None else (120.0 if opts.quick else 600.0)

    interps = collect_interpreters(opts)
    workloads = discover_workloads(opts)
    cell_list = cells(workloads, thread_counts)
    total = len(cell_list) * len(interps) * (repeat + warmup)
    log("harness: %d interpreter(s): %s" % (len(interps), ", ".join(
        "%s=%s" % (i["name"], i["path"]) for i in interps)))
    log("harness: %d workload(s) in %s; threads %s; %d warm-up + %d timed run(s) per cell; "
        "%d runs in all" % (len(workloads), ",".join(opts.suites),
                            ",".join(map(str, thread_counts)), warmup, repeat, total))
    if opts.dry_run:
        return 0
    if not interps:
        sys.exit("error: no interpreter to run (build one, or pass --interp NAME=COMMAND)")
    if not workloads:
        sys.exit("error: no workloads selected")

    outdir = opts.out or os.path.join(HERE, "results",
                                      opts.name or time.strftime("%Y%m%d-%H%M%S", time.gmtime()))
    runs = []
    done = 0
    started = time.time()
    # Interleaved: every repetition visits every cell on every interpreter, the
    # interpreter order rotating, so slow drift of the machine hits all alike.
    for rep in range(-warmup, repeat):
        for ci, (w, t) in enumerate(cell_list):
            shift = (rep + ci) % len(interps)
            for interp in interps[shift:] + interps[:shift]:
                done += 1
                rec = one_run(interp, w, t, timeout)
                rec["rep"] = rep
                state = ("%.3f s, %s MiB" % (rec["seconds"], "?" if rec["maxrss_kib"] is None
                                              else "%.1f" % (rec["maxrss_kib"] / 1024.0))
                         if rec["ok"] else "FAIL (%s)" % rec["error"])
                log("[%*d/%d %4.0fs] %-9s %-20s %-22s t=%-3d %s %s"
                    % (len(str(total)), done, total, time.time() - started, w["suite"], w["name"],
                       interp["name"], t, "warm-up" if rep < 0 else "rep %d/%d" % (rep + 1, repeat),
                       state))
                if rep >= 0 or not rec["ok"]:
                    runs.append(rec)

    summary = summarize([r for r in runs if r["rep"] >= 0 or not r["ok"]], interps, cell_list)
    tbls = tables(summary, interps, thread_counts, workloads)
    commit, dirty = git_info()
    meta = {"date_utc": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "command": " ".join(["python3", os.path.relpath(os.path.abspath(sys.argv[0]), ROOT)]
                                + sys.argv[1:]),
            "machine": platform.machine(), "system": platform.platform(),
            "cpus": os.cpu_count(), "runner_python": platform.python_version(),
            "cpu_model": machine_info()["cpu_model"], "kernel": platform.release(),
            "git_commit": commit, "git_dirty": dirty, "quick": opts.quick, "repeat": repeat,
            "warmup": warmup, "threads": thread_counts, "suites": opts.suites,
            "seconds_total": time.time() - started, "rss_method": rss_method(),
            "interpreters": interps,
            "workloads": [{k: w[k] for k in ("suite", "name", "size")} for w in workloads]}
    write_results(outdir, meta, runs, summary, tbls)
    for title, text, header, rows in tbls:
        print("\n== %s ==\n%s" % (title, text_table(header, rows)))
    bad = [r for r in summary if r["status"] != "ok"]
    for r in bad:
        print("\n%s: %s/%s t=%d under %s%s" % (r["status"], r["suite"], r["workload"], r["threads"],
                                              r["interp"], ": " + r["errors"] if r["errors"] else
                                              ": printed " + r.get("checksum", "")))
    print("\nwrote %s/{runs.csv,summary.csv,results.json,results.md} in %.0f s"
          % (os.path.relpath(outdir, os.getcwd()), time.time() - started))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
