# Iteration built-ins: enumerate (start), zip (uneven, strict), map (several
# iterables), filter (None and predicate), reversed (sequences, ranges,
# dicts, custom __reversed__), sorted, all/any on edge cases, iter/next,
# list/tuple/dict/set constructors from iterators, len on every container.
print(list(enumerate("abc")), list(enumerate([], 5)), list(enumerate(range(3), start=-1)), dict(enumerate("xy")))
print(list(zip([1, 2, 3], "ab")), list(zip(range(3), range(10, 13), "xyz")), list(zip()), list(zip([])))
print(list(map(len, ["a", "bb"])), list(map(lambda a, b, c: a + b + c, [1, 2], [10, 20], [100, 200, 300])), list(map(str, range(3))))
print(list(filter(None, [0, 1, "", "a", None, [], [0], False, True])), list(filter(lambda v: v > 1, [3, 1, 2])), list(filter(str.isdigit, "a1b22")))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(5))), list(reversed((1, 2))), list(reversed({"a": 1, "b": 2})), list(reversed({}.keys())))
print(sorted([3, 1, 2]), sorted("bca"), sorted({3: 0, 1: 0}), sorted([3, 1, 2], reverse=True), sorted(["b", "A", "c"], key=str.lower))
print(all([]), any([]), all([1, [], 2]), any([0, "", None, 3]), all(x > 0 for x in [1, 2]), any(iter([])), all("abc"), any([[]]))
it = iter(range(3))
print(next(it), next(it), next(it), next(it, "end"), next(iter("z")))
print(list(range(3)), tuple("ab"), set([1, 1, 2]), dict([("a", 1), ["b", 2]]), list({"k": 1}.items()), tuple(x * 2 for x in range(3)))
print(len("abc"), len([1, 2]), len((1,)), len({"a": 1}), len({1, 2, 3}), len(range(10, 0, -3)), len(b"xy"), len(frozenset()), len(""))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
try:
    reversed(x for x in [1])
except TypeError as e:
    print("TypeError:", e)
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(map(None, [1]))
except TypeError as e:
    print("TypeError:", e)
try:
    enumerate(5)
except TypeError as e:
    print("TypeError:", e)
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration", repr(e))
names = ["ann", "bob", "cy"]
ages = [31, 25, 40]
for i, (n, a) in enumerate(zip(names, ages), 1):
    print(i, n, a, end=" | ")
print()
print(dict(zip(names, ages)), sorted(zip(ages, names)), max(zip(ages, names))[1], list(zip(*zip(names, ages))))
print(list(map(lambda p: p[0] * p[1], enumerate([5, 5, 5]))), sum(map(int, "12345")), "".join(map(chr, range(97, 102))))
print(list(filter(lambda kv: kv[1] > 1, {"a": 1, "b": 2}.items())), sorted(filter(None, map(lambda v: v % 3, range(7)))))
