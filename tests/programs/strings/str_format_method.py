# str.format: automatic and explicit indexes, keywords, attribute and item
# access in fields, conversions, nested specs, escaping, format_map, errors.
print("{} {} {}".format(1, "two", 3.0), "{0} {1} {0}".format("a", "b"), "{2}{1}{0}".format(*"xyz"))
print("{name} is {age}".format(name="Ann", age=5), "{0} {x}".format(1, x=2), "{}{{}}{}".format(1, 2))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
        self.tags = ["p", "q"]
p = Point(3, 4)
print("{0.x},{0.y}".format(p), "{p.x}-{p.tags[1]}".format(p=p), "{.y}".format(p))
data = {"k": [10, 20], "n": {"deep": "yes"}, 1: "int-key"}
print("{0[k]} {0[k][1]} {0[n][deep]} {d[k][0]}".format(data, d=data), "{0[1]}".format(["a", "b"]))
print("{0[1]}".format({1: "int key"}), "{0[a]}".format({"a": "str key"}), "{0[-1]}".format({"-1": "s"}))
print("{!r} {!s} {!a} {:>8}".format("é", "é", "é", "é"), "{0!r:>8}".format("é"), "{:>{w}.{p}f}|".format(3.14159, w=10, p=2))
print("{:{}{}{}}".format(7, "*", "^", 9), "{0:{1}}".format("x", 4) + "|", "{:%}".format(0.25), "{:,}".format(10 ** 9))
print("{0:b} {0:o} {0:x} {0:#X} {0:e}".format(1000), "{:c}".format(9731), "{:=+7}".format(-42))
print("Point({0.x!r}, {0.y!r})".format(p), "{0}{1}{0}".format("ab", "-"), "{:s}".format("s"))
print("{x}".format_map({"x": "mapped"}), "{a}{b}".format_map(dict(a=1, b=2)), "{}".format(None))
print("{:}".format(1.0), "{:10}|".format("left"), "{:10}|".format(12), "{:<10}|".format(12), "{:.3}".format("abcdef"))
errors = [
    ("{} {}", (1,), {}), ("{1}", (1,), {}), ("{x}", (), {}), ("{0[9]}", ([1],), {}),
    ("{0.nope}", (1,), {}), ("{", (), {}), ("}", (), {}), ("{0}{}", (1, 2), {}), ("{}{0}", (1, 2), {}),
    ("{!x}", (1,), {}), ("{:d}", ("s",), {}), ("{0[}", (1,), {}),
]
for fmt, args, kw in errors:
    try:
        print(fmt.format(*args, **kw))
    except (IndexError, KeyError, AttributeError, ValueError, TypeError) as e:
        print(repr(fmt), type(e).__name__ + ":", e)
