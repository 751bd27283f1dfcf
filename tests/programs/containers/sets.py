# set and frozenset over small ints (deterministic order): operators and
# methods, in-place updates, comparisons, frozenset hashing, set of frozensets.
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b, a <= b, {1, 2} < a, a >= {1}, a > a, a == {4, 3, 2, 1})
print(a.union(b, [7]), a.intersection(b, {4}), a.difference([1], {2}), a.symmetric_difference(range(3, 9)))
print(a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({9}), a.isdisjoint(b))
s = set()
s.add(3); s.add(1); s.add(3); s.update([2, 5], (8,)); print(s, len(s))
s.discard(8); s.discard(100); s.remove(5); print(s)
try:
    s.remove(42)
except KeyError as e:
    print("KeyError:", e)
print(s.pop(), s)
c = {1, 2, 3}
c |= {4}; print(c)
c &= {2, 3, 4, 5}; print(c)
c -= {2}; print(c)
c ^= {3, 6}; print(c)
c.intersection_update([4, 6, 7]); print(c)
c.difference_update({6}); print(c)
c.symmetric_difference_update({1, 4}); print(c)
c.clear(); print(c, set(), len(c), bool(c))
fs = frozenset([3, 1, 2])
print(fs, frozenset(), fs | {9}, type(fs | {9}).__name__, type({9} | fs).__name__, fs == {1, 2, 3}, hash(fs) == hash(frozenset({1, 2, 3})))
sets_of = {frozenset({1, 2}), frozenset({2, 1}), frozenset({3})}
print(len(sets_of), frozenset({1, 2}) in sets_of, {fs: "key"}[frozenset((1, 2, 3))])
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
try:
    {{1}}
except TypeError as e:
    print("TypeError:", e)
try:
    fs.add(4)
except AttributeError as e:
    print("AttributeError:", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
try:
    a + b
except TypeError as e:
    print("TypeError:", e)
print(set([1, 1, 2]), set(range(5)), set((0,)), {x * 2 for x in range(5)}, sorted({-1, -5, 3}), 2 in {1, 2}, 2.0 in {2})
print({1, 2} == frozenset({1, 2}), {True, 1, 1.0}, len({0, False, 0.0}), {1, 2}.copy(), sorted(set("aab")) == ["a", "b"])
seen = set()
dupes = []
for n in [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]:
    if n in seen:
        dupes.append(n)
    seen.add(n)
print(sorted(seen), dupes, set(dupes))
print({i for i in range(100)} == set(range(100)), len({i % 7 for i in range(100)}), max({4, 9, 1}), min(frozenset({4, 9, 1})))
print(repr({1}), repr(frozenset({5})), str(set()), repr(frozenset()))
