# Function objects: __name__, __qualname__, __doc__, __defaults__,
# __kwdefaults__, __annotations__, __module__, arbitrary attributes,
# functions as values (stored, passed, compared), callable().
def top(a, b=1, *, c=2) -> int:
    """Top-level doc."""
    return a
class Holder:
    def method(self):
        def inner():
            pass
        return inner
print(top.__name__, top.__qualname__, top.__doc__, top.__defaults__, top.__kwdefaults__, top.__module__)
print(Holder.method.__qualname__, Holder().method().__qualname__, Holder.method.__name__, (lambda: 0).__name__)
def nodoc():
    pass
print(nodoc.__doc__, nodoc.__defaults__, nodoc.__kwdefaults__, top.__annotations__, nodoc.__annotations__)
top.counter = 5
top.counter += 1
print(top.counter, getattr(top, "missing", "absent"), hasattr(top, "counter"))
renamed = top
renamed.__name__ = "renamed"
print(top.__name__, renamed is top, top == renamed, top != nodoc)
ops = {"add": lambda x, y: x + y, "mul": lambda x, y: x * y}
print({k: f(3, 4) for k, f in ops.items()})
def apply(fn, *args):
    return fn(*args)
print(apply(max, 3, 9, 2), apply(str.upper, "hi"), apply(lambda: "none"), apply(top, 7))
print(callable(top), callable(Holder), callable(Holder()), callable(len), callable("s"), callable(None))
print(type(top).__name__, type(len).__name__, type(Holder().method).__name__, type(lambda: 0).__name__)
bound = Holder().method
print(bound.__name__, bound.__self__.__class__.__name__, bound.__func__ is Holder.method)
def doc_multi():
    """First line.

    More text.
    """
print(repr(doc_multi.__doc__))
def make(n):
    def f():
        return n
    f.__doc__ = "made %d" % n
    return f
fs = [make(i) for i in range(3)]
print([f() for f in fs], [f.__doc__ for f in fs], fs[0] is fs[1], fs[0].__qualname__)
print(str(type(print)), repr(len)[:20], repr(top).startswith("<function top at 0x"))
