"""Contended workload: all threads append to and pop from one shared list.

Measures the per-object lock of a list under contention: each iteration is one
list.append and one list.pop on the same list object (2 operations).  Ends
with an empty list whatever the interleaving; the check verifies that.
"""
ITERS = 6000000  # per thread; bench/harness.py --quick uses QUICK_ITERS
QUICK_ITERS = 120000

OPS_PER_ITER = 2


def setup(nthreads, iters):
    return []


def work(iters, shared, tid):
    append = shared.append
    pop = shared.pop
    for i in range(iters):
        append(i)
        pop()
    return iters


def check(shared, results, nthreads, iters):
    assert len(shared) == 0, "list not empty after balanced append/pop: %d" % len(shared)
    return "len=0 iterations=%d" % sum(results)
