# yield from: delegation to sub-generators and iterables, the return value
# of the sub-generator as the value of the expression, send() and throw()
# forwarded to the innermost generator, close() propagating, nested chains.
def inner(tag):
    received = []
    while True:
        x = yield f"{tag} ready"
        if x is None:
            return (tag, received)
        received.append(x)
def outer():
    r1 = yield from inner("A")
    print("outer got", r1)
    r2 = yield from inner("B")
    print("outer got", r2)
    return "outer done"
g = outer()
print(next(g), g.send(1), g.send(2))
print(g.send(None))
print(g.send(3))
try:
    g.send(None)
except StopIteration as e:
    print("result:", e.value)
def flatten(items):
    for it in items:
        if isinstance(it, list):
            yield from flatten(it)
        else:
            yield it
print(list(flatten([1, [2, [3, [4, 5]], 6], [[7]]])))
def from_iterables():
    yield from range(3)
    yield from "ab"
    yield from {"k": 1}
    r = yield from []
    yield r
print(list(from_iterables()))
def catching_inner():
    while True:
        try:
            yield "inner waiting"
        except KeyError as e:
            yield f"inner handled {e}"
def delegator():
    try:
        yield from catching_inner()
    except ValueError as e:
        yield f"delegator handled {e}"
d = delegator()
print(next(d), d.throw(KeyError("k")), next(d), d.throw(ValueError("v")))
def closing_inner():
    try:
        yield 1
        yield 2
    finally:
        print("inner closed")
def closing_outer():
    try:
        yield from closing_inner()
    finally:
        print("outer closed")
co = closing_outer()
print(next(co))
co.close()
def depth(n):
    if n == 0:
        return 0
    got = yield from depth(n - 1)
    yield n
    return got + n
gen = depth(4)
print(list(gen))
def total_of(n):
    result = yield from depth(n)
    yield f"sum={result}"
print(list(total_of(5)))
def averager():
    total, count = 0.0, 0
    while True:
        v = yield
        if v is None:
            return total / count
        total += v
        count += 1
def grouper(results, key):
    while True:
        results[key] = yield from averager()
results = {}
for key, values in {"a": [1, 2, 3], "b": [10, 20]}.items():
    grp = grouper(results, key)
    next(grp)
    for v in values:
        grp.send(v)
    grp.send(None)
print(results)
