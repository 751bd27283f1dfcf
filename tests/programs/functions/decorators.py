# Decorators: plain, with arguments, stacked (application order), class-based,
# preserving metadata by hand, decorating methods, returning a different object,
# decorators that register, and decorator evaluation order.
def trace(fn):
    def wrapper(*args, **kwargs):
        print(f"-> {fn.__name__}{args}")
        result = fn(*args, **kwargs)
        print(f"<- {fn.__name__} = {result!r}")
        return result
    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    wrapper.__wrapped__ = fn
    return wrapper
@trace
def add(a, b):
    """adds"""
    return a + b
add(2, 3)
print(add.__name__, add.__doc__, add.__wrapped__(1, 1))
def repeat(times):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(times)]
        return wrapper
    return deco
@repeat(3)
def hello(name):
    return "hi " + name
print(hello("bob"))
def tag(label):
    print("making", label)
    def deco(fn):
        print("applying", label, "to", fn.__name__)
        def wrapper():
            return f"<{label}>{fn()}</{label}>"
        return wrapper
    return deco
@tag("b")
@tag("i")
def text():
    return "x"
print(text())
class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0
    def __call__(self, *args):
        self.calls += 1
        return self.fn(*args)
@CountCalls
def square(n):
    return n * n
print(square(3), square(4), square.calls, type(square).__name__)
REGISTRY = {}
def register(name=None):
    def deco(fn):
        REGISTRY[name or fn.__name__] = fn
        return fn
    return deco
@register()
def alpha(): return "A"
@register("beta-name")
def beta(): return "B"
print(sorted(REGISTRY), REGISTRY["beta-name"](), alpha is REGISTRY["alpha"])
def replace_with_value(fn):
    return 42
@replace_with_value
def gone():
    pass
print(gone)
def method_logger(fn):
    def wrapper(self, *a):
        return f"{type(self).__name__}.{fn.__name__}{a} -> {fn(self, *a)}"
    return wrapper
class Calc:
    @method_logger
    def double(self, v):
        return v * 2
print(Calc().double(21))
@lambda fn: (lambda *a: fn(*a) * 10)
def base(v):
    return v + 1
print(base(1))
def memo(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))
