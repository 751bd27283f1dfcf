"""Scaling workload: every thread reads shared code constants.

Measures LOAD_CONST of a tuple, a string and a big int held in one shared
code object's constants: every thread pushes the same constant objects.
Constants that are neither immortal nor deferred are a contended count.
"""
ITERS = 3500000  # per thread; bench/harness.py --quick uses QUICK_ITERS
QUICK_ITERS = 70000


def work(iters, shared=None, tid=0):
    total = 0
    for i in range(iters):
        t = (10, 20, 30)
        s = "a shared constant string"
        big = 123456789012345678901
        total += t[i % 3] + len(s) + (big & 7)
    return total
