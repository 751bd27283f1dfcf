# Class decorators: adding methods/attributes, registering classes,
# replacing the class, stacking (bottom-up order), decorators with arguments,
# a hand-written dataclass-like decorator generating __init__/__repr__/__eq__.
def add_greet(cls):
    cls.greet = lambda self: f"hello from {type(self).__name__}"
    return cls
@add_greet
class A:
    pass
print(A().greet())
registry = []
def register(cls):
    registry.append(cls.__name__)
    return cls
def tagged(tag):
    def deco(cls):
        print("tagging", cls.__name__, "with", tag)
        cls.tag = tag
        return cls
    return deco
@register
@tagged("outer")
@tagged("inner")
class B:
    pass
print(B.tag, registry)
def record(*field_names):
    def deco(cls):
        def __init__(self, *args):
            if len(args) != len(field_names):
                raise TypeError(f"{cls.__name__} expects {len(field_names)} values, got {len(args)}")
            for n, v in zip(field_names, args):
                setattr(self, n, v)
        def __repr__(self):
            inner = ", ".join(f"{n}={getattr(self, n)!r}" for n in field_names)
            return f"{cls.__name__}({inner})"
        def __eq__(self, other):
            return type(other) is type(self) and all(getattr(self, n) == getattr(other, n) for n in field_names)
        cls.__init__ = __init__
        cls.__repr__ = __repr__
        cls.__eq__ = __eq__
        cls.__hash__ = None
        cls.fields = field_names
        return cls
    return deco
@record("x", "y")
class Point:
    def norm1(self):
        return abs(self.x) + abs(self.y)
p = Point(3, -4)
print(p, p.norm1(), p == Point(3, -4), p == Point(0, 0), Point.fields)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
def singleton(cls):
    return cls()
@singleton
class Settings:
    debug = True
print(Settings.debug, type(Settings).__name__)
def count_instances(cls):
    original_init = cls.__init__
    cls.instances = 0
    def __init__(self, *a, **k):
        cls.instances += 1
        original_init(self, *a, **k)
    cls.__init__ = __init__
    return cls
@count_instances
class Item:
    def __init__(self, name):
        self.name = name
items = [Item("a"), Item("b")]
print(Item.instances, [i.name for i in items])
