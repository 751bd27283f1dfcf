# property: decorator form with getter/setter/deleter, property() call form,
# read-only properties (AttributeError messages), computed/cached values,
# properties in subclasses, property objects on the class.
class Temperature:
    def __init__(self, c=0.0):
        self._c = c
        self.log = []
    @property
    def celsius(self):
        """Degrees Celsius."""
        self.log.append("get")
        return self._c
    @celsius.setter
    def celsius(self, v):
        self.log.append(f"set {v}")
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self):
        self.log.append("del")
        self._c = None
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temperature(20)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
del t.celsius
print(t._c, t.log)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    del t.fahrenheit
except AttributeError as e:
    print("AttributeError:", e)
print(type(Temperature.celsius).__name__, Temperature.celsius.__doc__, Temperature.fahrenheit.fset is None)
class Account:
    def _get(self):
        return self._balance
    def _set(self, v):
        self._balance = max(0, v)
    def _del(self):
        print("deleting balance")
        del self._balance
    balance = property(_get, _set, _del, "the balance")
a = Account()
a.balance = -5
print(a.balance)
a.balance = 50
print(a.balance, Account.balance.__doc__)
del a.balance
print(hasattr(a, "_balance"))
try:
    a.balance
except AttributeError as e:
    print("AttributeError:", e)
class Lazy:
    def __init__(self):
        self.computed = 0
    @property
    def expensive(self):
        if "_cache" not in self.__dict__:
            self.computed += 1
            self._cache = sum(range(1000))
        return self._cache
lz = Lazy()
print(lz.expensive, lz.expensive, lz.computed)
class Base:
    @property
    def kind(self):
        return "base"
class Sub(Base):
    @property
    def kind(self):
        return "sub:" + super().kind
class Sub2(Base):
    kind = "plain attribute"
print(Sub().kind, Sub2().kind, Base().kind)
class Shadow:
    @property
    def x(self):
        return "property wins"
s = Shadow()
s.__dict__["x"] = "instance dict"
print(s.x, s.__dict__)
class OnlySetter:
    x = property(None, lambda self, v: print("set to", v))
o = OnlySetter()
o.x = 3
try:
    o.x
except AttributeError as e:
    print("AttributeError:", e)
