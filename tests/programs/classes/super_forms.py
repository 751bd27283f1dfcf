# super(): zero-argument form in methods, explicit super(Cls, self), in
# classmethods, cooperative multiple inheritance through the MRO, super in
# __init__ chains with **kwargs, super().__setattr__, super() of properties,
# super() from a nested function via the explicit form, super() to a staticmethod.
class A:
    def who(self): return "A"
    @classmethod
    def make(cls): return f"A.make({cls.__name__})"
    def __init__(self, **kw):
        self.log = ["A"]
class B(A):
    def who(self): return "B" + super().who()
    @classmethod
    def make(cls): return "B>" + super().make()
    def __init__(self, **kw):
        super().__init__(**kw)
        self.log.append("B")
class C(A):
    def who(self): return "C" + super().who()
    def __init__(self, **kw):
        super().__init__(**kw)
        self.log.append("C")
class D(B, C):
    def who(self): return "D" + super().who()
    def __init__(self, **kw):
        super().__init__(**kw)
        self.log.append("D")
d = D()
print(d.who(), d.log, D.make(), B.make())
print(super(B, d).who(), super(C, d).who(), super(D, d).who(), super(A, d).__class__.__name__)
class Shape:
    def __init__(self, name, **kwargs):
        self.name = name
        super().__init__(**kwargs)
class Colored:
    def __init__(self, color, **kwargs):
        self.color = color
        super().__init__(**kwargs)
class Square(Shape, Colored):
    def __init__(self, side, **kwargs):
        self.side = side
        super().__init__(**kwargs)
sq = Square(side=3, name="sq", color="red")
print(sq.side, sq.name, sq.color)
class Guarded:
    def __setattr__(self, key, value):
        if key.startswith("_"):
            raise AttributeError("private: " + key)
        super().__setattr__(key, value.upper() if isinstance(value, str) else value)
g = Guarded()
g.name = "low"
g.n = 3
try:
    g._secret = 1
except AttributeError as e:
    print("AttributeError:", e)
print(vars(g))
class Base:
    @property
    def value(self): return 10
    def __repr__(self): return "Base()"
class Derived(Base):
    @property
    def value(self): return super().value * 2
    def __repr__(self): return "Derived<" + super().__repr__() + ">"
print(Derived().value, repr(Derived()))
class Outer:
    def method(self):
        def inner():
            return super(Outer, self).__repr__().startswith("<__main__.Outer")
        return inner()
print(Outer().method())
class Stat:
    @staticmethod
    def s(): return "static"
class Stat2(Stat):
    @classmethod
    def both(cls): return super().s() + "+class"
print(Stat2.both())
