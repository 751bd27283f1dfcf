# staticmethod and classmethod: calling through class and instance,
# alternative constructors, classmethods in subclasses get the subclass,
# counters on cls, staticmethod() / classmethod() call forms.
class Date:
    created = 0
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        type(self).created += 1
    @classmethod
    def from_string(cls, s):
        return cls(*map(int, s.split("-")))
    @classmethod
    def today_like(cls):
        return cls(2024, 1, 1)
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"
class EuroDate(Date):
    def __repr__(self):
        return f"{self.d:02}/{self.m:02}/{self.y}"
print(Date.from_string("2024-02-29"), EuroDate.from_string("1999-12-31"), EuroDate.today_like())
print(Date.is_leap(2000), Date.is_leap(1900), Date(1, 1, 1).is_leap(2024), EuroDate.is_leap(2023))
print(Date.created, EuroDate.created, "created" in EuroDate.__dict__)
class Registry:
    items = None
    @classmethod
    def register(cls, v):
        if cls.items is None:
            cls.items = []
        cls.items.append(v)
        return cls
class R1(Registry): pass
class R2(Registry): pass
R1.register(1).register(2)
R2.register("x")
print(R1.items, R2.items, Registry.items)
def plain(x):
    return x * 2
class Forms:
    s = staticmethod(plain)
    c = classmethod(lambda cls, v: f"{cls.__name__}:{v}")
print(Forms.s(4), Forms().s(5), Forms.c(1), Forms().c(2))
sm = Forms.__dict__["s"]
cm = Forms.__dict__["c"]
print(type(sm).__name__, type(cm).__name__, sm.__func__ is plain, type(Forms.c).__name__, Forms.c.__self__ is Forms)
class Counter:
    count = 0
    @classmethod
    def inc(cls):
        cls.count += 1
        return cls.count
    @staticmethod
    def helper():
        return Counter.count
print(Counter.inc(), Counter.inc(), Counter().inc(), Counter.helper())
class Sub(Counter): pass
print(Sub.inc(), Counter.count, Sub.count)
print(callable(Forms.s), Forms.s is plain)
