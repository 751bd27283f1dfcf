"""Races reads, writes and deletes of __slots__ fields on shared instances.

Writers store fresh objects (a new list each time, so the value a write
replaces dies right there unless a reader still counts it); readers read the
same fields at the same time and check what they got. A reader that added a
reference to a value a racing write had already released would see a freed
or reused object: a wrong tag, a wrong length, or a crash.

1. Every thread writes and reads obj.a and obj.b of one shared instance;
   every value read must be a list [t, i, t * i] some thread wrote.
2. Half the threads delete and re-set obj.c while the others read it: a read
   gives a value some thread wrote or raises AttributeError, nothing else.
3. At the end each field holds a value its last writer stored, and an
   instance whose fields were deleted raises AttributeError for them.

    slots_race.py [THREADS] [SCALE]
"""
from _race import setup

NAME = "slots_race"
THREADS, SCALE, scaled, fail, race = setup(NAME)

N = scaled(20000)


class Point:
    __slots__ = ("a", "b", "c")

    def __init__(self):
        self.a = [0, 0, 0]
        self.b = [0, 0, 0]
        self.c = [0, 0, 0]


shared = Point()


def check(v, where):
    if type(v) is not list or len(v) != 3 or v[0] * v[1] != v[2]:
        fail("%s read %r" % (where, v))


def write_read(t):
    for i in range(N):
        shared.a = [t, i, t * i]
        check(shared.a, "a")
        shared.b = [t, i, t * i]
        check(shared.b, "b")
        check(shared.a, "a")


race([(write_read, t) for t in range(THREADS)])
check(shared.a, "final a")
check(shared.b, "final b")


def delete_set(t):
    for i in range(N):
        if t % 2 == 0:
            try:
                del shared.c
            except AttributeError:
                pass  # another deleter got there first
            shared.c = [t, i, t * i]
        else:
            try:
                v = shared.c
            except AttributeError:
                continue
            check(v, "c")


race([(delete_set, t) for t in range(THREADS)])
check(shared.c, "final c")

gone = Point()
del gone.a
try:
    gone.a
except AttributeError as e:
    if str(e) != "'Point' object has no attribute 'a'":
        fail("message %r" % str(e))
else:
    fail("a deleted slot still reads")
try:
    del gone.a
except AttributeError as e:
    if str(e) != "a":
        fail("second del message %r" % str(e))
else:
    fail("deleting a deleted slot did not raise")
print("OK " + NAME)
