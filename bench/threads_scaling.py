"""Thread scaling and GIL hand-off latency.

  build/gil/ftpy   bench/threads_scaling.py [--work N] [--repeat R]
  build/nogil/ftpy bench/threads_scaling.py
  python3.13       bench/threads_scaling.py      (for comparison)

1. Scaling: a fixed amount of independent CPU-bound work (a pure-Python
   integer loop, no shared objects) is split over N = 1, 2, 4 threads; the
   best of R runs is reported with its speedup over N = 1. Under a GIL the
   speedup stays near 1.0x; a free-threaded runtime approaches min(N, cores).
   The process CPU time of the same run is printed beside it: under a GIL
   it stays at the N = 1 figure (one thread runs at a time); on a shared
   or oversubscribed machine it tells steal time apart from parallelism.
2. GIL hand-off latency: while one thread spins in a CPU-bound loop, the
   main thread repeatedly sleeps 1 ms and measures how late it gets going
   again (it must win the GIL back from the spinner). With CPython's
   hand-off this is about one switch interval (sys.getswitchinterval(),
   5 ms by default), never unbounded. ftpy also reports the longest single
   wait inside gil_acquire (_thread._gil_stats()).

Output: a header naming the runtime and variant, one line per N, one
latency line, and machine-readable RESULT lines.
"""
import sys
import threading
import time
import _thread

WORK = 2_000_000
REPEAT = 5


def parse_args():
    global WORK, REPEAT
    args = sys.argv[1:]
    i = 0
    while i < len(args):
        if args[i] == "--work" and i + 1 < len(args):
            WORK = int(args[i + 1])
            i += 2
        elif args[i] == "--repeat" and i + 1 < len(args):
            REPEAT = int(args[i + 1])
            i += 2
        else:
            print("usage: threads_scaling.py [--work N] [--repeat R]")
            sys.exit(2)


def spin(n, out, index):
    # Independent work: only locals, so threads share no object.
    total = 0
    k = 0
    while k < n:
        total += k & 7
        k += 1
    out[index] = total


def run_threads(nthreads):
    per_thread = WORK // nthreads
    out = [0] * nthreads
    threads = [threading.Thread(target=spin, args=(per_thread, out, i)) for i in range(nthreads)]
    start = time.perf_counter()
    cpu_start = time.process_time()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - start, time.process_time() - cpu_start


def gil_stats():
    stats = getattr(_thread, "_gil_stats", None)
    return stats() if stats else None


def variant_line():
    gil_flag = sys._is_gil_enabled() if hasattr(sys, "_is_gil_enabled") else True
    stats = gil_stats()
    impl = sys.implementation.name if hasattr(sys, "implementation") else "?"
    if stats is None:
        return "%s %s, sys._is_gil_enabled()=%s" % (impl, sys.version.split()[0], gil_flag)
    lock = "GIL active" if stats["active"] else "no global lock"
    if stats["active"] and not gil_flag:
        lock = "temporary coarse GIL active until the free-threaded core lands"
    build = "GIL build" if gil_flag else "free-threaded build"
    return "ftpy %s, sys._is_gil_enabled()=%s, %s" % (build, gil_flag, lock)


def measure_latency(samples=100):
    stop = threading.Event()
    competitor = threading.Thread(target=lambda: _spin_until(stop), daemon=True)
    competitor.start()
    time.sleep(0.02)  # let it get going
    reset = getattr(_thread, "_gil_stats_reset", None)
    if reset:
        reset()
    worst = 0.0
    total = 0.0
    for _ in range(samples):
        t0 = time.perf_counter()
        time.sleep(0.001)
        late = time.perf_counter() - t0 - 0.001
        total += late
        if late > worst:
            worst = late
    stats = gil_stats()
    stop.set()
    competitor.join()
    return worst, total / samples, stats


def _spin_until(stop):
    n = 0
    while not stop.is_set():
        n += 1


def main():
    parse_args()
    print("threads_scaling:", variant_line())
    print("work: %d loop iterations split over N threads, best of %d runs, switch interval %.1f ms"
          % (WORK, REPEAT, sys.getswitchinterval() * 1000))
    print("%8s %10s %9s %12s" % ("threads", "seconds", "speedup", "cpu seconds"))
    base = None
    for n in (1, 2, 4):
        best, cpu = min(run_threads(n) for _ in range(REPEAT))
        if base is None:
            base = best
        print("%8d %10.3f %8.2fx %12.3f" % (n, best, base / best, cpu))
        print("RESULT threads=%d seconds=%.6f speedup=%.3f cpu_seconds=%.6f"
              % (n, best, base / best, cpu))
    worst, mean, stats = measure_latency()
    line = ("GIL hand-off under a CPU-bound competitor: sleep(1 ms) wakes late by "
            "max %.2f ms, mean %.2f ms" % (worst * 1000, mean * 1000))
    if stats is not None and stats["active"]:
        line += ("; longest gil_acquire wait %.2f ms over %d contended acquisitions"
                 % (stats["max_wait"] * 1000, stats["contended"]))
    print(line)
    print("RESULT latency_max_ms=%.3f latency_mean_ms=%.3f gil_max_wait_ms=%s"
          % (worst * 1000, mean * 1000,
             "%.3f" % (stats["max_wait"] * 1000) if stats is not None else "n/a"))


main()
