"""Scaling workload: every thread calls a method of one shared class.

Measures attribute lookup through the shared class (its method cache and
dict), the method-call fast path and the call itself, on an instance each
thread makes for itself (CPython's ftscalingbench `pymethod` pattern). What
is shared is the class and its function objects; the instance is private.
One instance shared by every thread is a different question (its reference
count is written by all of them): that is bench/contended/shared_instance.py.
"""
ITERS = 4000000  # per thread; bench/harness.py --quick uses QUICK_ITERS
QUICK_ITERS = 80000


class Rect:
    def __init__(self, w, h):
        self.w = w
        self.h = h

    def scaled_area(self, k):
        return self.w * self.h * k


def work(iters, shared=None, tid=0):
    rect = Rect(3, 4)
    total = 0
    for i in range(iters):
        total += rect.scaled_area(i & 15)
    return total
