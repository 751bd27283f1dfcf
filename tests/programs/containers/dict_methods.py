# dict: construction forms, get/setdefault/pop/popitem/update/fromkeys/copy/
# clear, | and |=, insertion ordering (incl. delete + reinsert), equality,
# KeyError messages, recursive repr, keys of mixed hashable types.
d = dict(a=1, b=2)
print(d, dict([("x", 1), ("y", 2)]), dict({"k": 0}, z=9), dict(zip(range(3), "abc")), {}, dict())
d["c"] = 3; d["a"] = 100
print(d, len(d), d["b"], d.get("q"), d.get("q", "dflt"), "a" in d, 100 in d, list(d))
print(d.setdefault("a", 0), d.setdefault("n", []), d)
d["n"].append(1)
print(d.pop("n"), d.pop("missing", "none"), d)
print(d.popitem(), d)
d.update({"b": 20, "e": 5}); d.update([("f", 6)]); d.update(g=7); print(d)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), d.copy() == d, d.copy() is d)
order = {}
for k in ["z", "a", "m"]:
    order[k] = len(order)
del order["z"]
order["z"] = "back"
order["a"] = "updated"
print(order, list(order.keys()))
e = {1: "a", 2: "b"}
f = {2: "B", 3: "C"}
print(e | f, f | e, {**e, **f})
e |= f
print(e, e == {3: "C", 2: "B", 1: "a"}, {1: 2} == {1: 2.0}, {1: 2} != {1: 3})
mixed = {1: "int", 1.5: "float", "1": "str", (1,): "tuple", None: "none", True: "bool?", frozenset({1}): "fs"}
print(mixed, mixed[1], mixed[1.0])
try:
    {}["missing"]
except KeyError as e:
    print("KeyError:", e, repr(e), e.args)
try:
    {}[(1, 2)]
except KeyError as e:
    print("KeyError:", e)
try:
    {}.pop("nope")
except KeyError as e:
    print("KeyError:", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError:", e)
rec = {"self": None}
rec["self"] = rec
print(rec)
cleared = {1: 1}
alias = cleared
cleared.clear()
print(cleared, alias, len(alias))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
groups = {}
for w in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(w[0], []).append(w)
print(groups)
try:
    for k in counts:
        counts[k + "x"] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
