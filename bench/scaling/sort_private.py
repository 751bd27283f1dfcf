"""Scaling workload: every thread sorts its own private lists.

Measures list copy and list.sort() of a 64-element int list per iteration,
with comparisons of small ints; nothing is shared except the list type and
the sort code, so this should scale like pure computation.
"""
ITERS = 300000  # per thread; bench/harness.py --quick uses QUICK_ITERS
QUICK_ITERS = 6000


def work(iters, shared=None, tid=0):
    seed = 12345
    template = []
    for _ in range(64):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        template.append(seed % 10007)
    total = 0
    for i in range(iters):
        data = template[:]
        data[i % 64] = i % 10007
        data.sort()
        total += data[0] + data[-1]
    return total
