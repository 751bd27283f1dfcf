"""Races list.pop()/pop(0)/pop(i) against list.append on one shared list.

The list starts with PREFILL distinct items; half the threads append their own
distinct items, the other half pop from the end, the front and the middle
(IndexError when the list is momentarily empty is allowed and counted).
Asserts that nothing was lost or duplicated: everything popped plus what
remains equals, as a multiset, everything put in (each item exactly once),
and that each popper's successful pops plus its IndexErrors equal its attempts.

    list_pop_append.py [THREADS] [SCALE]
"""
import sys
import threading

from _race import setup

NAME = "list_pop_append"
THREADS, SCALE, scaled, fail, race = setup(NAME)


T = max(2, THREADS)
N = scaled(4000)
PREFILL = scaled(2000)
shared = [("pre", i) for i in range(PREFILL)]
popped = [[] for _ in range(T)]
empty = [0] * T


def appender(t):
    for i in range(N):
        shared.append((t, i))


def popper(t):
    got = popped[t]
    for i in range(N):
        try:
            if i % 3 == 0:
                got.append(shared.pop())
            elif i % 3 == 1:
                got.append(shared.pop(0))
            else:
                got.append(shared.pop(i % 7))
        except IndexError:
            empty[t] += 1


appenders = [t for t in range(T) if t % 2 == 0]
poppers = [t for t in range(T) if t % 2 == 1]
race([(appender, t) for t in appenders] + [(popper, t) for t in poppers])
for t in poppers:
    if len(popped[t]) + empty[t] != N:
        fail("popper %d: %d pops + %d IndexErrors != %d attempts"
             % (t, len(popped[t]), empty[t], N))
everything = [("pre", i) for i in range(PREFILL)] + [(t, i) for t in appenders for i in range(N)]
out = list(shared)
for t in poppers:
    out.extend(popped[t])
if len(out) != len(everything):
    fail("%d items popped or remaining, %d put in" % (len(out), len(everything)))
if sorted(out, key=repr) != sorted(everything, key=repr):
    fail("popped + remaining is not the multiset put in (item lost or duplicated)")
for t in appenders:
    mine = [x[1] for x in shared if x[0] == t]
    if mine != sorted(mine):
        fail("appender %d's remaining items out of order" % t)

print("OK " + NAME)
