# sorting: list.sort and sorted with key/reverse, stability, tuples, mixed
# int/float, strings, key functions returning tuples, errors on mixed types.
data = [5, 2, 9, 1, 5, 6, -3, 0, 2.5, -0.5]
print(sorted(data), sorted(data, reverse=True), data)
data.sort(); print(data)
data.sort(key=abs); print(data)
data.sort(key=lambda v: -v, reverse=True); print(data)
words = ["banana", "Apple", "cherry", "date", "Elder", "fig", "apple"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w)), sorted(words, key=lambda w: w[-1]))
# stability: equal keys keep their input order, also with reverse=True
people = [("ann", 30), ("bob", 25), ("cid", 30), ("dee", 25), ("eve", 35), ("fay", 30)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
by_age_then_name = sorted(sorted(people, key=lambda p: p[0], reverse=True), key=lambda p: p[1])
print(by_age_then_name)
print(sorted([(1, "b"), (1, "a"), (0, "z"), (1, "a", 0)]), sorted([[3], [1, 2], [1], []]))
print(sorted("hello world"), sorted({3: "c", 1: "a", 2: "b"}), sorted((3, 1, 2)), sorted(range(5, 0, -1)))
print(sorted([True, False, 2, 1.5, 0]), sorted([10 ** 20, -(10 ** 20), 0, 1e19]), sorted([]))
big = [(i * 7919) % 1000 for i in range(1000)]
s1 = sorted(big)
print(s1[:10], s1[-5:], s1 == sorted(big, reverse=True)[::-1], all(s1[i] <= s1[i + 1] for i in range(999)))
calls = []
def key(v):
    calls.append(v)
    return -v
print(sorted([3, 1, 2], key=key), calls)
for bad in [[1, "a"], [None, 1], [[1], (1,)]]:
    try:
        sorted(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    [3, 1].sort(lambda v: v)
except TypeError as e:
    print("TypeError:", e)
xs = [3, 1, 2]
print(xs.sort(), xs, sorted(xs, key=None), min(people, key=lambda p: p[1]), max(people, key=lambda p: p[1]))
class Card:
    def __init__(self, rank): self.rank = rank
    def __lt__(self, other): return self.rank < other.rank
    def __repr__(self): return "C%d" % self.rank
print(sorted([Card(3), Card(1), Card(2)]), max([Card(3), Card(9), Card(2)], key=lambda c: c.rank))
