"""Cycle-collector pause time against heap size.

    ftpy bench/gc_pause.py [--sizes 10000,100000,1000000] [--repeat 3]

Builds a heap of N tracked objects (N // 4 small rings of a list, an
instance and its __dict__, plus a tuple), keeps it alive, and times
gc.collect() (a full collection: the whole heap is scanned, nothing is
freed), then drops the heap as unreachable cycles and times the collection
that frees it. Prints one markdown row per size: median milliseconds and
nanoseconds per object. Run it on each build side by side, e.g.

    for v in gil nogil; do build/$v/ftpy bench/gc_pause.py; done
"""
import gc
import sys
import time


class Box:
    pass


def build(n):
    heap = []
    for i in range(n // 4):
        b = Box()
        ring = [b, (i,)]
        b.ring = ring
        heap.append(ring)
    return heap


def median(xs):
    xs = sorted(xs)
    return xs[len(xs) // 2]


def main():
    sizes = [10_000, 100_000, 1_000_000]
    repeat = 3
    args = sys.argv[1:]
    while args:
        a = args.pop(0)
        if a == "--sizes":
            sizes = [int(s) for s in args.pop(0).split(",")]
        elif a == "--repeat":
            repeat = int(args.pop(0))
        else:
            raise SystemExit("usage: gc_pause.py [--sizes N,N,...] [--repeat R]")
    gc.disable()
    gil = sys._is_gil_enabled() if hasattr(sys, "_is_gil_enabled") else True
    name = sys.implementation.name if hasattr(sys, "implementation") else "ftpy"
    print("interpreter:", name, "gil" if gil else "free-threaded")
    print("| objects | scan ms (all live) | ns/object | free ms (all garbage) | ns/object |")
    print("| ---: | ---: | ---: | ---: | ---: |")
    for n in sizes:
        scans, frees = [], []
        for _ in range(repeat):
            heap = build(n)
            gc.collect()
            t0 = time.perf_counter()
            gc.collect()
            scans.append(time.perf_counter() - t0)
            del heap
            t0 = time.perf_counter()
            gc.collect()
            frees.append(time.perf_counter() - t0)
        s, f = median(scans), median(frees)
        print("| %d | %.2f | %.0f | %.2f | %.0f |" % (n, s * 1e3, s * 1e9 / n, f * 1e3, f * 1e9 / n))
    gc.enable()


main()
