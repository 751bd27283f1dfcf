"""Contended workload: all threads store into the same keys of one shared dict.

Measures dict item assignment when every thread overwrites the same 16 string
keys: the dict's lock and the value slots are contended, and every store frees
the previous value (possibly one another thread stored).
"""
ITERS = 6000000  # per thread; bench/harness.py --quick uses QUICK_ITERS
QUICK_ITERS = 120000

KEYS = ["k%02d" % j for j in range(16)]


def setup(nthreads, iters):
    return {k: -1 for k in KEYS}


def work(iters, shared, tid):
    keys = KEYS
    for i in range(iters):
        shared[keys[i & 15]] = i
    return iters


def check(shared, results, nthreads, iters):
    assert len(shared) == len(KEYS), "dict has %d keys, expected %d" % (len(shared), len(KEYS))
    for k, v in shared.items():
        assert 0 <= v < iters or (v == -1 and iters < 16), "key %s holds %r" % (k, v)
    return "keys=%d" % len(shared)
