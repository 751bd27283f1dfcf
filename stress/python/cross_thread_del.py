"""Races object creation in producer threads against destruction in consumer
threads: producers build objects with a __del__ (some holding a child object
and a list) and hand them over through queue.Queue; consumers take and drop
them, so most objects die in a thread other than the one that made them.

Two rounds: (a) producers and consumers run together; (b) producers finish and
are joined before the consumers start (the creating threads are gone when the
objects die).  Asserts exactly, per round: every object was received once, and
__del__ ran exactly once per object created (parents and children), never
twice (allowing a short settle for runtimes that finalize lazily).

    cross_thread_del.py [THREADS] [SCALE]
"""
import queue
import sys
import threading

from _race import setup
import time

NAME = "cross_thread_del"
THREADS, SCALE, scaled, fail, race = setup(NAME)


N = scaled(1500)
T = max(2, THREADS)
PRODUCERS = max(1, T // 2)
CONSUMERS = max(1, T - PRODUCERS)
finalized = []  # list.append is atomic: one entry per __del__


class Child:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        finalized.append(("child", self.tag))


class Parcel:
    def __init__(self, tag):
        self.tag = tag
        self.payload = [tag] * 3
        if tag[1] % 2 == 0:
            self.child = Child(tag)

    def __del__(self):
        finalized.append(("parcel", self.tag))


def expected_finalized(rnd):
    out = []
    for p in range(PRODUCERS):
        for i in range(N):
            out.append(("parcel", (rnd, i, p)))
            if i % 2 == 0:
                out.append(("child", (rnd, i, p)))
    return sorted(out)


def settle(want):
    end = time.monotonic() + 5
    while len(finalized) < want and time.monotonic() < end:
        time.sleep(0.001)


def run_round(rnd, together):
    q = queue.Queue()
    received = [[] for _ in range(CONSUMERS)]
    finished = []
    finished_lock = threading.Lock()

    def stop_consumers():
        for _ in range(CONSUMERS):
            q.put(None)

    def producer(p):
        for i in range(N):
            q.put(Parcel((rnd, i, p)))
        if together:
            with finished_lock:  # the last producer to finish stops the consumers
                finished.append(p)
                if len(finished) == PRODUCERS:
                    stop_consumers()

    def consumer(c):
        mine = received[c]
        while True:
            item = q.get()
            if item is None:
                return
            mine.append(item.tag)
            if item.payload != [item.tag] * 3:
                fail("parcel %r payload %r" % (item.tag, item.payload))
            del item

    if together:
        race([(producer, p) for p in range(PRODUCERS)] + [(consumer, c) for c in range(CONSUMERS)])
    else:
        race([(producer, p) for p in range(PRODUCERS)])
        stop_consumers()
        race([(consumer, c) for c in range(CONSUMERS)])
    return sorted(tag for r in received for tag in r)


for rnd, together in ((0, True), (1, False)):
    start = len(finalized)
    got = run_round(rnd, together)
    if got != sorted((rnd, i, p) for p in range(PRODUCERS) for i in range(N)):
        fail("round %d: %d parcels received, expected %d" % (rnd, len(got), PRODUCERS * N))
    del got
    want = expected_finalized(rnd)
    settle(start + len(want))
    seen = sorted(finalized[start:])
    if seen != want:
        fail("round %d: __del__ ran %d times, expected %d (one per object)"
             % (rnd, len(seen), len(want)))

print("OK " + NAME)
