"""Scaling workload: every thread creates closures and calls them.

Measures creating a function object and a cell from one shared code object
on every iteration (MAKE_FUNCTION plus the closure tuple), calling it, and
freeing it.  The new functions are private, but their code object and
globals are shared by all threads.
"""
ITERS = 1500000  # per thread; bench/harness.py --quick uses QUICK_ITERS
QUICK_ITERS = 30000


def make_adder(k):
    def add(x):
        return x + k
    return add


def work(iters, shared=None, tid=0):
    total = 0
    for i in range(iters):
        f = make_adder(i & 7)
        total += f(1)
    return total
