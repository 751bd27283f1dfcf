# functools: reduce, partial, wraps, lru_cache/cache, total_ordering, cmp_to_key, cached_property.
import functools
from functools import reduce, partial, wraps, update_wrapper, lru_cache, cache, total_ordering, cmp_to_key, cached_property

print(reduce(lambda a, b: a + b, [1, 2, 3]), reduce(lambda a, b: a * b, [], 5), reduce(max, [3, 9, 2]))
for thunk in [lambda: reduce(lambda a, b: a, []), lambda: reduce(lambda a, b: a, 1),
              lambda: partial(), lambda: partial(1), lambda: lru_cache('x')]:
    try:
        thunk()
    except Exception as e:
        print(type(e).__name__, e)

def f(a, b=2, *c, **d):
    return (a, b, c, d)
p = partial(f, 1, b=3)
print(p(x=5), p(), p.func is f, p.args, p.keywords)
p2 = partial(p, 9, y=1)
print(p2.args, p2.keywords, p2.func is f, partial(f, c=1)(0, z=0))
print(repr(partial(len, 'x')), repr(partial(print, 1, sep='-')))
basetwo = partial(int, base=2)
basetwo.__doc__ = 'Convert base 2 string to an int.'
print(basetwo('10010'), basetwo.__doc__)

@lru_cache(maxsize=2)
def sq(x):
    print('compute', x)
    return x * x
print(sq(2), sq(2), sq(3), sq(4), sq(2), sq.cache_info())
sq.cache_clear()
print(sq.cache_info(), sq.__name__, sq.__wrapped__.__name__, sq.cache_parameters())

@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info(), fib.cache_parameters())

@lru_cache
def g(x, y=1):
    return x + y
print(g(1), g(1, y=1), g(x=1), g(1), g.cache_info())

@lru_cache(maxsize=None, typed=True)
def t(x):
    return type(x).__name__
print(t(1), t(1.0), t(True), t.cache_info())

@lru_cache(maxsize=0)
def z(x):
    return x
print(z(1), z(1), z.cache_info())

class C:
    @lru_cache
    def m(self, x):
        return x * 2
print(C().m(4), C.m.__name__)

def deco(fn):
    @wraps(fn)
    def inner(*a, **k):
        "inner doc"
        return fn(*a, **k)
    return inner

@deco
def hello(name):
    "Say hello."
    return 'hello ' + name
print(hello('bob'), hello.__name__, hello.__doc__, hello.__wrapped__.__name__, hello.__qualname__)

def target():
    pass
target.extra = 42
def wrapper():
    pass
update_wrapper(wrapper, target)
print(wrapper.__name__, wrapper.extra, wrapper.__wrapped__ is target)

@total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
print(V(1) <= V(2), V(3) > V(2), V(2) >= V(2), V(1) > V(1), V(2) <= V(1))

@total_ordering
class W:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __ge__(self, o):
        return self.v >= o.v
print(W(1) < W(2), W(1) <= W(1), W(3) > W(2), sorted([W(3), W(1), W(2)], reverse=True)[0].v)
try:
    @total_ordering
    class Empty:
        pass
except ValueError as e:
    print(e)

print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
print(sorted(['bb', 'a', 'ccc'], key=cmp_to_key(lambda a, b: len(a) - len(b))))
k = cmp_to_key(lambda a, b: a - b)
print(k(1) < k(2), k(2) == k(2), k(5).obj)
try:
    k(1) < 3
except TypeError as e:
    print(e)

class A:
    @cached_property
    def x(self):
        print('calc')
        return 5
a = A()
print(a.x, a.x, 'x' in a.__dict__, type(A.x).__name__)
print(functools.WRAPPER_ASSIGNMENTS[:4], functools.WRAPPER_UPDATES)
