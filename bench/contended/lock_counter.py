"""Contended workload: all threads increment one counter under one threading.Lock.

Measures acquiring and releasing one contended threading.Lock (through `with`)
and a read-modify-write of a shared list slot inside it.  The check verifies
that no increment was lost.
"""
import threading

ITERS = 1200000  # per thread; bench/harness.py --quick uses QUICK_ITERS
QUICK_ITERS = 24000


def setup(nthreads, iters):
    return (threading.Lock(), [0])


def work(iters, shared, tid):
    lock, box = shared
    for _ in range(iters):
        with lock:
            box[0] += 1
    return iters


def check(shared, results, nthreads, iters):
    count = shared[1][0]
    assert count == nthreads * iters, "lost increments: %d of %d" % (count, nthreads * iters)
    return "count=%d" % count
