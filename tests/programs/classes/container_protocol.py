# Container/protocol dunders: __getitem__/__setitem__/__delitem__ (ints,
# slices, keys), __len__, __iter__, __contains__ (and the fallbacks to
# __iter__ / __getitem__), __call__, __bool__ (and fallback to __len__),
# __reversed__, __missing__-like behaviour by hand.
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __getitem__(self, key):
        if isinstance(key, slice):
            return ("slice", key.start, key.stop, key.step)
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError(f"cell {key} out of range")
        return self.cells.get(key, ".")
    def __setitem__(self, key, value):
        self.cells[key] = value
    def __delitem__(self, key):
        del self.cells[key]
    def __len__(self):
        return self.w * self.h
    def __iter__(self):
        for y in range(self.h):
            yield "".join(self[x, y] for x in range(self.w))
    def __contains__(self, value):
        return value in self.cells.values()
    def __call__(self, ch):
        return sum(1 for v in self.cells.values() if v == ch)
    def __bool__(self):
        return bool(self.cells)
g = Grid(4, 2)
print(len(g), bool(g), "#" in g, g[0, 0], g[1:3], g[::2])
g[1, 0] = "#"; g[2, 1] = "#"; g[3, 1] = "o"
print(list(g), "#" in g, "x" not in g, g("#"), bool(g))
del g[1, 0]
print(list(g), g("#"))
try:
    g[9, 9]
except IndexError as e:
    print("IndexError:", e)
try:
    del g[0, 0]
except KeyError as e:
    print("KeyError:", e)
class Seq:
    """Only __getitem__: iteration and `in` fall back to it."""
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError
        return i * 10
s = Seq()
print(list(s), 30 in s, 35 in s, [v for v in s if v > 10], sum(s), max(s), sorted(s, reverse=True))
class IterOnly:
    def __iter__(self):
        return iter([3, 1, 2])
print(2 in IterOnly(), 9 in IterOnly(), list(IterOnly()), sorted(IterOnly()), tuple(IterOnly()))
class Sized:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
print(bool(Sized(0)), bool(Sized(3)), len(Sized(7)), "yes" if Sized(1) else "no", not Sized(0))
class Rev:
    def __init__(self, data): self.data = data
    def __len__(self): return len(self.data)
    def __getitem__(self, i): return self.data[i]
    def __reversed__(self): return iter(["custom", "reversed"])
print(list(reversed(Rev([1, 2, 3]))), list(reversed([1, 2])), Rev([4, 5])[1], list(Rev([6, 7])))
class Plain:
    pass
for expr in ["len(Plain())", "Plain()[0]", "iter(Plain())", "1 in Plain()", "Plain()()"]:
    try:
        eval(expr)
    except TypeError as e:
        print(expr, "->", e)
class BadLen:
    def __len__(self): return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *, times=1): return (x + self.n) * times
add5 = Adder(5)
print(add5(1), add5(1, times=3), list(map(add5, [1, 2])), callable(add5))
