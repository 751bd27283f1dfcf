"""Races `a, b = shared_list` against threads that resize the list.

Resizers make the list long enough to move its items to a bigger array,
shrink it back, empty it (it then has no array) and refill it with two
items, over and over; unpackers unpack it into two names at the same
time. An unpack must either give two items some resizer stored (tuples
(t, i)) or raise ValueError with CPython's message; it must never read past
the end of the list it checked, which before the size was checked under the
list's lock could read a slot of a smaller array or a null.

    unpack_resize.py [THREADS] [SCALE]
"""
from _race import setup

NAME = "unpack_resize"
THREADS, SCALE, scaled, fail, race = setup(NAME)

N = scaled(20000)
shared = [(0, 0), (0, 0)]
counts = [0] * THREADS


def resize(t):
    for i in range(N):
        shared.append((t, i))
        shared.extend([(t, i)] * 40)  # past the array's capacity: a new array
        del shared[2:]                # back to two (or fewer, racing another resizer)
        shared.clear()                # no array at all for a moment
        shared.append((t, i))
        shared.append((t, i))


def unpack(t):
    ok = 0
    for i in range(N):
        try:
            a, b = shared
        except ValueError as e:
            msg = str(e)
            if not (msg == "too many values to unpack (expected 2)"
                    or msg.startswith("not enough values to unpack (expected 2, got ")):
                fail("message %r" % msg)
            continue
        for v in (a, b):
            if type(v) is not tuple or len(v) != 2:
                fail("unpacked %r" % (v,))
        ok += 1
    counts[t] = ok


jobs = []
for t in range(THREADS):
    jobs.append((resize if t % 2 == 0 else unpack, t))
race(jobs)
if THREADS > 1 and sum(counts) == 0:
    fail("no unpack ever saw two items")
print("OK " + NAME)
