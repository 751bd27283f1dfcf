# PEP 442 through the collector: __del__ runs once for objects in cycles,
# a resurrected object survives (and its __del__ does not run again), the
# cycle it came from is still collected, and weakref callbacks run when
# their referent is collected.
import gc
import weakref

log = []


class Fin:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        log.append("del " + self.name)


a, b = Fin("a"), Fin("b")
a.peer, b.peer = b, a
del a, b
gc.collect()
print(sorted(log))

saved = []


class Phoenix:
    def __del__(self):
        log.append("phoenix del")
        saved.append(self)


log.clear()
p = Phoenix()
p.me = p
del p
gc.collect()
print(log, len(saved), saved[0].me is saved[0])
saved.clear()
gc.collect()
print(log)


class Plain:
    pass


calls = []
x = Plain()
x.me = x
r = weakref.ref(x, lambda wr: calls.append(wr() is None))
del x
gc.collect()
print(calls, r() is None)

gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled(), gc.get_threshold()[1:])
print(gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked([]), gc.is_tracked(Plain()))
try:
    gc.collect(3)
except ValueError as e:
    print("ValueError:", e)
try:
    weakref.ref(1)
except TypeError as e:
    print("TypeError:", e)
