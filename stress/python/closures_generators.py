"""Races closures and generators shared between threads.

1. A closure counter (nonlocal n) shared by every thread, its increment under
   a Lock: asserts exactly THREADS * N increments, and every value returned
   was returned exactly once.  A second closure over the same cell reads it
   without the lock while the others write it: never below 1 once this
   thread has incremented.
2. Each thread runs its own generators (a generator pipeline with yield from
   and a generator expression): asserts each thread's exact sums and the
   generator return value.
3. One generator shared by every thread, next() under a Lock: asserts every
   value produced exactly once across the threads, then StopIteration for all.
4. Entering a generator that is already executing: one thread parks inside the
   generator's body (waiting on an Event) while every other thread calls
   next() on it; each must get ValueError('generator already executing'),
   then the parked thread finishes its step normally.  Asserted exactly, for
   several rounds.

    closures_generators.py [THREADS] [SCALE]
"""
import sys
import threading

from _race import setup

NAME = "closures_generators"
THREADS, SCALE, scaled, fail, race = setup(NAME)


N = scaled(3000)


def make_counter():
    n = 0
    lock = threading.Lock()

    def inc():
        nonlocal n
        with lock:
            n += 1
            return n

    def get():
        return n

    return inc, get


inc, get = make_counter()
returned = [[] for _ in range(THREADS)]


def counting(t):
    mine = returned[t]
    for _ in range(N):
        mine.append(inc())
        if get() < 1:
            fail("closure cell read %r" % get())


race([(counting, t) for t in range(THREADS)])
allv = sorted(v for r in returned for v in r)
if get() != THREADS * N or allv != list(range(1, THREADS * N + 1)):
    fail("closure counter %d, expected %d (or a value returned twice)" % (get(), THREADS * N))


def numbers(n):
    for i in range(n):
        yield i
    return n


def squares(n):
    total = yield from numbers(n)
    yield -total


sums = [None] * THREADS


def own_generators(t):
    m = N // 4 + t
    got = list(squares(m))
    if got[-1] != -m or got[:-1] != list(range(m)):
        fail("thread %d: yield from gave %r..." % (t, got[:5]))
    s = sum(x * x for x in numbers(m))
    g = numbers(3)
    next(g), next(g), next(g)
    try:
        next(g)
        fail("generator did not stop")
    except StopIteration as e:
        if e.value != 3:
            fail("return value %r" % (e.value,))
    sums[t] = s


race([(own_generators, t) for t in range(THREADS)])
for t in range(THREADS):
    m = N // 4 + t
    if sums[t] != sum(i * i for i in range(m)):
        fail("thread %d: sum of squares %r" % (t, sums[t]))

M = scaled(4000)
gen = numbers(M)
gen_lock = threading.Lock()
taken = [[] for _ in range(THREADS)]
stopped = [0] * THREADS


def consume(t):
    mine = taken[t]
    while True:
        with gen_lock:
            try:
                v = next(gen)
            except StopIteration:
                stopped[t] += 1
                return
        mine.append(v)


race([(consume, t) for t in range(THREADS)])
if sorted(v for r in taken for v in r) != list(range(M)) or stopped != [1] * THREADS:
    fail("shared generator: %d values taken, expected %d" % (sum(map(len, taken)), M))

T = max(2, THREADS)
ROUNDS = scaled(20)
inside = threading.Event()
release = threading.Event()


def parking():
    while True:
        inside.set()
        release.wait()
        yield "stepped"


busy = parking()
entered = threading.Barrier(T)
probe_lock = threading.Lock()
probed = [0]
outcomes = [[] for _ in range(T)]


def prober(t):
    for r in range(ROUNDS):
        if t == 0:
            got = next(busy)  # parks inside the body until the others probed
            outcomes[t].append(got)
            inside.clear()
            release.clear()
            probed[0] = 0  # every prober has counted itself: release was set
            entered.wait()
        else:
            if not inside.wait(60):
                fail("the parked thread never entered the generator")
            try:
                next(busy)
                outcomes[t].append("entered")
            except ValueError as e:
                outcomes[t].append(str(e))
            with probe_lock:
                probed[0] += 1
                if probed[0] == T - 1:
                    release.set()  # the last prober lets the parked thread go on
            entered.wait()


race([(prober, t) for t in range(T)])
if outcomes[0] != ["stepped"] * ROUNDS:
    fail("the parked thread's steps gave %r" % outcomes[0][:3])
for t in range(1, T):
    if outcomes[t] != ["generator already executing"] * ROUNDS:
        fail("prober %d got %r, expected ValueError('generator already executing')"
             % (t, [o for o in outcomes[t] if o != "generator already executing"][:3]))

print("OK " + NAME)
