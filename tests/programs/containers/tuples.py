# tuples: construction, single-element syntax, packing/unpacking, nesting,
# immutability, methods, comparison, hashing (as dict keys), concatenation.
t = (1, "two", 3.0, None, [5])
print(t, len(t), t[1], t[-1], t[1:3], t[::-1], type(t).__name__, (), (1,), tuple(), tuple("ab"), tuple([1, 2]))
one = 1,
print(one, (1), type((1)).__name__, type((1,)).__name__, (1, 2) + (3,), (0,) * 3, 2 * ("a", "b"))
a, b, c = "xyz"
print(a, b, c)
(p, q), r = (1, 2), 3
print(p, q, r)
first, *middle, last = range(6)
print(first, middle, last)
*init, tail = (1,)
print(init, tail)
x, y = 1, 2
x, y = y, x
print(x, y)
print(t.count(None), (1, 2, 1, 1).count(1), (5, 6, 7).index(7), (1, 2, 3, 2).index(2, 2))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99), (1, "a") == (1, "a"), () < (0,), (1, 2) != (2, 1))
d = {(0, 0): "origin", (1, 2): "point"}
print(d[(1, 2)], d[0, 0], (1, 2) in d, hash((1, 2)) == hash((1, 2)), hash(()) == hash(()))
t[4].append(6)
print(t)
def assign():
    t[0] = 1
for bad in [assign, lambda: hash(([1],)), lambda: (1, 2).index(9), lambda: (1,)[5], lambda: (1,) + [2]]:
    try:
        bad()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
try:
    a, b = (1, 2, 3)
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = (1, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    a, *b, c = (1,)
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError:", e)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], [s for pair in nested for s in (pair if isinstance(pair, tuple) else (pair,))])
print(sorted([(2, "b"), (1, "z"), (2, "a")]), max((1, 2), (1, 3)), min([(0, "x"), (0, "a")]))
print(tuple(sorted((3, 1, 2))), tuple(reversed((1, 2, 3))), list(enumerate((9, 8))), (1, 2, 3)[True])
def multi():
    return 1, [2], "three"
res = multi()
n1, n2, n3 = multi()
print(res, n1, n2, n3, repr(("a",)), str((1.5, None, True)))
