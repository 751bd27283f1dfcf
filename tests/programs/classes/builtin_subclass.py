# Subclassing built-in types: dict, list, int, str, tuple, with overridden
# methods calling super(), extra attributes, and how built-in operations
# treat the subclass (results of + are the base type, repr, isinstance).
class Counter(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 10)
    def __getitem__(self, k):
        return super().__getitem__(k) + 1
    def __missing__(self, k):
        return "missing " + k
cnt = Counter()
cnt["a"] = 1
print(cnt["a"], dict(cnt), len(cnt), isinstance(cnt, dict), cnt, type(cnt).__name__)
class Default(dict):
    def __missing__(self, key):
        self[key] = []
        return self[key]
dd = Default()
dd["x"].append(1)
dd["x"].append(2)
print(dd, "y" in dd, dd.get("y"))
class MyList(list):
    def append(self, v):
        super().append(v)
        super().append(v)
    def total(self):
        return sum(self)
ml = MyList([0])
ml.append(5)
print(ml, len(ml), type(ml).__name__, ml + [1], type(ml + [1]).__name__, ml.total(), ml[1:], type(ml[1:]).__name__)
ml.tag = "tagged"
print(ml.tag, ml == [0, 5, 5], sorted(ml, reverse=True), isinstance(ml, list))
class Money(int):
    def __new__(cls, amount, currency="EUR"):
        obj = super().__new__(cls, amount)
        obj.currency = currency
        return obj
    def __repr__(self):
        return f"Money({int(self)}, {self.currency!r})"
m = Money(5, "USD")
print(m, m + 1, type(m + 1).__name__, m * 2, m == 5, isinstance(m, int), m.currency, str(int(m)))
class Upper(str):
    def shout(self):
        return self.upper() + "!"
u = Upper("hey")
print(u, u.shout(), u + "x", type(u + "x").__name__, len(u), u == "hey", repr(u), u[1:])
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
    def swap(self):
        return Pair(self[1], self[0])
p = Pair(1, 2)
print(p, p.first, p.swap(), len(p), p == (1, 2), type(p.swap()).__name__, hash(p) == hash((1, 2)))
class Err(ValueError):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
try:
    raise Err("bad", 7)
except ValueError as e:
    print(type(e).__name__, e, e.code, e.args)
