"""Scaling workload: every thread creates and runs small generators.

Measures creating a generator from one shared generator function, resuming
it until it is exhausted (frame save and restore on every yield) and freeing
it; each iteration runs one 8-step generator.
"""
ITERS = 700000  # per thread; bench/harness.py --quick uses QUICK_ITERS
QUICK_ITERS = 14000


def countdown(n):
    while n > 0:
        yield n
        n -= 1


def work(iters, shared=None, tid=0):
    total = 0
    for i in range(iters):
        for v in countdown(8):
            total += v
    return total
