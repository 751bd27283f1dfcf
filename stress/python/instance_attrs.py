"""Races attribute writes and reads on one shared instance, and method calls
against a thread that replaces the method (and a class attribute) on the class.

1. Distinct attributes: thread t sets a<t>_<i> = i (setattr), reads it back,
   deletes the odd ones (delattr).  Asserts vars(obj) is exactly
   {a<t>_<i>: i for even i} plus the attributes set before the race.
2. Same attributes: every thread writes obj.x = (t, i) and obj.y = -i;
   every read must be a value some thread wrote; a counter obj.n += 1 under a
   Lock is exactly THREADS * N at the end.
3. Class replacement: one thread rebinds C.m to one of three functions and
   C.kind to the matching number, each round; the others call obj.m() (and a
   bound method taken before) and read C.kind / obj.kind.  Every result must
   be one of 0, 1, 2; asserts the class ends with the last round's method.

    instance_attrs.py [THREADS] [SCALE]
"""
import sys
import threading

from _race import setup

NAME = "instance_attrs"
THREADS, SCALE, scaled, fail, race = setup(NAME)


N = scaled(2000)


class Shared:
    def __init__(self):
        self.before = "b"
        self.n = 0


obj = Shared()


def distinct(t):
    for i in range(N):
        name = "a%d_%d" % (t, i)
        setattr(obj, name, i)
        if getattr(obj, name) != i:
            fail("%s read back %r" % (name, getattr(obj, name)))
    for i in range(1, N, 2):
        name = "a%d_%d" % (t, i)
        delattr(obj, name)
        if hasattr(obj, name):
            fail("%s still there after delattr" % name)


race([(distinct, t) for t in range(THREADS)])
expected = {"before": "b", "n": 0}
for t in range(THREADS):
    for i in range(0, N, 2):
        expected["a%d_%d" % (t, i)] = i
if vars(obj) != expected:
    fail("distinct: __dict__ has %d entries, expected %d" % (len(vars(obj)), len(expected)))
if obj.__dict__ is not vars(obj):
    fail("vars(obj) is not obj.__dict__")

obj = Shared()
obj.x = (0, 0)
obj.y = 0
lock = threading.Lock()


def same(t):
    for i in range(N):
        obj.x = (t, i)
        obj.y = -i
        x = obj.x
        y = obj.y
        if type(x) is not tuple or not (0 <= x[0] < THREADS and 0 <= x[1] < N):
            fail("obj.x read %r" % (x,))
        if type(y) is not int or not -N < y <= 0:
            fail("obj.y read %r" % (y,))
        with lock:
            obj.n += 1


race([(same, t) for t in range(THREADS)])
if obj.n != THREADS * N:
    fail("counter %d, expected %d" % (obj.n, THREADS * N))
if obj.x[1] != N - 1 or obj.y != -(N - 1):
    fail("last writes: x=%r y=%r, expected some thread's last values" % (obj.x, obj.y))


def m0(self):
    return 0


def m1(self):
    return 1


def m2(self):
    return 2


class C:
    kind = 0
    m = m0


IMPLS = (m0, m1, m2)
shared = C()
done = []
ROUNDS = scaled(3000)


def replacer(_):
    try:
        for r in range(ROUNDS):
            C.m = IMPLS[r % 3]
            setattr(C, "kind", r % 3)
    finally:
        done.append(True)


bound = shared.m  # taken before the race: stays bound to m0


def caller(_):
    while not done:
        for v in (shared.m(), C.m(shared), bound(), C.kind, shared.kind, getattr(C, "kind")):
            if v not in (0, 1, 2):
                fail("a call or read gave %r" % (v,))
        if bound() != 0:
            fail("a bound method taken before the race changed: %r" % bound())


race([(replacer, 0)] + [(caller, t) for t in range(max(1, THREADS - 1))])
last = (ROUNDS - 1) % 3
if C.m is not IMPLS[last] or shared.m() != last or C.kind != last:
    fail("class state after the race: m()=%r kind=%r, expected %d" % (shared.m(), C.kind, last))

print("OK " + NAME)
