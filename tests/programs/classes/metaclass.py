# Metaclass basics: type(name, bases, dict) to build classes, type(obj),
# a metaclass with __new__/__init__ modifying the class, __call__ controlling
# instantiation (singleton), metaclass inheritance and conflicts,
# class attributes added by the metaclass, isinstance(cls, Meta).
Point = type("Point", (), {"x": 0, "describe": lambda self: f"Point x={self.x}"})
p = Point()
p.x = 5
print(Point.__name__, p.describe(), type(p) is Point, type(Point) is type, Point.__bases__)
Sub = type("Sub", (Point,), {"y": 1})
print(Sub().describe(), Sub.y, [c.__name__ for c in Sub.__mro__], issubclass(Sub, Point))
class Meta(type):
    def __new__(mcls, name, bases, ns, **kwargs):
        print(f"Meta.__new__({name}, bases={[b.__name__ for b in bases]}, keys={sorted(k for k in ns if not k.startswith('__'))}, kw={kwargs})")
        ns["added_by_meta"] = name.lower()
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kwargs):
        print(f"Meta.__init__({name})")
        super().__init__(name, bases, ns)
        cls.init_flag = True
    def describe(cls):
        return f"class {cls.__name__} via {type(cls).__name__}"
class Model(metaclass=Meta):
    field = 1
    def method(self):
        return "m"
class Child(Model, tag="t"):
    other = 2
print(Model.added_by_meta, Child.added_by_meta, Child.init_flag, Model.describe(), Child.describe())
print(type(Model).__name__, type(Child).__name__, isinstance(Model, Meta), isinstance(Model(), Meta), isinstance(Child, type))
try:
    Model().describe()
except AttributeError as e:
    print("AttributeError:", e)
class Singleton(type):
    instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in Singleton.instances:
            print("creating", cls.__name__, args)
            Singleton.instances[cls] = super().__call__(*args, **kwargs)
        return Singleton.instances[cls]
class Config(metaclass=Singleton):
    def __init__(self, value):
        self.value = value
a = Config(1)
b = Config(2)
print(a is b, a.value, b.value)
class Counting(type):
    def __call__(cls, *args):
        cls.made = getattr(cls, "made", 0) + 1
        return super().__call__(*args)
class Widget(metaclass=Counting):
    def __init__(self, n=0):
        self.n = n
ws = [Widget(i) for i in range(3)]
print(Widget.made, [w.n for w in ws])
class Upper(type):
    def __new__(mcls, name, bases, ns):
        renamed = {(k.upper() if not k.startswith("__") else k): v for k, v in ns.items()}
        return super().__new__(mcls, name, bases, renamed)
class Shouty(metaclass=Upper):
    greeting = "hi"
    def speak(self):
        return "hello"
print(Shouty.GREETING, Shouty().SPEAK(), hasattr(Shouty, "greeting"))
class M1(type): pass
class M2(type): pass
class A1(metaclass=M1): pass
class A2(metaclass=M2): pass
try:
    class Both(A1, A2):
        pass
except TypeError as e:
    print("TypeError:", e)
Dyn = type("Dyn", (object,), {"__init__": lambda self, v: setattr(self, "v", v), "__repr__": lambda self: f"Dyn({self.v})"})
print(Dyn(3), [Dyn(i) for i in range(2)])
