"""Scaling workload: every thread reads its attributes of one threading.local.

Measures attribute loads on a shared threading.local object: each thread sees
its own attribute dict, so the reads should not contend, but the local object
itself (and its type) is shared by every thread.
"""
import threading

ITERS = 3000000  # per thread; bench/harness.py --quick uses QUICK_ITERS
QUICK_ITERS = 60000

LOCAL = threading.local()


def work(iters, shared=None, tid=0):
    LOCAL.step = 3
    LOCAL.mask = 1023
    total = 0
    for i in range(iters):
        total = (total + LOCAL.step) & LOCAL.mask
    return total
