"""Starts threads from inside an operation that holds a container's lock.

While a process has one thread, the free-threaded build takes no per-object
locks (runtime/threads/thread_mode.h); the thread that starts the second
thread must first lock whatever its own unfinished operations cover.  Here
that thread is inside `d[key] = value` (the dict's lock held while the
key's __eq__ runs) or `lst.count(x)` (the list's lock held while __eq__
runs) when __eq__ starts THREADS threads (with _thread.start_new_thread,
which does not block: Thread.start() waits, and a wait gives up every lock
the waiting thread holds) that insert into the same dict (growing it) or
append to the same list, waits until each is about to, and keeps busy.
The first round is the process's first thread start: without that
conversion the new threads get in while the outer operation runs.  Later
rounds do the same with threads already running.

Asserts exactly: every key of every thread and the outer key are in the
dict with their values, every append is in the list once, the outer
operations return what they would alone, and (free-threaded builds, where
the container's lock is held until the operation ends, as in CPython's
free-threaded build) no started thread got into the container while the
outer operation was still inside __eq__; under a GIL they may.

    first_thread_inside_lock.py [THREADS] [SCALE]
"""
import _thread
import sys
import time

from _race import setup

NAME = "first_thread_inside_lock"
THREADS, SCALE, scaled, fail, race = setup(NAME)
FREE_THREADED = not sys._is_gil_enabled()

N = scaled(2000)
ROUNDS = scaled(4)


class StartsThreads:
    """A key whose first equality test starts `workers`, waits until each
    has said it is about to touch the container (in `ready`), and keeps
    busy a little longer: without the lock they would be inside meanwhile."""

    def __init__(self, tag, workers, ready, size_of):
        self.tag = tag
        self.workers = workers
        self.ready = ready
        self.size_of = size_of  # the container's size, read lock-free
        self.size_inside = None

    def __hash__(self):
        return 12345

    def __eq__(self, other):
        if self.workers:
            started, self.workers = self.workers, None
            for w, fn in enumerate(started):
                _thread.start_new_thread(fn, (w,))
            while len(self.ready) < len(started):  # busy: a blocking wait would unlock
                pass
            spin = 0
            for i in range(5000):
                spin += i
            self.size_inside = self.size_of()
        return isinstance(other, (StartsThreads, Probe)) and other.tag == self.tag


class Probe:
    def __init__(self, tag):
        self.tag = tag

    def __hash__(self):
        return 12345

    def __eq__(self, other):
        return isinstance(other, (Probe, StartsThreads)) and other.tag == self.tag


def wait_for(done):
    """Until every started thread has finished its loop (they are not joinable)."""
    end = time.monotonic() + 60
    while len(done) < THREADS:
        if time.monotonic() > end:
            fail("%d of %d threads finished within 60 s" % (len(done), THREADS))
        time.sleep(0.001)


def dict_round(rnd):
    d = {}
    ready = []
    done = []

    def insert(w):
        ready.append(w)
        for i in range(N):
            d[(rnd, w, i)] = i
        done.append(w)

    first = StartsThreads("first", [insert] * THREADS, ready, lambda: len(d))
    d[first] = "first"
    d[Probe("second")] = "second"  # compares with `first`: its __eq__ starts the threads
    wait_for(done)
    if FREE_THREADED and first.size_inside != 1:
        fail("round %d: other threads inserted %d keys while the insert that started them "
             "was inside __eq__" % (rnd, first.size_inside - 1))
    want = {(rnd, w, i): i for w in range(THREADS) for i in range(N)}
    if len(d) != len(want) + 2:
        fail("round %d: dict has %d keys, expected %d" % (rnd, len(d), len(want) + 2))
    for k, v in want.items():
        if d.get(k) != v:
            fail("round %d: d[%r] is %r, expected %r" % (rnd, k, d.get(k), v))
    if d[Probe("first")] != "first" or d[Probe("second")] != "second":
        fail("round %d: the outer keys lost their values" % rnd)


def list_round(rnd):
    lst = list(range(50))
    ready = []
    done = []

    def append(w):
        ready.append(w)
        for i in range(N):
            lst.append((w, i))
        done.append(w)

    target = StartsThreads("target", [append] * THREADS, ready, lambda: len(lst))
    lst.append(target)
    lst.extend(range(50, 200))
    # target == Probe calls target.__eq__; count() goes on to the end.
    found = lst.count(Probe("target"))
    wait_for(done)
    if FREE_THREADED and target.size_inside != 201:
        fail("round %d: other threads appended %d items while the count() that started them "
             "was inside __eq__" % (rnd, target.size_inside - 201))
    if found != 1:
        fail("round %d: count() returned %d, expected 1" % (rnd, found))
    appended = sorted(x for x in lst[201:])
    if lst[:50] != list(range(50)) or lst[50] is not target or lst[51:201] != list(range(50, 200)):
        fail("round %d: the list's first items changed" % rnd)
    if appended != sorted((w, i) for w in range(THREADS) for i in range(N)):
        fail("round %d: %d appends in the list, expected %d" % (rnd, len(appended), THREADS * N))


for rnd in range(ROUNDS):
    dict_round(rnd)
    list_round(rnd)
print("OK " + NAME)
