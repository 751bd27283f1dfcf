# __slots__ loads and stores through the attribute caches (LOAD_ATTR's
# data-descriptor entry, STORE_ATTR's member entry): every loop runs the
# same instructions often enough to fill and then use the caches, and each
# section changes something the cached entry must notice.


class P:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


def move(p, n):
    for i in range(n):
        p.x = p.x + 1
        p.y = p.y * 2 % 1000
    return p.x, p.y


p = P(0, 1)
print(move(p, 50))


# A subclass with more slots: the entry is keyed by the exact type.
class Q(P):
    __slots__ = ("z",)


q = Q(10, 3)
q.z = "z"
print(move(q, 50), q.z)
print(move(p, 5))


# Unset slot: the cached load raises AttributeError, a store sets it again.
def read_x(o):
    try:
        return o.x
    except AttributeError as e:
        return "AttributeError: %s" % e


for i in range(3):
    print(read_x(p))
del p.x
print(read_x(p))
p.x = 7
print(read_x(p))
try:
    del p.x
    del p.x
except AttributeError as e:
    print("AttributeError:", e)
p.x = 8


# The class replaces its member with a property: the cached store and load
# must go through the property from then on.
def poke(o, n):
    out = []
    for i in range(n):
        o.x = i
        out.append(o.x)
    return out


print(poke(p, 30)[-3:])
saved = P.x
log = []
P.x = property(lambda self: "prop", lambda self, v: log.append(v))
print(poke(p, 3), log)
P.x = saved
print(poke(p, 2), read_x(p))


# A descriptor applied to the wrong type fails as CPython does.
try:
    P.__dict__["x"].__set__(object(), 1)
except TypeError as e:
    print("TypeError:", e)
try:
    P.__dict__["y"].__get__(42)
except TypeError as e:
    print("TypeError:", e)

# Values replaced in a slot are released (a __del__ sees it at once).
class Noisy:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print("del", self.tag)


holder = P(Noisy("a"), 0)
for tag in ("b", "c"):
    holder.x = Noisy(tag)
print("end", holder.x.tag)
