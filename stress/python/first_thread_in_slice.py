"""Starts the process's first threads from a slice bound's __index__, run
while `lst[a:b]` holds the list's lock.

A slice with int or None bounds makes list subscripting a leaf operation
(objects/list_ops.cpp: it runs no Python code, so while one thread runs it
takes no lock and pushes no critical-section frame). A bound with __index__
runs Python code inside the section, so the section must be a real one:
here __index__ starts THREADS threads (with _thread.start_new_thread, which
does not block) that append to the same list, waits until each is about
to, and keeps busy. Had the section been taken as a leaf, nothing would
stop them appending meanwhile.

Asserts exactly: the slice holds the items the list had when it was taken,
every append is in the list once, and (free-threaded builds, where the
list's lock is held until the subscript ends) no started thread appended
while __index__ ran; under a GIL they may.

    first_thread_in_slice.py [THREADS] [SCALE]
"""
import _thread
import sys
import time

from _race import setup

NAME = "first_thread_in_slice"
THREADS, SCALE, scaled, fail, race = setup(NAME)
FREE_THREADED = not sys._is_gil_enabled()

N = scaled(2000)
lst = list(range(100))
ready = []
done = []


def append(w):
    ready.append(w)
    for i in range(N):
        lst.append((w, i))
    done.append(w)


class StartsThreads:
    def __init__(self):
        self.size_inside = None

    def __index__(self):
        for w in range(THREADS):
            _thread.start_new_thread(append, (w,))
        while len(ready) < THREADS:  # busy: a blocking wait would unlock
            pass
        spin = 0
        for i in range(5000):
            spin += i
        self.size_inside = len(lst)
        return 10


bound = StartsThreads()
part = lst[bound:60]
end = time.monotonic() + 60
while len(done) < THREADS:
    if time.monotonic() > end:
        fail("%d of %d threads finished within 60 s" % (len(done), THREADS))
    time.sleep(0.001)
if part != list(range(10, 60)):
    fail("the slice is %r" % part[:5])
if FREE_THREADED and bound.size_inside != 100:
    fail("other threads appended %d items while the slice that started them was inside "
         "__index__" % (bound.size_inside - 100))
if lst[:100] != list(range(100)):
    fail("the list's first items changed")
if sorted(lst[100:]) != sorted((w, i) for w in range(THREADS) for i in range(N)):
    fail("%d appends in the list, expected %d" % (len(lst) - 100, THREADS * N))
print("OK " + NAME)
