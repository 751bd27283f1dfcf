"""Races the cycle collector against threads that build and drop cycles:
THREADS workers each build rings of instances (with __del__ on some, weak
references to all, a WeakValueDictionary entry per ring) and drop them,
while one more thread keeps calling gc.collect().

Asserts exactly: every __del__ ran exactly once per finalizable object; every
weak reference is dead and every WeakValueDictionary entry gone after a final
gc.collect(); the live-object count (sys.getallocatedblocks, an object count
in ftpy) is back to its value before the race, up to a small allowance for
per-thread caches; no thread raised.

    gc_cycles.py [THREADS] [SCALE]
"""
import gc
import sys
import threading
import weakref

from _race import setup

NAME = "gc_cycles"
THREADS, SCALE, scaled, fail, race = setup(NAME)

RINGS = scaled(300)
RING = 5
finalized = []          # list.append is atomic
registry = weakref.WeakValueDictionary()
all_refs = [[] for _ in range(THREADS)]
stop = threading.Event()


class Node:
    pass


class FinNode:
    def __del__(self):
        finalized.append(self.tag)


def build(worker):
    refs = all_refs[worker]
    for r in range(RINGS):
        nodes = [FinNode() if i == 0 else Node() for i in range(RING)]
        nodes[0].tag = (worker, r)
        for i in range(RING):
            nodes[i].next = nodes[(i + 1) % RING]
        nodes[1].self_list = [nodes[1]]
        refs.append(weakref.ref(nodes[2]))
        registry[(worker, r)] = nodes[3]
        del nodes


def collector(_):
    while not stop.is_set():
        gc.collect()


def run_workers(_):
    inner = [(build, w) for w in range(THREADS)]
    race(inner)
    stop.set()


gc.collect()
before = sys.getallocatedblocks()
race([(run_workers, None), (collector, None)])
gc.collect()
gc.collect()

expected = sorted((w, r) for w in range(THREADS) for r in range(RINGS))
if sorted(finalized) != expected:
    fail("finalizers: %d ran, %d expected (duplicates: %d)" % (
        len(finalized), len(expected), len(finalized) - len(set(finalized))))
alive = sum(1 for refs in all_refs for wr in refs if wr() is not None)
if alive:
    fail("%d weak references still alive" % alive)
if len(registry):
    fail("%d WeakValueDictionary entries left" % len(registry))
finalized.clear()
del expected
del all_refs
gc.collect()
grown = sys.getallocatedblocks() - before
if grown > 200:
    fail("live objects grew by %d" % grown)
print("OK " + NAME)
