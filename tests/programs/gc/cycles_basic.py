# The cycle collector frees self-referencing lists, dicts and instances,
# instance cycles through a class attribute, closures that reference
# themselves, generator and exception cycles; weak references observe each
# death. (The live-object count is checked by tests/unit/test_gc.cpp: CPython's
# sys.getallocatedblocks counts its caches too, so it is not compared here.)
import gc
import weakref


class Node:
    pass


def lists_and_dicts():
    l = []
    l.append(l)
    d = {}
    d["self"] = d
    n = Node()
    n.me = n
    return weakref.ref(n)


def instance_pair():
    a, b = Node(), Node()
    a.other, b.other = b, a
    return weakref.ref(a), weakref.ref(b)


class Registry:
    def method(self):
        return self


def class_instance():
    k = Registry()
    k.cls_ref = Registry
    k.bound = k.method
    return weakref.ref(k)


def self_closure():
    def f():
        return f
    return weakref.ref(f)


def generator_cycle():
    def gen():
        holder = yield
        yield holder
    g = gen()
    next(g)
    box = Node()
    box.g = g
    g.send(box)
    return weakref.ref(box)


def exception_cycle():
    try:
        raise ValueError("x")
    except ValueError as e:
        err = e
    box = Node()
    box.err = err
    err.box = box
    return weakref.ref(box)


MAKERS = (lists_and_dicts, instance_pair, class_instance, self_closure,
          generator_cycle, exception_cycle)


def one_round(report):
    for make in MAKERS:
        refs = make()
        if not isinstance(refs, tuple):
            refs = (refs,)
        alive_before = all(r() is not None for r in refs)
        gc.collect()
        if report:
            print(make.__name__, alive_before, all(r() is None for r in refs))


one_round(True)
print(gc.collect())
