# An uncaught AttributeError from reading an unset __slots__ field of an
# object held in a local (the read that LOAD_FAST and LOAD_ATTR do together):
# after the read succeeded a few times; the traceback names the attribute read, with its line and carets.


class Point:
    __slots__ = ("x", "y")


def norm1(p):
    return p.x + (
        p.y)


pt = Point()
pt.x = 1
pt.y = 2
for _ in range(3):
    print(norm1(pt))  # the attribute caches are filled now
del pt.y
print("x only")
print(norm1(pt))
