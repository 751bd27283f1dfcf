"""Scaling workload: every thread calls a method on one shared object.

Measures attribute lookup through the shared instance and its shared class,
bound-method creation (or the method-call fast path) and the call itself.
The method only reads the object, so the only sharing is reference counts and
the lookup caches of the object, its class and its dict.
"""
ITERS = 4000000  # per thread; bench/harness.py --quick uses QUICK_ITERS
QUICK_ITERS = 80000


class Rect:
    def __init__(self, w, h):
        self.w = w
        self.h = h

    def scaled_area(self, k):
        return self.w * self.h * k


SHARED_RECT = Rect(3, 4)


def work(iters, shared=None, tid=0):
    total = 0
    for i in range(iters):
        total += SHARED_RECT.scaled_area(i & 15)
    return total
