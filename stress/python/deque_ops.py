"""Races collections.deque operations from several threads.

1. Producers append (or appendleft) their own items while consumers popleft
   (or pop), retrying on IndexError when the deque is momentarily empty:
   asserts every item was taken exactly once and the deque ends empty.
2. A bounded deque(maxlen=M) fed by append/extend from every thread: len()
   never exceeds M, every item seen is one that was added, and at the end
   it holds exactly M items.
3. rotate()/len()/indexing/iteration by readers while writers append and pop
   on both ends; RuntimeError 'deque mutated during iteration' is allowed;
   asserts the final contents exactly: the base items, each once, in any
   rotation, and nothing else.

    deque_ops.py [THREADS] [SCALE]
"""
import collections
import sys
import threading

from _race import setup

NAME = "deque_ops"
THREADS, SCALE, scaled, fail, race = setup(NAME)


T = max(2, THREADS)
PRODUCERS = max(1, T // 2)
CONSUMERS = max(1, T - PRODUCERS)
N = scaled(4000)
dq = collections.deque()
taken = [[] for _ in range(CONSUMERS)]
produced_all = []


def producer(p):
    for i in range(N):
        if i % 2:
            dq.append((p, i))
        else:
            dq.appendleft((p, i))
    produced_all.append(p)


def consumer(c):
    mine = taken[c]
    while True:
        try:
            mine.append(dq.popleft() if len(mine) % 2 else dq.pop())
        except IndexError:
            if len(produced_all) == PRODUCERS and not dq:
                return


race([(producer, p) for p in range(PRODUCERS)] + [(consumer, c) for c in range(CONSUMERS)])
got = sorted(x for m in taken for x in m)
if dq or got != [(p, i) for p in range(PRODUCERS) for i in range(N)]:
    fail("fifo: %d taken (%d distinct) of %d, %d left" % (len(got), len(set(got)), PRODUCERS * N, len(dq)))

M = 50
bounded = collections.deque(maxlen=M)


def filler(t):
    for i in range(N):
        if i % 3:
            bounded.append((t, i))
        else:
            bounded.extend([(t, i), (t, -i)])
        n = len(bounded)
        if n > M:
            fail("bounded deque holds %d > %d" % (n, M))
        try:
            x = bounded[-1]
        except IndexError:
            continue
        if type(x) is not tuple or not 0 <= x[0] < T:
            fail("bounded[-1] is %r" % (x,))


race([(filler, t) for t in range(T)])
if len(bounded) != M or bounded.maxlen != M:
    fail("bounded deque ends with %d items" % len(bounded))

BASE = list(range(100))
ring = collections.deque(BASE)
writers_done = []
WRITERS = max(1, T // 2)


def writer(t):
    try:
        for i in range(N):
            ring.append(("w", t, i))
            ring.rotate(1 + i % 3)
            ring.remove(("w", t, i))
            ring.appendleft(("v", t, i))
            ring.remove(("v", t, i))
    finally:
        writers_done.append(t)


def valid(x):
    return (type(x) is int and 0 <= x < 100) or (type(x) is tuple and x[0] in ("w", "v"))


def reader(_):
    while len(writers_done) < WRITERS:
        try:
            for x in ring:
                if not valid(x):
                    fail("iteration saw %r" % (x,))
        except RuntimeError as e:
            if "mutated" not in str(e):
                raise
        n = len(ring)
        if n < len(BASE) or n > len(BASE) + 2 * WRITERS:
            fail("len %d" % n)
        for j in (0, -1, n // 2):
            try:
                x = ring[j]
            except IndexError:
                continue
            if not valid(x):
                fail("ring[%d] is %r" % (j, x))
        if 5 not in ring:
            fail("base item 5 missing")


race([(writer, t) for t in range(WRITERS)] + [(reader, t) for t in range(T - WRITERS)])
if sorted(ring) != BASE:
    fail("ring ends with %d items, expected the %d base ones" % (len(ring), len(BASE)))

print("OK " + NAME)
