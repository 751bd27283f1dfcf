# A collection that starts while an object is being destroyed (its count is
# already zero and its destructor is dropping what it held, which runs
# __del__ of a child, which calls gc.collect()) must not see the dying
# object or its half-destroyed containers: they are off the collector's
# lists from the moment their count reaches zero. Also: an object whose
# __del__ runs a collection and resurrects itself stays tracked and alive.
import gc

log = []


class Child:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        found = gc.collect()
        log.append("child %s del, collect found %d" % (self.name, found))


class Parent:
    def __init__(self, name):
        self.name = name
        self.child = Child(name)
        self.items = [Child(name + "-in-list"), {"k": Child(name + "-in-dict")}]


gc.collect()
p = Parent("p")
del p
print(sorted(log))
log.clear()

# The same with the parent's own __del__ running first.
class ParentWithDel(Parent):
    def __del__(self):
        log.append("parent %s del" % self.name)
        gc.collect()


q = ParentWithDel("q")
del q
print(log[0], sorted(log[1:]))
log.clear()

# Resurrection from a __del__ that collects: the saved object is still
# tracked (a cycle through it is found later) and __del__ does not run again.
saved = []


class Phoenix:
    def __del__(self):
        gc.collect()
        saved.append(self)
        log.append("phoenix del")


ph = Phoenix()
ph.me = ph
del ph
gc.collect()
print(log, len(saved), gc.is_tracked(saved[0]))
back = saved.pop()
del back
print(gc.collect() >= 1, log)

# Containers dying with a collection inside their element's __del__.
lst = [Child("l%d" % i) for i in range(3)]
dct = {i: Child("d%d" % i) for i in range(3)}
tup = tuple(Child("t%d" % i) for i in range(3))
log.clear()
del lst, dct, tup
print(len(log), sorted(x.split(",")[0] for x in log))
