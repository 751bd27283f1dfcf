"""Times one threaded workload inside the running interpreter.

Measures the wall-clock seconds (time.perf_counter) from the moment a
threading.Barrier releases every worker thread to the moment the last worker
has been joined, and the process CPU seconds (time.process_time) over the same
interval.  Used by bench/scaling/run_one.py, bench/contended/run_one.py and
their drivers; runs under ftpy (both builds) and CPython 3.8 or later.

A workload is a module (one file in bench/scaling/ or bench/contended/) with:

    work(iters, shared, tid)   the per-thread work; every thread gets the same
                               `iters`, so with ideal scaling the time does not
                               change as threads are added.  Returns a value
                               that is the same on every interpreter.
    setup(nthreads, iters)     optional: builds the objects the threads share,
                               before they start (not timed).  Default: None.
    check(shared, results, nthreads, iters)
                               optional: verifies the outcome (raises
                               AssertionError when an invariant broke) and
                               returns the checksum string.  Default: the
                               workers' common return value.
    THREADS_PER_UNIT           optional: OS threads started per requested
                               thread (2 for producer/consumer pairs).
    OPS_PER_ITER               optional: operations one iteration performs,
                               for the throughput figure (default 1).

    ITERS, QUICK_ITERS         iterations per thread: the default size and the
                               small one of --quick (bench/harness.py reads
                               both lines with a regular expression).
"""

import os
import sys
import threading
import time

RUNNERS = ("run_one.py", "run.py")


def workloads(suite_dir):
    """Names of the workload files in suite_dir: every *.py but the runners and
    files starting with an underscore (ftpy has no open(), so no file is read)."""
    names = []
    for name in sorted(os.listdir(suite_dir)):
        if name.endswith(".py") and not name.startswith("_") and name not in RUNNERS:
            names.append(name[:-3])
    return names


def load(suite_dir, name):
    """Imports workload `name` from suite_dir."""
    if suite_dir not in sys.path:
        sys.path.insert(0, suite_dir)
    return __import__(name)


def gil_state():
    """(sys._is_gil_enabled(), whether a global lock is actually held by threads)."""
    flag = "unknown"
    if hasattr(sys, "_is_gil_enabled"):
        flag = str(sys._is_gil_enabled())
    active = flag
    try:
        import _thread
        stats = getattr(_thread, "_gil_stats", None)
        if stats is not None:
            active = str(bool(stats()["active"]))
    except Exception:
        pass
    return flag, active


def _default_check(results):
    first = results[0]
    for r in results:
        if r != first:
            raise AssertionError("threads disagree: %r vs %r" % (first, r))
    return str(first)


def run(mod, nthreads, iters):
    """Runs mod's work on nthreads threads (times THREADS_PER_UNIT) and returns
    a dict: seconds, cpu_seconds, threads, os_threads, iters, ops, checksum."""
    units = nthreads * getattr(mod, "THREADS_PER_UNIT", 1)
    shared = mod.setup(nthreads, iters) if hasattr(mod, "setup") else None
    results = [None] * units
    errors = []
    barrier = threading.Barrier(units + 1)

    def body(tid):
        try:
            barrier.wait()
            results[tid] = mod.work(iters, shared, tid)
        except BaseException as e:  # reported by the main thread
            errors.append("thread %d: %s: %s" % (tid, type(e).__name__, e))
            barrier.abort()

    threads = [threading.Thread(target=body, args=(i,)) for i in range(units)]
    for t in threads:
        t.start()
    try:
        barrier.wait()
    except threading.BrokenBarrierError:
        pass
    t0 = time.perf_counter()
    c0 = time.process_time()
    for t in threads:
        t.join()
    seconds = time.perf_counter() - t0
    cpu = time.process_time() - c0
    if errors:
        raise RuntimeError("; ".join(errors))
    if hasattr(mod, "check"):
        checksum = mod.check(shared, results, nthreads, iters)
    else:
        checksum = _default_check(results)
    ops = nthreads * iters * getattr(mod, "OPS_PER_ITER", 1)
    return {"seconds": seconds, "cpu_seconds": cpu, "threads": nthreads, "os_threads": units,
            "iters": iters, "ops": ops, "checksum": checksum}


