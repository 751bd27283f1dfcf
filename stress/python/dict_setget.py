"""Races d[k] = v, d[k], d.get, `in` and del on one shared dict, with distinct
keys per thread and with keys every thread shares.

Distinct keys: thread t stores (t, i) -> i * 7, reads each back (nobody else
writes it, so it must be exactly i * 7), then deletes the odd ones.  Asserts
the final dict is exactly {(t, i): i * 7 for every t and even i}.
Same keys: every thread writes (t, r) to each of K shared keys in round r and
reads them back; every value read must be some (t', r') that was written.
Asserts exactly K keys at the end, each holding a value from the last round.

    dict_setget.py [THREADS] [SCALE]
"""
import sys
import threading

from _race import setup

NAME = "dict_setget"
THREADS, SCALE, scaled, fail, race = setup(NAME)


N = scaled(4000)
K = 64
ROUNDS = scaled(60)
distinct = {}
same = {}


def own_keys(t):
    for i in range(N):
        distinct[(t, i)] = i * 7
        if distinct[(t, i)] != i * 7 or distinct.get((t, i)) != i * 7:
            fail("distinct[%r] read back wrong" % ((t, i),))
    for i in range(1, N, 2):
        del distinct[(t, i)]
        if (t, i) in distinct:
            fail("%r still present after del" % ((t, i),))
        if distinct.get((t, i), "gone") != "gone":
            fail("get(%r) found a deleted key" % ((t, i),))


def valid(v):
    return type(v) is tuple and len(v) == 2 and 0 <= v[0] < THREADS and 0 <= v[1] < ROUNDS


def shared_keys(t):
    for r in range(ROUNDS):
        for k in range(K):
            same[k] = (t, r)
            v = same[k]
            if not valid(v):
                fail("same[%d] read %r" % (k, v))
            if v[0] == t and v[1] != r:
                fail("same[%d] holds my stale write %r in round %d" % (k, v, r))


race([(own_keys, t) for t in range(THREADS)])
expected = {(t, i): i * 7 for t in range(THREADS) for i in range(0, N, 2)}
if distinct != expected:
    fail("distinct: %d keys, expected %d (or wrong values)" % (len(distinct), len(expected)))
race([(shared_keys, t) for t in range(THREADS)])
if sorted(same) != list(range(K)):
    fail("same: keys %r" % sorted(same)[:10])
for k, v in same.items():
    if not valid(v) or v[1] != ROUNDS - 1:
        fail("same[%d] = %r, expected a value from the last round" % (k, v))

print("OK " + NAME)
