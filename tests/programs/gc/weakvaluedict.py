# weakref.WeakValueDictionary drops an entry when its value dies, by
# reference counting or by the cycle collector; getweakrefcount and shared
# callback-less refs behave as CPython's.
import gc
import weakref


class Obj:
    def __init__(self, n):
        self.n = n


d = weakref.WeakValueDictionary()
keep = [Obj(i) for i in range(5)]
for o in keep:
    d[o.n] = o
print(len(d), sorted(d.keys()))
del keep[0]
print(len(d), 0 in d, d.get(0, "gone"))
cyc = Obj(99)
cyc.me = cyc
d["cyc"] = cyc
del cyc
print("cyc" in d)
gc.collect()
print("cyc" in d, sorted(k for k in d.keys()))
print(d[1].n, d.pop(1).n, 1 in d)
try:
    d[42]
except KeyError as e:
    print("KeyError", e)
o = Obj(7)
r1 = weakref.ref(o)
r2 = weakref.ref(o)
print(r1 is r2, weakref.getweakrefcount(o))
r3 = weakref.ref(o, lambda r: None)
print(r3 is r1, weakref.getweakrefcount(o), r1 == r3, hash(r1) == hash(o))
