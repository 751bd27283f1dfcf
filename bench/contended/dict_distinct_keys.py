"""Contended workload: all threads store into one shared dict, each its own keys.

Measures dict item assignment on one shared dict when the threads never write
the same key: each thread cycles through 64 int keys of its own.  Contention is
on the dict's lock and its hash table, not on any key.
"""
ITERS = 6000000  # per thread; bench/harness.py --quick uses QUICK_ITERS
QUICK_ITERS = 120000

SLOTS = 64


def setup(nthreads, iters):
    return {}


def work(iters, shared, tid):
    base = tid * 1000
    for i in range(iters):
        shared[base + (i & 63)] = i
    return iters


def check(shared, results, nthreads, iters):
    per = min(SLOTS, iters)
    assert len(shared) == nthreads * per, "lost keys: %d of %d" % (len(shared), nthreads * per)
    for tid in range(nthreads):
        for j in range(per):
            last = j + ((iters - 1 - j) // SLOTS) * SLOTS
            got = shared[tid * 1000 + j]
            assert got == last, "thread %d key %d holds %r, wrote %r last" % (tid, j, got, last)
    return "keys=%d" % len(shared)
