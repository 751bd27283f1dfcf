"""Races extend/insert/slice insertion/remove/reverse on one shared list
against readers that iterate, index, slice, search and copy it.

Each mutator thread t, for each i, adds (t, i, 0..4) by extend, insert at a
varying index and a slice assignment l[j:j] = [...], then removes
(t, i, 1), (t, i, 4) and, unless i % 8 == 0, (t, i, 0), and now and then
reverses the list.  Readers assert that every item they see is a valid item
(a base item or some (t, i, k)), never a crash; IndexError from indexing past a
shrinking list is allowed.  Asserts exactly: the final list is, as a multiset,
the base items plus (t, i, 2) and (t, i, 3) for every t, i plus (t, i, 0) for
i % 8 == 0 — each exactly once.

    list_mutate_iterate.py [THREADS] [SCALE]
"""
import sys
import threading

from _race import setup

NAME = "list_mutate_iterate"
THREADS, SCALE, scaled, fail, race = setup(NAME)


T = max(2, THREADS)
MUTATORS = max(1, T // 2)
N = scaled(400)
BASE = [(-1, i, 9) for i in range(50)]
shared = list(BASE)
done = []


def mutator(t):
    try:
        for i in range(N):
            shared.extend([(t, i, 0), (t, i, 1)])
            shared.insert((i * 31) % (len(shared) + 1), (t, i, 2))
            j = (i * 17) % (len(shared) + 1)
            shared[j:j] = [(t, i, 3), (t, i, 4)]
            shared.remove((t, i, 1))
            shared.remove((t, i, 4))
            if i % 8:
                shared.remove((t, i, 0))
            if i % 50 == 0:
                shared.reverse()
    finally:
        done.append(t)


def valid(x):
    if type(x) is not tuple or len(x) != 3:
        return False
    t, i, k = x
    if t == -1:
        return 0 <= i < len(BASE) and k == 9
    return 0 <= t < MUTATORS and 0 <= i < N and 0 <= k <= 4


def reader(_):
    n = 0
    while len(done) < MUTATORS:
        n += 1
        for x in shared:
            if not valid(x):
                fail("iteration saw %r" % (x,))
        m = len(shared)
        for j in (0, m // 2, m - 1, -1, -m):
            try:
                x = shared[j]
            except IndexError:
                continue
            if not valid(x):
                fail("shared[%d] is %r" % (j, x))
        for x in shared[n % 7: n % 7 + 40]:
            if not valid(x):
                fail("slice saw %r" % (x,))
        for x in list(shared):
            if not valid(x):
                fail("list() copy saw %r" % (x,))
        if (-1, n % len(BASE), 9) not in shared:
            fail("base item %d missing" % (n % len(BASE)))
        if shared.count((-1, 0, 9)) != 1:
            fail("base item 0 not exactly once")
        for j, x in enumerate(shared):
            if j % 13 == 0 and not valid(x):
                fail("enumerate saw %r" % (x,))


race([(mutator, t) for t in range(MUTATORS)] + [(reader, t) for t in range(T - MUTATORS)])
expected = list(BASE)
for t in range(MUTATORS):
    for i in range(N):
        expected += [(t, i, 2), (t, i, 3)]
        if i % 8 == 0:
            expected.append((t, i, 0))
if len(shared) != len(expected):
    fail("final length %d, expected %d" % (len(shared), len(expected)))
if sorted(shared) != sorted(expected):
    fail("final contents differ from the expected multiset")

print("OK " + NAME)
