# Attribute hooks: __getattr__ (only for missing attributes), __getattribute__
# (for every lookup), __setattr__ and __delattr__ with object.__setattr__,
# getattr/setattr/delattr/hasattr builtins interacting with the hooks.
class Dyn:
    cls_attr = "from class"
    def __init__(self):
        self.real = "real value"
    def __getattr__(self, name):
        if name.startswith("auto_"):
            return name[5:].upper()
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")
d = Dyn()
print(d.real, d.cls_attr, d.auto_hello, getattr(d, "auto_x"), hasattr(d, "auto_y"), hasattr(d, "nope"))
try:
    d.nope
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(d, "nope", "fallback"))
class Recorder:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __setattr__(self, name, value):
        self.log.append(("set", name, value))
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append(("del", name))
        object.__delattr__(self, name)
r = Recorder()
r.a = 1
setattr(r, "b", 2)
r.a += 10
del r.b
print(r.a, r.log, hasattr(r, "b"), sorted(vars(r)))
class Audit:
    def __init__(self):
        self.hits = 0
        self.x = 5
    def __getattribute__(self, name):
        if name not in ("hits", "__dict__", "__class__"):
            object.__setattr__(self, "hits", object.__getattribute__(self, "hits") + 1)
        return object.__getattribute__(self, name)
    def method(self):
        return "called"
a = Audit()
a.x; a.x; a.method()
print(a.hits, a.x, a.hits)
class Both:
    def __getattribute__(self, name):
        if name == "boom":
            raise AttributeError("getattribute declined")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return f"__getattr__ got {name}"
b = Both()
print(b.boom, b.other, b.__class__.__name__)
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
    def __getattr__(self, name):
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        setattr(self._target, name, value)
class Target:
    def __init__(self): self.v = 1
    def show(self): return f"Target v={self.v}"
t = Target()
p = Proxy(t)
p.v = 99
print(p.show(), t.v, p.v, "v" in vars(p))
class ReadOnly:
    __slots__ = ()
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name}")
try:
    ReadOnly().z = 1
except AttributeError as e:
    print("AttributeError:", e)
class Defaults:
    def __getattr__(self, name):
        return None
dd = Defaults()
dd.set_one = 1
print(dd.set_one, dd.anything, dd.__class__.__name__, getattr(dd, "zzz", "unused"))
try:
    setattr(dd, 5, 1)
except TypeError as e:
    print("TypeError:", e)
