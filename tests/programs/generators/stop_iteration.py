# StopIteration semantics: return value in e.value, exhausted generators stay
# exhausted, StopIteration raised inside a generator becomes RuntimeError
# (PEP 479), next() with default, iterators built by hand, for loops
# swallowing StopIteration, and manual iteration protocol.
def gen_return():
    yield 1
    return "the value"
g = gen_return()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("value:", e.value, "args:", e.args)
try:
    next(g)
except StopIteration as e:
    print("again:", e.value)
print(next(g, "default"), list(g))
def leaky():
    yield 1
    raise StopIteration("inside generator")
try:
    list(leaky())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
def next_inside():
    it = iter([])
    yield next(it)
try:
    for _ in next_inside():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
def safe_next():
    it = iter([1])
    while True:
        try:
            yield next(it)
        except StopIteration:
            return
print(list(safe_next()))
class Count:
    def __init__(self, limit):
        self.i, self.limit = 0, limit
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.limit:
            raise StopIteration
        self.i += 1
        return self.i
c = Count(3)
print(list(c), list(c), next(c, "done"))
it = iter([1, 2])
print(next(it), next(it), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("list iterator StopIteration:", repr(e))
e = StopIteration(5)
print(e.value, StopIteration().value, StopIteration(1, 2).value)
def empty_gen():
    return
    yield
print(list(empty_gen()), next(empty_gen(), "empty"))
def gen_with_return_none():
    yield "x"
    return
g = gen_with_return_none()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value None:", e.value is None)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
