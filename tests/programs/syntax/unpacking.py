# Star-unpacking and iterable unpacking: targets with *rest in all
# positions, nested targets, unpacking in for loops, * and ** in calls and
# literals (list, tuple, set, dict), swapping, unpacking strings/ranges/
# generators/dicts, error messages for wrong counts.
a, b, c = 1, 2, 3
print(a, b, c)
first, *rest = [1, 2, 3, 4]
*init, last = "hello"
head, *mid, tail = range(6)
x, *y = [1]
print(first, rest, init, last, head, mid, tail, x, y)
(p, q), [r, s] = "ab", (3, 4)
((n1, n2), n3), *more = [((1, 2), 3), 4, 5]
print(p, q, r, s, n1, n2, n3, more)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v, end="; ")
print()
for first, *others in [(1, 2, 3), (4,), "xy"]:
    print(first, others, end="; ")
print()
a, b = b, a
a, b, c = c, a, b
print(a, b, c)
print([*range(3), *"ab", *(9,)], (*[1, 2], 3), {*[1, 2], *{2, 3}}, [*[], *()])
d1, d2 = {"a": 1, "b": 2}, {"b": 20, "c": 30}
print({**d1, **d2}, {**d2, **d1}, {**d1, "a": 100}, {"a": 100, **d1}, dict(**d1, z=0))
def f(*args, **kwargs):
    return args, kwargs
print(f(*[1, 2], *(3,), 4, **{"x": 1}, y=2, **{"z": 3}))
try:
    f(**{"x": 1}, **{"x": 2})
except TypeError as e:
    print("TypeError:", e)
k1, k2 = {"one": 1, "two": 2}
g1, g2, g3 = (n * n for n in range(3))
s1, s2 = sorted({5, 4})
print(k1, k2, g1, g2, g3, s1, s2)
lst = [0, 0, 0]
lst[0], lst[2] = "first", "third"
obj = type("O", (), {})()
obj.a, obj.b = 1, 2
print(lst, obj.a, obj.b)
i = 0
arr = [10, 20]
i, arr[i] = 1, "changed"
print(i, arr)
for bad in ["a, b = [1, 2, 3]", "a, b, c = [1]", "a, *b, c, d = 'xy'", "a, b = None", "*a, = 5"]:
    try:
        exec(bad)
    except (ValueError, TypeError) as e:
        print(repr(bad), type(e).__name__ + ":", e)
*everything, = range(4)
print(everything)
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [*map(sum, zip(*matrix))])
a = b = c = [1]
a.append(2)
print(a, b, c, a is c)
x = y = 5
x += 1
print(x, y)
