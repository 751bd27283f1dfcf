# Multiple inheritance and C3 linearisation: __mro__ names for diamonds and
# more complex hierarchies, method resolution through the MRO, attribute
# lookup order, and the TypeError for an inconsistent hierarchy.
def names(cls):
    return [k.__name__ for k in cls.__mro__]
class A: x = "A"
class B(A): pass
class C(A): x = "C"
class D(B, C): pass
print(names(D), D.x, D().x)
class O: pass
class F(O): pass
class E(O): pass
class Dd(O): pass
class Cc(Dd, F): pass
class Bb(Dd, E): pass
class Aa(Bb, Cc, E): pass
print(names(Aa))
class K1(O): pass
class K2(O): pass
class K3(O): pass
class Z1(K1, K2): pass
class Z2(K2, K3): pass
class Z3(K1, K3): pass
class ZZ(Z1, Z2, Z3): pass
print(names(ZZ))
print(names(bool), names(int), names(object), names(type))
print(D.__bases__ == (B, C), [b.__name__ for b in Aa.__bases__], D.mro() == list(D.__mro__))
try:
    class Bad(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Dup(A, A):
        pass
except TypeError as e:
    print("TypeError:", e)
class Base1:
    def hello(self): return "Base1.hello"
    def only1(self): return "only1"
class Base2:
    def hello(self): return "Base2.hello"
    def only2(self): return "only2"
class Child(Base1, Base2): pass
class Child2(Base2, Base1): pass
c = Child()
print(c.hello(), c.only1(), c.only2(), Child2().hello(), names(Child2))
class Mixin:
    def describe(self):
        return f"{type(self).__name__} with {self.value()}"
class Valued:
    def value(self):
        return 42
class Thing(Mixin, Valued):
    pass
print(Thing().describe(), isinstance(Thing(), Mixin), issubclass(Thing, Valued))
class Root:
    tag = "root"
class Left(Root):
    pass
class Right(Root):
    tag = "right"
class Bottom(Left, Right):
    pass
print(Bottom.tag, names(Bottom))
Left.tag = "left"
print(Bottom.tag)
del Left.tag
print(Bottom.tag)
