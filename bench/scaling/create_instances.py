"""Scaling workload: every thread creates instances of one shared class.

Measures allocation and deallocation of instances (and their attribute
storage) from many threads at once, the call of the shared class and its
__init__, and attribute stores and loads on the new, private objects.  Needs a
thread-local allocator and a class whose count is not contended.
"""
ITERS = 2500000  # per thread; bench/harness.py --quick uses QUICK_ITERS
QUICK_ITERS = 50000


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def work(iters, shared=None, tid=0):
    total = 0
    for i in range(iters):
        p = Point(i, i + 3)
        total += p.y - p.x
    return total
