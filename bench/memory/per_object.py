"""Allocates N objects of one kind and keeps them alive until exit.

    INTERP bench/memory/per_object.py KIND N

Run at two sizes, the difference of the process's peak resident set divided
by the difference of N is the memory one more object costs, header, cycle-
collector link, allocator rounding and fragmentation included
(bench/memory/run.py does that for every interpreter).  Every object is
stored in one list built at full size first (`[None] * N`), so the holder
adds 8 bytes per object on every interpreter; KIND `holder` allocates only
that list, and run.py subtracts its slope.

Kinds (what one object is; its fields hold only shared or immortal values,
so nothing else is allocated per object):

    holder     nothing: the baseline of 8 bytes per list slot
    int        a distinct int object, 2**40 + i (not a cached small int)
    float      a distinct float, i * 0.5
    tuple2     a 2-tuple (o, o) built at run time
    list3      a 3-item list [o, o, o]
    dict2      a 2-key dict {"a": o, "b": o}
    instance   an instance of a class whose __init__ sets two attributes
    slots      the same with __slots__ = ("a", "b")

Prints `RESULT kind=... n=... checksum=...`; the checksum is the same on
every interpreter.  Runs under ftpy (both builds) and CPython 3.8 or later.
"""
import sys


class Plain:
    def __init__(self, a, b):
        self.a = a
        self.b = b


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a = a
        self.b = b


def fill_holder(held, n, o):
    pass


def fill_int(held, n, o):
    base = 1 << 40
    for i in range(n):
        held[i] = base + i


def fill_float(held, n, o):
    for i in range(n):
        held[i] = i * 0.5


def fill_tuple2(held, n, o):
    for i in range(n):
        held[i] = (o, o)


def fill_list3(held, n, o):
    for i in range(n):
        held[i] = [o, o, o]


def fill_dict2(held, n, o):
    for i in range(n):
        held[i] = {"a": o, "b": o}


def fill_instance(held, n, o):
    for i in range(n):
        held[i] = Plain(o, o)


def fill_slots(held, n, o):
    for i in range(n):
        held[i] = Slotted(o, o)


KINDS = {"holder": fill_holder, "int": fill_int, "float": fill_float, "tuple2": fill_tuple2,
         "list3": fill_list3, "dict2": fill_dict2, "instance": fill_instance,
         "slots": fill_slots}


def checksum(kind, held, n):
    if n == 0:
        return "empty"
    last = held[n - 1]
    if kind in ("int", "float"):
        return "%s last=%r" % (type(last).__name__, last)
    if kind == "holder":
        return "holder %r" % (last,)
    distinct = held[0] is not last
    return "%s len=%d distinct=%s" % (type(last).__name__, n, distinct)


def main(argv):
    nogc = "--no-gc" in argv
    argv = [a for a in argv if a != "--no-gc"]
    if len(argv) != 2 or argv[0] not in KINDS or not argv[1].isdigit():
        print("usage: per_object.py KIND N [--no-gc]   (KIND: %s)" % " ".join(sorted(KINDS)))
        return 2
    kind, n = argv[0], int(argv[1])
    if nogc:
        import gc
        gc.disable()
    held = [None] * n
    KINDS[kind](held, n, None)
    print("RESULT kind=%s n=%d checksum=%s" % (kind, n, checksum(kind, held, n)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
