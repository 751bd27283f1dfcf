# __slots__: fixed attributes, AttributeError for others, no __dict__,
# slots with defaults via class attrs conflict, inheritance (subclass with and
# without slots), empty slots, slot values unset -> AttributeError.
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
p = Point(1, 2)
p.x = 10
print(p, p.x, hasattr(p, "__dict__"), Point.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
class Partial:
    __slots__ = ["a", "b"]
q = Partial()
q.a = 1
try:
    print(q.b)
except AttributeError as e:
    print("AttributeError:", e)
del q.a
try:
    del q.a
except AttributeError as e:
    print("AttributeError:", e)
class Point3(Point):
    __slots__ = ("z",)
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
p3 = Point3(1, 2, 3)
print(p3, p3.z, hasattr(p3, "__dict__"))
try:
    p3.w = 4
except AttributeError as e:
    print("AttributeError:", e)
class Loose(Point):
    pass
lo = Loose(5, 6)
lo.extra = "ok"
print(lo, lo.extra, vars(lo))
class Nothing:
    __slots__ = ()
try:
    Nothing().attr = 1
except AttributeError as e:
    print("AttributeError:", e)
class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.b, vars(w))
class Single:
    __slots__ = "only"
s = Single()
s.only = "one"
print(s.only, Single.__slots__)
try:
    class Conflict:
        __slots__ = ("v",)
        v = 5
except ValueError as e:
    print("ValueError:", e)
nodes = [Point(i, i * i) for i in range(5)]
print(sum(n.y for n in nodes), [n.x for n in nodes if n.y > 3])
print(type(Point.x).__name__)
