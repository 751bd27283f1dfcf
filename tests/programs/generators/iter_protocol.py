# The iteration protocol: iter()/next() on built-in containers, iter(callable,
# sentinel), iterators are their own iterators, for/else and while/else,
# enumerate/zip/reversed/map/filter objects being lazy iterators, modifying
# a list while iterating, dict mutation during iteration errors.
for obj in ["ab", [1, 2], (3,), {"k": 0}, range(2), b"z", {7}]:
    it = iter(obj)
    print(next(it), iter(it) is it, it is not obj)
calls = [0]
def tick():
    calls[0] += 1
    return calls[0]
print(list(iter(tick, 4)), calls)
lines = iter(["a", "b", "", "c"])
print(list(iter(lambda: next(lines), "")))
for n in range(2, 10):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime", end="; ")
print()
for x in []:
    print("not run")
else:
    print("for-else on empty runs")
i = 0
while i < 3:
    i += 1
else:
    print("while-else after normal exit", i)
e = enumerate("abc", start=1)
z = zip("xy", [1, 2, 3])
r = reversed([1, 2, 3])
m = map(str.upper, "hi")
f = filter(None, [0, 1, "", "x"])
print(type(e).__name__, next(e), list(e), list(e))
print(type(z).__name__, list(z), next(r), list(r))
print(type(m).__name__, list(m), type(f).__name__, list(f))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(zip()), list(zip("a")), list(map(pow, [2, 3], [3, 2])))
nums = [1, 2, 3, 4, 5, 6]
for v in nums:
    if v % 2 == 0:
        nums.remove(v)
print(nums)
d = {1: "a", 2: "b"}
try:
    for k in d:
        d[k + 10] = "new"
except RuntimeError as err:
    print("RuntimeError:", err)
s = {1, 2}
try:
    for v in s:
        s.add(v + 10)
except RuntimeError as err:
    print("RuntimeError:", err)
data = [10, 20, 30]
it = iter(data)
data.append(40)
print(list(it))
it2 = iter(data)
next(it2)
data.clear()
print(list(it2))
class Tree:
    def __init__(self, v, kids=()):
        self.v, self.kids = v, kids
    def __iter__(self):
        yield self.v
        for k in self.kids:
            yield from k
t = Tree(1, [Tree(2, [Tree(4)]), Tree(3)])
print(list(t), sum(t), 4 in t, sorted(t, reverse=True))
a, b, *rest = Tree(0, [Tree(9), Tree(8), Tree(7)])
print(a, b, rest)
print(list(zip(*[(1, "a"), (2, "b")])), dict(zip("ab", zip("cd", "ef"))))
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as err:
    print("ValueError:", err)
