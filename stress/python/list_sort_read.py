"""Races list.sort()/sort(key=...)/sort(reverse=True)/reverse() in one thread
against readers that iterate, index, slice, search and copy the same list.

Python leaves what a reader sees during a sort undefined (CPython shows an
empty list), so readers only assert that no operation crashes, that every item
they see is one of the list's items (an int in range(N)) and that no length
exceeds N.  Asserts exactly: the key function ran once per item per keyed sort,
and after the last sort the list is exactly range(N) (a sort yields a
permutation; nothing lost, nothing duplicated).

    list_sort_read.py [THREADS] [SCALE]
"""
import sys
import threading

from _race import setup

NAME = "list_sort_read"
THREADS, SCALE, scaled, fail, race = setup(NAME)


T = max(2, THREADS)
N = scaled(300)
SORTS = scaled(60)
shared = [(i * 37) % N for i in range(N)] if N % 37 else list(range(N - 1, -1, -1))
key_calls = [0]
stop = []
seen = [0] * T


def key(x):
    key_calls[0] += 1  # only the sorter thread runs this
    return -x


def sorter(_):
    try:
        for r in range(SORTS):
            before = key_calls[0]
            if r % 4 == 0:
                shared.sort(key=key)
                if key_calls[0] - before != N:
                    fail("key called %d times for %d items" % (key_calls[0] - before, N))
            elif r % 4 == 1:
                shared.sort()
            elif r % 4 == 2:
                shared.sort(reverse=True)
            else:
                shared.reverse()
        shared.sort()
    finally:
        stop.append(True)


def valid(x):
    return type(x) is int and 0 <= x < N


def reader(t):
    n = 0
    while not stop:
        n += 1
        for x in shared:
            if not valid(x):
                fail("iteration saw %r" % (x,))
        m = len(shared)
        if m > N:
            fail("len %d > %d" % (m, N))
        for j in (0, n % N, -1, N - 1):
            try:
                x = shared[j]
            except IndexError:
                continue
            if not valid(x):
                fail("shared[%d] is %r" % (j, x))
        copy = shared[n % 5: N - n % 3]
        if len(copy) > N or not all(valid(x) for x in copy):
            fail("slice holds a bad item")
        try:
            shared.index(n % N)
        except ValueError:
            pass  # the list looked empty: a sort was in progress
        for x in reversed(shared):
            if not valid(x):
                fail("reversed() saw %r" % (x,))
    seen[t] = n


race([(sorter, 0)] + [(reader, t) for t in range(1, T)])
if shared != list(range(N)):
    fail("after the last sort the list is not range(%d): len %d" % (N, len(shared)))

print("OK " + NAME)
