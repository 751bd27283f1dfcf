"""Races dict.setdefault, dict.pop and dict.popitem, each of which must act
atomically, and asserts exact counts.

1. setdefault(k, []).append(x) from every thread over K shared keys: asserts
   exactly K keys and every x in exactly one list (THREADS * N items).
2. A token key inserted with setdefault(key, token) (counted when the token
   went in) and deleted with del (counted when it did not raise): asserts
   inserted - deleted == 1 if the key is present at the end, else 0.
3. pop(k, None) of every key of a prefilled dict by every thread: asserts each
   key was popped by exactly one thread and the dict ends empty.
4. popitem() until KeyError from every thread: asserts each item came out
   exactly once and the dict ends empty.

    dict_counting.py [THREADS] [SCALE]
"""
import sys
import threading

from _race import setup

NAME = "dict_counting"
THREADS, SCALE, scaled, fail, race = setup(NAME)


N = scaled(3000)
K = min(50, N)
lists = {}


def grouper(t):
    for i in range(N):
        lists.setdefault(i % K, []).append((t, i))


race([(grouper, t) for t in range(THREADS)])
if sorted(lists) != list(range(K)):
    fail("setdefault: keys %r" % sorted(lists)[:10])
items = [x for v in lists.values() for x in v]
if sorted(items) != [(t, i) for t in range(THREADS) for i in range(N)]:
    fail("setdefault: %d items in the lists, expected %d" % (len(items), THREADS * N))
for k, v in lists.items():
    if any(i % K != k for _, i in v):
        fail("setdefault: an item in the wrong list %d" % k)

tokens = {}
inserted = [0] * THREADS
deleted = [0] * THREADS


def toggler(t):
    me = object()
    for i in range(N):
        if tokens.setdefault("key", me) is me:
            inserted[t] += 1
        try:
            del tokens["key"]
            deleted[t] += 1
        except KeyError:
            pass


race([(toggler, t) for t in range(THREADS)])
balance = sum(inserted) - sum(deleted)
if balance != (1 if "key" in tokens else 0) or len(tokens) > 1:
    fail("token: %d inserted, %d deleted, present %r" % (sum(inserted), sum(deleted), "key" in tokens))

M = scaled(4000)
pool = {i: i * 2 for i in range(M)}
popped = [[] for _ in range(THREADS)]


def popper(t):
    got = popped[t]
    for j in range(M):
        k = (j * (t + 1) + t * 17) % M
        v = pool.pop(k, None)
        if v is not None:
            if v != 2 * k:
                fail("pop(%d) returned %r" % (k, v))
            got.append(k)
    for k in range(M):  # sweep whatever the strided pass skipped
        v = pool.pop(k, None)
        if v is not None:
            got.append(k)


race([(popper, t) for t in range(THREADS)])
allp = [k for g in popped for k in g]
if pool or sorted(allp) != list(range(M)):
    fail("pop: %d keys popped (%d distinct) of %d, %d left" % (len(allp), len(set(allp)), M, len(pool)))

pool = {("k", i): i for i in range(M)}
popped = [[] for _ in range(THREADS)]


def item_popper(t):
    got = popped[t]
    while True:
        try:
            k, v = pool.popitem()
        except KeyError:
            return
        if k != ("k", v):
            fail("popitem returned %r: %r" % (k, v))
        got.append(v)


race([(item_popper, t) for t in range(THREADS)])
allp = [v for g in popped for v in g]
if pool or sorted(allp) != list(range(M)):
    fail("popitem: %d items (%d distinct) of %d, %d left" % (len(allp), len(set(allp)), M, len(pool)))

print("OK " + NAME)
