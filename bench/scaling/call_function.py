"""Scaling workload: every thread calls one shared module-level function.

Measures the cost of LOAD_GLOBAL of a function object and calling it when all
threads share that function (and its code object and module dict).  Without
deferred or per-thread reference counting of functions, every call writes the
function's shared count and the threads fight over one cache line.
"""
ITERS = 5000000  # per thread; bench/harness.py --quick uses QUICK_ITERS
QUICK_ITERS = 100000


def add_one(x):
    return x + 1


def work(iters, shared=None, tid=0):
    total = 0
    for i in range(iters):
        total += add_one(i & 255)
    return total
