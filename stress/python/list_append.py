"""Races list.append and list.extend from many threads on one shared list.

Phase 1: THREADS threads each append N tuples (t, i).  Asserts the final list
has exactly THREADS*N items, each (t, i) exactly once, and the items of each
thread in the order that thread appended them (every append is atomic).
Phase 2: the threads extend one shared list by 3-item lists and by `+=`.
Asserts every item exactly once and each 3-item chunk contiguous (one extend
of a list is one atomic operation).

    list_append.py [THREADS] [SCALE]
"""
import sys
import threading

from _race import setup

NAME = "list_append"
THREADS, SCALE, scaled, fail, race = setup(NAME)


N = scaled(5000)
shared = []


def appender(t):
    for i in range(N):
        shared.append((t, i))


race([(appender, t) for t in range(THREADS)])
if len(shared) != THREADS * N:
    fail("append: length %d, expected %d" % (len(shared), THREADS * N))
if sorted(shared) != [(t, i) for t in range(THREADS) for i in range(N)]:
    fail("append: items lost or duplicated")
for t in range(THREADS):
    mine = [x[1] for x in shared if x[0] == t]
    if mine != list(range(N)):
        fail("append: thread %d's items out of order" % t)

M = scaled(1000)
chunks = []


def extender(t):
    for i in range(M):
        if i % 2:
            chunks.extend([(t, i, 0), (t, i, 1), (t, i, 2)])
        else:
            alias = chunks  # `chunks += ...` here would make chunks a local name
            alias += [(t, i, 0), (t, i, 1), (t, i, 2)]


race([(extender, t) for t in range(THREADS)])
if len(chunks) != THREADS * M * 3:
    fail("extend: length %d, expected %d" % (len(chunks), THREADS * M * 3))
if sorted(chunks) != [(t, i, k) for t in range(THREADS) for i in range(M) for k in range(3)]:
    fail("extend: items lost or duplicated")
for j in range(0, len(chunks), 3):
    a, b, c = chunks[j], chunks[j + 1], chunks[j + 2]
    if not (a[2] == 0 and b[:2] == a[:2] and c[:2] == a[:2] and b[2] == 1 and c[2] == 2):
        fail("extend: chunk at %d not contiguous: %r %r %r" % (j, a, b, c))

print("OK " + NAME)
