# TypeError messages for bad calls: missing/extra positional, unexpected and
# duplicate keywords, keyword-only and positional-only misuse, non-callables,
# bad ** mappings; each printed via try/except.
def two(a, b): pass
def kwo(a, *, k): pass
def po(a, b, /): pass
def dflt(a, b=1, *, c=2): pass
class K:
    def m(self, x): pass
    def __init__(self, v): pass
five, text, nothing = 5, "str", None
cases = [
    lambda: two(1),
    lambda: two(),
    lambda: two(1, 2, 3),
    lambda: two(1, b=2, c=3),
    lambda: two(1, a=1),
    lambda: kwo(1, 2),
    lambda: kwo(1),
    lambda: po(a=1, b=2),
    lambda: po(1, b=2),
    lambda: dflt(1, 2, 3),
    lambda: dflt(),
    lambda: dflt(1, d=4),
    lambda: K(1).m(),
    lambda: K(1).m(1, 2),
    lambda: K(),
    lambda: K(1, 2),
    lambda: five(),
    lambda: text(),
    lambda: nothing(),
    lambda: two(*1),
    lambda: two(**[1]),
    lambda: two(1, **{"b": 2, "a": 3}),
    lambda: (lambda: 0)(1),
    lambda: (lambda x, y: 0)(1),
    lambda: len(),
    lambda: len(1, 2),
    lambda: len(5),
    lambda: abs("x"),
    lambda: sorted([1], key=1),
    lambda: [].append(1, 2),
]
for i, c in enumerate(cases):
    try:
        c()
        print(i, "no error")
    except TypeError as e:
        print(i, e)
def three(a, b, c): pass
try:
    three(1)
except TypeError as e:
    print(e)
def many(a, b, c, d): pass
try:
    many(1, 2, d=4)
except TypeError as e:
    print(e)
def kws(*, x, y, z): pass
try:
    kws()
except TypeError as e:
    print(e)
