"""Races thread creation and exit: about 200 short-lived threads (scaled),
started and joined in waves, each doing a little work on shared state; some
of them start and join a child thread of their own.

Asserts exactly: every thread's result arrived once (a shared list, append
only), every child's too, the shared counter under a Lock equals the number
of threads that ran, thread names and idents were seen alive while running,
and after the waves threading.active_count() == 1 and threading.enumerate()
holds only the main thread.

    thread_churn.py [THREADS] [SCALE]
"""
import sys
import threading

from _race import setup

NAME = "thread_churn"
THREADS, SCALE, scaled, fail, race = setup(NAME)


TOTAL = scaled(200)
WAVE = max(2, THREADS * 4)
results = []
children = []
counter = [0]
lock = threading.Lock()
alive_seen = []


def work(k):
    s = 0
    for i in range(50 + k % 50):
        s += i * k
    return s


def child(k):
    children.append((k, work(k + 1)))


def short_lived(k):
    me = threading.current_thread()
    if not me.is_alive() or me.ident != threading.get_ident():
        alive_seen.append(("not alive or wrong ident", k))
    if k % 5 == 0:
        c = threading.Thread(target=child, args=(k,))
        c.start()
        c.join()
    with lock:
        counter[0] += 1
    results.append((k, work(k)))


k = 0
while k < TOTAL:
    wave = [threading.Thread(target=short_lived, args=(j,), name="churn-%d" % j)
            for j in range(k, min(TOTAL, k + WAVE))]
    for t in wave:
        t.start()
    for t in wave:
        t.join()
        if t.is_alive():
            fail("%s alive after join" % t.name)
    k += len(wave)

if alive_seen:
    fail("a thread saw itself wrongly: %r" % alive_seen[:3])
if sorted(results) != [(j, work(j)) for j in range(TOTAL)]:
    fail("%d results, expected %d" % (len(results), TOTAL))
if sorted(children) != [(j, work(j + 1)) for j in range(0, TOTAL, 5)]:
    fail("%d child results, expected %d" % (len(children), len(range(0, TOTAL, 5))))
if counter[0] != TOTAL:
    fail("counter %d, expected %d" % (counter[0], TOTAL))
if threading.active_count() != 1 or threading.enumerate() != [threading.main_thread()]:
    fail("threads left alive: %r" % threading.enumerate())

# Threads that all start together on a Barrier, then exit at once.
ends = []
race([(lambda j: ends.append(j), j) for j in range(WAVE)])
if sorted(ends) != list(range(WAVE)) or threading.active_count() != 1:
    fail("barrier wave: %d of %d ran" % (len(ends), WAVE))

print("OK " + NAME)
