"""Starts threads from inside an operation that holds a container's lock.

While a process has one thread, the free-threaded build takes no per-object
locks (runtime/threads/thread_mode.h); the thread that starts the second
thread must first lock whatever its own unfinished operations cover.  Here
that thread is inside `d[key] = value` (the dict's lock held while the
key's __eq__ runs) or `lst.count(x)` (the list's lock held while __eq__
runs) when __eq__ starts THREADS threads that insert into the same dict
(growing it) or append to the same list.  The first round is the process's
first thread start: without that conversion the outer insert races the
new threads' inserts and resizes (ThreadSanitizer reports it; a plain
build may lose keys or crash).  Later rounds do the same with threads
already running.

Asserts exactly: every key of every thread and the outer key are in the
dict with their values, every append is in the list once, and the outer
operations return what they would alone.

    first_thread_inside_lock.py [THREADS] [SCALE]
"""
import threading

from _race import setup

NAME = "first_thread_inside_lock"
THREADS, SCALE, scaled, fail, race = setup(NAME)

N = scaled(2000)
ROUNDS = scaled(4)


class StartsThreads:
    """A key whose first equality test starts `workers`, waits until each
    has said it is about to touch the container (in `ready`), and keeps
    busy a little longer: without the lock they would be inside meanwhile."""

    def __init__(self, tag, workers, ready):
        self.tag = tag
        self.workers = workers
        self.ready = ready

    def __hash__(self):
        return 12345

    def __eq__(self, other):
        if self.workers:
            started, self.workers = self.workers, None
            for t in started:
                t.start()
            while len(self.ready) < len(started):  # busy: a blocking wait would unlock
                pass
            spin = 0
            for i in range(5000):
                spin += i
        return isinstance(other, (StartsThreads, Probe)) and other.tag == self.tag


class Probe:
    def __init__(self, tag):
        self.tag = tag

    def __hash__(self):
        return 12345

    def __eq__(self, other):
        return isinstance(other, (Probe, StartsThreads)) and other.tag == self.tag


def dict_round(rnd):
    d = {}
    ready = []

    def insert(w):
        ready.append(w)
        for i in range(N):
            d[(rnd, w, i)] = i

    threads = [threading.Thread(target=insert, args=(w,)) for w in range(THREADS)]
    first = StartsThreads("first", threads, ready)
    d[first] = "first"
    d[Probe("second")] = "second"  # compares with `first`: its __eq__ starts the threads
    for t in threads:
        t.join()
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

    def append(w):
        ready.append(w)
        for i in range(N):
            lst.append((w, i))

    threads = [threading.Thread(target=append, args=(w,)) for w in range(THREADS)]
    target = StartsThreads("target", threads, ready)
    lst.append(target)
    lst.extend(range(50, 200))
    # target == Probe calls target.__eq__; count() goes on to the end.
    found = lst.count(Probe("target"))
    for t in threads:
        t.join()
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
