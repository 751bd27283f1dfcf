"""Scaling workload: every thread builds small private dicts.

Measures building a three-key dict literal with interned string keys (shared,
immortal or deferred in a free-threaded runtime), two lookups and len() on
it, and freeing it: allocator and string-key hashing from many threads.
"""
ITERS = 2000000  # per thread; bench/harness.py --quick uses QUICK_ITERS
QUICK_ITERS = 40000


def work(iters, shared=None, tid=0):
    total = 0
    for i in range(iters):
        d = {"alpha": i, "beta": i + 2, "gamma": 7}
        total += d["beta"] - d["alpha"] + len(d)
    return total
