# Object-introspection built-ins: getattr/setattr/hasattr/delattr, vars,
# dir (filtered to names without dunders, sorted), id (compared, never
# printed), type, callable, repr/ascii/str, format, hash consistency,
# isinstance with builtin types, type() of builtins' results.
class Box:
    kind = "box"
    def __init__(self):
        self.a = 1
        self._b = 2
    def method(self):
        return "m"
b = Box()
print(getattr(b, "a"), getattr(b, "kind"), getattr(b, "zz", "default"), hasattr(b, "method"), hasattr(b, "zz"))
setattr(b, "c", 3)
delattr(b, "a")
print(vars(b), sorted(vars(Box).keys() - {"__dict__", "__weakref__", "__module__", "__doc__", "__firstlineno__", "__static_attributes__"}))
print([n for n in dir(b) if not n.startswith("__")], [n for n in dir(Box) if not n.startswith("__")])
print([n for n in dir([]) if not n.startswith("_")])
print([n for n in dir("") if not n.startswith("_")][:12], "split" in dir(str))
x = [1]
y = x
z = [1]
print(id(x) == id(y), id(x) == id(z), x is y, x is not z, type(id(x)).__name__, id(None) == id(None))
print(type(1), type("s"), type(None), type([]), type(type), type(Box), type(b).__name__, type(len))
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("\\"), repr("\x00\t"), ascii("é\u2603"), str(b"x"), str(None))
print(repr(1.0), repr(-0.0), repr([1, "a", None]), repr((1,)), repr({"k": [1]}), repr(set()), repr(frozenset({1})), repr(range(3)))
print(format(3.14159, ".2f"), format(42, "05d"), format("s", ">3"), format(255, "#x"), format(1234567, ","), format(0.5, "%"))
print(hash("abc") == hash("abc"), hash((1, "a")) == hash((1, "a")), hash(1) == hash(1.0) == hash(True), hash(frozenset()) == hash(frozenset()))
print(callable(print), callable(Box), callable(b), callable(b.method), callable(1), callable(lambda: 0), callable(type))
for bad in [lambda: getattr(b, "missing"), lambda: delattr(b, "missing"), lambda: vars(5), lambda: getattr(b, 5)]:
    try:
        bad()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(type(vars()).__name__, "Box" in vars(), "Box" in globals(), globals() is vars())
def local_scope():
    inner_var = 1
    return sorted(locals().keys()), sorted(vars().keys())
print(local_scope())
print(getattr(str, "upper")("x"), getattr([3, 1, 2], "index")(2), getattr(5, "bit_length")(), getattr(b, "method")())
