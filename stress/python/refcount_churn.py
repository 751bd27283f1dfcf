"""Races reference creation and destruction on shared objects from every
thread: each thread stores many references to the shared objects in local
lists, dicts, tuples, instance attributes, closures and a shared list, then
drops them all.

Asserts exactly: sys.getrefcount of each shared object returns to its value
before the race (allowing a short settle for runtimes that merge per-thread
counts lazily: it must reach the value, and never stay off it); no __del__ ran
while references existed; after the main thread drops the last reference,
__del__ ran exactly once per object.

    refcount_churn.py [THREADS] [SCALE]
"""
import sys
import threading

from _race import setup
import time

NAME = "refcount_churn"
THREADS, SCALE, scaled, fail, race = setup(NAME)


N = scaled(3000)
deleted = []


class Tracked:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        deleted.append(self.tag)


class Holder:
    pass


objs = [Tracked(k) for k in range(4)]
shared_list = []
before = [sys.getrefcount(o) for o in objs]


def churn(t):
    for r in range(max(1, N // 100)):
        keep = []
        table = {}
        h = Holder()
        for i in range(100):
            o = objs[(i + t) % len(objs)]
            keep.append(o)
            table[i] = o
            keep.append((o, o))
            h.attr = o
            keep.append(lambda o=o: o)
            shared_list.append(o)
        for i, f in enumerate(keep[2::3]):
            if f() is not objs[(i + t) % len(objs)] or table[i] is not f():
                fail("closure or dict returned the wrong object")
        del keep, table, h
        for _ in range(100):
            shared_list.pop()
        if deleted:
            fail("__del__ ran while references existed: %r" % deleted)


def settled(deadline=5.0):
    end = time.monotonic() + deadline
    while True:
        now = [sys.getrefcount(o) for o in objs]
        if now == before or time.monotonic() > end:
            return now
        time.sleep(0.001)


race([(churn, t) for t in range(THREADS)])
if shared_list:
    fail("%d references left in the shared list" % len(shared_list))
after = settled()
if after != before:
    fail("getrefcount before %r, after the race %r" % (before, after))
if deleted:
    fail("__del__ ran while the main thread held the objects: %r" % deleted)
del objs
end = time.monotonic() + 5
while len(deleted) < 4 and time.monotonic() < end:
    time.sleep(0.001)
if sorted(deleted) != [0, 1, 2, 3]:
    fail("__del__ ran for %r, expected each of 0..3 exactly once" % sorted(deleted))

print("OK " + NAME)
