# list/set/dict comprehensions and generator expressions: nesting, multiple
# for/if clauses, scoping (loop variable does not leak), closures over the
# loop variable, walrus inside, comprehension over class attributes.
print([x * x for x in range(8)], [x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)], [[y for y in range(x)] for x in range(4)])
print([c.upper() for c in "abc" if c != "b"], [x if x % 2 else -x for x in range(6)])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i in range(3) for row in matrix], [[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row if v % 2], sum(v for row in matrix for v in row))
print(sorted({x % 4 for x in range(20)}), {x: x ** 2 for x in range(5)}, {k: v for k, v in zip("abc", range(3)) if v})
print({v: k for k, v in {"a": 1, "b": 2}.items()}, {(i, j): i * j for i in range(2) for j in range(2)})
x = "outer"
squares = [x for x in range(3)]
print(x, squares)
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
print([y for x in range(6) if (y := x * 10) > 20], y)
total = 0
running = [total := total + v for v in [1, 2, 3, 4]]
print(running, total)
class Config:
    names = ["a", "b"]
    upper = [n.upper() for n in names]
    pairs = [(n, m) for n in names for m in range(2)]
print(Config.upper, Config.pairs)
def outer():
    factor = 3
    return [v * factor for v in range(4)], {v: factor for v in "ab"}
print(outer())
gen = (n * 2 for n in range(5))
print(type(gen).__name__, next(gen), list(gen), list(gen))
print(list(x for x in "abc"), tuple(i for i in range(3)), set(i % 2 for i in range(5)), dict((i, str(i)) for i in range(3)))
print(max(len(w) for w in ["a", "abc", "ab"]), any(v > 2 for v in [1, 2, 3]), "".join(str(d) for d in range(5)))
print([[(r, c) for c in range(2)] for r in range(2)], [i for i in range(3) for _ in range(2)])
try:
    [undefined_thing for _ in range(1)]
except NameError as e:
    print("NameError:", e)
print([n for n in range(30) if all(n % d for d in range(2, n)) and n > 1])
