"""Scaling workload: every thread reads shared module globals.

Measures LOAD_GLOBAL of two big (not small, so not immortal) int objects that
live in the shared module dict, and arithmetic on them.  Each read takes a new
reference to the shared value: with plain shared counts the threads contend on
those two objects' count fields.
"""
ITERS = 6000000  # per thread; bench/harness.py --quick uses QUICK_ITERS
QUICK_ITERS = 120000

STEP = 10 ** 12 + 39
MODULUS = 10 ** 9 + 7


def work(iters, shared=None, tid=0):
    total = 0
    for i in range(iters):
        total = (total + STEP) % MODULUS
    return total
