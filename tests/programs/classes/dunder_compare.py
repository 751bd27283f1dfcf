# __repr__/__str__/__format__, __eq__/__ne__/__hash__, rich comparisons and
# their reflection (a < b falls back to b > a), NotImplemented handling,
# default identity equality, unhashable when __eq__ defined without __hash__.
class Ver:
    def __init__(self, *parts):
        self.parts = parts
    def __repr__(self):
        return "Ver" + repr(self.parts)
    def __str__(self):
        return ".".join(map(str, self.parts))
    def __eq__(self, other):
        if not isinstance(other, Ver):
            return NotImplemented
        return self.parts == other.parts
    def __hash__(self):
        return hash(self.parts)
    def __lt__(self, other):
        if not isinstance(other, Ver):
            return NotImplemented
        return self.parts < other.parts
    def __le__(self, other):
        return self == other or self < other
v1, v2, v3 = Ver(1, 2), Ver(1, 10), Ver(1, 2)
print(v1, repr(v1), str(v2), [v1, v2], f"{v1}", f"{v1!r}", "%s %r" % (v1, v1))
print(v1 == v3, v1 != v3, v1 is v3, v1 < v2, v1 <= v3, v2 > v1, v2 >= v1, v1 == (1, 2), v1 != "x")
print(sorted([v2, v1, Ver(0, 9)]), max(v1, v2), min([v2, v1]), len({v1, v2, v3}), {v1: "a"}[v3])
try:
    v1 < 5
except TypeError as e:
    print("TypeError:", e)
class Log:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        print(f"{self.name}.__eq__({other.name})")
        return NotImplemented
    def __gt__(self, other):
        print(f"{self.name}.__gt__({other.name})")
        return True
    __hash__ = None
a, b = Log("a"), Log("b")
print(a == b)
print(a < b)
print(a != b)
try:
    hash(a)
except TypeError as e:
    print("TypeError:", e)
class EqOnly:
    def __init__(self, v): self.v = v
    def __eq__(self, other): return isinstance(other, EqOnly) and self.v == other.v
print(EqOnly(1) == EqOnly(1), EqOnly(1) != EqOnly(2), EqOnly.__hash__ is None)
try:
    {EqOnly(1)}
except TypeError as e:
    print("TypeError:", e)
class Plain:
    pass
p, q = Plain(), Plain()
print(p == p, p == q, p != q, hash(p) == hash(p), len({p, q, p}))
try:
    p < q
except TypeError as e:
    print("TypeError:", e)
class OnlyStr:
    def __str__(self): return "only-str"
class OnlyRepr:
    def __repr__(self): return "only-repr"
print(str(OnlyStr()), repr(OnlyStr()).startswith("<__main__.OnlyStr"), str(OnlyRepr()), repr(OnlyRepr()), [OnlyRepr()])
class Sub(Ver):
    def __lt__(self, other):
        return "Sub.__lt__ first"
    def __gt__(self, other):
        return "Sub.__gt__ reflected"
print(Ver(1) < Sub(2), Sub(1) < Ver(2), Ver(1) > Sub(2))
class BadRepr:
    def __repr__(self): return 42
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
class Fmt:
    def __format__(self, spec):
        return "fmt[" + spec + "]"
print(format(Fmt(), "x>5"), f"{Fmt():abc}", "{:q}".format(Fmt()))
