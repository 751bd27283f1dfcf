"""Races many threads on one threading.local and one subclass of it.

Every thread writes its own values into the same local objects, waits on a
second Barrier so all of them have written, then reads back: each must see
exactly its own values, never another thread's.  A local attribute set by the
main thread must be absent (AttributeError) in every other thread; the
subclass's __init__ runs once per thread that touches it, with the
constructor's arguments.  Asserts all of this exactly, plus that the main
thread's values are untouched after the race and the __init__ count is
exactly one per thread (plus the main thread's).

    thread_local.py [THREADS] [SCALE]
"""
import sys
import threading

from _race import setup

NAME = "thread_local"
THREADS, SCALE, scaled, fail, race = setup(NAME)


T = max(2, THREADS * 4)  # many threads
N = scaled(500)
plain = threading.local()
plain.owner = "main"
inits = []
inits_lock = threading.Lock()


class Counted(threading.local):
    def __init__(self, base):
        self.base = base
        self.total = 0
        with inits_lock:
            inits.append(threading.get_ident())


counted = Counted(100)
counted.total = -1
middle = threading.Barrier(T)


def worker(t):
    try:
        plain.owner
        fail("thread %d sees the main thread's attribute" % t)
    except AttributeError:
        pass
    if counted.base != 100 or counted.total != 0:
        fail("thread %d: subclass __init__ state %r %r" % (t, counted.base, counted.total))
    plain.owner = t
    plain.items = []
    for i in range(N):
        plain.items.append((t, i))
        counted.total += i
        if plain.owner != t:
            fail("thread %d sees owner %r" % (t, plain.owner))
    middle.wait()  # everyone has written before anyone checks
    for i in range(N):
        plain.owner = t
        if plain.owner != t or counted.base != 100:
            fail("thread %d sees owner %r" % (t, plain.owner))
    if plain.items != [(t, i) for i in range(N)]:
        fail("thread %d's list holds %d items, first %r" % (t, len(plain.items), plain.items[:1]))
    if counted.total != N * (N - 1) // 2:
        fail("thread %d's total %d" % (t, counted.total))
    if sorted(vars(plain)) != ["items", "owner"]:
        fail("thread %d's __dict__ keys %r" % (t, sorted(vars(plain))))


race([(worker, t) for t in range(T)])
if plain.owner != "main" or counted.total != -1 or hasattr(plain, "items"):
    fail("main thread's values changed: %r %r" % (plain.owner, counted.total))
if len(inits) != T + 1 or len(set(inits)) < 2:
    fail("Counted.__init__ ran %d times, expected %d" % (len(inits), T + 1))

print("OK " + NAME)
