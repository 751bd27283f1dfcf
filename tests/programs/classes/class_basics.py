# Class basics: class vs instance attributes (shadowing, mutation of shared
# mutable class attributes), methods bound/unbound, __dict__, vars(),
# dynamic attributes, __class__, __name__/__qualname__/__module__, repr default.
class Dog:
    species = "canis"
    tricks = []
    count = 0
    def __init__(self, name):
        self.name = name
        Dog.count += 1
    def add_trick(self, t):
        self.tricks.append(t)
    def describe(self):
        return f"{self.name} ({self.species})"
a, b = Dog("rex"), Dog("fido")
a.add_trick("sit")
b.add_trick("roll")
print(a.tricks, b.tricks, a.tricks is Dog.tricks, Dog.count, a.count)
a.species = "wolf"
print(a.species, b.species, Dog.species, a.describe(), b.describe())
del a.species
print(a.species, vars(a), b.__dict__)
Dog.species = "dog"
print(a.species, b.describe())
a.count += 10
print(a.count, b.count, Dog.count)
m = a.describe
print(m(), Dog.describe(b), m.__self__ is a, type(m).__name__, Dog.describe.__name__)
b.name = "renamed"
b.extra = [1]
print(vars(b), sorted(vars(b)), hasattr(b, "extra"), hasattr(a, "extra"))
print(a.__class__ is Dog, type(a) is Dog, a.__class__.__name__, Dog.__name__, Dog.__qualname__, Dog.__module__)
print(repr(a).startswith("<__main__.Dog object at 0x"), str(a) == repr(a))
class Empty:
    pass
e = Empty()
e.x = 1
setattr(e, "y", 2)
print(e.x, e.y, getattr(e, "z", None), vars(e))
delattr(e, "x")
print(vars(e), hasattr(e, "x"))
try:
    e.x
except AttributeError as err:
    print("AttributeError:", err)
try:
    Empty.nope
except AttributeError as err:
    print("AttributeError:", err)
class Outer:
    class Inner:
        value = 1
    def make(self):
        return self.Inner()
print(Outer.Inner.__qualname__, Outer().make().value, type(Outer().make()).__name__)
class WithClassBodyCode:
    items = []
    for i in range(3):
        items.append(i * i)
    total = sum(items)
    del i
print(WithClassBodyCode.items, WithClassBodyCode.total, hasattr(WithClassBodyCode, "i"))
def external(self):
    return "external " + self.name
Dog.external = external
print(a.external(), Dog("new").external())
print(isinstance(Dog, type), type(Dog).__name__, Dog.__bases__, Dog.__base__.__name__, Empty.__bases__)
