# list methods: append/extend/insert/pop/remove/index/count/clear/copy/
# reverse, +, *, +=, *=, in, equality and ordering, nested aliasing, errors.
xs = [3, 1, 4]
xs.append(1); xs.extend([5, 9]); xs.extend(range(2)); xs.extend("ab"); xs.insert(0, "first"); xs.insert(-1, "pen"); xs.insert(100, "end")
print(xs, len(xs))
print(xs.pop(), xs.pop(0), xs.pop(-2), xs, xs.index(4), xs.index(1, 2), xs.count(1), xs.count("zz"))
xs.remove(1); print(xs)
ys = xs.copy(); ys.reverse(); print(ys, xs is ys, xs == ys[::-1])
zs = [1, 2]; zs += [3]; zs += (4,); zs += "ab"; print(zs)
zs *= 2; print(zs, zs * 0, [0] * -1, [None] * 3)
alias = zs; alias.clear(); print(zs, alias, zs is alias)
grid = [[0] * 3] * 2; grid[0][0] = 1; print(grid)
grid = [[0] * 3 for _ in range(2)]; grid[0][0] = 1; print(grid)
print([1, 2] == [1, 2], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 9], [1, [2]] == [1, [2]])
print(3 in [1, 2, 3], 4 not in [1, 2, 3], [1] in [[1]], list("abc"), list(range(3)), list((1, 2)), list({1: "a"}))
print(list(), [].copy(), [[]] * 2, [1, 2, 3][-1], [x for x in []] == [])
errs = [
    lambda: [].pop(), lambda: [1].pop(5), lambda: [1, 2].remove(3), lambda: [1].index(2),
    lambda: [1][1], lambda: [1] + (2,), lambda: [1] * 1.5, lambda: [1, "a"].sort(), lambda: [].index(0, 0, 0),
]
for fn in errs:
    try:
        fn()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
st = []
for i in range(5):
    st.append(i * i)
while st:
    print(st.pop(), end=" ")
print()
a = [1, 2, 3]
b = a
a = a + [4]
print(a, b)
a = b
a += [4]
print(a, b, a is b)
lst = [5, 6, 7]
lst[1] = "x"; lst[-1] = [lst[0]]; print(lst)
del lst[0]; print(lst)
nested = [1, [2, [3, [4]]]]
print(nested[1][1][1][0], len(nested), str(nested), repr(["a", 'b"', "c'"]))
r = [1, 2]; r.append(r); print(r, len(r), r[2] is r)
