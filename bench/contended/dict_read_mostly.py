"""Contended workload: read-mostly sharing of one large dict.

Measures lookups in one shared 20000-entry str-keyed dict from all threads,
with one store per 256 lookups (each thread writing back the value a key
already has, so results stay deterministic while the dict is really written).
This is where lock-free reads (FTPY_LOCKFREE_READS) pay off.
"""
ITERS = 1000000  # per thread; bench/harness.py --quick uses QUICK_ITERS
QUICK_ITERS = 20000

SIZE = 20000


def setup(nthreads, iters):
    keys = ["key%d" % i for i in range(SIZE)]
    table = {}
    for i, k in enumerate(keys):
        table[k] = i * 3
    return (table, keys)


def work(iters, shared, tid):
    table, keys = shared
    total = 0
    j = tid * 7919
    for i in range(iters):
        j = (j + 4099) % SIZE
        k = keys[j]
        v = table[k]
        total += v
        if i & 255 == 0:
            table[k] = v
    return total


def check(shared, results, nthreads, iters):
    table, keys = shared
    assert len(table) == SIZE
    for j in range(0, SIZE, 97):
        assert table[keys[j]] == j * 3, "value of %s changed" % keys[j]
    return "sum=%d" % sum(results)
