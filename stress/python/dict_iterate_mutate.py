"""Races iteration over a dict (for k in d, items(), values(), keys(), copy(),
dict(d), sorted(d), {**d}) against threads that insert, overwrite and delete
keys of the same dict.

Invariant kept by every writer: d[k] == 3 * k.  Iterators may raise
RuntimeError ('dictionary changed size during iteration' or 'dictionary keys
changed during iteration'); that is caught and counted, any other exception
fails.  Every key/value pair a reader sees must satisfy the invariant, and
the BASE keys (only ever overwritten with the same value) must be present in
every complete copy.  Asserts exactly: the final dict is the BASE keys plus,
per mutator t, the keys it left (those with i % 4 == 0, which setdefault
later finds unchanged), each with value 3*k.

    dict_iterate_mutate.py [THREADS] [SCALE]
"""
import sys
import threading

from _race import setup

NAME = "dict_iterate_mutate"
THREADS, SCALE, scaled, fail, race = setup(NAME)


T = max(2, THREADS)
MUTATORS = max(1, T // 2)
N = scaled(3000)
BASE = list(range(100))
shared = {k: 3 * k for k in BASE}
done = []
changed = [0]


def key_of(t, i):
    return 1000 + i * MUTATORS + t


def mutator(t):
    try:
        for i in range(N):
            k = key_of(t, i)
            shared[k] = 3 * k
            b = BASE[i % len(BASE)]
            shared[b] = 3 * b  # overwrite with the same value
            if i % 4:
                del shared[k]
            if i >= 4 and i % 4 == 0:
                prev = key_of(t, i - 4)  # kept earlier: setdefault finds it
                if shared.setdefault(prev, -1) != 3 * prev:
                    fail("setdefault(%d) did not find the kept key" % prev)
    finally:
        done.append(t)


def check_pairs(pairs, what):
    for k, v in pairs:
        if v != 3 * k:
            fail("%s saw %r: %r" % (what, k, v))


def check_copy(c, what):
    check_pairs(c.items(), what)
    for b in (BASE[0], BASE[-1]):
        if c.get(b) != 3 * b:
            fail("%s lost base key %d" % (what, b))


def reader(_):
    n = 0
    while len(done) < MUTATORS:
        n += 1
        try:
            for k in shared:
                if type(k) is not int:
                    fail("iteration saw key %r" % (k,))
        except RuntimeError as e:
            if "changed" not in str(e):
                raise
            changed[0] += 1
        try:
            check_pairs(shared.items(), "items()")
        except RuntimeError as e:
            if "changed" not in str(e):
                raise
            changed[0] += 1
        try:
            for v in shared.values():
                if v % 3:
                    fail("values() saw %r" % (v,))
        except RuntimeError as e:
            if "changed" not in str(e):
                raise
            changed[0] += 1
        check_copy(shared.copy(), "copy()")
        check_copy(dict(shared), "dict(d)")
        check_copy({**shared}, "{**d}")
        for k in sorted(shared):
            if type(k) is not int:
                fail("sorted(d) saw %r" % (k,))
        for b in BASE[n % 10::10]:
            if shared[b] != 3 * b or shared.get(b) != 3 * b:
                fail("base key %d read wrong" % b)
        if len(shared) < len(BASE):
            fail("len %d below the %d base keys" % (len(shared), len(BASE)))


race([(mutator, t) for t in range(MUTATORS)] + [(reader, t) for t in range(T - MUTATORS)])
expected = {k: 3 * k for k in BASE}
for t in range(MUTATORS):
    for i in range(0, N, 4):
        expected[key_of(t, i)] = 3 * key_of(t, i)
if shared != expected:
    extra = sorted(set(shared) - set(expected))[:5]
    missing = sorted(set(expected) - set(shared))[:5]
    fail("final dict wrong: %d keys, expected %d; extra %r missing %r"
         % (len(shared), len(expected), extra, missing))

print("OK " + NAME)
