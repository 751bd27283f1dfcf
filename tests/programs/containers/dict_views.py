# dict views: keys/values/items are live, support len/in/iteration/reversed,
# keys and items support set operations; dict comprehensions; iteration
# order; dict equality ignoring order; views compare.
d = {"a": 1, "b": 2, "c": 3}
ks, vs, its = d.keys(), d.values(), d.items()
print(ks, vs, its, len(ks), "a" in ks, 2 in vs, ("b", 2) in its, ("b", 3) in its)
d["d"] = 4
del d["a"]
print(list(ks), list(vs), list(its), len(its))
print(list(reversed(d)), list(reversed(d.values())), list(reversed(d.items())))
print(sorted(ks & {"b", "z"}), sorted(ks | {"z"}), sorted(ks - {"b"}), sorted(ks ^ {"b", "q"}), ks == {"b", "c", "d"})
print(sorted(its & {("b", 2), ("c", 0)}), d.keys() <= {"b", "c", "d", "e"}, ks.isdisjoint(["x"]), type(ks).__name__)
print(type(vs).__name__, type(its).__name__, vs == vs, list(d.values()) == [2, 3, 4])
for k, v in d.items():
    print(k, v, end="; ")
print()
for i, k in enumerate(d):
    print(i, k, d[k], end="; ")
print()
sq = {n: n * n for n in range(6) if n % 2 == 0}
inv = {v: k for k, v in sq.items()}
print(sq, inv, {k: [k] * k for k in range(3)}, {c: ord(c) for c in "hey"})
print({1: "a", 2: "b"} == {2: "b", 1: "a"}, list({1: 0, 2: 0}) == list({2: 0, 1: 0}))
words = "the quick brown the lazy the end quick".split()
index = {}
for pos, w in enumerate(words):
    index.setdefault(w, []).append(pos)
print(index)
print(max(index, key=lambda w: len(index[w])), sorted(index, key=lambda w: (len(index[w]), w)))
nested = {"x": {"y": {"z": 1}}}
nested["x"]["y"]["w"] = 2
print(nested, nested["x"]["y"].get("z"), list(nested["x"].items()))
keys_copy = list(d)
for k in keys_copy:
    if d[k] % 2 == 0:
        del d[k]
print(d)
big = {i: i * 2 for i in range(1000)}
for i in range(0, 1000, 3):
    del big[i]
print(len(big), list(big)[:5], sum(big.values()), 999 in big, 998 in big)
big.update({i: -i for i in range(0, 30, 3)})
print(list(big.items())[-3:], len(big))