def warm_up(mod, iters):
    """Runs a tenth of the work once on the main thread (not timed).  Skipped for
    workloads whose roles block on each other (producer/consumer pairs)."""
    if getattr(mod, "THREADS_PER_UNIT", 1) > 1:
        return
    n = max(1, iters // 10)
    shared = mod.setup(1, n) if hasattr(mod, "setup") else None
    mod.work(n, shared, 0)


def result_line(suite, name, res):
    """The machine-readable line bench/harness.py parses; the checksum comes last
    and may contain spaces."""
    flag, active = gil_state()
    return ("RESULT suite=%s workload=%s threads=%d os_threads=%d iters=%d ops=%d "
            "seconds=%.6f cpu_seconds=%.6f gil=%s gil_active=%s checksum=%s"
            % (suite, name, res["threads"], res["os_threads"], res["iters"], res["ops"],
               res["seconds"], res["cpu_seconds"], flag, active, res["checksum"]))


def main_one(suite, suite_dir, argv):
    """Command line of run_one.py: WORKLOAD THREADS [ITERS] [--quick] [--no-warmup]."""
    usage = ("usage: %s/run_one.py WORKLOAD THREADS [ITERS] [--quick] [--no-warmup]\n"
             "workloads: %s" % (suite, " ".join(workloads(suite_dir))))
    flags = [a for a in argv if a.startswith("--")]
    pos = [a for a in argv if not a.startswith("--")]
    for f in flags:
        if f not in ("--quick", "--no-warmup"):
            print(usage)
            return 2
    if len(pos) < 2 or len(pos) > 3 or pos[0] not in workloads(suite_dir):
        print(usage)
        return 2
    name = pos[0]
    nthreads = int(pos[1])
    mod = load(suite_dir, name)
    iters = int(pos[2]) if len(pos) == 3 else (mod.QUICK_ITERS if "--quick" in flags else mod.ITERS)
    if "--no-warmup" not in flags:
        warm_up(mod, iters)
    res = run(mod, nthreads, iters)
    print(result_line(suite, name, res))
    return 0


def parse_driver_args(argv, default_threads):
    """Command line of the drivers: [-t N | --threads 1,2,4] [--quick] [--iters N] [NAME...]."""
    opts = {"threads": default_threads, "quick": False, "iters": None, "names": [],
            "repeat": 1}
    i = 0
    while i < len(argv):
        a = argv[i]
        if a in ("-t", "--threads") and i + 1 < len(argv):
            opts["threads"] = [int(x) for x in argv[i + 1].split(",") if x]
            i += 2
        elif a == "--iters" and i + 1 < len(argv):
            opts["iters"] = int(argv[i + 1])
            i += 2
        elif a == "--repeat" and i + 1 < len(argv):
            opts["repeat"] = max(1, int(argv[i + 1]))
            i += 2
        elif a == "--quick":
            opts["quick"] = True
            i += 1
        elif a.startswith("-"):
            return None
        else:
            opts["names"].append(a)
            i += 1
    return opts


def cpu_count():
    n = os.cpu_count() if hasattr(os, "cpu_count") else None
    return n if n else 2


def describe_interpreter():
    flag, active = gil_state()
    impl = "ftpy"
    if hasattr(sys, "implementation"):
        impl = sys.implementation.name
    return "%s %s, sys._is_gil_enabled()=%s, global lock active=%s, %d cores" % (
        impl, sys.version.split()[0], flag, active, cpu_count())


def _median(values):
    values = sorted(values)
    n = len(values)
    mid = n // 2
    return values[mid] if n % 2 else (values[mid - 1] + values[mid]) / 2


def _measure(mod, nthreads, iters, repeat):
    runs = [run(mod, nthreads, iters) for _ in range(repeat)]
    best = runs[0]
    best["seconds"] = _median([r["seconds"] for r in runs])
    return best


def main_scaling(suite_dir, argv):
    """The scaling driver: each workload at 1 and N threads, in this process."""
    opts = parse_driver_args(argv, [max(2, cpu_count())])
    if opts is None:
        print("usage: INTERP bench/scaling/run.py [-t N] [--quick] [--iters N] [--repeat R] "
              "[WORKLOAD...]")
        return 2
    n = max(opts["threads"])
    names = opts["names"] or workloads(suite_dir)
    print("scaling:", describe_interpreter())
    print("each thread does the same work; scaling = %d x t1 / t%d (ideal %d.00x, GIL ~1.00x); "
          "median of %d" % (n, n, n, opts["repeat"]))
    print("%-18s %10s %10s %9s" % ("workload", "t1 (s)", "t%d (s)" % n, "scaling"))
    for name in names:
        mod = load(suite_dir, name)
        iters = opts["iters"] or (mod.QUICK_ITERS if opts["quick"] else mod.ITERS)
        warm_up(mod, iters)
        r1 = _measure(mod, 1, iters, opts["repeat"])
        rn = _measure(mod, n, iters, opts["repeat"])
        print("%-18s %10.3f %10.3f %8.2fx" % (name, r1["seconds"], rn["seconds"],
                                              n * r1["seconds"] / rn["seconds"]))
    return 0


def main_contended(suite_dir, argv):
    """The contended driver: throughput of each workload at 1..N threads."""
    opts = parse_driver_args(argv, None)
    if opts is None:
        print("usage: INTERP bench/contended/run.py [--threads 1,2,4] [--quick] [--iters N] "
              "[--repeat R] [WORKLOAD...]")
        return 2
    counts = opts["threads"] or list(range(1, max(2, cpu_count()) + 1))
    names = opts["names"] or workloads(suite_dir)
    print("contended:", describe_interpreter())
    print("throughput in million operations per second (all threads together), median of %d"
          % opts["repeat"])
    print("%-20s" % "workload" + "".join("%11s" % ("%d thr" % c) for c in counts))
    for name in names:
        mod = load(suite_dir, name)
        iters = opts["iters"] or (mod.QUICK_ITERS if opts["quick"] else mod.ITERS)
        warm_up(mod, iters)
        cells = []
        for c in counts:
            r = _measure(mod, c, iters, opts["repeat"])
            cells.append("%11.3f" % (r["ops"] / r["seconds"] / 1e6))
        print("%-20s" % name + "".join(cells))
    return 0
