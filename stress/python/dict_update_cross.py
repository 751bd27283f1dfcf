"""Races d1.update(d2) in one thread against d2.update(d1) in another (the
two dicts locked in opposite orders), with further threads comparing them
(d1 == d2), merging them (d1 | d2) and adding fresh keys to each.

Invariant kept by every writer: v == f(k).  No deadlock (the runner's timeout
catches one).  Asserts: every value seen in any dict or merge result is f(k);
after the race d1 holds at least A (its own keys) plus B (d2's initial keys,
copied by the first d1.update(d2)) plus every key added to d1, and d2 likewise,
nothing outside the universe; after one final d1.update(d2), d2.update(d1)
both are exactly the universe.

    dict_update_cross.py [THREADS] [SCALE]
"""
import sys
import threading

from _race import setup

NAME = "dict_update_cross"
THREADS, SCALE, scaled, fail, race = setup(NAME)


ROUNDS = scaled(150)
ADDS = scaled(1500)
A = {("a", i): i for i in range(200)}
B = {("b", i): -i for i in range(200)}


def f(k):
    return k[1] if k[0] != "b" else -k[1]


d1 = dict(A)
d2 = dict(B)
added = {1: [("x1", i) for i in range(ADDS)], 2: [("x2", i) for i in range(ADDS)]}
universe = dict(A)
universe.update(B)
for ks in added.values():
    for k in ks:
        universe[k] = f(k)


def check(d, what):
    for k, v in d.items():
        if v != f(k):
            fail("%s holds %r: %r" % (what, k, v))


def one_into_two(_):
    for _ in range(ROUNDS):
        d2.update(d1)


def two_into_one(_):
    for _ in range(ROUNDS):
        d1.update(d2)


def adder(j):
    for i in range(ADDS):
        if i % ADDERS == j:
            k1, k2 = added[1][i], added[2][i]
            d1[k1] = f(k1)
            d2[k2] = f(k2)


def comparer(_):
    for r in range(ROUNDS):
        try:
            if r % 2:
                check(d1 | d2, "d1 | d2")
            else:
                d1 == d2
                d2 == d1
                check(dict(d2), "dict(d2)")
        except RuntimeError as e:
            if "changed" not in str(e):
                raise


EXTRA = max(0, THREADS - 2)
ADDERS = max(1, (EXTRA + 1) // 2)
jobs = [(one_into_two, 0), (two_into_one, 0)]
jobs += [(adder, j) for j in range(ADDERS if EXTRA else 0)]
jobs += [(comparer, j) for j in range(EXTRA - ADDERS)]
race(jobs)
if not EXTRA:
    adder(0)
check(d1, "d1")
check(d2, "d2")
for need, d, what in ((A, d1, "d1"), (B, d1, "d1"), (A, d2, "d2"), (B, d2, "d2")):
    missing = [k for k in need if k not in d]
    if missing:
        fail("%s lost %d initial keys, e.g. %r" % (what, len(missing), missing[0]))
for which, d, what in ((1, d1, "d1"), (2, d2, "d2")):
    missing = [k for k in added[which] if k not in d]
    if missing:
        fail("%s lost %d added keys, e.g. %r" % (what, len(missing), missing[0]))
for d, what in ((d1, "d1"), (d2, "d2")):
    stray = [k for k in d if k not in universe]
    if stray:
        fail("%s holds keys never written: %r" % (what, stray[:3]))
d1.update(d2)
d2.update(d1)
if d1 != universe or d2 != universe:
    fail("after the final merge: %d and %d keys, expected %d" % (len(d1), len(d2), len(universe)))

print("OK " + NAME)
