"""Float objects: many small Point instances built from sin/cos, normalised
and folded into their component-wise maximum.

Measures allocation of instances with three float attributes, math.sin,
math.cos and math.sqrt calls, float attribute arithmetic, method calls and
max() on floats; the whole point list is rebuilt every round, so the
allocator frees and reuses a lot of objects.  Prints the maximum point.

    ftpy bench/single/float_points.py [POINTS]
"""
# bench: default=250000 quick=8000
import math
import sys


class Point:
    def __init__(self, i):
        x = math.sin(i)
        self.x = x
        self.y = math.cos(i) * 3
        self.z = (x * x) / 2

    def normalize(self):
        norm = math.sqrt(self.x * self.x + self.y * self.y + self.z * self.z)
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        self.x = max(self.x, other.x)
        self.y = max(self.y, other.y)
        self.z = max(self.z, other.z)
        return self


def round_trip(n):
    points = [Point(i) for i in range(n)]
    for p in points:
        p.normalize()
    best = points[0]
    for p in points[1:]:
        best = best.maximize(p)
    return best


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 250000
    best = None
    for _ in range(3):
        best = round_trip(n)
    print("checksum float_points", n, repr(best.x), repr(best.y), repr(best.z))


main()
