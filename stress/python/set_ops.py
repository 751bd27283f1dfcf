"""Races set.add/discard/remove and iteration on shared sets.

1. Distinct elements: thread t adds (t, i) for all i, then discards the odd
   ones.  Asserts exactly {(t, i): even i}.
2. Same elements in two phases (a second Barrier between them): every thread
   adds all of range(K); then every thread discards the even ones.  Asserts
   exactly the odd ones remain.
3. remove(x) of every element of a prefilled set by every thread, KeyError
   when another thread got there first: asserts each element was removed by
   exactly one thread and the set ends empty.
4. Iteration, copy(), frozenset(s), s | t, s & t, s - t and `in` while writers
   add and discard: RuntimeError 'Set changed size during iteration' is
   allowed; every element seen must be a valid one; asserts the final
   contents exactly.

    set_ops.py [THREADS] [SCALE]
"""
import sys
import threading

from _race import setup

NAME = "set_ops"
THREADS, SCALE, scaled, fail, race = setup(NAME)


N = scaled(4000)
K = scaled(2000)
distinct = set()


def own(t):
    for i in range(N):
        distinct.add((t, i))
    for i in range(1, N, 2):
        distinct.discard((t, i))
    for i in range(0, N, 2):
        if (t, i) not in distinct:
            fail("own element %r missing" % ((t, i),))


race([(own, t) for t in range(THREADS)])
if distinct != {(t, i) for t in range(THREADS) for i in range(0, N, 2)}:
    fail("distinct: %d elements, expected %d" % (len(distinct), THREADS * ((N + 1) // 2)))

same = set()
phase = threading.Barrier(THREADS)


def together(t):
    for i in range(K):
        same.add((i + t * 97) % K)  # every thread adds all, from its own start
    phase.wait()
    for i in range(0, K, 2):
        same.discard(i)


race([(together, t) for t in range(THREADS)])
if same != set(range(1, K, 2)):
    fail("same: %d elements, expected the %d odd ones" % (len(same), K // 2))

pool = set(range(K))
removed = [0] * THREADS


def remover(t):
    for j in range(K):
        try:
            pool.remove((j + t * 37) % K)
            removed[t] += 1
        except KeyError:
            pass


race([(remover, t) for t in range(THREADS)])
if pool or sum(removed) != K:
    fail("remove: %d removals of %d elements, %d left" % (sum(removed), K, len(pool)))

T = max(2, THREADS)
WRITERS = max(1, T // 2)
BASE = frozenset(range(-100, 0))
live = set(BASE)
done = []
other = set(range(-50, 50))


def writer(t):
    try:
        for i in range(N):
            x = i * WRITERS + t
            live.add(x)
            if i % 3:
                live.discard(x)
            live.add(-1 - i % 100)  # a base element: no change
    finally:
        done.append(t)


def valid(x):
    return type(x) is int and -100 <= x < max(N * WRITERS, 50)


def reader(_):
    while len(done) < WRITERS:
        try:
            for x in live:
                if not valid(x):
                    fail("iteration saw %r" % (x,))
        except RuntimeError as e:
            if "changed size" not in str(e):
                raise
        for c, what in ((live.copy(), "copy()"), (frozenset(live), "frozenset(s)"),
                        (live | other, "s | t")):
            if not all(valid(x) for x in c) or not BASE <= c:
                fail("%s holds an invalid element or lost a base one" % what)
        c = live - other
        if not all(valid(x) for x in c) or not c.isdisjoint(other) or -100 not in c:
            fail("s - t is wrong")
        if not (live & other) >= set(range(-50, 0)):
            fail("s & t lost base elements")
        if -7 not in live:
            fail("base element -7 missing")


race([(writer, t) for t in range(WRITERS)] + [(reader, t) for t in range(T - WRITERS)])
expected = set(BASE) | {i * WRITERS + t for t in range(WRITERS) for i in range(0, N, 3)}
if live != expected:
    fail("live: %d elements, expected %d" % (len(live), len(expected)))

print("OK " + NAME)
