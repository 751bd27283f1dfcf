# range and slice objects: attributes, len, indexing, slicing a range,
# membership, index/count, reversed, equality, repr, negative steps,
# slice.indices(), and errors.
r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[2:4], r[::-1], list(r[::-1]), r.start, r.stop, r.step)
print(8 in r, 9 in r, r.index(11), r.count(11), r.count(12), 3.0 in range(5), "x" in range(3))
print(range(5), range(0), range(-3), list(range(10, 0, -2)), list(range(0, -10, -3)), list(range(5, 5)), len(range(5, 0)))
print(range(0) == range(5, 5), range(0, 3) == range(3), range(1, 10, 2) == range(1, 11, 2), range(3) == [0, 1, 2])
print(list(reversed(range(4))), list(reversed(range(1, 10, 4))), sum(range(101)), max(range(7)), min(range(3, 9)))
huge = range(10 ** 20)
print(len(range(10 ** 6)), huge[-1], 10 ** 19 in huge, huge[10 ** 19], huge[::10 ** 19][1], len(range(0, 10 ** 18, 7)))
print(range(10)[3:], range(10)[-3:], range(10)[::2], range(10)[5:1:-1], range(0, 10, 3)[1:], bool(range(0)), bool(range(1)))
try:
    range(3)[3]
except IndexError as e:
    print("IndexError:", e)
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    range(5).index(7)
except ValueError as e:
    print("ValueError:", e)
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(3), slice(1, 2), slice(None), s == slice(1, 10, 2), repr(slice("a", None)))
for sl in [slice(None), slice(2, None), slice(-3, None), slice(None, -1), slice(None, None, -1), slice(100, -100, -1), slice(-100, 100, 3), slice(5, 2)]:
    print(sl, sl.indices(10), list(range(10))[sl], "abcdefghij"[sl])
try:
    slice(0, 1, 0).indices(5)
except ValueError as e:
    print("ValueError:", e)
i = 0
total = 0
for v in range(3, 100, 7):
    total += v * i
    i += 1
print(total, i)
n = 0
for a in range(3):
    for b in range(a, 3):
        n += 1
print(n, [list(range(k)) for k in range(4)], list(zip(range(3), range(10, 0, -1))))
