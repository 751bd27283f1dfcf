# Generator expressions: laziness (side effects happen on demand), single
# use, the first iterable evaluated eagerly, nested genexprs, as sole call
# argument, in any/all short-circuit, generator object attributes.
log = []
def src(n):
    for i in range(n):
        log.append(f"produce {i}")
        yield i
gen = (x * 10 for x in src(3))
print(log, type(gen).__name__)
print(next(gen), log)
print(list(gen), log)
print(list(gen), "(exhausted)")
def boom():
    raise RuntimeError("first iterable evaluated eagerly")
try:
    (x for x in boom())
except RuntimeError as e:
    print("RuntimeError:", e)
lazy = (1 / x for x in [1, 0])
print(next(lazy))
try:
    next(lazy)
except ZeroDivisionError as e:
    print("ZeroDivisionError on demand:", e)
print(sum(x * x for x in range(10)), max(len(w) for w in "a bb ccc".split()), "-".join(str(i) for i in range(4)))
print(sorted((x % 3, x) for x in range(6)), dict((c, ord(c)) for c in "ab"), set(x % 2 for x in range(9)) == {0, 1})
checked = []
def pred(v):
    checked.append(v)
    return v > 2
print(any(pred(v) for v in [1, 2, 3, 4, 5]), checked)
checked.clear()
print(all(pred(v) for v in [5, 4, 1, 9]), checked)
matrix = [[1, 2], [3, 4]]
flat = (v for row in matrix for v in row)
pairs = ((a, b) for a in range(3) for b in range(a))
print(list(flat), list(pairs))
nested = (sum(inner) for inner in ((i * j for j in range(3)) for i in range(3)))
print(list(nested))
g2 = (i for i in range(3))
print(iter(g2) is g2, next(g2), [*g2])
evens = (n for n in range(20) if n % 2 == 0)
squares = (n * n for n in evens)
big = (s for s in squares if s > 50)
print(list(big))
x = 10
g3 = (x + i for i in range(3))
x = 100
print(list(g3))
print(tuple(c.upper() for c in "hey"), list(zip((i for i in "abc"), (j for j in range(10)))))
