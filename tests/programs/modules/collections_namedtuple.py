# collections.namedtuple: construction, fields, helpers, errors, subclassing.
from collections import namedtuple

Point = namedtuple('Point', 'x y')
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1], len(p), p == (1, 2), isinstance(p, tuple))
x, y = p
print(x, y, Point._fields, p._asdict(), p._replace(x=5), Point._make([3, 4]))
print(Point, Point.__name__, Point.__doc__, Point.x)
print(Point(y=7, x=8), hash(p) == hash((1, 2)), p + (3,), p[:1], sorted([Point(2, 1), Point(1, 2)]))
Q = namedtuple('Q', ['a', 'b', 'c'], defaults=[9])
print(Q(1, 2), Q._field_defaults, Q(1, 2, c=3))
R = namedtuple('R', 'a, b')
print(R(b=1, a=2), R.__match_args__)
print(namedtuple('E', '')(), namedtuple('S', 'a b a', rename=True)(1, 2, 3))
print(namedtuple('D', 'a b', defaults=(1, 2))())

for thunk in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, y=2, z=3),
              lambda: p._replace(z=1), lambda: Point._make([1]),
              lambda: namedtuple('1x', 'a'), lambda: namedtuple('X', 'a class'),
              lambda: namedtuple('X', 'a _b'), lambda: namedtuple('X', 'a a'),
              lambda: namedtuple('X', 'a', defaults=[1, 2]), lambda: setattr(p, 'x', 3),
              lambda: Point(1, x=2), lambda: Q(), lambda: Q(1, 2, 3, 4)]:
    try:
        thunk()
    except Exception as e:
        print(type(e).__name__, e)

class Vec(namedtuple('Vec', 'x y')):
    def norm1(self):
        return abs(self.x) + abs(self.y)
v = Vec(3, -4)
print(v, v.norm1(), v._replace(y=0), type(v._replace(y=0)).__name__)
print(Point.__mro__)
