# Unary operator and numeric-conversion dunders, __index__ uses, the
# NotImplemented -> reflected -> TypeError fallback chain and its messages,
# subclass-first reflection, __iadd__ mutating in place vs + rebinding.
class U:
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __abs__(self): return "abs"
    def __invert__(self): return "invert"
    def __int__(self): return 7
    def __float__(self): return 2.5
    def __index__(self): return 3
    def __round__(self, n=None): return f"round {n}"
u = U()
print(-u, +u, abs(u), ~u, int(u), float(u), [0, 1, 2, 3, 4][u], bin(u), hex(u), round(u), round(u, 2), "ab" * u)
class NoOps:
    pass
for expr in ["NoOps() + 1", "1 - NoOps()", "-NoOps()", "NoOps() < NoOps()", "NoOps() @ 1", "~NoOps()"]:
    try:
        eval(expr)
    except TypeError as e:
        print(expr, "->", e)
class Declines:
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return NotImplemented
try:
    Declines() + Declines()
except TypeError as e:
    print("TypeError:", e)
class Base:
    def __add__(self, o): return "Base.__add__"
    def __radd__(self, o): return "Base.__radd__"
class Derived(Base):
    def __radd__(self, o): return "Derived.__radd__"
print(Base() + Derived(), Derived() + Base(), 1 + Base(), [1] + [2], (1,) + (2,))
class Acc:
    def __init__(self): self.items = []
    def __iadd__(self, o):
        self.items.append(o)
        return self
acc = Acc()
acc += 1
acc += "two"
print(acc.items)
lst = [1]
alias = lst
lst += [2]
t = (1,)
talias = t
t += (2,)
print(lst is alias, t is talias, alias, talias)
