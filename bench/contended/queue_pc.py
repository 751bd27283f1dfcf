"""Contended workload: producer/consumer pairs sharing one queue.Queue.

Measures items passed through one unbounded queue.Queue (put + get, the
Condition and Lock inside it, thread wake-ups).  THREADS counts pairs: each
pair is one producer putting ITERS ints and one consumer getting ITERS items,
so 2 x THREADS OS threads run and throughput is items transferred per second.
The check verifies that every item arrived exactly once (by sum) and the
queue is empty.
"""
import queue

ITERS = 250000  # per thread; bench/harness.py --quick uses QUICK_ITERS
QUICK_ITERS = 5000

THREADS_PER_UNIT = 2


def setup(nthreads, iters):
    return queue.Queue()


def work(iters, shared, tid):
    if tid % 2 == 0:
        put = shared.put
        for i in range(iters):
            put(i)
        return 0
    get = shared.get
    total = 0
    for _ in range(iters):
        total += get()
    return total


def check(shared, results, nthreads, iters):
    total = sum(results)
    expected = nthreads * (iters * (iters - 1) // 2)
    assert total == expected, "consumers got sum %d, expected %d" % (total, expected)
    assert shared.empty(), "queue not empty"
    return "items=%d sum=%d" % (nthreads * iters, total)
