# Descriptors: __get__/__set__/__delete__, data vs non-data precedence over
# the instance dict, access through the class (instance is None),
# __set_name__ receiving the attribute name, validation descriptors,
# functions as non-data descriptors (binding).
class Typed:
    def __set_name__(self, owner, name):
        print(f"__set_name__({owner.__name__}, {name!r})")
        self.name = name
        self.storage = "_" + name
    def __init__(self, kind):
        self.kind = kind
    def __get__(self, obj, objtype=None):
        if obj is None:
            return f"<Typed {self.name} on {objtype.__name__}>"
        return getattr(obj, self.storage, "unset")
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.storage, value)
    def __delete__(self, obj):
        print("deleting", self.name)
        delattr(obj, self.storage)
class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age
p = Person("ann", 30)
print(p.name, p.age, Person.name, sorted(vars(p)))
try:
    p.age = "old"
except TypeError as e:
    print("TypeError:", e)
del p.age
print(p.age)
p.__dict__["name"] = "shadow attempt"
print(p.name)
class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"
class Holder:
    attr = NonData()
h = Holder()
print(h.attr, Holder.attr)
h.attr = "instance wins"
print(h.attr, Holder.attr)
del h.attr
print(h.attr)
class Counted:
    def __init__(self):
        self.reads = 0
    def __get__(self, obj, objtype=None):
        self.reads += 1
        return self.reads
class UsesCounted:
    c = Counted()
u = UsesCounted()
print(u.c, u.c, UsesCounted.c, UsesCounted.__dict__["c"].reads)
def plain(self, x):
    return (type(self).__name__, x)
class Bind:
    m = plain
b = Bind()
bound = plain.__get__(b, Bind)
print(b.m(1), bound(2), Bind.m(b, 3), type(bound).__name__, plain.__get__(None, Bind) is plain)
class ReadOnlyDesc:
    def __get__(self, obj, objtype=None):
        return 42
    def __set__(self, obj, value):
        raise AttributeError("read-only descriptor")
class RO:
    answer = ReadOnlyDesc()
r = RO()
try:
    r.answer = 1
except AttributeError as e:
    print("AttributeError:", e, r.answer)
class Unit:
    def __init__(self, factor):
        self.factor = factor
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.meters * self.factor
class Distance:
    meters = 0
    km = Unit(0.001)
    cm = Unit(100)
    def __init__(self, m):
        self.meters = m
dist = Distance(1500)
print(dist.km, dist.cm, Distance.km.name, Distance.cm.factor)
