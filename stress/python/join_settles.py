"""Thread.join() returns only after the joined thread has given back every
count it held, as in CPython, where a thread's references are gone when
join() returns.

Part 1, objects the threads made: THREADS workers start together on a
barrier, each builds objects with a __del__ (some in small garbage cycles)
and hands the acyclic ones to the main thread, which drops them while the
workers are alive (a non-owner drop, queued to the creator under biased
counting) or while they are exiting (every other round).  Right after the
joins, with no sleep and no gc.collect(), every handed-over object must
have been finalized exactly once; then one gc.collect() must finalize every
cyclic one.

Part 2, objects the main thread made: each worker is a Thread subclass
holding the only other reference to main-made objects with a __del__; the
main thread drops its Thread objects right after join(), and one
gc.collect() must finalize all of them.  The thread's last references (the
bound method it ran) go away as the thread ends: a join() that returned
when run() ended, before the thread dropped and merged them, fails here.

    join_settles.py [THREADS] [SCALE]
"""
import gc
import threading

from _race import setup

NAME = "join_settles"
THREADS, SCALE, scaled, fail, race = setup(NAME)

N = scaled(400)
ROUNDS = scaled(6)
finalized = []  # list.append is atomic: one entry per __del__


class Node:
    def __init__(self, tag):
        self.tag = tag
        self.peer = None
        self.payload = [tag]

    def __del__(self):
        finalized.append(self.tag)


def run_round(rnd):
    handed = [None] * THREADS
    all_built = threading.Barrier(THREADS + 1)
    dropped = threading.Event()

    def worker(w):
        handed[w] = [Node((rnd, w, i, "acyclic")) for i in range(N)]
        for i in range(N // 2):  # garbage cycles this thread owns
            a = Node((rnd, w, i, "cycle-a"))
            b = Node((rnd, w, i, "cycle-b"))
            a.peer, b.peer = b, a
        all_built.wait()
        if rnd % 2 == 0:
            dropped.wait()

    threads = [threading.Thread(target=worker, args=(w,)) for w in range(THREADS)]
    for t in threads:
        t.start()
    all_built.wait()
    start = len(finalized)
    for w in range(THREADS):
        handed[w] = None  # the last reference, dropped by a thread that is not the owner
    dropped.set()
    for t in threads:
        t.join()
    acyclic = sorted(tag for tag in finalized[start:] if tag[3] == "acyclic")
    want = sorted((rnd, w, i, "acyclic") for w in range(THREADS) for i in range(N))
    if acyclic != want:
        fail("round %d: %d of %d dropped objects finalized right after join()"
             % (rnd, len(acyclic), len(want)))
    gc.collect()
    cyclic = sorted(tag for tag in finalized[start:] if tag[3] != "acyclic")
    want = sorted((rnd, w, i, half) for w in range(THREADS) for i in range(N // 2)
                  for half in ("cycle-a", "cycle-b"))
    if cyclic != want:
        fail("round %d: %d of %d cyclic objects finalized by gc.collect() after join()"
             % (rnd, len(cyclic), len(want)))


class Holder(threading.Thread):
    def __init__(self, nodes):
        super().__init__()
        self.nodes = nodes

    def run(self):
        total = 0
        for node in self.nodes:
            total += len(node.payload)
        if total != len(self.nodes):
            fail("holder saw %d payload items, expected %d" % (total, len(self.nodes)))


def run_holders(rnd):
    start = len(finalized)
    threads = [Holder([Node((rnd, w, i, "held")) for i in range(N)]) for w in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    threads = t = None
    gc.collect()
    held = sorted(tag for tag in finalized[start:] if tag[3] == "held")
    want = sorted((rnd, w, i, "held") for w in range(THREADS) for i in range(N))
    if held != want:
        fail("round %d: %d of %d objects held by joined threads finalized after gc.collect()"
             % (rnd, len(held), len(want)))


gc.disable()  # only the explicit collects above may find the cycles
for rnd in range(ROUNDS):
    run_round(rnd)
    run_holders(rnd)
print("OK " + NAME)
