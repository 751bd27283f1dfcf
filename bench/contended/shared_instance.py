"""Contended workload: every thread calls a method on one shared instance.

Measures what sharing one ordinary object costs: each call pushes a new
reference to the instance, so every thread writes its reference count (the
shared, atomic half of a biased count, or the GIL build's plain count), and
reads its attributes from one instance dict (lock-free reads in the
free-threaded build). Throughput is calls per second at each thread count.
"""
ITERS = 2000000  # per thread; bench/harness.py --quick uses QUICK_ITERS
QUICK_ITERS = 40000


class Rect:
    def __init__(self, w, h):
        self.w = w
        self.h = h

    def scaled_area(self, k):
        return self.w * self.h * k


def setup(nthreads, iters):
    return Rect(3, 4)


def work(iters, shared, tid):
    total = 0
    for i in range(iters):
        total += shared.scaled_area(i & 15)
    return total


def check(shared, results, nthreads, iters):
    expected = sum(12 * (i & 15) for i in range(iters))
    assert all(r == expected for r in results), "a thread computed a wrong sum"
    return "sum=%d" % sum(results)
